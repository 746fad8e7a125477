import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MONEY_DESK_ROLES } from '../../app/nav';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { PublicNameConsent } from '../donations/OrganisationPage';
import { isNotFound, RegionName } from '../donations/parts';
import { donorOrgQuery } from './api';
import { FundStatement } from './FundStatement';
import { AddDonorUserForm } from './forms';

function BackToDonors() {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link to="/donors">← {t('donors.backToList')}</Link>
    </p>
  );
}

function DonorContent({ id, isCreated }: { id: string; isCreated: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const org = useQuery(donorOrgQuery(id));
  const [isUserFormOpen, setIsUserFormOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(isCreated ? t('donors.created') : null);
  useDocumentTitle(org.data ? `${org.data.displayName} · ${t('donors.list.title')}` : t('donors.list.title'));

  if (org.isPending) return <Loading />;
  if (org.isError) {
    return (
      <div className="page narrow">
        <BackToDonors />
        {isNotFound(org.error) ? <h1>{t('donors.notFound')}</h1> : <ErrorNotice error={org.error} onRetry={() => void org.refetch()} />}
      </div>
    );
  }
  const data = org.data;
  const none = <span className="muted">{t('workers.none')}</span>;

  return (
    <div className="page donor-page" data-testid="donor-page" data-org-id={data.id}>
      <BackToDonors />
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t(`donorTypes.${data.type}`)}</p>
          <h1 data-testid="donor-name">{data.displayName}</h1>
          <p className="muted">{data.legalName}</p>
        </div>
        <div className="page-actions">
          <Link to="/donations/new" search={{ donor: data.id }} className="button button-primary" data-testid="donor-new-donation">
            {t('donors.newDonation')}
          </Link>
          {isUserFormOpen ? null : (
            <button type="button" className="button button-secondary" data-testid="donor-add-user" onClick={() => setIsUserFormOpen(true)}>
              {t('donors.user.add')}
            </button>
          )}
          <Link to="/donations" search={{ donor: data.id }} className="button button-secondary">
            {t('donors.donations', { n: formatNumber(data.donations, lang) })}
          </Link>
        </div>
      </header>

      <p className="status-line" role="status" aria-live="polite" data-testid="donor-status">
        {status}
      </p>

      {isUserFormOpen ? (
        <AddDonorUserForm
          org={data}
          onCancel={() => setIsUserFormOpen(false)}
          onAdded={(user) => {
            setIsUserFormOpen(false);
            setStatus(t('donors.user.added', { name: user.fullName, email: user.email }));
          }}
        />
      ) : null}

      <div className="worker-columns">
        <section className="section card" aria-labelledby="donor-facts-title">
          <h2 id="donor-facts-title">{t('donations.organisation.factsTitle')}</h2>
          <dl className="facts worker-facts">
            <dt>{t('donors.fields.type')}</dt>
            <dd>{t(`donorTypes.${data.type}`)}</dd>
            <dt>{t('donors.fields.region')}</dt>
            <dd>{data.regionCode ? <RegionName code={data.regionCode} /> : none}</dd>
            <dt>{t('donors.fields.contactEmail')}</dt>
            <dd>{data.contactEmail ?? none}</dd>
            <dt>{t('donors.fields.npwp')}</dt>
            <dd>{data.npwp ?? none}</dd>
            <dt>{t('donors.fields.balance')}</dt>
            <dd>{formatRupiah(data.fundBalance)}</dd>
            <dt>{t('donors.fields.since')}</dt>
            <dd>{formatDate(data.createdAt, lang)}</dd>
          </dl>
        </section>
        <PublicNameConsent org={data} isOwn={false} />
      </div>

      <section className="section" aria-labelledby="donor-fund-title">
        <h2 id="donor-fund-title">{t('donors.fundTitle')}</h2>
        <FundStatement orgId={data.id} headingLevel={3} />
      </section>
    </div>
  );
}

/** One donor organisation for the money desk: facts, consent, users, fund statement. */
export function DonorPage({ id, isCreated }: { id: string; isCreated: boolean }) {
  return (
    <RoleGate roles={MONEY_DESK_ROLES}>
      <DonorContent id={id} isCreated={isCreated} />
    </RoleGate>
  );
}
