import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/session';
import { useDocumentTitle } from '../../lib/hooks';
import { RoleGate } from '../common/RoleGate';
import { FundStatement } from '../donors/FundStatement';
import { BackToDonations } from './parts';

/** "Dana saya": the donor organisation's own fund statement. */
export function FundPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('donations.fund.title'));
  const orgId = user?.donorOrg?.id;
  return (
    <RoleGate roles={['donor']}>
      <div className="page fund-page" data-testid="fund-page">
        <BackToDonations />
        <header className="page-head page-head-row">
          <div>
            <p className="eyebrow">{t('nav.donations')}</p>
            <h1>{t('donations.fund.title')}</h1>
            <p className="lead">{t('donations.fund.lead', { org: user?.donorOrg?.displayName ?? '' })}</p>
          </div>
          <div className="page-actions">
            <Link to="/donations/new" className="button button-primary">
              {t('donations.links.newDonation')}
            </Link>
          </div>
        </header>
        {orgId ? <FundStatement orgId={orgId} /> : <p className="notice notice-warn">{t('donations.fund.noOrg')}</p>}
      </div>
    </RoleGate>
  );
}
