import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/session';
import { formatDate, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { donorOrgQuery, useSetPublicName, type DonorOrg } from '../donors/api';
import { BackToDonations } from './parts';

/** The public-name consent: what it means, and a switch that saves at once. */
export function PublicNameConsent({ org, isOwn = true }: { org: DonorOrg; isOwn?: boolean }) {
  const { t } = useTranslation();
  const id = useId();
  const save = useSetPublicName(org.id);
  const [status, setStatus] = useState<string | null>(null);
  const isOn = save.isPending && save.variables !== undefined ? save.variables : org.isPublicNameConsented;

  const onToggle = (next: boolean) => {
    setStatus(null);
    save.mutate(next, { onSuccess: (updated) => setStatus(updated.isPublicNameConsented ? t('donations.organisation.savedOn') : t('donations.organisation.savedOff')) });
  };

  return (
    <section className="section card consent-card" aria-labelledby={`${id}-title`} data-testid="consent">
      <h2 id={`${id}-title`}>{t('donations.organisation.consentTitle')}</h2>
      <p>{isOwn ? t('donations.organisation.consentWhat') : t('donations.organisation.consentWhatDesk')}</p>
      <ul className="plain-list small">
        <li>{t('donations.organisation.consentWhere1')}</li>
        <li>{t('donations.organisation.consentWhere2')}</li>
        <li>{t('donations.organisation.consentWhere3')}</li>
      </ul>
      <p className="muted small">{isOwn ? t('donations.organisation.consentOff') : t('donations.organisation.consentOffDesk')}</p>
      <label className="check consent-switch">
        <input type="checkbox" data-testid="consent-toggle" checked={isOn} disabled={save.isPending} onChange={(event) => onToggle(event.target.checked)} />
        <span>
          <strong>{t('donations.organisation.consentLabel', { name: org.displayName })}</strong>
          <span className="check-sub" data-testid="consent-state">
            {isOn ? t('donations.organisation.stateOn') : t('donations.organisation.stateOff')}
          </span>
        </span>
      </label>
      <p className="status-line" role="status" aria-live="polite" data-testid="consent-status">
        {status}
      </p>
      {save.isError ? <ErrorNotice error={save.error} /> : null}
    </section>
  );
}

function OrganisationContent({ orgId }: { orgId: string }) {
  const { t, i18n } = useTranslation();
  const org = useQuery(donorOrgQuery(orgId));
  if (org.isPending) return <Loading />;
  if (org.isError) return <ErrorNotice error={org.error} onRetry={() => void org.refetch()} />;
  const data = org.data;
  const none = <span className="muted">{t('workers.none')}</span>;
  return (
    <div className="worker-columns">
      <section className="section card" aria-labelledby="org-facts-title">
        <h2 id="org-facts-title">{t('donations.organisation.factsTitle')}</h2>
        <dl className="facts worker-facts">
          <dt>{t('donors.fields.displayName')}</dt>
          <dd data-testid="org-display-name">{data.displayName}</dd>
          <dt>{t('donors.fields.legalName')}</dt>
          <dd>{data.legalName}</dd>
          <dt>{t('donors.fields.type')}</dt>
          <dd>{t(`donorTypes.${data.type}`)}</dd>
          <dt>{t('donors.fields.contactEmail')}</dt>
          <dd>{data.contactEmail ?? none}</dd>
          <dt>{t('donors.fields.npwp')}</dt>
          <dd>{data.npwp ?? none}</dd>
          <dt>{t('donors.fields.balance')}</dt>
          <dd>{formatRupiah(data.fundBalance)}</dd>
          <dt>{t('donors.fields.donations')}</dt>
          <dd>{formatNumber(data.donations, i18n.language)}</dd>
          <dt>{t('donors.fields.since')}</dt>
          <dd>{formatDate(data.createdAt, i18n.language)}</dd>
        </dl>
        <p className="muted small">{t('donations.organisation.changeHint')}</p>
      </section>
      <PublicNameConsent org={data} />
    </div>
  );
}

/** "Organisasi": the donor's own organisation, and whether its name may be shown publicly. */
export function OrganisationPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('donations.organisation.title'));
  const orgId = user?.donorOrg?.id;
  return (
    <RoleGate roles={['donor']}>
      <div className="page organisation-page" data-testid="organisation-page">
        <BackToDonations />
        <header className="page-head">
          <p className="eyebrow">{t('nav.donations')}</p>
          <h1>{t('donations.organisation.title')}</h1>
          <p className="lead">{t('donations.organisation.lead')}</p>
        </header>
        {orgId ? <OrganisationContent orgId={orgId} /> : <p className="notice notice-warn">{t('donations.fund.noOrg')}</p>}
      </div>
    </RoleGate>
  );
}
