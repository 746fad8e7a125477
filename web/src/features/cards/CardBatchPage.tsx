import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { CARD_ROLES } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { batchPdfUrl, batchQuery, createdBatchKey, isBatchBusy, type CreatedBatch } from './api';
import { EventForm } from './EventForm';
import { BackTo, BatchProgress, BatchStatusBadge, CardError, CardsNotFound, isNotFound, isUuid } from './parts';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function BatchContent({ user, batchId }: { user: Me; batchId: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const queryClient = useQueryClient();
  const batch = useQuery(batchQuery(batchId));
  // What the creation answered (workers left out), if this page follows it.
  const [created] = useState(() => queryClient.getQueryData<CreatedBatch>(createdBatchKey(batchId)) ?? null);
  // Read once, then forgotten: coming back later shows the batch, not the news of its creation.
  useEffect(() => queryClient.removeQueries({ queryKey: createdBatchKey(batchId) }), [queryClient, batchId]);
  const [isEventOpen, setIsEventOpen] = useState(false);
  useDocumentTitle(batch.data ? `${batch.data.title} · ${t('cards.title')}` : t('cards.title'));

  if (batch.isPending) return <Loading />;
  if (batch.isError) {
    if (isNotFound(batch.error)) return <CardsNotFound kind="batch" />;
    return (
      <div className="page narrow">
        <CardError error={batch.error} onRetry={() => void batch.refetch()} />
      </div>
    );
  }
  const data = batch.data;
  const isDone = data.status === 'done';
  const leftOut = created?.leftOut.notProtected ?? 0;

  return (
    <div className="page cards-batch-page" data-testid="card-batch-page" data-batch-id={data.id} data-status={data.status}>
      <BackTo to="/cards" label={t('cards.batches.back')} />
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('cards.batch.eyebrow')}</p>
          <h1 data-testid="batch-title-text">{data.title}</h1>
          <p className="worker-subtitle">
            <BatchStatusBadge status={data.status} testId="batch-status" />
            <span className="muted">{t(`cards.layouts.${data.layout}`)}</span>
          </p>
        </div>
        {isDone ? (
          <div className="page-actions">
            <a href={batchPdfUrl(data.id)} download className="button button-primary" data-testid="batch-pdf">
              {t('cards.batch.download')}
            </a>
            {isEventOpen ? null : (
              <button type="button" className="button button-secondary" data-testid="batch-event-open" onClick={() => setIsEventOpen(true)}>
                {t('cards.batch.recordEvent')}
              </button>
            )}
          </div>
        ) : null}
      </header>

      {created ? (
        <div className={leftOut > 0 ? 'notice notice-warn' : 'notice notice-success'} role="status" data-testid="batch-created">
          <p className="notice-title">{t('cards.batch.created', { n: formatNumber(created.batch.total, lang) })}</p>
          {leftOut > 0 ? <p data-testid="batch-left-out">{t('cards.batch.leftOut', { n: formatNumber(leftOut, lang) })}</p> : null}
        </div>
      ) : null}

      <section className="section card cards-batch-progress" aria-labelledby="batch-progress-title">
        <h2 id="batch-progress-title">{t('cards.batch.progressTitle')}</h2>
        <BatchProgress batch={data} testId="batch-progress" />
        <p className="status-line" role="status" aria-live="polite" data-testid="batch-status-line">
          {isBatchBusy(data.status) ? t('cards.batch.working') : null}
          {isDone ? t('cards.batch.ready') : null}
        </p>
        {data.status === 'failed' ? (
          <div className="notice notice-error" role="alert" data-testid="batch-failed">
            <p className="notice-title">{t('cards.batch.failed')}</p>
            {data.error ? <p className="small">{data.error}</p> : null}
          </div>
        ) : null}
        <dl className="facts worker-facts">
          <Fact label={t('cards.batch.cards')} testId="batch-total">
            {formatNumber(data.total, lang)}
          </Fact>
          <Fact label={t('cards.batch.createdAt')}>{formatDateTime(data.createdAt, lang)}</Fact>
          {data.finishedAt ? <Fact label={t('cards.batch.finishedAt')}>{formatDateTime(data.finishedAt, lang)}</Fact> : null}
          {data.pdfBytes ? <Fact label={t('cards.batch.fileSize')}>{t('cards.batch.kilobytes', { n: formatNumber(Math.max(1, Math.round(data.pdfBytes / 1024)), lang) })}</Fact> : null}
        </dl>
        {isDone ? <p className="muted small">{t(`cards.batch.printHint.${data.layout}`)}</p> : null}
      </section>

      {isDone && isEventOpen ? <EventForm user={user} batchId={data.id} onCancel={() => setIsEventOpen(false)} /> : null}
      {isDone && !isEventOpen ? (
        <p className="muted small">
          {t('cards.batch.eventsHint')} <Link to="/cards/events">{t('cards.links.events')}</Link>
        </p>
      ) : null}
    </div>
  );
}

export function CardBatchPage({ batchId }: { batchId: string }) {
  const user = useUser();
  return (
    <RoleGate roles={CARD_ROLES}>
      {!isUuid(batchId) ? <CardsNotFound kind="batch" /> : user ? <BatchContent key={batchId} user={user} batchId={batchId} /> : null}
    </RoleGate>
  );
}
