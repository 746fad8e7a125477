import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { coverageLinksFor, donationLinksFor, isChecker, isMoneyDesk, isPlanned, isRegistrar, navItemsFor } from '../../app/nav';
import { useUser } from '../../app/session';
import { Figures } from './Figures';
import { homeTitle, scopesLabel } from './home-title';
import { useDocumentTitle } from '../../lib/hooks';

export function HomePage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('nav.home'));
  if (!user) return null;

  const items = navItemsFor(user.role);
  const planned = items.filter(isPlanned);
  const canManageUsers = items.some((item) => item.key === 'users');
  const canSeeWorkers = items.some((item) => item.key === 'workers');
  const canSeeCoverage = items.some((item) => item.key === 'coverage');
  const coverageLinks = coverageLinksFor(user.role);
  const canRegister = isRegistrar(user.role);
  const canCheck = isChecker(user.role);
  const canDonate = items.some((item) => item.key === 'donations');
  const donationLinks = donationLinksFor(user.role);
  const scopes = scopesLabel(t, user);

  return (
    <div className="page">
      <header className="page-head">
        <p className="eyebrow">{t(`roles.${user.role}`)}</p>
        <h1 data-testid="home-title">{homeTitle(t, user)}</h1>
        <p className="lead">{t(`home.subtitle.${user.role}`)}</p>
        <p className="muted">
          {t('home.welcome', { name: user.fullName })}
          {scopes ? ` ${t('home.scopes', { regions: scopes })}` : null}
        </p>
      </header>

      <Figures role={user.role} isScoped={user.regionScopes.length > 0} />

      <div className="columns">
        <section className="section card" aria-labelledby="now-title">
          <h2 id="now-title">{t('home.nowTitle')}</h2>
          <ul className="link-list">
            {canDonate ? (
              <li data-testid="home-now-donations">
                <Link to="/donations">{user.role === 'donor' ? t('donations.list.title') : t('donations.list.titleDesk')}</Link>
                <span>{isMoneyDesk(user.role) ? t('home.now.donationsDesk') : t('home.now.donationsDonor')}</span>
              </li>
            ) : null}
            {donationLinks.map((link) => (
              <li key={link.key} data-testid={`home-now-${link.key}`}>
                <Link to={link.to}>{t(`donations.links.${link.key}`)}</Link>
                <span>{t(`home.now.${link.key}`)}</span>
              </li>
            ))}
            {canSeeCoverage ? (
              <li data-testid="home-now-coverage">
                <Link to="/coverage">{t('nav.coverage')}</Link>
                <span>{user.role === 'donor' ? t('home.now.coverageDonor') : t('home.now.coverage')}</span>
              </li>
            ) : null}
            {coverageLinks.map((link) => (
              <li key={link.key} data-testid={`home-now-coverage-${link.key}`}>
                <Link to={link.to}>{t(`coverage.links.${link.key}`)}</Link>
                <span>{t(`home.now.coverageLinks.${link.key}`)}</span>
              </li>
            ))}
            {canSeeWorkers ? (
              <li data-testid="home-now-workers">
                <Link to="/workers">{t('nav.workers')}</Link>
                <span>{user.role === 'donor' ? t('home.now.workersDonor') : t('home.now.workers')}</span>
              </li>
            ) : null}
            {canRegister ? (
              <li>
                <Link to="/workers/new">{t('workers.actions.register')}</Link>
                <span>{t('home.now.workersRegister')}</span>
              </li>
            ) : null}
            {canRegister ? (
              <li>
                <Link to="/workers/import">{t('workers.actions.import')}</Link>
                <span>{t('home.now.workersImport')}</span>
              </li>
            ) : null}
            {canCheck ? (
              <li>
                <Link to="/workers/verify">{t('workers.actions.verifyQueue')}</Link>
                <span>{t('home.now.workersVerify')}</span>
              </li>
            ) : null}
            {canCheck ? (
              <li>
                <Link to="/workers/duplicates">{t('workers.actions.duplicates')}</Link>
                <span>{t('home.now.workersDuplicates')}</span>
              </li>
            ) : null}
            <li>
              <Link to="/regions">{t('nav.regions')}</Link>
              <span>{t('home.now.regions')}</span>
            </li>
            <li>
              <Link to="/simulasi">{t('nav.simulasi')}</Link>
              <span>{t('home.now.simulasi')}</span>
            </li>
            {canManageUsers ? (
              <li>
                <Link to="/users">{t('nav.users')}</Link>
                <span>{t('home.now.users')}</span>
              </li>
            ) : null}
            <li>
              <span className="link-list-title">{t('lang.label')}</span>
              <span>{t('home.now.language')}</span>
            </li>
            <li>
              <Link to="/about">{t('nav.about')}</Link>
              <span>{t('home.now.about')}</span>
            </li>
          </ul>
        </section>
        {planned.length > 0 ? (
          <section className="section card card-muted" aria-labelledby="soon-title">
            <h2 id="soon-title">{t('home.soonTitle')}</h2>
            <p className="muted small">{t('home.soonIntro')}</p>
            <ul className="link-list">
              {planned.map((item) => (
                <li key={item.key}>
                  <span className="link-list-head">
                    <Link to={item.to}>{t(`nav.${item.key}`)}</Link>
                    <span className="pill">{t('nav.soon')}</span>
                  </span>
                  <span>{t(`areas.${item.key}.summary`)}</span>
                </li>
              ))}
            </ul>
          </section>
        ) : null}
      </div>
    </div>
  );
}
