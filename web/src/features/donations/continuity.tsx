import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatMonth, formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { poolQuery, useRenewDonation } from '../coverage/api';
import { addMonths, jakartaToday, monthOf } from '../coverage/months';
import type { Donation } from './api';
import { useIdempotencyKey } from './idempotency';
import { monthsText, workersText } from './parts';

/** A renewal starts the month after the donation ends, or this month when it has already ended. */
function renewalStart(donation: Donation): string {
  const after = addMonths(donation.endMonth, 1);
  const current = monthOf(jakartaToday());
  return after > current ? after : current;
}

/** The other half of a renewal: the donation this one renews, or the one that renewed it. */
export function RenewalLinks({ donation }: { donation: Donation }) {
  const { t } = useTranslation();
  if (!donation.renews && !donation.renewedBy) return null;
  return (
    <div className="notice notice-info renewal-links">
      {donation.renews ? (
        <p data-testid="donation-renews">
          {t('donations.renew.renews')}{' '}
          <Link to="/donations/$id" params={{ id: donation.renews.id }} data-testid="donation-renews-link">
            {donation.renews.number}
          </Link>
        </p>
      ) : null}
      {donation.renewedBy ? (
        <p data-testid="donation-renewed-by">
          {t('donations.renew.renewedBy')}{' '}
          <Link to="/donations/$id" params={{ id: donation.renewedBy.id }} data-testid="donation-renewed-by-link">
            {donation.renewedBy.number}
          </Link>
        </p>
      ) : null}
    </div>
  );
}

/** Why renew, once the end is near (this month or next): the same workers stay protected without a gap. */
export function RenewalOffer({ donation }: { donation: Donation }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  if (donation.endMonth > addMonths(monthOf(jakartaToday()), 1)) return null;
  return (
    <p className="callout renewal-offer" data-testid="renewal-offer">
      {t('donations.renew.offer', { month: formatMonth(donation.endMonth, lang), workers: workersText(t, donation.allocation.workers, lang) })}
    </p>
  );
}

/** One step: the same workers, programmes and length, from the month after; a new invoice to pay. */
export function RenewPanel({ donation, onClose }: { donation: Donation; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const navigate = useNavigate();
  const renew = useRenewDonation(donation.id);
  const idempotency = useIdempotencyKey('renew');
  const start = renewalStart(donation);
  const end = addMonths(start, donation.months - 1);

  const onRenew = () => {
    if (renew.isPending) return;
    renew.mutate(idempotency.keyFor({ renew: donation.id }), {
      onSuccess: (created) => void navigate({ to: '/donations/$id', params: { id: created.id }, search: { created: true } }),
      onError: (error) => idempotency.settle(error),
    });
  };

  return (
    <div className="notice notice-info renew-panel" role="alertdialog" aria-labelledby="renew-title" data-testid="renew-panel">
      <p className="notice-title" id="renew-title">
        {t('donations.renew.title', { number: donation.number })}
      </p>
      <p>
        {t('donations.renew.body', {
          workers: workersText(t, donation.allocation.workers, lang),
          months: monthsText(t, donation.months),
          from: formatMonth(start, lang),
          to: formatMonth(end, lang),
        })}
      </p>
      <p className="muted small">{t('donations.renew.note')}</p>
      {renew.isError ? <ErrorNotice error={renew.error} testId="renew-error" /> : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" data-testid="renew-confirm" disabled={renew.isPending} onClick={onRenew}>
          {renew.isPending ? t('donations.renew.renewing') : t('donations.renew.confirm')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose} disabled={renew.isPending}>
          {t('donations.renew.cancel')}
        </button>
      </div>
    </div>
  );
}

/** A pool gift protects no one by name: once paid, all of it is in the continuity pool. */
export function PoolAllocation({ donation }: { donation: Donation }) {
  const { t } = useTranslation();
  const isDone = donation.status === 'allocated';
  return (
    <section className="section allocation" aria-labelledby="pool-allocation-title" data-testid="donation-allocation">
      <h2 id="pool-allocation-title">{t('donations.poolGift.allocationTitle')}</h2>
      <p className={isDone ? 'notice notice-success' : 'notice notice-info'} role="status">
        {isDone ? t('donations.poolGift.allocated', { amount: formatRupiah(donation.total) }) : t('donations.poolGift.allocating')}{' '}
        <Link to="/coverage">{t('donations.poolGift.seePool')}</Link>
      </p>
    </section>
  );
}

/** The published rule of who the pool covers first, as the server words it. */
export function PoolRule() {
  const { t, i18n } = useTranslation();
  const pool = useQuery(poolQuery(i18n.language));
  return (
    <section className="section" aria-labelledby="pool-rule-title" data-testid="donation-pool-rule">
      <h2 id="pool-rule-title">{t('coverage.pool.ruleTitle')}</h2>
      <p className="muted small">{t('donations.poolGift.ruleIntro')}</p>
      {pool.isError ? <ErrorNotice error={pool.error} onRetry={() => void pool.refetch()} /> : null}
      {pool.data ? <p className="callout">{pool.data.rule}</p> : null}
    </section>
  );
}
