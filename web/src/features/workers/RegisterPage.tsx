import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { REGISTRAR_ROLES } from '../../app/nav';
import { useUser } from '../../app/session';
import { useDocumentTitle } from '../../lib/hooks';
import { RoleGate } from '../common/RoleGate';
import { rulesQuery } from '../simulasi/api';
import { describedBy } from '../simulasi/fields';
import { FieldIssues, IssueSummary, issuesFor } from '../simulasi/issues';
import { useRegisterWorker, type RegistrationBody } from './api';
import { existingWorkerId, workerIssues } from './issues';
import { NikFeedback, nikDigits } from './NikFeedback';
import { BackLink } from './parts';
import { isWithin, levelOf, type Scope } from './RegionPicker';
import { bracketsToday, OTHER_OCCUPATION, villageCodeOf, WorkerFields, type WorkerDraft } from './WorkerFields';

const NIK_FIELDS = ['nik', 'birthDate', 'sex'] as const;

const EMPTY_DRAFT: WorkerDraft = {
  fullName: '',
  villagePath: '',
  occupation: '',
  occupationOther: '',
  declaredIncome: '',
  phone: '',
  isDtks: false,
  p3keDecile: '',
};

function RegisterForm({ scopes }: { scopes: readonly Scope[] }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const rules = useQuery(rulesQuery);
  const register = useRegisterWorker();
  const [nik, setNik] = useState('');
  const [draft, setDraft] = useState<WorkerDraft>(EMPTY_DRAFT);
  const lowestBracket = bracketsToday(rules.data)[0];

  // The lowest income bracket is the usual one for informal workers: preselect it once known.
  useEffect(() => {
    if (lowestBracket) setDraft((current) => (current.declaredIncome ? current : { ...current, declaredIncome: lowestBracket }));
  }, [lowestBracket]);

  const issues = workerIssues(register.error, t);
  const hasNikIssue = NIK_FIELDS.some((field) => issuesFor(issues, field).length > 0);
  const existingId = existingWorkerId(register.error);
  const change = (patch: Partial<WorkerDraft>) => setDraft((current) => ({ ...current, ...patch }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (register.isPending) return;
    // The server checks every rule and names each problem in the user's language.
    const body: RegistrationBody = {
      nik: nikDigits(nik),
      fullName: draft.fullName,
      villageCode: villageCodeOf(draft),
      occupation: draft.occupation,
      isDtks: draft.isDtks,
    };
    if (draft.occupation === OTHER_OCCUPATION) body.occupationOther = draft.occupationOther;
    if (draft.declaredIncome) body.declaredIncome = draft.declaredIncome;
    if (draft.phone.trim()) body.phone = draft.phone.trim();
    if (draft.p3keDecile) body.p3keDecile = Number(draft.p3keDecile);
    register.mutate(body, {
      onSuccess: (result) => void navigate({ to: '/workers/$id', params: { id: result.worker.id } }),
    });
  };

  return (
    <form className="card form worker-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="register-form">
      <h2 id={`${id}-title`}>{t('workers.register.formTitle')}</h2>
      <p className="muted small">{t('workers.register.formIntro')}</p>

      <div className="field">
        <label htmlFor={`${id}-nik`}>{t('workers.fields.nik')}</label>
        <input
          id={`${id}-nik`}
          data-testid="worker-nik"
          className="input-mono"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          value={nik}
          onChange={(event) => setNik(event.target.value)}
          aria-invalid={hasNikIssue}
          aria-describedby={describedBy(`${id}-nik-hint`, `${id}-nik-feedback`, ...NIK_FIELDS.map((field) => issuesFor(issues, field).length > 0 && `${id}-${field}-issues`))}
        />
        <p className="hint" id={`${id}-nik-hint`}>
          {t('workers.register.nikHint')}
        </p>
        <NikFeedback
          id={`${id}-nik-feedback`}
          nik={nik}
          canUseDistrict={(code) => levelOf(draft.villagePath) < 3 && (scopes.length === 0 || scopes.some((scope) => isWithin(code, scope.code)))}
          onUseDistrict={(district) => change({ villagePath: district.currentCode })}
        />
        {/* Birth date and sex come from the NIK here, so their problems belong under it. */}
        {NIK_FIELDS.map((field) => (
          <FieldIssues key={field} issues={issues} field={field} id={`${id}-${field}-issues`} />
        ))}
        {existingId ? (
          <p className="field-error">
            <Link to="/workers/$id" params={{ id: existingId }} data-testid="existing-worker-link">
              {t('workers.register.openExisting')}
            </Link>
          </p>
        ) : null}
      </div>

      <WorkerFields
        draft={draft}
        onChange={change}
        issues={issues}
        idPrefix={id}
        scopes={scopes}
        phoneHint={t('workers.form.phoneHint')}
      />

      <IssueSummary issues={issues} error={register.error} testId="register-error" />
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="register-submit" disabled={register.isPending}>
          {register.isPending ? t('workers.register.submitting') : t('workers.register.submit')}
        </button>
        <Link to="/workers" className="button button-secondary">
          {t('workers.form.cancel')}
        </Link>
      </div>
    </form>
  );
}

/** Registering one worker: the NIK is read as it is typed; every problem shows under its field. */
export function RegisterPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('workers.register.title'));
  return (
    <RoleGate roles={REGISTRAR_ROLES}>
      <div className="page narrow">
        <BackLink />
        <header className="page-head">
          <p className="eyebrow">{t('nav.workers')}</p>
          <h1>{t('workers.register.title')}</h1>
          <p className="lead">{t('workers.register.lead')}</p>
          <p className="muted small">
            <Link to="/workers/import">{t('workers.register.manyHint')}</Link>
          </p>
        </header>
        {user ? <RegisterForm scopes={user.regionScopes} /> : null}
      </div>
    </RoleGate>
  );
}
