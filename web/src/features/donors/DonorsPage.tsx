import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONEY_DESK_ROLES } from '../../app/nav';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { useDebounced, useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { donorOrgListQuery, type DonorOrg } from './api';
import { CreateDonorOrgForm } from './forms';

function ConsentBadge({ org }: { org: DonorOrg }) {
  const { t } = useTranslation();
  return org.isPublicNameConsented ? <span className="pill pill-ok">{t('donors.list.public')}</span> : <span className="pill">{t('donors.list.private')}</span>;
}

function DonorTable({ orgs }: { orgs: readonly DonorOrg[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <div className="table-wrap">
      <table className="table table-stack" data-testid="donors-table">
        <caption className="visually-hidden">{t('donors.list.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('donors.list.colName')}</th>
            <th scope="col">{t('donors.fields.type')}</th>
            <th scope="col" className="cell-money">
              {t('donors.fields.balance')}
            </th>
            <th scope="col" className="cell-money">
              {t('donors.fields.donations')}
            </th>
            <th scope="col">{t('donors.list.colPublic')}</th>
          </tr>
        </thead>
        <tbody>
          {orgs.map((org) => (
            <tr key={org.id} data-testid="donor-row" data-org-id={org.id}>
              <td className="cell-title">
                <Link to="/donors/$id" params={{ id: org.id }} className="cell-strong" data-testid="donor-link">
                  {org.displayName}
                </Link>
                <span className="cell-sub">{org.legalName}</span>
              </td>
              <td data-label={t('donors.fields.type')}>
                <span className="cell-value">{t(`donorTypes.${org.type}`)}</span>
              </td>
              <td className="cell-money" data-label={t('donors.fields.balance')} data-testid="donor-balance">
                {formatRupiah(org.fundBalance)}
              </td>
              <td className="cell-money" data-label={t('donors.fields.donations')}>
                {formatNumber(org.donations, lang)}
              </td>
              <td data-label={t('donors.list.colPublic')}>
                <ConsentBadge org={org} />
                <span className="cell-sub">{t('donors.list.since', { date: formatDate(org.createdAt, lang) })}</span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function DonorsContent() {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 250);
  const [isFormOpen, setIsFormOpen] = useState(false);
  const orgs = useQuery(donorOrgListQuery(q));
  useDocumentTitle(t('donors.list.title'));
  const items = orgs.data?.items ?? [];

  return (
    <div className="page donors-page" data-testid="donors-page">
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('nav.donations')}</p>
          <h1>{t('donors.list.title')}</h1>
          <p className="lead">{t('donors.list.lead')}</p>
        </div>
        {isFormOpen ? null : (
          <div className="page-actions">
            <button type="button" className="button button-primary" data-testid="donors-add" onClick={() => setIsFormOpen(true)}>
              {t('donors.list.add')}
            </button>
          </div>
        )}
      </header>

      {isFormOpen ? (
        <CreateDonorOrgForm
          onCancel={() => setIsFormOpen(false)}
          onCreated={(org) => void navigate({ to: '/donors/$id', params: { id: org.id }, search: { created: true } })}
        />
      ) : null}

      <div className="filters">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('donors.list.search')}</label>
          <input id={`${id}-q`} type="search" data-testid="donors-search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
        </div>
      </div>

      {orgs.isPending ? <Loading /> : null}
      {orgs.isError ? <ErrorNotice error={orgs.error} onRetry={() => void orgs.refetch()} /> : null}
      {orgs.data && items.length === 0 ? <p className="empty">{q ? t('donors.list.noMatch') : t('donors.list.empty')}</p> : null}
      {items.length > 0 ? (
        <section aria-labelledby={`${id}-results`} className={orgs.isPlaceholderData ? 'is-stale' : undefined}>
          <h2 id={`${id}-results`} className="visually-hidden">
            {t('donors.list.caption')}
          </h2>
          <p className="muted small">{t('donors.list.count', { n: formatNumber(items.length, i18n.language) })}</p>
          <DonorTable orgs={items} />
        </section>
      ) : null}
    </div>
  );
}

/** Donatur: every donor organisation with its fund balance; officers onboard new ones here. */
export function DonorsPage() {
  return (
    <RoleGate roles={MONEY_DESK_ROLES}>
      <DonorsContent />
    </RoleGate>
  );
}
