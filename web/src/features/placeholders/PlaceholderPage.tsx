import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { rolesFor, type AreaKey } from '../../app/nav';
import { RoleGate } from '../common/RoleGate';
import { useDocumentTitle } from '../../lib/hooks';

/** An honest page for an area that is not built yet: it says so, and what it will do. */
export function PlaceholderPage({ area }: { area: AreaKey }) {
  const { t } = useTranslation();
  const title = t(`nav.${area}`);
  const plans = t(`areas.${area}.plans`, { returnObjects: true });
  useDocumentTitle(title);
  return (
    <RoleGate roles={rolesFor(area)}>
      <div className="page narrow">
        <header className="page-head">
          <h1>{title}</h1>
          <p className="lead">{t(`areas.${area}.summary`)}</p>
        </header>
        <section className="notice notice-info not-available" data-testid="not-available" aria-labelledby="not-available-title">
          <p className="pill pill-warn">{t('placeholder.badge')}</p>
          <h2 id="not-available-title">{t('placeholder.heading')}</h2>
          <p>{t('placeholder.body', { area: title })}</p>
        </section>
        <section className="section">
          <h2>{t('placeholder.plansTitle')}</h2>
          <ul className="plain-list">
            {plans.map((plan) => (
              <li key={plan}>{plan}</li>
            ))}
          </ul>
        </section>
        <p>
          <Link to="/">{t('app.backHome')}</Link>
        </p>
      </div>
    </RoleGate>
  );
}
