import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidFields, isApiError, isRole, ROLES, type Role, type UserSummary } from '../../api/client';
import { ErrorNotice } from '../common/ErrorNotice';
import { donorOrgsQuery, useCreateUser, type NewUser } from './api';
import { RegionScopePicker, type ScopeChoice } from './RegionScopePicker';

const SCOPED_ROLES: readonly Role[] = ['officer', 'gov', 'agent'];
const PASSWORD_MIN_LENGTH = 8;

type FieldName = 'fullName' | 'email' | 'role' | 'password' | 'regionScopes' | 'donorOrgId';

function fieldOf(path: string): FieldName | null {
  const head = path.split('.')[0];
  switch (head) {
    case 'fullName':
    case 'email':
    case 'role':
    case 'password':
    case 'regionScopes':
    case 'donorOrgId':
      return head;
    default:
      return null;
  }
}

type LocalError = 'fullNameInvalid' | 'emailInvalid' | 'passwordTooShort' | 'regionRequired' | 'donorOrgRequired';

const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type CreateUserFormProps = { onCreated: (user: UserSummary) => void; onCancel: () => void };

/** New account; region scopes for officer/gov/agent, a donor organisation for donor. */
export function CreateUserForm({ onCreated, onCancel }: CreateUserFormProps) {
  const { t } = useTranslation();
  const ids = { name: useId(), email: useId(), role: useId(), password: useId(), scopes: useId(), org: useId() };
  const create = useCreateUser();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role>('officer');
  const [password, setPassword] = useState('');
  const [scopes, setScopes] = useState<ScopeChoice[]>([]);
  const [donorOrgId, setDonorOrgId] = useState('');
  const [localError, setLocalError] = useState<LocalError | null>(null);

  const isScoped = SCOPED_ROLES.includes(role);
  const isDonor = role === 'donor';
  const donorOrgs = useQuery({ ...donorOrgsQuery, enabled: isDonor });

  const serverFields =
    create.error && isApiError(create.error) && create.error.code === 'VALIDATION_FAILED'
      ? new Set(invalidFields(create.error).map(fieldOf).filter((field): field is FieldName => field !== null))
      : new Set<FieldName>();
  const labelOf: Record<FieldName, string> = {
    fullName: t('users.form.fullName'),
    email: t('users.form.email'),
    role: t('users.form.role'),
    password: t('users.form.password'),
    regionScopes: t('users.form.regionScopes'),
    donorOrgId: t('users.form.donorOrg'),
  };

  // Checked here, in the user's language, before the server checks the same rules.
  const findProblem = (): LocalError | null => {
    if (fullName.trim().length < 2) return 'fullNameInvalid';
    if (!EMAIL_SHAPE.test(email.trim())) return 'emailInvalid';
    if (password.length < PASSWORD_MIN_LENGTH) return 'passwordTooShort';
    if (isScoped && scopes.length === 0) return 'regionRequired';
    if (isDonor && !donorOrgId) return 'donorOrgRequired';
    return null;
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    const problem = findProblem();
    setLocalError(problem);
    if (problem) return;
    const body: NewUser = { fullName: fullName.trim(), email: email.trim(), role, password };
    if (isScoped) body.regionScopes = scopes.map((scope) => scope.code);
    if (isDonor) body.donorOrgId = donorOrgId;
    create.mutate(body, { onSuccess: ({ user }) => onCreated(user) });
  };

  return (
    <form className="card form" onSubmit={onSubmit} aria-labelledby="create-user-title" noValidate>
      <h2 id="create-user-title">{t('users.form.title')}</h2>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={ids.name}>{t('users.form.fullName')}</label>
          <input
            id={ids.name}
            value={fullName}
            onChange={(event) => setFullName(event.target.value)}
            required
            minLength={2}
            maxLength={120}
            autoComplete="off"
            aria-invalid={localError === 'fullNameInvalid' || serverFields.has('fullName')}
          />
        </div>
        <div className="field">
          <label htmlFor={ids.email}>{t('users.form.email')}</label>
          <input
            id={ids.email}
            type="email"
            value={email}
            onChange={(event) => setEmail(event.target.value)}
            required
            maxLength={254}
            autoComplete="off"
            aria-invalid={
              localError === 'emailInvalid' || serverFields.has('email') || (isApiError(create.error) && create.error.code === 'EMAIL_TAKEN')
            }
          />
        </div>
        <div className="field">
          <label htmlFor={ids.role}>{t('users.form.role')}</label>
          <select id={ids.role} value={role} onChange={(event) => {
              if (isRole(event.target.value)) setRole(event.target.value);
            }}>
            {ROLES.map((option) => (
              <option key={option} value={option}>
                {t(`roles.${option}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={ids.password}>{t('users.form.password')}</label>
          <input
            id={ids.password}
            type="password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            required
            minLength={PASSWORD_MIN_LENGTH}
            maxLength={128}
            autoComplete="new-password"
            aria-describedby={`${ids.password}-hint`}
            aria-invalid={localError === 'passwordTooShort' || serverFields.has('password')}
          />
          <p id={`${ids.password}-hint`} className="hint">
            {t('users.form.passwordHint')}
          </p>
        </div>
      </div>

      {isScoped ? (
        <fieldset className="field">
          <legend>{t('users.form.regionScopes')}</legend>
          <p id={ids.scopes} className="hint">
            {t('users.form.regionScopesHint')}
          </p>
          <RegionScopePicker
            value={scopes}
            onChange={setScopes}
            describedBy={ids.scopes}
            isInvalid={localError === 'regionRequired' || serverFields.has('regionScopes')}
          />
        </fieldset>
      ) : null}

      {isDonor ? (
        <div className="field">
          <label htmlFor={ids.org}>{t('users.form.donorOrg')}</label>
          <select
            id={ids.org}
            value={donorOrgId}
            onChange={(event) => setDonorOrgId(event.target.value)}
            aria-invalid={localError === 'donorOrgRequired' || serverFields.has('donorOrgId')}
          >
            <option value="">{t('users.form.donorOrgChoose')}</option>
            {donorOrgs.data?.items.map((org) => (
              <option key={org.id} value={org.id}>
                {org.displayName} — {t(`donorTypes.${org.type}`)}
              </option>
            ))}
          </select>
          {donorOrgs.data?.items.length === 0 ? <p className="hint">{t('users.form.donorOrgNone')}</p> : null}
          {donorOrgs.isError ? <ErrorNotice error={donorOrgs.error} onRetry={() => void donorOrgs.refetch()} /> : null}
        </div>
      ) : null}

      {localError ? (
        <div className="notice notice-error" role="alert">
          <p>{t(`users.form.${localError}`)}</p>
        </div>
      ) : null}
      {create.isError && !localError ? (
        serverFields.size > 0 ? (
          <div className="notice notice-error" role="alert">
            <p>{t('users.form.invalidFields', { fields: [...serverFields].map((field) => labelOf[field]).join(', ') })}</p>
          </div>
        ) : (
          <ErrorNotice error={create.error} />
        )
      ) : null}

      <div className="form-actions">
        <button type="submit" className="button button-primary" disabled={create.isPending}>
          {create.isPending ? t('users.form.submitting') : t('users.form.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('users.form.cancel')}
        </button>
      </div>
    </form>
  );
}
