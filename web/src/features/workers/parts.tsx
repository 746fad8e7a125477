import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import type { Worker, WorkerStatus } from './api';
import { STATUS_CLASS } from './labels';

/** A worker's status in words, as a small badge. */
export function StatusBadge({ status, testId }: { status: WorkerStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={STATUS_CLASS[status]} data-status={status} data-testid={testId} title={t(`workers.statusHint.${status}`)}>
      {t(`workers.status.${status}`)}
    </span>
  );
}

/** "6202********0003": the only NIK most pages ever show. */
export function MaskedNik({ value, testId }: { value: string; testId?: string }) {
  const { t } = useTranslation();
  return (
    <code className="nik-masked" data-testid={testId} aria-label={`${t('workers.fields.nikMasked')}: ${value.replaceAll('*', '•')}`}>
      {value}
    </code>
  );
}

/** The village, with its regency underneath unless every worker shown is in the same regency. */
export function VillageName({ worker, hasRegency = true }: { worker: Pick<Worker, 'village' | 'regency'>; hasRegency?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <span>{worker.village.name ?? t('workers.unknownRegion')}</span>
      {hasRegency ? <span className="cell-sub">{worker.regency.name ?? worker.regency.code}</span> : null}
    </>
  );
}

/** Whether a user's working area is a single regency or smaller: naming the regency on every row says nothing. */
export function isOneRegency(scopes: readonly { code: string }[]): boolean {
  return scopes.length === 1 && (scopes[0]?.code.split('.').length ?? 0) >= 2;
}

export function OccupationName({ occupation }: { occupation: Worker['occupation'] }) {
  return (
    <>
      {occupation.name}
      {occupation.other ? <span className="cell-sub">{occupation.other}</span> : null}
    </>
  );
}

/** A page whose worker does not exist for this user: gone, mistyped, or outside their region. */
export function WorkerNotFound() {
  const { t } = useTranslation();
  return (
    <section className="page narrow" data-testid="worker-not-found">
      <h1>{t('workers.notFound.title')}</h1>
      <p>{t('workers.notFound.body')}</p>
      <p>
        <Link to="/workers">{t('workers.backToList')}</Link>
      </p>
    </section>
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && error.status === 404;
}

/** Back to the list, above a page's title. */
export function BackLink() {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link to="/workers">← {t('workers.backToList')}</Link>
    </p>
  );
}
