import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useDocumentTitle } from '../../lib/hooks';
import { jakartaToday } from '../coverage/months';
import { PageFrame } from '../shell/PageFrame';
import { describedBy } from '../simulasi/fields';
import { IssueSummary, issuesOf } from '../simulasi/issues';
import { nikDigits } from '../workers/NikFeedback';
import { CLAIM_TYPES, usePublicClaim, usePublicUpload, type ClaimType } from './api';
import { claimantBody, ClaimantFields, claimantProblems, emptyClaimant, type ClaimantDraft, type ClaimantProblems } from './ClaimantFields';
import { fileProblem } from './ClaimDocuments';
import { documentName, isClaimType, isDocumentKind } from './labels';
import { ClaimErrorNotice, FilePicker, useClaimErrorText } from './parts';

/** What the heir needs after sending the form, kept for this browser tab so a reload loses nothing. */
type Started = { number: string; token: string; documents: { kind: string; label: string }[]; uploaded: string[] };

const STORAGE_KEY = 'lingkaran.publicClaim';
const NIK_LENGTH = 16;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isStarted(value: unknown): value is Started {
  return (
    isRecord(value) &&
    typeof value.number === 'string' &&
    typeof value.token === 'string' &&
    Array.isArray(value.documents) &&
    value.documents.every((doc) => isRecord(doc) && typeof doc.kind === 'string' && typeof doc.label === 'string') &&
    Array.isArray(value.uploaded) &&
    value.uploaded.every((kind) => typeof kind === 'string')
  );
}

function loadStarted(): Started | null {
  try {
    const raw = window.sessionStorage.getItem(STORAGE_KEY);
    if (!raw) return null;
    const value: unknown = JSON.parse(raw);
    return isStarted(value) ? value : null;
  } catch {
    return null;
  }
}

function saveStarted(value: Started | null): void {
  try {
    if (value) window.sessionStorage.setItem(STORAGE_KEY, JSON.stringify(value));
    else window.sessionStorage.removeItem(STORAGE_KEY);
  } catch {
    // Storage disabled: the page still works until it is reloaded.
  }
}

function isRateLimited(error: unknown): boolean {
  return isApiError(error) && error.status === 429;
}

type Problems = { nik?: string; birthDate?: string; eventDate?: string; claimant: ClaimantProblems };

