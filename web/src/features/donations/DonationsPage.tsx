import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { DONATION_ROLES, isMoneyDesk } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDate, formatMonth, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { donorOrgQuery } from '../donors/api';
import { donationsQuery, type DonationListFilter, type DonationSummary } from './api';
import { DONATION_STATUSES, isDonationStatus, type DonationStatus } from './labels';
import { DonationStatusBadge, monthsText, workersText } from './parts';

export type DonationsSearch = { status?: DonationStatus; donor?: string };

/** The money desk's queues, one click from the list of donations. */
export function MoneyDeskLinks() {
  const { t } = useTranslation();
  return (
    <nav className="queue-links" aria-label={t('donations.list.deskLabel')}>
      <Link to="/donors" className="queue-link" data-testid="desk-donors">
        <span className="queue-link-title">{t('donations.links.donors')}</span>
        <span className="queue-link-sub">{t('donations.list.deskDonors')}</span>
      </Link>
      <Link to="/payments/transfers" className="queue-link" data-testid="desk-transfers">
        <span className="queue-link-title">{t('donations.links.transfers')}</span>
        <span className="queue-link-sub">{t('donations.list.deskTransfers')}</span>
      </Link>
      <Link to="/payments/exceptions" className="queue-link" data-testid="desk-exceptions">
        <span className="queue-link-title">{t('donations.links.exceptions')}</span>
        <span className="queue-link-sub">{t('donations.list.deskExceptions')}</span>
      </Link>
    </nav>
  );
}

function DonationTable({ items, hasDonor }: { items: readonly DonationSummary[]; hasDonor: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table table-stack donation-table" data-testid="donations-table">
        <caption className="visually-hidden">{t('donations.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('donations.list.colNumber')}</th>
            {hasDonor ? <th scope="col">{t('donations.list.colDonor')}</th> : null}
            <th scope="col">{t('donations.list.colWorkers')}</th>
            <th scope="col">{t('donations.list.colStart')}</th>
            <th scope="col" className="cell-money">
              {t('donations.list.colTotal')}
            </th>
            <th scope="col">{t('donations.list.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((donation) => (
            <tr key={donation.id} data-testid="donation-row" data-donation-id={donation.id}>
              <td className="cell-title">
                <Link to="/donations/$id" params={{ id: donation.id }} className="cell-strong" data-testid="donation-link">
                  {donation.number}
                </Link>
                <span className="cell-sub">{t('donations.list.created', { date: formatDate(donation.createdAt, lang) })}</span>
              </td>
              {hasDonor ? (
                <td data-label={t('donations.list.colDonor')}>
                  <span className="cell-value">{donation.donorName}</span>
                </td>
              ) : null}
              <td data-label={t('donations.list.colWorkers')} className="nowrap">
                {/* Only a gift to the continuity pool names no workers. */}
                {donation.workerCount === 0
                  ? t('donations.list.poolGift')
                  : t('donations.list.workersMonths', { workers: workersText(t, donation.workerCount, lang), months: monthsText(t, donation.months) })}
              </td>
              <td data-label={t('donations.list.colStart')} className="nowrap">
                {formatMonth(donation.startMonth, lang)}
              </td>
              <td data-label={t('donations.list.colTotal')} className="cell-money">
                {formatRupiah(donation.total)}
              </td>
              <td data-label={t('donations.list.colStatus')}>
                <DonationStatusBadge status={donation.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DonationsContent({ user, search }: { user: Me; search: DonationsSearch }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const isDesk = isMoneyDesk(user.role);
  const filter: DonationListFilter = {
    ...(search.status ? { status: search.status } : {}),
    ...(isDesk && search.donor ? { donorOrgId: search.donor } : {}),
  };
  const list = useQuery(donationsQuery(filter));
  const donor = useQuery({ ...donorOrgQuery(search.donor ?? ''), enabled: isDesk && Boolean(search.donor) });
  const title = isDesk ? t('donations.list.titleDesk') : t('donations.list.title');
  useDocumentTitle(title);
  const items = list.data?.items ?? [];

  return (
    <div className="page donations-page" data-testid="donations-page">
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('nav.donations')}</p>
          <h1>{title}</h1>
          <p className="lead">{isDesk ? t('donations.list.leadDesk') : t('donations.list.lead')}</p>
        </div>
        <div className="page-actions">
          <Link to="/donations/new" search={search.donor ? { donor: search.donor } : {}} className="button button-primary" data-testid="donations-new">
            {t('donations.links.newDonation')}
          </Link>
          {user.role === 'donor' ? (
            <Link to="/donations/fund" className="button button-secondary" data-testid="donations-fund">
              {t('donations.links.fund')}
            </Link>
          ) : null}
        </div>
      </header>

      {isDesk ? <MoneyDeskLinks /> : null}

      <div className="filters donation-filters">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('donations.list.colStatus')}</label>
          <select
            id={`${id}-status`}
            data-testid="donations-status"
            value={search.status ?? ''}
            onChange={(event) =>
              void navigate({
                to: '/donations',
                search: { ...search, status: isDonationStatus(event.target.value) ? event.target.value : undefined },
                replace: true,
              })
            }
          >
            <option value="">{t('donations.list.allStatuses')}</option>
            {DONATION_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`donations.status.${status}`)}
              </option>
            ))}
          </select>
        </div>
        {isDesk && search.donor ? (
          <p className="donation-filter-donor">
            {t('donations.list.onlyDonor', { name: donor.data?.displayName ?? '…' })}{' '}
            <Link to="/donations" search={search.status ? { status: search.status } : {}}>
              {t('donations.list.allDonors')}
            </Link>
          </p>
        ) : null}
      </div>

      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && items.length === 0 ? (
        <div className="empty empty-kind" data-testid="donations-empty">
          <p className="notice-title">{search.status ? t('donations.list.noMatch') : t('donations.list.emptyTitle')}</p>
          {search.status ? null : <p>{isDesk ? t('donations.list.emptyDesk') : t('donations.list.empty')}</p>}
          <p>
            <Link to="/donations/new">{t('donations.list.emptyAction')}</Link>
          </p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <section aria-labelledby={`${id}-results`} className={list.isPlaceholderData ? 'is-stale' : undefined}>
          <h2 id={`${id}-results`} className="visually-hidden">
            {t('donations.list.caption')}
          </h2>
          <p className="muted small" data-testid="donations-count">
            {t('donations.list.count', { n: formatNumber(items.length, i18n.language) })}
          </p>
          <DonationTable items={items} hasDonor={isDesk} />
        </section>
      ) : null}
    </div>
  );
}

/** "Donasi saya" for a donor; every donation for officers and admins, who act for donors. */
export function DonationsPage({ search }: { search: DonationsSearch }) {
  const user = useUser();
  return <RoleGate roles={DONATION_ROLES}>{user ? <DonationsContent user={user} search={search} /> : null}</RoleGate>;
}
