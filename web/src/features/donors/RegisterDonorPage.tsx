import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useUser } from '../../app/session';
import { formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { useLogin } from '../auth/use-auth';
import { describedBy } from '../simulasi/fields';
import { FieldIssues, IssueSummary, issuesFor, issuesOf, type Issue } from '../simulasi/issues';
import { PageFrame } from '../shell/PageFrame';
import { useRegisterIndividual } from './api';

const PASSWORD_MIN_LENGTH = 8;
const PASSWORD_MAX_LENGTH = 128;
const EMAIL_SHAPE = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

type Field = 'fullName' | 'email' | 'password';

/** The server's refusal, each problem under its field, in our own words (its validator speaks English). */
function registrationIssues(error: unknown, messages: Record<Field, string>, fallback: string): Issue[] {
  if (!isApiError(error)) return [];
  if (error.code === 'EMAIL_TAKEN') return [{ field: 'email', message: error.message }];
  const issues = issuesOf(error, fallback) ?? [];
  return issues.map((issue) => (issue.field && issue.field in messages ? { field: issue.field, message: messages[issue.field as Field] } : issue));
}

function RegisterForm() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const register = useRegisterIndividual();
  const login = useLogin();
  const [fullName, setFullName] = useState('');
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [isConsented, setIsConsented] = useState(false);
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const messages: Record<Field, string> = {
    fullName: t('registerDonor.fullNameInvalid'),
    email: t('registerDonor.emailInvalid'),
    password: t('registerDonor.passwordInvalid', { min: PASSWORD_MIN_LENGTH }),
  };
  const serverIssues = registrationIssues(register.error, messages, t('simulasi.form.fieldInvalid'));
  const issues = localIssues.length > 0 ? localIssues : serverIssues;
  const has = (field: Field) => issuesFor(issues, field).length > 0;
  const issueId = (field: Field) => `${id}-${field}-issue`;
  const isBusy = register.isPending || login.isPending;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    const problems: Issue[] = [];
    if (fullName.trim().length < 2) problems.push({ field: 'fullName', message: messages.fullName });
    if (!EMAIL_SHAPE.test(email.trim())) problems.push({ field: 'email', message: messages.email });
    if (password.length < PASSWORD_MIN_LENGTH || password.length > PASSWORD_MAX_LENGTH) problems.push({ field: 'password', message: messages.password });
    setLocalIssues(problems);
    if (problems.length > 0) return;
    const credentials = { email: email.trim(), password };
    register.mutate(
      { fullName: fullName.trim(), ...credentials, isPublicNameConsented: isConsented },
      {
        // Signed in at once with the same credentials, as the sign-in page does; then the first donation.
        onSuccess: () => login.mutate(credentials, { onSuccess: () => void navigate({ to: '/donations/new', replace: true }) }),
      },
    );
  };

  return (
    <form className="card form register-donor-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="register-donor-form">
      <h2 id={`${id}-title`}>{t('registerDonor.formTitle')}</h2>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('registerDonor.fullName')}</label>
        <input
          id={`${id}-name`}
          data-testid="register-donor-name"
          autoComplete="name"
          maxLength={120}
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
          aria-invalid={has('fullName')}
          aria-describedby={describedBy(`${id}-name-hint`, has('fullName') && issueId('fullName'))}
        />
        <p className="hint" id={`${id}-name-hint`}>
          {t('registerDonor.fullNameHint')}
        </p>
        <FieldIssues issues={issues} field="fullName" id={issueId('fullName')} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-email`}>{t('login.email')}</label>
        <input
          id={`${id}-email`}
          data-testid="register-donor-email"
          type="email"
          inputMode="email"
          autoComplete="username"
          maxLength={254}
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={has('email')}
          aria-describedby={describedBy(has('email') && issueId('email'))}
        />
        <FieldIssues issues={issues} field="email" id={issueId('email')} />
        {isApiError(register.error) && register.error.code === 'EMAIL_TAKEN' ? (
          <p className="small">
            <Link to="/login">{t('registerDonor.signInInstead')}</Link>
          </p>
        ) : null}
      </div>
      <div className="field">
        <label htmlFor={`${id}-password`}>{t('login.password')}</label>
        <input
          id={`${id}-password`}
          data-testid="register-donor-password"
          type="password"
          autoComplete="new-password"
          maxLength={PASSWORD_MAX_LENGTH}
          value={password}
          onChange={(event) => setPassword(event.target.value)}
          aria-invalid={has('password')}
          aria-describedby={describedBy(`${id}-password-hint`, has('password') && issueId('password'))}
        />
        <p className="hint" id={`${id}-password-hint`}>
          {t('registerDonor.passwordHint', { min: PASSWORD_MIN_LENGTH })}
        </p>
        <FieldIssues issues={issues} field="password" id={issueId('password')} />
      </div>
      <label className="check consent-check">
        <input type="checkbox" data-testid="register-donor-consent" checked={isConsented} onChange={(event) => setIsConsented(event.target.checked)} />
        <span>
          {t('registerDonor.consent')}
          <span className="check-sub">{t('registerDonor.consentHint')}</span>
        </span>
      </label>
      <IssueSummary issues={issues} error={register.error ?? login.error} testId="register-donor-error" />
      <button type="submit" className="button button-primary button-block" data-testid="register-donor-submit" disabled={isBusy}>
        {register.isPending ? t('registerDonor.submitting') : login.isPending ? t('registerDonor.signingIn') : t('registerDonor.submit')}
      </button>
      <p className="muted small">
        {t('registerDonor.haveAccount')} <Link to="/login">{t('login.submit')}</Link>
      </p>
    </form>
  );
}

/** Public: anyone can become an individual donor, then pay for workers right away. */
export function RegisterDonorPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('registerDonor.title'));
  return (
    <PageFrame>
      <div className="page narrow register-donor" data-testid="register-donor">
        <header className="page-head">
          <p className="eyebrow">{t('app.name')}</p>
          <h1>{t('registerDonor.title')}</h1>
          <p className="lead">{t('registerDonor.lead', { amount: formatRupiah(16_800) })}</p>
        </header>
        {user ? (
          <div className="notice notice-info" data-testid="register-donor-signed-in">
            <p>{t('registerDonor.signedIn', { name: user.fullName })}</p>
            <p>
              {user.role === 'donor' || user.role === 'officer' || user.role === 'admin' ? (
                <Link to="/donations/new">{t('donations.links.newDonation')}</Link>
              ) : (
                <Link to="/">{t('app.backHome')}</Link>
              )}
            </p>
          </div>
        ) : (
          <div className="register-donor-layout">
            <RegisterForm />
            <aside className="register-donor-aside">
              <h2>{t('registerDonor.howTitle')}</h2>
              <ol className="plain-list">
                <li>{t('registerDonor.how1')}</li>
                <li>{t('registerDonor.how2')}</li>
                <li>{t('registerDonor.how3')}</li>
              </ol>
              <p className="muted small">{t('registerDonor.companies')}</p>
              <p>
                <Link to="/simulasi">{t('login.simulasiLink')}</Link>
              </p>
            </aside>
          </div>
        )}
      </div>
    </PageFrame>
  );
}
