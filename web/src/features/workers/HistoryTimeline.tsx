import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { historyQuery, type HistoryEntry } from './api';
import { historyAction, historyField, isWorkerStatus, splitReason } from './labels';

/** Actions whose before/after are worth listing field by field (a registration lists everything). */
const LISTS_CHANGES = new Set(['worker.update']);

function valueText(t: TFunction, field: string, value: unknown, language: string): string {
  if (value === null || value === undefined || value === '') return t('workers.history.empty');
  if (typeof value === 'boolean') return value ? t('workers.yes') : t('workers.no');
  if (typeof value === 'string') {
    if (field === 'birthDate') return formatDate(value, language);
    if (field === 'incomeBracket' && /^\d+$/.test(value)) return formatRupiah(value);
    if (field === 'sex' && (value === 'L' || value === 'P')) return t(`simulasi.sex.${value}`);
    if (field === 'status' && isWorkerStatus(value)) return t(`workers.status.${value}`);
    return value;
  }
  if (typeof value === 'number') return String(value);
  return JSON.stringify(value);
}

function ReasonLine({ entry }: { entry: HistoryEntry }) {
  const { t } = useTranslation();
  if (!entry.reason) return null;
  if (entry.action === 'pii.reveal') {
    const { code, note } = splitReason(entry.reason);
    return (
      <p className="timeline-detail">
        {t('workers.history.reason', { reason: code ? t(`workers.reveal.reasons.${code}`) : (note ?? '') })}
        {code && note ? ` — ${note}` : null}
      </p>
    );
  }
  return <p className="timeline-detail">{t('workers.history.note', { note: entry.reason })}</p>;
}

function mergedInto(entry: HistoryEntry): string | null {
  const change = entry.changes.find((item) => item.field === 'mergedInto');
  return typeof change?.after === 'string' ? change.after : null;
}

function Entry({ entry }: { entry: HistoryEntry }) {
  const { t, i18n } = useTranslation();
  const action = historyAction(entry.action);
  const keptId = entry.action === 'worker.merge' ? mergedInto(entry) : null;
  const changes = LISTS_CHANGES.has(entry.action) || !action ? entry.changes : [];
  return (
    <li className="timeline-item" data-action={entry.action}>
      <p className="timeline-title">{action ? t(`workers.history.actions.${action}`) : entry.action}</p>
      <p className="timeline-meta">
        <time dateTime={entry.at}>{formatDateTime(entry.at, i18n.language)}</time>
        {' · '}
        {entry.actor ? t('workers.history.by', { name: entry.actor }) : t('workers.history.bySystem')}
      </p>
      <ReasonLine entry={entry} />
      {keptId ? (
        <p className="timeline-detail">
          <Link to="/workers/$id" params={{ id: keptId }}>
            {t('workers.history.openKept')}
          </Link>
        </p>
      ) : null}
      {changes.length > 0 ? (
        <ul className="timeline-changes">
          {changes.map((change) => {
            const field = historyField(change.field);
            return (
              <li key={change.field}>
                <span className="timeline-field">{field ? t(`workers.history.fields.${field}`) : change.field}</span>:{' '}
                <span className="timeline-before">{valueText(t, change.field, change.before, i18n.language)}</span>
                {' → '}
                <span>{valueText(t, change.field, change.after, i18n.language)}</span>
              </li>
            );
          })}
        </ul>
      ) : null}
    </li>
  );
}

/** Who did what to this worker's data, newest first, in plain words. */
export function HistoryTimeline({ workerId }: { workerId: string }) {
  const { t, i18n } = useTranslation();
  const history = useQuery(historyQuery(workerId, i18n.language));
  return (
    <section className="section" aria-labelledby="history-title" data-testid="worker-history">
      <div className="section-head">
        <h2 id="history-title">{t('workers.history.title')}</h2>
        <p className="muted small">{t('workers.history.intro')}</p>
      </div>
      {history.isPending ? <Loading /> : null}
      {history.isError ? <ErrorNotice error={history.error} onRetry={() => void history.refetch()} /> : null}
      {history.data && history.data.items.length === 0 ? <p className="empty">{t('workers.history.none')}</p> : null}
      {history.data && history.data.items.length > 0 ? (
        <ol className="timeline">
          {history.data.items.map((entry, index) => (
            <Entry key={`${entry.at}-${index}`} entry={entry} />
          ))}
        </ol>
      ) : null}
    </section>
  );
}