function ReportForm({ onStarted }: { onStarted: (started: Started) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const start = usePublicClaim();
  const [nik, setNik] = useState('');
  const [birthDate, setBirthDate] = useState('');
  const [type, setType] = useState<ClaimType>('JKM');
  const [eventDate, setEventDate] = useState('');
  const [description, setDescription] = useState('');
  const [claimant, setClaimant] = useState<ClaimantDraft>(() => emptyClaimant(1));
  const [problems, setProblems] = useState<Problems>({ claimant: {} });
  const today = jakartaToday();
  const digits = nikDigits(nik);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    const found: Problems = { claimant: claimantProblems(t, claimant) };
    if (!/^\d{16}$/.test(digits)) found.nik = t('claims.public.nikInvalid', { n: digits.replace(/\D/g, '').length });
    if (!birthDate) found.birthDate = t('claims.public.birthRequired');
    if (!eventDate) found.eventDate = t('claims.new.eventDateRequired');
    else if (eventDate > today) found.eventDate = t('claims.new.eventDateFuture');
    setProblems(found);
    if (found.nik || found.birthDate || found.eventDate || Object.keys(found.claimant).length > 0) {
      start.reset();
      return;
    }
    start.mutate(
      { nik: digits, birthDate, type, eventDate, ...(description.trim() ? { description: description.trim() } : {}), claimant: claimantBody(claimant) },
      { onSuccess: (answer) => onStarted({ number: answer.number, token: answer.uploadToken, documents: answer.documents, uploaded: [] }) },
    );
  };

  const isNotFound = isApiError(start.error) && start.error.code === 'CLAIM_WORKER_NOT_FOUND';
  const issues = isNotFound || isRateLimited(start.error) ? null : issuesOf(start.error, t('simulasi.form.fieldInvalid'));
  const fieldProblem = (field: 'nik' | 'birthDate' | 'eventDate') =>
    problems[field] ? (
      <p className="field-error" id={`${id}-${field}-problem`} data-testid={`public-${field}-problem`}>
        {problems[field]}
      </p>
    ) : null;

  return (
    <form className="claim-form" onSubmit={onSubmit} noValidate data-testid="public-claim-form">
      <section className="card form" aria-labelledby={`${id}-participant`}>
        <h2 id={`${id}-participant`}>{t('claims.public.participantTitle')}</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-nik`}>{t('claims.public.nik')}</label>
            <input
              id={`${id}-nik`}
              data-testid="public-nik"
              className="input-mono"
              inputMode="numeric"
              autoComplete="off"
              spellCheck={false}
              maxLength={40}
              value={nik}
              onChange={(event) => setNik(event.target.value)}
              aria-invalid={Boolean(problems.nik)}
              aria-describedby={describedBy(`${id}-nik-hint`, problems.nik && `${id}-nik-problem`)}
            />
            <p className="hint" id={`${id}-nik-hint`}>
              {digits.length > 0 ? t('workers.nik.count', { n: digits.length, total: NIK_LENGTH }) : t('claims.public.nikHint')}
            </p>
            {fieldProblem('nik')}
          </div>
          <div className="field">
            <label htmlFor={`${id}-birth`}>{t('claims.public.birthDate')}</label>
            <input
              id={`${id}-birth`}
              data-testid="public-birth"
              type="date"
              className="input-short"
              max={today}
              value={birthDate}
              onChange={(event) => setBirthDate(event.target.value)}
              aria-invalid={Boolean(problems.birthDate)}
              aria-describedby={describedBy(problems.birthDate && `${id}-birthDate-problem`)}
            />
            {fieldProblem('birthDate')}
          </div>
        </div>
      </section>

      <section className="card form" aria-labelledby={`${id}-event`}>
        <h2 id={`${id}-event`}>{t('claims.public.eventTitle')}</h2>
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-type`}>{t('claims.new.type')}</label>
            <select id={`${id}-type`} data-testid="public-type" value={type} onChange={(event) => isClaimType(event.target.value) && setType(event.target.value)}>
              {CLAIM_TYPES.map((option) => (
                <option key={option} value={option}>
                  {t(`claims.types.${option}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('claims.new.eventDate')}</label>
            <input
              id={`${id}-date`}
              data-testid="public-event-date"
              type="date"
              className="input-short"
              max={today}
              value={eventDate}
              onChange={(event) => setEventDate(event.target.value)}
              aria-invalid={Boolean(problems.eventDate)}
              aria-describedby={describedBy(`${id}-date-hint`, problems.eventDate && `${id}-eventDate-problem`)}
            />
            <p className="hint" id={`${id}-date-hint`}>
              {t('claims.new.eventDateHint')}
            </p>
            {fieldProblem('eventDate')}
          </div>
        </div>
        <div className="field">
          <label htmlFor={`${id}-description`}>{t('claims.new.description')}</label>
          <textarea id={`${id}-description`} data-testid="public-description" rows={2} maxLength={2000} value={description} onChange={(event) => setDescription(event.target.value)} />
        </div>
      </section>

      <section className="card form" aria-labelledby={`${id}-claimant`}>
        <h2 id={`${id}-claimant`}>{t('claims.public.claimantTitle')}</h2>
        <ClaimantFields draft={claimant} onChange={setClaimant} legend={t('claims.public.claimantLegend')} problems={problems.claimant} testId="public-claimant" />
      </section>

      {isNotFound ? (
        <div className="notice notice-warn" role="alert" data-testid="public-not-found">
          <p className="notice-title">{t('claims.public.notFoundTitle')}</p>
          <p>{t('claims.public.notFound')}</p>
        </div>
      ) : isRateLimited(start.error) ? (
        <div className="notice notice-warn" role="alert" data-testid="public-rate-limited">
          <p className="notice-title">{t('claims.public.rateLimitedTitle')}</p>
          <p>{t('claims.public.rateLimited')}</p>
        </div>
      ) : issues && issues.length > 0 && issues[0]?.field !== null ? (
        <IssueSummary issues={issues} error={start.error} testId="public-error" />
      ) : start.isError ? (
        <ClaimErrorNotice error={start.error} testId="public-error" />
      ) : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="public-submit" disabled={start.isPending}>
          {start.isPending ? t('claims.public.submitting') : t('claims.public.submit')}
        </button>
      </div>
      <p className="muted small">{t('claims.public.privacy')}</p>
    </form>
  );
}

function DocumentUpload({ started, kind, label, onUploaded }: { started: Started; kind: string; label: string; onUploaded: (kind: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const upload = usePublicUpload();
  const errorText = useClaimErrorText();
  const [file, setFile] = useState<File | null>(null);
  const [inputKey, setInputKey] = useState(0);
  const [problem, setProblem] = useState<string | null>(null);
  const isUploaded = started.uploaded.includes(kind);
  const name = isDocumentKind(kind) ? documentName(t, kind) : label;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    const local = fileProblem(file);
    if (local || !file) return setProblem(t(`claims.docs.${local ?? 'fileRequired'}`));
    setProblem(null);
    upload.mutate(
      { number: started.number, token: started.token, kind, file },
      {
        onSuccess: () => {
          setFile(null);
          setInputKey((key) => key + 1);
          onUploaded(kind);
        },
      },
    );
  };

  let serverProblem: string | null = null;
  if (upload.isError) {
    const error = upload.error;
    if (isApiError(error) && error.status === 404) serverProblem = t('claims.public.tokenGone');
    else if (isApiError(error) && error.code === 'INVALID_STATE') serverProblem = t('claims.public.closed');
    else if (isRateLimited(error)) serverProblem = t('claims.public.rateLimited');
    else serverProblem = errorText(error);
  }
  const message = problem ?? serverProblem;

  return (
    <li className="public-doc" data-testid="public-doc" data-kind={kind} data-uploaded={String(isUploaded)}>
      <form onSubmit={onSubmit} noValidate>
        <div className="public-doc-head">
          <span className="cell-strong" id={`${id}-name`}>
            {name}
          </span>
          {isUploaded ? <span className="pill pill-ok">{t('claims.public.uploadedMark')}</span> : null}
        </div>
        <div className="public-doc-row">
          <FilePicker
            key={inputKey}
            id={`${id}-file`}
            file={file}
            testId="public-doc-file"
            onChange={(chosen) => {
              setFile(chosen);
              setProblem(null);
              upload.reset();
            }}
            isInvalid={message !== null}
            describedBy={describedBy(`${id}-name`, message && `${id}-error`)}
          />
          <button type="submit" className={isUploaded ? 'button button-secondary button-small' : 'button button-primary button-small'} data-testid="public-doc-submit" disabled={upload.isPending}>
            {upload.isPending ? t('claims.public.uploading') : t('claims.public.upload')}
          </button>
        </div>
        {message ? (
          <p className="field-error" id={`${id}-error`} role="alert" data-testid="public-doc-error">
            {message}
          </p>
        ) : null}
      </form>
    </li>
  );
}

function StartedClaim({ started, onChange, onReset }: { started: Started; onChange: (started: Started) => void; onReset: () => void }) {
  const { t } = useTranslation();
  const [message, setMessage] = useState<string | null>(null);
  const isComplete = started.documents.every((doc) => started.uploaded.includes(doc.kind));
  return (
    <div className="claim-form" data-testid="public-claim-started">
      <section className="card form public-claim-done" aria-labelledby="public-done-title">
        <h2 id="public-done-title">{t('claims.public.doneTitle')}</h2>
        <p className="muted small">{t('claims.public.number')}</p>
        <p className="public-claim-number">
          <code data-testid="public-claim-number">{started.number}</code>
        </p>
        <p className="small">{t('claims.public.numberHint')}</p>
      </section>
      <section className="card form" aria-labelledby="public-docs-title">
        <h2 id="public-docs-title">{t('claims.public.docsTitle')}</h2>
        <p className="small">{t('claims.public.docsLead')}</p>
        <p className="status-line" role="status" aria-live="polite" data-testid="public-doc-message">
          {message}
        </p>
        <ul className="public-docs" data-testid="public-docs">
          {started.documents.map((doc) => (
            <DocumentUpload
              key={doc.kind}
              started={started}
              kind={doc.kind}
              label={doc.label}
              onUploaded={(kind) => {
                onChange({ ...started, uploaded: [...new Set([...started.uploaded, kind])] });
                setMessage(t('claims.public.uploadedOne', { kind: isDocumentKind(kind) ? documentName(t, kind) : doc.label }));
              }}
            />
          ))}
        </ul>
        {isComplete ? (
          <p className="notice notice-success" data-testid="public-docs-complete">
            {t('claims.public.allUploaded')}
          </p>
        ) : null}
      </section>
      <div className="form-actions">
        <button type="button" className="button button-secondary" data-testid="public-start-over" onClick={onReset}>
          {t('claims.public.startOver')}
        </button>
      </div>
    </div>
  );
}

/** Public /klaim: an heir starts a claim with the participant's NIK and birth date, then uploads documents. */
export function PublicClaimPage() {
  const { t } = useTranslation();
  const [started, setStarted] = useState<Started | null>(loadStarted);
  useDocumentTitle(t('claims.public.title'));
  const update = (value: Started | null) => {
    saveStarted(value);
    setStarted(value);
  };
  return (
    <PageFrame>
      <div className="page narrow public-claim-page" data-testid="public-claim-page">
        <header className="page-head">
          <p className="eyebrow">{t('claims.public.eyebrow')}</p>
          <h1 data-testid="public-claim-title">{t('claims.public.title')}</h1>
          <p className="lead">{t('claims.public.lead')}</p>
        </header>
        {started ? <StartedClaim started={started} onChange={update} onReset={() => update(null)} /> : <ReportForm onStarted={update} />}
      </div>
    </PageFrame>
  );
}
