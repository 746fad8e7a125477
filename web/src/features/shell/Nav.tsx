import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../api/client';
import { cardLinksFor, claimLinksFor, coverageLinksFor, donationLinksFor, navItemsFor, workerLinksFor, type NavItem } from '../../app/nav';

type NavProps = { role: Role; id: string; isOpen: boolean; onNavigate: () => void };

type SubLink = { key: string; to: string; label: string };

/** An area's own pages under its entry: the registry's queues, the donation desk, … */
function SubLinks({ links, area, onNavigate }: { links: readonly SubLink[]; area: string; onNavigate: () => void }) {
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
            data-testid={`nav-${area}-${link.key}`}
          >
            {link.label}
          </Link>
        </li>
      ))}
    </ul>
  );
}

function useSubLinks(item: NavItem, role: Role): SubLink[] {
  const { t } = useTranslation();
  if (item.key === 'workers') return workerLinksFor(role).map((link) => ({ ...link, label: t(`workers.actions.${link.key}`) }));
  if (item.key === 'donations') return donationLinksFor(role).map((link) => ({ ...link, label: t(`donations.links.${link.key}`) }));
  if (item.key === 'coverage') return coverageLinksFor(role).map((link) => ({ ...link, label: t(`coverage.links.${link.key}`) }));
  if (item.key === 'cards') return cardLinksFor(role).map((link) => ({ ...link, label: t(`cards.links.${link.key}`) }));
  if (item.key === 'claims') return claimLinksFor(role).map((link) => ({ ...link, label: t(`claims.links.${link.key}`) }));
  return [];
}

function NavLink({ item, role, onNavigate }: { item: NavItem; role: Role; onNavigate: () => void }) {
  const { t } = useTranslation();
  const sub = useSubLinks(item, role);
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
      <SubLinks links={sub} area={item.key} onNavigate={onNavigate} />
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
