import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { DONATION_ROLES } from '../../app/nav';
import { useUser } from '../../app/session';
import { useDocumentTitle } from '../../lib/hooks';
import { PageFrame } from '../shell/PageFrame';
import { rulesQuery } from './api';
import { BenefitTab } from './BenefitTab';
import { DonorTab } from './DonorTab';
import { NikTab } from './NikTab';
import { RulesTab } from './RulesTab';
import { SIMULASI_TABS, type SimulasiTab } from './tabs';

function SimulasiContent({ tab }: { tab: SimulasiTab }) {
  const { t } = useTranslation();
  const rules = useQuery(rulesQuery);
  const user = useUser();
  const canDonate = user ? DONATION_ROLES.includes(user.role) : false;
  useDocumentTitle(`${t(`simulasi.tabs.${tab}`)} · ${t('nav.simulasi')}`);

  return (
    <div className="page simulasi" data-testid="simulasi">
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('nav.simulasi')}</p>
          <h1 data-testid="simulasi-title">{t('simulasi.title')}</h1>
          <p className="lead">{t('simulasi.lead')}</p>
        </div>
        {!user || canDonate ? (
          <div className="simulasi-donate">
            <p className="small">{user ? t('simulasi.donateSignedIn') : t('simulasi.donateAnonymous')}</p>
            {user ? (
              <Link to="/donations/new" className="button button-primary" data-testid="simulasi-donate">
                {t('donations.links.newDonation')}
              </Link>
            ) : (
              <Link to="/daftar-donatur" className="button button-primary" data-testid="simulasi-become-donor">
                {t('login.donorLink')}
              </Link>
            )}
          </div>
        ) : null}
      </header>

      <nav className="tabs" aria-label={t('simulasi.tabsLabel')}>
        {SIMULASI_TABS.map((key) => (
          <Link
            key={key}
            to="/simulasi"
            search={{ tab: key }}
            resetScroll={false}
            className={key === tab ? 'tab is-active' : 'tab'}
            aria-current={key === tab ? 'page' : undefined}
            data-testid={`simulasi-tab-${key}`}
          >
            <span className="tab-label">{t(`simulasi.tabs.${key}`)}</span>
            <span className="tab-sub">{t(`simulasi.tabHints.${key}`)}</span>
          </Link>
        ))}
      </nav>

      {/* Every section stays mounted: moving between them keeps what was typed and calculated. */}
      <div className="sim-panel" hidden={tab !== 'donatur'} data-testid="panel-donatur">
        <DonorTab rules={rules.data} />
      </div>
      <div className="sim-panel" hidden={tab !== 'keluarga'} data-testid="panel-keluarga">
        <BenefitTab rules={rules.data} />
      </div>
      <div className="sim-panel" hidden={tab !== 'nik'} data-testid="panel-nik">
        <NikTab />
      </div>
      <div hidden={tab !== 'aturan'} data-testid="panel-aturan">
        <RulesTab rules={rules} />
      </div>

      <p className="muted small sim-disclaimer">{t('simulasi.disclaimer')}</p>
    </div>
  );
}

/** Public: donors, families and officers can try the rules without signing in. */
export function SimulasiPage({ tab }: { tab: SimulasiTab }) {
  return (
    <PageFrame>
      <SimulasiContent tab={tab} />
    </PageFrame>
  );
}
