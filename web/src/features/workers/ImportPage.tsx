import { useInfiniteQuery, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isChecker, REGISTRAR_ROLES } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { Segmented } from '../simulasi/fields';
import {
  downloadImportReport,
  importIssuesQuery,
  importQuery,
  importsQuery,
  isImportBusy,
  TEMPLATE_CSV_URL,
  TEMPLATE_XLSX_URL,
  useCommitImport,
  useUploadImport,
  type ImportMode,
  type IssueSeverity,
  type WorkerImport,
} from './api';
import { IMPORT_COLUMNS, IMPORT_MODES, IMPORT_STATUS_CLASS, importHeaderOf } from './labels';
import { BackLink, isNotFound } from './parts';

type Step = 1 | 2 | 3;

function stepOf(status: WorkerImport['status'] | null): Step {
  if (status === null || status === 'failed') return 1;
  if (status === 'validating' || status === 'validated') return 2;
  return 3;
}

/** The three steps; once the import is saved, every step is done. */
function Steps({ current, isFinished = false }: { current: Step; isFinished?: boolean }) {
  const { t } = useTranslation();
  const steps: Step[] = [1, 2, 3];
  const isDone = (step: Step) => step < current || isFinished;
  return (
    <ol className="steps" aria-label={t('workers.import.stepsLabel')}>
      {steps.map((step) => (
        <li key={step} className={isDone(step) ? 'step is-done' : step === current ? 'step is-current' : 'step'} aria-current={step === current ? 'step' : undefined}>
          <span className="step-number" aria-hidden="true">
            {isDone(step) ? '✓' : step}
          </span>
          <span>{t(`workers.import.steps.step${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}

function Templates() {
  const { t } = useTranslation();
  return (
    <div className="form-actions templates">
      <a href={TEMPLATE_XLSX_URL} download className="button button-secondary button-small" data-testid="template-xlsx">
        {t('workers.import.templateXlsx')}
      </a>
      <a href={TEMPLATE_CSV_URL} download className="button button-secondary button-small" data-testid="template-csv">
        {t('workers.import.templateCsv')}
      </a>
    </div>
  );
}

function Columns() {
  const { t } = useTranslation();
  return (
    <details className="card-details import-columns">
      <summary>{t('workers.import.columnsTitle')}</summary>
      <p className="muted small">{t('workers.import.columnsIntro')}</p>
      <div className="table-wrap">
        <table className="table table-stack">
          <caption className="visually-hidden">{t('workers.import.columnsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('workers.import.colHeader')}</th>
              <th scope="col">{t('workers.import.colHeaderEn')}</th>
              <th scope="col">{t('workers.import.colRequired')}</th>
              <th scope="col">{t('workers.import.colMeaning')}</th>
              <th scope="col">{t('workers.import.colExample')}</th>
            </tr>
          </thead>
          <tbody>
            {IMPORT_COLUMNS.map((column) => (
              <tr key={column.field}>
                <td className="cell-title">
                  <code>{column.header}</code>
                </td>
                <td data-label={t('workers.import.colHeaderEn')}>
                  <code>{column.headerEn}</code>
                </td>
                <td data-label={t('workers.import.colRequired')}>{column.isRequired ? t('workers.yes') : t('workers.no')}</td>
                <td data-label={t('workers.import.colMeaning')} className="cell-long">
                  <span className="cell-value">{t(`workers.import.columns.${column.field}`)}</span>
                </td>
                <td data-label={t('workers.import.colExample')}>{column.example ? <code>{column.example}</code> : '—'}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </details>
  );
}

function UploadStep() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const upload = useUploadImport();
  const [file, setFile] = useState<File | null>(null);
  const [isMissing, setIsMissing] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (upload.isPending) return;
    if (!file) {
      setIsMissing(true);
      return;
    }
    setIsMissing(false);
    upload.mutate(file, { onSuccess: (created) => void navigate({ to: '/workers/import', search: { id: created.id } }) });
  };

  return (
    <section className="card form" aria-labelledby={`${id}-title`} data-testid="import-upload-step">
      <h2 id={`${id}-title`}>{t('workers.import.uploadTitle')}</h2>
      <ol className="plain-list import-how">
        <li>
          {t('workers.import.how1')}
          <Templates />
        </li>
        <li>{t('workers.import.how2')}</li>
        <li>{t('workers.import.how3')}</li>
      </ol>
      <Columns />
      <form onSubmit={onSubmit} noValidate className="upload-form">
        <div className="field">
          <label htmlFor={`${id}-file`}>{t('workers.import.file')}</label>
          <input
            id={`${id}-file`}
            type="file"
            data-testid="import-file"
            accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
            onChange={(event) => {
              setFile(event.target.files?.[0] ?? null);
              setIsMissing(false);
              upload.reset();
            }}
            aria-invalid={isMissing || upload.isError}
            aria-describedby={`${id}-file-hint`}
          />
          <p className="hint" id={`${id}-file-hint`}>
            {t('workers.import.fileHint')}
          </p>
        </div>
        {isMissing ? (
          <p className="field-error" role="alert">
            {t('workers.import.fileMissing')}
          </p>
        ) : null}
        {upload.isError ? <ErrorNotice error={upload.error} testId="import-upload-error" /> : null}
        <button type="submit" className="button button-primary" data-testid="import-upload" disabled={upload.isPending}>
          {upload.isPending ? t('workers.import.uploading') : t('workers.import.upload')}
        </button>
      </form>
    </section>
  );
}

function Progress({ label, done, total }: { label: string; done: number; total: number | null }) {
  const { t, i18n } = useTranslation();
  const percent = total && total > 0 ? Math.min(100, Math.round((done / total) * 100)) : null;
  return (
    <div className="import-progress" data-testid="import-progress" aria-live="polite">
      <p className="loading">
        <span className="spinner" aria-hidden="true" />
        {label}
      </p>
      <p>
        {total
          ? t('workers.import.progressOf', { done: formatNumber(done, i18n.language), total: formatNumber(total, i18n.language) })
          : t('workers.import.progressRows', { done: formatNumber(done, i18n.language) })}
      </p>
      {percent !== null ? (
        <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
          <span style={{ width: `${percent}%` }} />
        </div>
      ) : null}
    </div>
  );
}

function Summary({ job }: { job: WorkerImport }) {
  const { t, i18n } = useTranslation();
  const figures = [
    { key: 'total', value: job.totalRows, testId: 'import-total' },
    { key: 'valid', value: job.validRows, testId: 'import-valid' },
    { key: 'errors', value: job.errorRows, testId: 'import-errors' },
    { key: 'warnings', value: job.warningRows, testId: 'import-warnings' },
  ] as const;
  return (
    <ul className="figures import-figures" data-testid="import-summary">
      {figures.map((figure) => (
        <li key={figure.key} className={`figure import-figure-${figure.key}`}>
          <span className="figure-value" data-testid={figure.testId}>
            {formatNumber(figure.value, i18n.language)}
          </span>
          <span className="figure-label">
            {job.status === 'committed' ? t(`workers.import.summaryDone.${figure.key}`) : t(`workers.import.summary.${figure.key}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}

function ReportButton({ job }: { job: WorkerImport }) {
  const { t } = useTranslation();
  const [isPending, setIsPending] = useState(false);
  const [error, setError] = useState<unknown>(null);
  const run = async () => {
    setIsPending(true);
    setError(null);
    try {
      await downloadImportReport(job.id, job.fileName.replace(/\.[^.]+$/, ''));
    } catch (cause) {
      setError(cause);
    } finally {
      setIsPending(false);
    }
  };
  return (
    <>
      <button type="button" className="button button-secondary button-small" data-testid="import-report" disabled={isPending} onClick={() => void run()}>
        {isPending ? t('app.loading') : t('workers.import.report')}
      </button>
      {error ? <ErrorNotice error={error} /> : null}
    </>
  );
}

function Issues({ job }: { job: WorkerImport }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [severity, setSeverity] = useState<IssueSeverity | ''>('');
  const issues = useInfiniteQuery(importIssuesQuery(job.id, severity, i18n.language));
  const items = issues.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section className="section" aria-labelledby={`${id}-title`} data-testid="import-issues">
      <div className="section-head">
        <h2 id={`${id}-title`}>{t('workers.import.issuesTitle')}</h2>
        <ReportButton job={job} />
      </div>
      <Segmented<IssueSeverity | ''>
        name={`${id}-severity`}
        legend={t('workers.import.issuesShow')}
        options={[
          { value: '', label: t('workers.import.severityAll') },
          { value: 'error', label: t('workers.import.severity.error') },
          { value: 'warning', label: t('workers.import.severity.warning') },
        ]}
        value={severity}
        onChange={setSeverity}
        testId="import-severity"
      />
      {issues.isPending ? <Loading /> : null}
      {issues.isError && items.length === 0 ? <ErrorNotice error={issues.error} onRetry={() => void issues.refetch()} /> : null}
      {issues.isSuccess && items.length === 0 ? <p className="empty">{t('workers.import.issuesNone')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack issue-table" data-testid="import-issues-table">
            <caption className="visually-hidden">{t('workers.import.issuesTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workers.import.colRow')}</th>
                <th scope="col">{t('workers.import.colColumn')}</th>
                <th scope="col">{t('workers.import.colSeverity')}</th>
                <th scope="col">{t('workers.import.colMessage')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((issue, index) => (
                <tr key={`${issue.row}-${issue.code}-${index}`} data-row={issue.row} data-severity={issue.severity}>
                  <td data-label={t('workers.import.colRow')} className="nowrap">
                    {formatNumber(issue.row, i18n.language)}
                  </td>
                  <td data-label={t('workers.import.colColumn')}>{issue.column ? <code>{issue.column}</code> : '—'}</td>
                  <td data-label={t('workers.import.colSeverity')}>
                    <span className={issue.severity === 'error' ? 'pill pill-danger' : 'pill pill-warn'}>{t(`workers.import.severity.${issue.severity}`)}</span>
                  </td>
                  <td data-label={t('workers.import.colMessage')} className="issue-message cell-long">
                    <span className="cell-value">{issue.message}</span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {issues.hasNextPage ? (
        <p className="load-more">
          <button type="button" className="button button-secondary" data-testid="import-issues-more" disabled={issues.isFetchingNextPage} onClick={() => void issues.fetchNextPage()}>
            {issues.isFetchingNextPage ? t('app.loading') : t('workers.list.loadMore')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function Notes({ job }: { job: WorkerImport }) {
  const { t, i18n } = useTranslation();
  return (
    <>
      {job.sameFileAs ? (
        <div className="notice notice-warn" data-testid="import-same-file">
          <p>
            {t('workers.import.sameFile')}{' '}
            <Link to="/workers/import" search={{ id: job.sameFileAs }}>
              {t('workers.import.openEarlier')}
            </Link>
          </p>
        </div>
      ) : null}
      {job.unknownColumns.length > 0 ? (
        <div className="notice notice-info" data-testid="import-unknown-columns">
          <p>{t('workers.import.unknownColumns', { columns: job.unknownColumns.join(', ') })}</p>
        </div>
      ) : null}
      {job.status === 'validated' && job.failure ? (
        <div className="notice notice-warn" role="alert" data-testid="import-commit-failure">
          <p className="notice-title">{t('workers.import.commitFailed')}</p>
          <p>{job.failure.message}</p>
        </div>
      ) : null}
      {job.validatedAt ? <p className="muted small">{t('workers.import.checkedAt', { date: formatDateTime(job.validatedAt, i18n.language) })}</p> : null}
    </>
  );
}

function CommitChoice({ job }: { job: WorkerImport }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const commit = useCommitImport(job.id, i18n.language);
  const [mode, setMode] = useState<ImportMode>('valid_only');
  const hasErrors = job.errorRows > 0;

  if (job.validRows === 0) {
    return (
      <div className="notice notice-error" data-testid="import-nothing-valid">
        <p>{t('workers.import.nothingValid')}</p>
        <Link to="/workers/import" className="button button-secondary">
          {t('workers.import.uploadAnother')}
        </Link>
      </div>
    );
  }

  return (
    <form
      className="card form commit-choice"
      onSubmit={(event) => {
        event.preventDefault();
        if (!commit.isPending) commit.mutate(mode);
      }}
      aria-labelledby={`${id}-title`}
      data-testid="import-commit-form"
    >
      <h2 id={`${id}-title`}>{t('workers.import.chooseTitle')}</h2>
      <fieldset className="field choice-list">
        <legend className="visually-hidden">{t('workers.import.chooseTitle')}</legend>
        {IMPORT_MODES.map((option) => {
          const isDisabled = option === 'all_or_nothing' && hasErrors;
          return (
            <label key={option} className={isDisabled ? 'choice is-disabled' : 'choice'} data-testid={`import-mode-${option}`}>
              <input type="radio" name={`${id}-mode`} value={option} checked={mode === option} disabled={isDisabled} onChange={() => setMode(option)} />
              <span>
                <span className="choice-title">{t(`workers.import.modes.${option}.title`)}</span>
                <span className="check-sub">
                  {option === 'valid_only'
                    ? t('workers.import.modes.valid_only.hint', { valid: formatNumber(job.validRows, i18n.language), errors: formatNumber(job.errorRows, i18n.language) })
                    : isDisabled
                      ? t('workers.import.modes.all_or_nothing.disabled', { n: formatNumber(job.errorRows, i18n.language) })
                      : t('workers.import.modes.all_or_nothing.hint')}
                </span>
              </span>
            </label>
          );
        })}
      </fieldset>
      {commit.isError ? <ErrorNotice error={commit.error} testId="import-commit-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="import-commit" disabled={commit.isPending}>
          {commit.isPending ? t('workers.import.committing') : t('workers.import.commit', { n: formatNumber(job.validRows, i18n.language) })}
        </button>
        <Link to="/workers/import" className="button button-secondary">
          {t('workers.import.uploadAnother')}
        </Link>
      </div>
    </form>
  );
}

function Committed({ job }: { job: WorkerImport }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const canCheck = user ? isChecker(user.role) : false;
  return (
    <section className="notice notice-success import-done" data-testid="import-committed" aria-labelledby="import-done-title">
      <h2 id="import-done-title">{t('workers.import.doneTitle')}</h2>
      <p className="import-done-count">
        <span className="figure-value" data-testid="import-committed-count">
          {formatNumber(job.committedRows, i18n.language)}
        </span>{' '}
        {job.committedRows === 1 ? t('workers.import.doneSavedOne') : t('workers.import.doneSavedOther')}
      </p>
      {job.errorRows > 0 ? <p>{t('workers.import.doneSkipped', { n: formatNumber(job.errorRows, i18n.language) })}</p> : null}
      {job.committedAt ? <p className="muted small">{formatDateTime(job.committedAt, i18n.language)}</p> : null}
      <div className="form-actions">
        <Link to="/workers" className="button button-primary" data-testid="import-to-list">
          {t('workers.import.toList')}
        </Link>
        {canCheck ? (
          <Link to="/workers/verify" className="button button-secondary">
            {t('workers.actions.verifyQueue')}
          </Link>
        ) : null}
        {canCheck ? (
          <Link to="/workers/duplicates" className="button button-secondary">
            {t('workers.actions.duplicates')}
          </Link>
        ) : null}
        <Link to="/workers/import" className="button button-secondary">
          {t('workers.import.uploadAnother')}
        </Link>
      </div>
    </section>
  );
}

function missingColumns(details: unknown): string[] {
  if (typeof details !== 'object' || details === null || !('missing' in details) || !Array.isArray(details.missing)) return [];
  return details.missing.filter((field): field is string => typeof field === 'string').map(importHeaderOf);
}

function Failed({ job }: { job: WorkerImport }) {
  const { t } = useTranslation();
  const missing = missingColumns(job.failure?.details);
  return (
    <section className="notice notice-error" role="alert" data-testid="import-failed" aria-labelledby="import-failed-title">
      <h2 id="import-failed-title">{t('workers.import.failedTitle')}</h2>
      <p data-testid="import-failure">{job.failure?.message ?? t('errors.UNKNOWN')}</p>
      {missing.length > 0 ? <p>{t('workers.import.missingColumns', { columns: missing.join(', ') })}</p> : null}
      <p>{t('workers.import.failedWhatNow')}</p>
      <Templates />
      <p>
        <Link to="/workers/import" className="button button-primary">
          {t('workers.import.uploadAnother')}
        </Link>
      </p>
    </section>
  );
}

function ImportJob({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const job = useQuery(importQuery(id, i18n.language));
  const status = job.data?.status ?? null;

  // A save that met NIKs registered meanwhile marks more rows as wrong: read the problems again.
  useEffect(() => {
    if (status) void queryClient.invalidateQueries({ queryKey: ['imports', 'issues', id] });
  }, [status, id, queryClient]);

  // Saved: the lists, the queues and the home figures now include the new workers.
  useEffect(() => {
    if (status !== 'committed') return;
    void queryClient.invalidateQueries({ queryKey: ['workers'] });
    void queryClient.invalidateQueries({ queryKey: ['home'] });
    void queryClient.invalidateQueries({ queryKey: ['imports', 'list'] });
  }, [status, queryClient]);

  if (job.isPending) return <Loading />;
  if (job.isError) {
    if (isNotFound(job.error)) {
      return (
        <div className="notice notice-error" data-testid="import-not-found">
          <p>{t('workers.import.notFound')}</p>
          <Link to="/workers/import">{t('workers.import.uploadAnother')}</Link>
        </div>
      );
    }
    return <ErrorNotice error={job.error} onRetry={() => void job.refetch()} />;
  }
  const data = job.data;
  return (
    <div data-testid="import-job" data-status={data.status}>
      <Steps current={stepOf(data.status)} isFinished={data.status === 'committed'} />
      <p className="import-file">
        <span className="import-file-name">{data.fileName}</span> <span className={IMPORT_STATUS_CLASS[data.status]} data-testid="import-status">{t(`workers.import.statuses.${data.status}`)}</span>
      </p>
      {data.status === 'validating' ? <Progress label={t('workers.import.checking')} done={data.progress.done} total={data.progress.total} /> : null}
      {data.status === 'committing' ? <Progress label={t('workers.import.saving')} done={data.progress.done} total={data.progress.total} /> : null}
      {data.status === 'failed' ? <Failed job={data} /> : null}
      {data.status === 'committed' ? <Committed job={data} /> : null}
      {data.status === 'validated' || data.status === 'committed' ? <Summary job={data} /> : null}
      {data.status === 'validated' ? <Notes job={data} /> : null}
      {data.status === 'validated' ? <CommitChoice job={data} /> : null}
      {(data.status === 'validated' || data.status === 'committed') && data.errorRows + data.warningRows > 0 ? <Issues job={data} /> : null}
    </div>
  );
}

function RecentImports({ currentId }: { currentId?: string }) {
  const { t, i18n } = useTranslation();
  const imports = useQuery(importsQuery(i18n.language));
  const items = (imports.data?.items ?? []).filter((item) => item.id !== currentId).slice(0, 10);
  // Beside an open import, "no imports yet" would be untrue: say nothing then.
  if (currentId && imports.isSuccess && items.length === 0) return null;
  return (
    <section className="section recent-imports" aria-labelledby="recent-imports-title" data-testid="recent-imports">
      <div className="section-head">
        <h2 id="recent-imports-title">{t('workers.import.recentTitle')}</h2>
      </div>
      {imports.isPending ? <Loading /> : null}
      {imports.isError ? <ErrorNotice error={imports.error} onRetry={() => void imports.refetch()} /> : null}
      {imports.isSuccess && items.length === 0 ? <p className="empty">{t('workers.import.recentNone')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack">
            <caption className="visually-hidden">{t('workers.import.recentTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workers.import.colFile')}</th>
                <th scope="col">{t('workers.import.colUploaded')}</th>
                <th scope="col">{t('workers.import.colStatus')}</th>
                <th scope="col">{t('workers.import.colRows')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.id}>
                  <td className="cell-title">
                    <Link to="/workers/import" search={{ id: item.id }} className="cell-strong">
                      {item.fileName}
                    </Link>
                  </td>
                  <td data-label={t('workers.import.colUploaded')}>{formatDateTime(item.createdAt, i18n.language)}</td>
                  <td data-label={t('workers.import.colStatus')}>
                    <span className={IMPORT_STATUS_CLASS[item.status]}>{t(`workers.import.statuses.${item.status}`)}</span>
                  </td>
                  <td data-label={t('workers.import.colRows')}>
                    <span className="cell-value">
                      {item.status === 'committed'
                        ? t('workers.import.rowsSaved', { n: formatNumber(item.committedRows, i18n.language) })
                        : item.status === 'failed' || isImportBusy(item.status)
                          ? '—'
                          : t('workers.import.rowsChecked', {
                              total: formatNumber(item.totalRows, i18n.language),
                              valid: formatNumber(item.validRows, i18n.language),
                              errors: formatNumber(item.errorRows, i18n.language),
                            })}
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

/** Import wizard: upload → check (every bad row named) → save the valid rows, or all or nothing. */
export function ImportPage({ importId }: { importId?: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('workers.import.title'));
  return (
    <RoleGate roles={REGISTRAR_ROLES}>
      <div className="page import-page" data-testid="import-page">
        <BackLink />
        <header className="page-head">
          <p className="eyebrow">{t('nav.workers')}</p>
          <h1>{t('workers.import.title')}</h1>
          <p className="lead">{t('workers.import.lead')}</p>
        </header>
        {importId ? (
          <ImportJob key={importId} id={importId} />
        ) : (
          <>
            <Steps current={1} />
            <UploadStep />
          </>
        )}
        <RecentImports currentId={importId} />
      </div>
    </RoleGate>
  );
}
