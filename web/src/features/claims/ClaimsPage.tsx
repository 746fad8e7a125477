import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_ROLES } from '../../app/nav';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { MaskedNik } from '../workers/parts';
import { CLAIM_STATUSES, claimsQuery, type ClaimListFilter, type ClaimStatus, type ClaimSummary } from './api';
import { typeName } from './labels';
import { ClaimStatusBadge, SlaText } from './parts';

export type ClaimsSearch = { status?: ClaimStatus; overdue?: boolean };

const LIST_LIMIT = 200;

/** Status tabs: every claim, one per status, and the ones past their service-level deadline. */
function StatusTabs({ search }: { search: ClaimsSearch }) {
  const { t } = useTranslation();
  const isAll = !search.status && !search.overdue;
  return (
    <nav className="tabs claim-tabs" aria-label={t('claims.list.tabsLabel')} data-testid="claims-tabs">
      <Link to="/claims" search={{}} className={isAll ? 'tab is-active' : 'tab'} aria-current={isAll ? 'page' : undefined} data-testid="claims-tab-all">
        <span className="tab-label">{t('claims.list.all')}</span>
      </Link>
      {CLAIM_STATUSES.map((status) => {
        const isActive = search.status === status && !search.overdue;
        return (
          <Link key={status} to="/claims" search={{ status }} className={isActive ? 'tab is-active' : 'tab'} aria-current={isActive ? 'page' : undefined} data-testid={`claims-tab-${status}`}>
            <span className="tab-label">{t(`claims.status.${status}`)}</span>
          </Link>
        );
      })}
      <Link
        to="/claims"
        search={{ overdue: true }}
        className={search.overdue ? 'tab is-active claim-tab-overdue' : 'tab claim-tab-overdue'}
        aria-current={search.overdue ? 'page' : undefined}
        data-testid="claims-tab-overdue"
      >
        <span className="tab-label">{t('claims.list.overdue')}</span>
      </Link>
    </nav>
  );
}

function ClaimTable({ items }: { items: readonly ClaimSummary[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table table-stack claims-table" data-testid="claims-table">
        <caption className="visually-hidden">{t('claims.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('claims.list.colNumber')}</th>
            <th scope="col">{t('claims.list.colType')}</th>
            <th scope="col">{t('claims.list.colWorkerRegency')}</th>
            <th scope="col">{t('claims.list.colEventDate')}</th>
            <th scope="col" className="cell-money">
              {t('claims.list.colBenefit')}
            </th>
            <th scope="col">{t('claims.list.colDue')}</th>
            <th scope="col">{t('claims.list.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((claim) => (
            <tr key={claim.id} data-testid="claim-row" data-claim-id={claim.id} data-number={claim.number} data-status={claim.status} data-overdue={String(claim.isOverdue)}>
              <td className="cell-title">
                <Link to="/claims/$claimId" params={{ claimId: claim.id }} className="cell-strong" data-testid="claim-link">
                  {claim.number}
                </Link>
                <span className="cell-sub">
                  {t('claims.list.opened', { date: formatDate(claim.createdAt, lang) })}
                  {claim.source === 'public' ? ` · ${t('claims.list.fromPublic')}` : ''}
                </span>
              </td>
              <td data-label={t('claims.list.colType')}>
                <span className="cell-value">{typeName(t, claim.type)}</span>
              </td>
              <td data-label={t('claims.list.colWorkerRegency')}>
                <span className="cell-value">
                  {claim.worker.name}
                  <span className="cell-sub">
                    <MaskedNik value={claim.worker.maskedNik} />
                  </span>
                  {claim.worker.regency ? (
                    <span className="cell-sub" data-testid="claim-row-regency">
                      {claim.worker.regency}
                    </span>
                  ) : null}
                </span>
              </td>
              <td data-label={t('claims.list.colEventDate')}>
                {formatDate(claim.eventDate, lang)}
              </td>
              <td data-label={t('claims.list.colBenefit')} className="cell-money">
                {formatRupiah(claim.benefitTotal)}
              </td>
              <td data-label={t('claims.list.colDue')}>
                <span className="cell-value">
                  <SlaText slaDueOn={claim.slaDueOn} isOverdue={claim.isOverdue} status={claim.status} />
                </span>
              </td>
              <td data-label={t('claims.list.colStatus')}>
                <ClaimStatusBadge status={claim.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function ClaimsContent({ search }: { search: ClaimsSearch }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const filter: ClaimListFilter = {
    ...(search.status && !search.overdue ? { status: search.status } : {}),
    ...(search.overdue ? { overdue: 'true' as const } : {}),
  };
  const list = useQuery(claimsQuery(filter));
  useDocumentTitle(t('claims.title'));
  const items = list.data?.items ?? [];
  const isFiltered = Boolean(search.status || search.overdue);

  return (
    <div className="page claims-page" data-testid="claims-page">
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('nav.claims')}</p>
          <h1>{t('claims.title')}</h1>
          <p className="lead">{t('claims.list.lead')}</p>
        </div>
        <div className="page-actions">
          <Link to="/claims/new" className="button button-primary" data-testid="claims-new">
            {t('claims.links.newClaim')}
          </Link>
        </div>
      </header>

      <StatusTabs search={search} />

      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && items.length === 0 ? (
        <div className="empty empty-kind" data-testid="claims-empty">
          <p className="notice-title">{search.overdue ? t('claims.list.emptyOverdue') : isFiltered ? t('claims.list.emptyFilter') : t('claims.list.emptyTitle')}</p>
          {isFiltered ? null : <p>{t('claims.list.empty')}</p>}
        </div>
      ) : null}
      {items.length > 0 ? (
        <section aria-labelledby={`${id}-results`} className={list.isPlaceholderData ? 'is-stale' : undefined}>
          <h2 id={`${id}-results`} className="visually-hidden">
            {t('claims.list.caption')}
          </h2>
          <p className="muted small" data-testid="claims-count">
            {t('claims.list.count', { n: formatNumber(items.length, i18n.language) })}
            {items.length >= LIST_LIMIT ? ` ${t('claims.list.limitNote')}` : ''}
          </p>
          <ClaimTable items={items} />
        </section>
      ) : null}
    </div>
  );
}

/** /claims: the branch's claims by status, with those past their deadline one tab away. */
export function ClaimsPage({ search }: { search: ClaimsSearch }) {
  return (
    <RoleGate roles={CLAIM_ROLES}>
      <ClaimsContent search={search} />
    </RoleGate>
  );
}
