import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { useUser } from '../../app/session';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { donorOrgListQuery } from '../donors/api';
import { impactQuery, type ImpactItem } from './api';
import { typeName } from './labels';
import './claims.css';

const IMPACT_ROLES = ['donor', 'admin'] as const;

function regionText(item: ImpactItem): string | null {
  const parts = [item.regency, item.province].filter((part): part is string => Boolean(part));
  return parts.length > 0 ? parts.join(', ') : null;
}

function ImpactList({ items }: { items: readonly ImpactItem[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <ul className="impact-list" data-testid="impact-list" aria-label={t('claims.impact.caption')}>
      {items.map((item) => (
        <li key={item.number} className="impact-item" data-testid="impact-item" data-number={item.number}>
          <div className="impact-head">
            <span className="impact-type">{typeName(t, item.type)}</span>
            <strong className="impact-amount" data-testid="impact-amount">
              {formatRupiah(item.amount)}
            </strong>
          </div>
          <dl className="facts impact-facts">
            <dt>{t('claims.impact.colFamily')}</dt>
            <dd data-testid="impact-family">{item.familyName ?? <span className="muted">{t('claims.impact.familyHidden')}</span>}</dd>
            <dt>{t('claims.impact.colRegion')}</dt>
            <dd>{regionText(item) ?? t('claims.none')}</dd>
            <dt>{t('claims.impact.colDate')}</dt>
            <dd>{formatDate(item.paidOn, lang)}</dd>
          </dl>
        </li>
      ))}
    </ul>
  );
}

function AdminDonorPicker({ value, onChange }: { value: string; onChange: (value: string) => void }) {
  const { t } = useTranslation();
  const id = useId();
  const donors = useQuery(donorOrgListQuery(''));
  return (
    <div className="field impact-donor">
      <label htmlFor={`${id}-donor`}>{t('claims.impact.donor')}</label>
      <select id={`${id}-donor`} data-testid="impact-donor" value={value} onChange={(event) => onChange(event.target.value)}>
        <option value="">{t('claims.impact.donorChoose')}</option>
        {(donors.data?.items ?? []).map((donor) => (
          <option key={donor.id} value={donor.id}>
            {donor.displayName}
          </option>
        ))}
      </select>
    </div>
  );
}

function ImpactContent({ user }: { user: Me }) {
  const { t, i18n } = useTranslation();
  const isAdmin = user.role === 'admin';
  const [donorOrgId, setDonorOrgId] = useState('');
  const impact = useQuery({ ...impactQuery(isAdmin ? donorOrgId || null : null), enabled: !isAdmin || Boolean(donorOrgId) });
  useDocumentTitle(t('claims.impact.title'));
  const items = impact.data?.items ?? [];
  const total = items.reduce((sum, item) => sum + BigInt(item.amount), 0n);

  return (
    <div className="page impact-page" data-testid="claims-impact-page">
      <header className="page-head">
        <p className="eyebrow">{t('nav.donations')}</p>
        <h1>{t('claims.impact.title')}</h1>
        <p className="lead">{t('claims.impact.lead')}</p>
      </header>

      {isAdmin ? <AdminDonorPicker value={donorOrgId} onChange={setDonorOrgId} /> : null}
      {isAdmin && !donorOrgId ? <p className="empty">{t('claims.impact.chooseDonor')}</p> : null}

      {impact.isLoading ? <Loading /> : null}
      {impact.isError ? <ErrorNotice error={impact.error} onRetry={() => void impact.refetch()} /> : null}
      {impact.data && items.length === 0 ? (
        <div className="empty empty-kind" data-testid="impact-empty">
          <p className="notice-title">{t('claims.impact.emptyTitle')}</p>
          <p>{t('claims.impact.empty')}</p>
        </div>
      ) : null}
      {items.length > 0 ? (
        <section className={impact.isPlaceholderData ? 'is-stale' : undefined} aria-labelledby="impact-title">
          <h2 id="impact-title" className="visually-hidden">
            {t('claims.impact.caption')}
          </h2>
          <ul className="figures impact-figures">
            <li className="figure">
              <span className="figure-value" data-testid="impact-count">
                {formatNumber(items.length, i18n.language)}
              </span>
              <span className="figure-label">{t('claims.impact.families')}</span>
            </li>
            <li className="figure">
              <span className="figure-value" data-testid="impact-total">
                {formatRupiah(total)}
              </span>
              <span className="figure-label">{t('claims.impact.paidTotal')}</span>
            </li>
          </ul>
          <ImpactList items={items} />
          <p className="muted small">{t('claims.impact.familyHint')}</p>
          <p className="muted small">{t('claims.impact.note')}</p>
        </section>
      ) : null}
    </div>
  );
}

/** /donations/impact: the paid claims of the workers a donor's money protected, told plainly. */
export function ClaimsImpactPage() {
  const user = useUser();
  return <RoleGate roles={IMPACT_ROLES}>{user ? <ImpactContent user={user} /> : null}</RoleGate>;
}
