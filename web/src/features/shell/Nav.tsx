import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/client';
import { navItemsFor, type NavItem } from '../../app/nav';

type NavProps = { role: Role; id: string; isOpen: boolean; onNavigate: () => void };

function NavLink({ item, onNavigate }: { item: NavItem; onNavigate: () => void }) {
  const { t } = useTranslation();
  return (
    <li>
      <Link
        to={item.to}
        className="nav-link"
        activeProps={{ className: 'nav-link is-active', 'aria-current': 'page' }}
        activeOptions={{ exact: item.to === '/', includeSearch: false }}
        onClick={onNavigate}
      >
        <span>{t(`nav.${item.key}`)}</span>
        {item.isAvailable ? null : (
          <span className="pill" aria-label={t('nav.soonHint')}>
            {t('nav.soon')}
          </span>
        )}
      </Link>
    </li>
  );
}

/** Navigation by role: a sidebar on desktop, a panel under the header on phones. */
export function Nav({ role, id, isOpen, onNavigate }: NavProps) {
  const { t } = useTranslation();
  const items = navItemsFor(role);
  const available = items.filter((item) => item.isAvailable);
  const planned = items.filter((item) => !item.isAvailable);
  return (
    <nav id={id} className={isOpen ? 'sidebar is-open' : 'sidebar'} aria-label={t('nav.label')} data-testid="nav">
      <ul className="nav-list">
        {available.map((item) => (
          <NavLink key={item.key} item={item} onNavigate={onNavigate} />
        ))}
      </ul>
      {planned.length > 0 ? (
        <>
          <p className="nav-heading" id={`${id}-soon`}>
            {t('home.soonTitle')}
          </p>
          <ul className="nav-list" aria-labelledby={`${id}-soon`}>
            {planned.map((item) => (
              <NavLink key={item.key} item={item} onNavigate={onNavigate} />
            ))}
          </ul>
        </>
      ) : null}
      <ul className="nav-list nav-list-end">
        <li>
          <Link to="/about" className="nav-link" activeProps={{ className: 'nav-link is-active', 'aria-current': 'page' }} onClick={onNavigate}>
            {t('nav.about')}
          </Link>
        </li>
      </ul>
    </nav>
  );
}
