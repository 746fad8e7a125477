import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatNumber } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import type { BatchStatus, CardBatch, Verdict } from './api';
import { refusedVerdict } from './verify';
import './cards.css';

/** Error codes of the card area: shown with the refused verdict when there is one. */
const CARD_ERRORS = ['CARD_NOT_COVERED', 'CARD_BATCH_EMPTY', 'CARD_BATCH_NOT_READY', 'CARD_NOT_IN_EVENT', 'CARD_NOT_VALID'] as const;
type CardErrorCode = (typeof CARD_ERRORS)[number];

function cardErrorCode(error: unknown): CardErrorCode | null {
  if (!isApiError(error)) return null;
  return CARD_ERRORS.find((code) => code === error.code) ?? null;
}

/** An error of the card area in the user's language; any other error as everywhere else. */
export function CardError({ error, testId, onRetry }: { error: unknown; testId?: string; onRetry?: () => void }) {
  const { t } = useTranslation();
  const code = cardErrorCode(error);
  if (!code) return <ErrorNotice error={error} testId={testId} onRetry={onRetry} />;
  const verdict = refusedVerdict(error);
  return (
    <div className="notice notice-error" role="alert" data-testid={testId} data-code={code} data-verdict={verdict ?? undefined}>
      <p>{t(`errors.${code}`)}</p>
      {verdict ? (
        <p className="card-error-verdict">
          <strong>{t(`cards.verdicts.${verdict}.title`)}</strong> — {t(`cards.verdicts.${verdict}.body`)}
        </p>
      ) : null}
    </div>
  );
}

const STATUS_CLASS: Record<BatchStatus, string> = {
  queued: 'pill pill-info',
  running: 'pill pill-info',
  done: 'pill pill-ok',
  failed: 'pill pill-danger',
};

export function BatchStatusBadge({ status, testId }: { status: BatchStatus; testId?: string }) {
  const { t } = useTranslation();
  return (
    <span className={STATUS_CLASS[status]} data-status={status} data-testid={testId}>
      {t(`cards.status.${status}`)}
    </span>
  );
}

export function batchPercent(batch: Pick<CardBatch, 'done' | 'total' | 'status'>): number {
  if (batch.status === 'done') return 100;
  return Math.min(100, Math.round((batch.done / Math.max(batch.total, 1)) * 100));
}

/** "120 dari 300 kartu" with a bar. */
export function BatchProgress({ batch, testId }: { batch: CardBatch; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const percent = batchPercent(batch);
  const label = t('cards.batch.progress', { done: formatNumber(batch.status === 'done' ? batch.total : batch.done, lang), total: formatNumber(batch.total, lang) });
  return (
    <div className="cards-progress" data-testid={testId}>
      <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
        <span style={{ width: `${percent}%` }} />
      </div>
      <p className="small">
        {label} · {percent} %
      </p>
    </div>
  );
}

/** "JKK + JKM" (the short names printed on the card). */
export function programsText(programs: readonly string[]): string {
  return programs.join(' + ');
}

export function verdictTitle(t: TFunction, verdict: Verdict): string {
  return t(`cards.verdicts.${verdict}.title`);
}

/** The card area's pages, one click apart. */
export function CardsTabs({ current }: { current: 'batches' | 'events' | 'verify' }) {
  const { t } = useTranslation();
  const items = [
    { key: 'batches', to: '/cards', label: t('cards.tabs.batches') },
    { key: 'events', to: '/cards/events', label: t('cards.tabs.events') },
    { key: 'verify', to: '/verifikasi', label: t('cards.tabs.verify') },
  ] as const;
  return (
    <nav className="cards-tabs" aria-label={t('cards.tabs.label')}>
      {items.map((item) => (
        <Link key={item.key} to={item.to} className={item.key === current ? 'cards-tab is-current' : 'cards-tab'} aria-current={item.key === current ? 'page' : undefined}>
          {item.label}
        </Link>
      ))}
    </nav>
  );
}

/** Back to a list, above a page's title. */
export function BackTo({ to, label }: { to: '/cards' | '/cards/events'; label: string }) {
  return (
    <p className="back-link">
      <Link to={to}>← {label}</Link>
    </p>
  );
}

export function isNotFound(error: unknown): boolean {
  return isApiError(error) && (error.status === 404 || (error.status === 400 && error.code === 'VALIDATION_FAILED'));
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

export function isUuid(value: string): boolean {
  return UUID.test(value);
}

/** A batch or event that does not exist for this user: gone, mistyped, or someone else's. */
export function CardsNotFound({ kind }: { kind: 'batch' | 'event' }) {
  const { t } = useTranslation();
  return (
    <section className="page narrow" data-testid="cards-not-found">
      <h1>{t(`cards.notFound.${kind}Title`)}</h1>
      <p>{t('cards.notFound.body')}</p>
      <p>
        <Link to={kind === 'batch' ? '/cards' : '/cards/events'}>{kind === 'batch' ? t('cards.batches.back') : t('cards.events.back')}</Link>
      </p>
    </section>
  );
}
