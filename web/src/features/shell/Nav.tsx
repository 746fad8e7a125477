import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/client';
import { navItemsFor, workerLinksFor, type NavItem } from '../../app/nav';

type NavProps = { role: Role; id: string; isOpen: boolean; onNavigate: () => void };

/** The registry's pages under "Pekerja": register, import, and the checkers' queues. */
function WorkerLinks({ role, onNavigate }: { role: Role; onNavigate: () => void }) {
  const { t } = useTranslation();
  const links = workerLinksFor(role);
  if (links.length === 0) return null;
  return (
    <ul className="nav-sublist">
      {links.map((link) => (
        <li key={link.key}>
          <Link
            to={link.to}
            className="nav-link nav-sublink"
            activeProps={{ className: 'nav-link nav-sublink is-active', 'aria-current': 'page' }}
            onClick={onNavigate}
            data-testid={`nav-workers-${link.key}`}
          >
            {t(`workers.actions.${link.key}`)}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function NavLink({ item, role, onNavigate }: { item: NavItem; role: Role; onNavigate: () => void }) {
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
      {item.key === 'workers' ? <WorkerLinks role={role} onNavigate={onNavigate} /> : null}
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
          <NavLink key={item.key} item={item} role={role} onNavigate={onNavigate} />
        ))}
      </ul>
      {planned.length > 0 ? (
        <>
          <p className="nav-heading" id={`${id}-soon`}>
            {t('home.soonTitle')}
          </p>
          <ul className="nav-list" aria-labelledby={`${id}-soon`}>
            {planned.map((item) => (
              <NavLink key={item.key} item={item} role={role} onNavigate={onNavigate} />
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
