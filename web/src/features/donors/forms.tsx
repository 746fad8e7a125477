import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError, type UserSummary } from '../../api/client';
import { regionListQuery } from '../regions/api';
import { describedBy } from '../simulasi/fields';
import { FieldIssues, IssueSummary, issuesFor, issuesOf, type Issue } from '../simulasi/issues';
import { DONOR_TYPES, isDonorType, useAddDonorUser, useCreateDonorOrg, type DonorOrg, type DonorType, type NewDonorOrg } from './api';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;
const NPWP_SHAPE = /^[\d.-]{15,20}$/;
const PASSWORD_MIN_LENGTH = 8;

/**
 * The server's refusal of a form, each problem under its field. Its validator names the field
 * (details.fields[].path) in English words, so the sentence comes from our catalogue instead.
 */
function formIssues(error: unknown, messages: Record<string, string>, fallback: string): Issue[] {
  if (!isApiError(error)) return [];
  if (error.code === 'EMAIL_TAKEN') return [{ field: 'email', message: error.message }];
  return (issuesOf(error, fallback) ?? []).map((issue) => (issue.field && messages[issue.field] ? { field: issue.field, message: messages[issue.field] ?? fallback } : issue));
}

/** A province, then (optionally) one of its regencies: where the organisation is based. */
function HomeRegion({ value, onChange, idPrefix, isInvalid, describedById }: { value: string; onChange: (code: string) => void; idPrefix: string; isInvalid: boolean; describedById?: string }) {
  const { t } = useTranslation();
  const province = value.split('.')[0] ?? '';
  const provinces = useQuery(regionListQuery(undefined));
  const regencies = useQuery({ ...regionListQuery(province), enabled: province !== '' });
  return (
    <div className="inline-fields region-pair">
      <div className="field">
        <label htmlFor={`${idPrefix}-province`}>{t('regions.levels.level1')}</label>
        <select id={`${idPrefix}-province`} data-testid="org-province" value={province} onChange={(event) => onChange(event.target.value)} aria-invalid={isInvalid} aria-describedby={describedById}>
          <option value="">{t('donors.form.regionNone')}</option>
          {(provinces.data?.items ?? []).map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
      <div className="field">
        <label htmlFor={`${idPrefix}-regency`}>{t('regions.levels.level2')}</label>
        <select
          id={`${idPrefix}-regency`}
          data-testid="org-regency"
          value={value.includes('.') ? value : ''}
          disabled={province === ''}
          onChange={(event) => onChange(event.target.value || province)}
          aria-invalid={isInvalid}
          aria-describedby={describedById}
        >
          <option value="">{t('donors.form.regencyAny')}</option>
          {(regencies.data?.items ?? []).map((region) => (
            <option key={region.code} value={region.code}>
              {region.name}
            </option>
          ))}
        </select>
      </div>
    </div>
  );
}

type CreateOrgFormProps = { onCreated: (org: DonorOrg) => void; onCancel: () => void };

/** A new donor organisation of any type, as officers onboard companies, BUMN, BUMD and others. */
export function CreateDonorOrgForm({ onCreated, onCancel }: CreateOrgFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const create = useCreateDonorOrg();
  const [type, setType] = useState<DonorType>('SWASTA');
  const [legalName, setLegalName] = useState('');
  const [displayName, setDisplayName] = useState('');
  const [regionCode, setRegionCode] = useState('');
  const [contactEmail, setContactEmail] = useState('');
  const [npwp, setNpwp] = useState('');
  const [isConsented, setIsConsented] = useState(false);
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const messages: Record<string, string> = {
    legalName: t('donors.form.legalNameInvalid'),
    displayName: t('donors.form.displayNameInvalid'),
    regionCode: t('donors.form.regionInvalid'),
    contactEmail: t('donors.form.emailInvalid'),
    npwp: t('donors.form.npwpInvalid'),
    type: t('donors.form.typeInvalid'),
  };
  const issues = localIssues.length > 0 ? localIssues : formIssues(create.error, messages, t('simulasi.form.fieldInvalid'));
  const has = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${id}-${field}-issue`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const problems: Issue[] = [];
    if (legalName.trim().length < 2) problems.push({ field: 'legalName', message: messages.legalName ?? '' });
    if (displayName.trim().length < 2) problems.push({ field: 'displayName', message: messages.displayName ?? '' });
    if (contactEmail.trim() && !EMAIL_SHAPE.test(contactEmail.trim())) problems.push({ field: 'contactEmail', message: messages.contactEmail ?? '' });
    if (npwp.trim() && !NPWP_SHAPE.test(npwp.trim())) problems.push({ field: 'npwp', message: messages.npwp ?? '' });
    setLocalIssues(problems);
    if (problems.length > 0) return;
    const body: NewDonorOrg = {
      type,
      legalName: legalName.trim(),
      displayName: displayName.trim(),
      isPublicNameConsented: isConsented,
      ...(regionCode ? { regionCode } : {}),
      ...(contactEmail.trim() ? { contactEmail: contactEmail.trim() } : {}),
      ...(npwp.trim() ? { npwp: npwp.trim() } : {}),
    };
    create.mutate(body, { onSuccess: onCreated });
  };

  return (
    <form className="card form org-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="org-form">
      <h2 id={`${id}-title`}>{t('donors.form.title')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-type`}>{t('donors.fields.type')}</label>
          <select id={`${id}-type`} data-testid="org-type" value={type} onChange={(event) => isDonorType(event.target.value) && setType(event.target.value)} aria-invalid={has('type')}>
            {DONOR_TYPES.map((option) => (
              <option key={option} value={option}>
                {t(`donorTypes.${option}`)}
              </option>
            ))}
          </select>
          <p className="hint">{t(`donors.typeHints.${type}`)}</p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-legal`}>{t('donors.fields.legalName')}</label>
          <input
            id={`${id}-legal`}
            data-testid="org-legal-name"
            maxLength={200}
            autoComplete="off"
            value={legalName}
            onChange={(event) => setLegalName(event.target.value)}
            aria-invalid={has('legalName')}
            aria-describedby={describedBy(`${id}-legal-hint`, has('legalName') && issueId('legalName'))}
          />
          <p className="hint" id={`${id}-legal-hint`}>
            {t('donors.form.legalNameHint')}
          </p>
          <FieldIssues issues={issues} field="legalName" id={issueId('legalName')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-display`}>{t('donors.fields.displayName')}</label>
          <input
            id={`${id}-display`}
            data-testid="org-display-name-input"
            maxLength={120}
            autoComplete="off"
            value={displayName}
            onChange={(event) => setDisplayName(event.target.value)}
            aria-invalid={has('displayName')}
            aria-describedby={describedBy(`${id}-display-hint`, has('displayName') && issueId('displayName'))}
          />
          <p className="hint" id={`${id}-display-hint`}>
            {t('donors.form.displayNameHint')}
          </p>
          <FieldIssues issues={issues} field="displayName" id={issueId('displayName')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('donors.fields.contactEmail')}</label>
          <input
            id={`${id}-email`}
            type="email"
            data-testid="org-email"
            maxLength={254}
            autoComplete="off"
            value={contactEmail}
            onChange={(event) => setContactEmail(event.target.value)}
            aria-invalid={has('contactEmail')}
            aria-describedby={describedBy(has('contactEmail') && issueId('contactEmail'))}
          />
          <FieldIssues issues={issues} field="contactEmail" id={issueId('contactEmail')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-npwp`}>{t('donors.fields.npwp')}</label>
          <input
            id={`${id}-npwp`}
            data-testid="org-npwp"
            className="input-mono"
            inputMode="numeric"
            maxLength={20}
            autoComplete="off"
            value={npwp}
            onChange={(event) => setNpwp(event.target.value)}
            aria-invalid={has('npwp')}
            aria-describedby={describedBy(`${id}-npwp-hint`, has('npwp') && issueId('npwp'))}
          />
          <p className="hint" id={`${id}-npwp-hint`}>
            {t('donors.form.npwpHint')}
          </p>
          <FieldIssues issues={issues} field="npwp" id={issueId('npwp')} />
        </div>
      </div>
      <fieldset className="field">
        <legend>{t('donors.fields.region')}</legend>
        <HomeRegion value={regionCode} onChange={setRegionCode} idPrefix={id} isInvalid={has('regionCode')} describedById={has('regionCode') ? issueId('regionCode') : undefined} />
        <FieldIssues issues={issues} field="regionCode" id={issueId('regionCode')} />
      </fieldset>
      <label className="check">
        <input type="checkbox" data-testid="org-consent" checked={isConsented} onChange={(event) => setIsConsented(event.target.checked)} />
        <span>
          {t('donors.form.consent')}
          <span className="check-sub">{t('donors.form.consentHint')}</span>
        </span>
      </label>
      <IssueSummary issues={issues} error={create.error} testId="org-error" />
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="org-submit" disabled={create.isPending}>
          {create.isPending ? t('donors.form.submitting') : t('donors.form.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('donors.form.cancel')}
        </button>
      </div>
    </form>
  );
}

type AddUserFormProps = { org: DonorOrg; onAdded: (user: UserSummary) => void; onCancel: () => void };

/** An account for someone of the organisation: they sign in as a donor for it. */
export function AddDonorUserForm({ org, onAdded, onCancel }: AddUserFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const add = useAddDonorUser(org.id);
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const messages: Record<string, string> = {
    fullName: t('users.form.fullNameInvalid'),
    email: t('users.form.emailInvalid'),
    password: t('users.form.passwordTooShort'),
  };
  const issues = localIssues.length > 0 ? localIssues : formIssues(add.error, messages, t('simulasi.form.fieldInvalid'));
  const has = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${id}-${field}-issue`;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const problems: Issue[] = [];
    if (fullName.trim().length < 2) problems.push({ field: 'fullName', message: messages.fullName ?? '' });
    if (!EMAIL_SHAPE.test(email.trim())) problems.push({ field: 'email', message: messages.email ?? '' });
    if (password.length < PASSWORD_MIN_LENGTH) problems.push({ field: 'password', message: messages.password ?? '' });
    setLocalIssues(problems);
    if (problems.length > 0) return;
    add.mutate({ fullName: fullName.trim(), email: email.trim(), password }, { onSuccess: onAdded });
  };

  return (
    <form className="card form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="org-user-form">
      <h2 id={`${id}-title`}>{t('donors.user.title', { name: org.displayName })}</h2>
      <p className="muted small">{t('donors.user.intro')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('users.form.fullName')}</label>
          <input id={`${id}-name`} data-testid="org-user-name" maxLength={120} autoComplete="off" value={fullName} onChange={(event) => setFullName(event.target.value)} aria-invalid={has('fullName')} aria-describedby={describedBy(has('fullName') && issueId('fullName'))} />
          <FieldIssues issues={issues} field="fullName" id={issueId('fullName')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-email`}>{t('users.form.email')}</label>
          <input id={`${id}-email`} type="email" data-testid="org-user-email" maxLength={254} autoComplete="off" value={email} onChange={(event) => setEmail(event.target.value)} aria-invalid={has('email')} aria-describedby={describedBy(has('email') && issueId('email'))} />
          <FieldIssues issues={issues} field="email" id={issueId('email')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('users.form.password')}</label>
          <input
            id={`${id}-password`}
            type="password"
            data-testid="org-user-password"
            maxLength={128}
            autoComplete="new-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={has('password')}
            aria-describedby={describedBy(`${id}-password-hint`, has('password') && issueId('password'))}
          />
          <p className="hint" id={`${id}-password-hint`}>
            {t('users.form.passwordHint')}
          </p>
          <FieldIssues issues={issues} field="password" id={issueId('password')} />
        </div>
      </div>
      <IssueSummary issues={issues} error={add.error} testId="org-user-error" />
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="org-user-submit" disabled={add.isPending}>
          {add.isPending ? t('users.form.submitting') : t('donors.user.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('users.form.cancel')}
        </button>
      </div>
    </form>
  );
}
