import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { isRunning, RUN_POLL_MS, runsQuery, useStartRun, type CoverageRun } from './api';
import { addMonths, dueRunMonth } from './months';

/** After a run is queued, the list is asked again for a while even before the run appears in it. */
const WATCH_AFTER_START_MS = 60_000;

type RunFigures = {
  states: Record<string, number>;
  pool: { workers: number; amount: string };
  reminders: { workers: number; donors: number };
};

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function numberOf(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  return typeof value === 'number' ? value : 0;
}

/** What a finished run reported (stored as JSON by the server; read defensively). */
function figuresOf(summary: unknown): RunFigures | null {
  if (!isRecord(summary) || !isRecord(summary.states)) return null;
  const states: Record<string, number> = {};
  for (const [key, value] of Object.entries(summary.states)) if (typeof value === 'number') states[key] = value;
  const pool = isRecord(summary.pool) ? summary.pool : {};
  const reminders = isRecord(summary.reminders) ? summary.reminders : {};
  return {
    states,
    pool: { workers: numberOf(pool, 'workers'), amount: typeof pool.amount === 'string' && /^\d+$/.test(pool.amount) ? pool.amount : '0' },
    reminders: { workers: numberOf(reminders, 'workers'), donors: numberOf(reminders, 'donors') },
  };
}

function Progress({ run }: { run: CoverageRun }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const total = Math.max(run.regionsTotal, 1);
  const percent = Math.min(100, Math.round((run.regionsDone / total) * 100));
  const isStatesDone = run.regionsDone >= run.regionsTotal;
  return (
    <div className="run-progress" data-testid="run-progress">
      <div
        className="progress-bar"
        role="progressbar"
        aria-valuemin={0}
        aria-valuemax={run.regionsTotal}
        aria-valuenow={run.regionsDone}
        aria-label={t('coverage.runs.progressLabel', { month: formatMonth(run.month, lang) })}
      >
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="small" data-testid="run-phase">
        {isStatesDone
          ? t('coverage.runs.phaseAfter')
          : t('coverage.runs.phaseStates', { done: formatNumber(run.regionsDone, lang), total: formatNumber(run.regionsTotal, lang) })}
      </p>
    </div>
  );
}

function Figures({ run }: { run: CoverageRun }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const figures = figuresOf(run.summary);
  if (!figures) return <span className="muted">—</span>;
  const n = (value: number | undefined) => formatNumber(value ?? 0, lang);
  return (
    <ul className="plain-list run-figures">
      <li>
        {t('coverage.runs.figureStates', { active: n(figures.states.ACTIVE), arrears: n(figures.states.ARREARS), ended: n(figures.states.ENDED) })}
      </li>
      <li>{t('coverage.runs.figurePool', { workers: n(figures.pool.workers), amount: formatRupiah(figures.pool.amount) })}</li>
      <li>{t('coverage.runs.figureReminders', { workers: n(figures.reminders.workers), donors: n(figures.reminders.donors) })}</li>
    </ul>
  );
}

function RunRow({ run }: { run: CoverageRun }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <tr data-testid="run-row" data-month={run.month} data-status={run.status}>
      <td className="cell-title">
        <span className="cell-strong">{formatMonth(run.month, lang)}</span>
        <span className="cell-sub">{t('coverage.runs.asOf', { date: formatDate(run.asOf, lang) })}</span>
      </td>
      <td data-label={t('coverage.runs.colStatus')} className="cell-long">
        <span className={run.status === 'done' ? 'pill pill-ok' : 'pill pill-info'} data-status={run.status} data-testid="run-status">
          {t(`coverage.runs.statuses.${run.status}`)}
        </span>
        {run.status === 'running' ? <Progress run={run} /> : null}
      </td>
      <td data-label={t('coverage.runs.colTimes')} className="cell-long">
        {formatDateTime(run.startedAt, lang)}
        {run.finishedAt ? <span className="cell-sub">{t('coverage.runs.finished', { at: formatDateTime(run.finishedAt, lang) })}</span> : null}
      </td>
      <td data-label={t('coverage.runs.colResult')} className="cell-long">
        {run.status === 'done' ? <Figures run={run} /> : <span className="muted">{t('coverage.runs.pending')}</span>}
      </td>
    </tr>
  );
}

/** Admins start a month's run; running it again is safe (the server changes nothing twice). */
function StartRunForm({ onStarted }: { onStarted: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const due = dueRunMonth();
  const choices = [due, addMonths(due, -1)];
  const [month, setMonth] = useState(due);
  const [status, setStatus] = useState<string | null>(null);
  const start = useStartRun();

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (start.isPending) return;
    setStatus(null);
    start.mutate(month, {
      onSuccess: (answer) => {
        const label = formatMonth(answer.month, lang);
        setStatus(answer.queued ? t('coverage.runs.queued', { month: label }) : t('coverage.runs.doneNow', { month: label }));
        onStarted();
      },
    });
  };

  return (
    <form className="card form run-form" onSubmit={onSubmit} aria-labelledby={`${id}-title`} data-testid="run-form">
      <h3 id={`${id}-title`}>{t('coverage.runs.startTitle')}</h3>
      <p className="muted small">{t('coverage.runs.startIntro')}</p>
      <div className="inline-fields">
        <div className="field">
          <label htmlFor={`${id}-month`}>{t('coverage.runs.month')}</label>
          <select id={`${id}-month`} data-testid="run-month" value={month} onChange={(event) => setMonth(event.target.value)}>
            {choices.map((choice) => (
              <option key={choice} value={choice}>
                {formatMonth(choice, lang)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className="button button-primary" data-testid="run-start" disabled={start.isPending}>
          {start.isPending ? t('coverage.runs.starting') : t('coverage.runs.start')}
        </button>
      </div>
      <p className="hint">{t('coverage.runs.startHint')}</p>
      {start.isError ? <ErrorNotice error={start.error} testId="run-error" /> : null}
      <p className="status-line" role="status" aria-live="polite" data-testid="run-status-line">
        {status}
      </p>
    </form>
  );
}

/** The monthly runs: the one running with its progress, those done with what they did. */
export function RunsSection({ canStart }: { canStart: boolean }) {
  const { t } = useTranslation();
  const [watchUntil, setWatchUntil] = useState(0);
  const runs = useQuery({
    ...runsQuery,
    refetchInterval: (query) => (isRunning(query.state.data?.items) || Date.now() < watchUntil ? RUN_POLL_MS : false),
  });
  const items = runs.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="runs-title" data-testid="coverage-runs">
      <div className="section-head">
        <h2 id="runs-title">{t('coverage.runs.title')}</h2>
      </div>
      <p className="muted small">{t('coverage.runs.intro')}</p>
      {canStart ? <StartRunForm onStarted={() => setWatchUntil(Date.now() + WATCH_AFTER_START_MS)} /> : null}
      {runs.isPending ? <Loading /> : null}
      {runs.isError ? <ErrorNotice error={runs.error} onRetry={() => void runs.refetch()} /> : null}
      {runs.data && items.length === 0 ? <p className="empty">{t('coverage.runs.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack coverage-table" data-testid="runs-table">
            <caption className="visually-hidden">{t('coverage.runs.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.runs.colMonth')}</th>
                <th scope="col">{t('coverage.runs.colStatus')}</th>
                <th scope="col">{t('coverage.runs.colTimes')}</th>
                <th scope="col">{t('coverage.runs.colResult')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((run) => (
                <RunRow key={run.id} run={run} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
