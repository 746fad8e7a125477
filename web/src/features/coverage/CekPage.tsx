import { Link } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { PageFrame } from '../shell/PageFrame';
import { describedBy } from '../simulasi/fields';
import { FieldIssues, issuesFor, issuesOf, type Issue } from '../simulasi/issues';
import { isProgram } from '../simulasi/labels';
import { nikDigits } from '../workers/NikFeedback';
import { useSelfCheck, type SelfCheck } from './api';
import { jakartaToday } from './months';
import { CoverageBadge } from './parts';

const NIK_LENGTH = 16;

/** Too many checks from one network: said plainly, with what to do. */
export function isRateLimited(error: unknown): boolean {
  return isApiError(error) && error.status === 429;
}

function Result({ result }: { result: SelfCheck }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (!result.isMatch) {
    // An unknown NIK and a wrong birth date get the same words: the page must not tell who is registered.
    return (
      <div className="notice notice-warn check-result" role="status" data-testid="check-result" data-match="false">
        <p className="notice-title" data-testid="check-not-found">
          {t('coverage.check.notFoundTitle')}
        </p>
        <p>{t('coverage.check.notFound')}</p>
      </div>
    );
  }
  return (
    <div className={result.isCovered ? 'notice notice-success check-result' : 'notice notice-warn check-result'} role="status" data-testid="check-result" data-match="true" data-covered={String(result.isCovered)}>
      <p className="notice-title" data-testid="check-covered">
        {result.isCovered ? t('coverage.check.covered') : t('coverage.check.notCovered')}
      </p>
      <dl className="facts worker-facts check-facts">
        <dt>{t('coverage.check.name')}</dt>
        <dd>
          <code className="nik-masked" data-testid="check-name">
            {result.maskedName}
          </code>
        </dd>
      </dl>
      {result.programs.length === 0 ? (
        <p>{t('coverage.check.neverPaid')}</p>
      ) : (
        <ul className="check-programs">
          {result.programs.map((item) => (
            <li key={item.program} data-testid="check-program" data-program={item.program} data-state={item.state}>
              <span className="check-program-head">
                <strong>{isProgram(item.program) ? `${item.program} — ${t(`simulasi.programs.${item.program}`)}` : item.program}</strong>
                <CoverageBadge state={item.state} />
              </span>
              {item.protectedUntil ? (
                <span className="small" data-testid={`check-until-${item.program}`}>
                  {t('coverage.check.until', { date: formatDate(item.protectedUntil, lang) })}
                </span>
              ) : null}
              {item.endsOn && (item.state === 'ACTIVE' || item.state === 'ARREARS') ? (
                <span className="small muted">{t('coverage.check.endsIfUnpaid', { date: formatDate(item.endsOn, lang) })}</span>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {result.programs.some((item) => item.state === 'ARREARS' || item.state === 'ENDED') || !result.isCovered ? (
        <p className="small">
          {t('coverage.check.continueHint')} <Link to="/mandiri">{t('coverage.mandiri.title')}</Link>
        </p>
      ) : null}
    </div>
  );
}

function CheckForm() {
  const { t } = useTranslation();
  const id = useId();
  const [nik, setNik] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const check = useSelfCheck();
  const serverIssues = issuesOf(check.error, t('simulasi.form.fieldInvalid')) ?? [];
  const issues = localIssues.length > 0 ? localIssues : serverIssues;
  const has = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${id}-${field}-issue`;
  const digits = nikDigits(nik);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (check.isPending) return;
    const problems: Issue[] = [];
    if (!/^\d+$/.test(digits) || digits.length !== NIK_LENGTH) problems.push({ field: 'nik', message: t('coverage.check.nikInvalid', { n: digits.replace(/\D/g, '').length }) });
    if (!birthDate) problems.push({ field: 'birthDate', message: t('coverage.check.birthRequired') });
    setLocalIssues(problems);
    if (problems.length > 0) {
      check.reset();
      return;
    }
    check.mutate({ nik: digits, birthDate });
  };

  const otherError = check.isError && serverIssues.length === 0 ? check.error : null;

  return (
    <div className="sim-layout check-layout">
      <form className="card form sim-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="check-form">
        <h2 id={`${id}-title`}>{t('coverage.check.formTitle')}</h2>
        <div className="field">
          <label htmlFor={`${id}-nik`}>{t('workers.fields.nik')}</label>
          <input
            id={`${id}-nik`}
            data-testid="check-nik"
            className="input-mono"
            inputMode="numeric"
            autoComplete="off"
            spellCheck={false}
            maxLength={40}
            value={nik}
            onChange={(event) => setNik(event.target.value)}
            aria-invalid={has('nik')}
            aria-describedby={describedBy(`${id}-nik-hint`, has('nik') && issueId('nik'))}
          />
          <p className="hint" id={`${id}-nik-hint`}>
            {digits.length > 0 ? t('workers.nik.count', { n: digits.length, total: NIK_LENGTH }) : t('coverage.check.nikHint')}
          </p>
          <FieldIssues issues={issues} field="nik" id={issueId('nik')} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-birth`}>{t('workers.fields.birthDate')}</label>
          <input
            id={`${id}-birth`}
            data-testid="check-birth"
            type="date"
            className="input-short"
            max={jakartaToday()}
            value={birthDate}
            onChange={(event) => setBirthDate(event.target.value)}
            aria-invalid={has('birthDate')}
            aria-describedby={describedBy(`${id}-birth-hint`, has('birthDate') && issueId('birthDate'))}
          />
          <p className="hint" id={`${id}-birth-hint`}>
            {t('coverage.check.birthHint')}
          </p>
          <FieldIssues issues={issues} field="birthDate" id={issueId('birthDate')} />
        </div>
        {otherError && isRateLimited(otherError) ? (
          <div className="notice notice-warn" role="alert" data-testid="check-rate-limited">
            <p className="notice-title">{t('coverage.check.rateLimitedTitle')}</p>
            <p>{t('coverage.check.rateLimited')}</p>
          </div>
        ) : otherError ? (
          <ErrorNotice error={otherError} testId="check-error" />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" data-testid="check-submit" disabled={check.isPending}>
            {check.isPending ? t('coverage.check.checking') : t('coverage.check.submit')}
          </button>
        </div>
        <p className="muted small">{t('coverage.check.privacy')}</p>
      </form>
      <div className="check-answer" aria-live="polite">
        {check.data ? <Result result={check.data} /> : <p className="empty">{t('coverage.check.idle')}</p>}
      </div>
    </div>
  );
}

/** Public: "Am I protected?" — NIK and birth date, answered with a masked name and until when. */
export function CekPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coverage.check.title'));
  return (
    <PageFrame>
      <div className="page check-page" data-testid="check-page">
        <header className="page-head">
          <p className="eyebrow">{t('coverage.publicEyebrow')}</p>
          <h1 data-testid="check-title">{t('coverage.check.title')}</h1>
          <p className="lead">{t('coverage.check.lead')}</p>
        </header>
        <CheckForm />
      </div>
    </PageFrame>
  );
}
