import { useLocation } from '@tanstack/react-router';
import { useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { Footer } from './Footer';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';
import { Nav } from './Nav';
import { UserMenu } from './UserMenu';

const NAV_ID = 'main-nav';

type AppShellProps = { user: Me; children: ReactNode };

/** The frame of every signed-in page: header, navigation by role, content, footer. */
export function AppShell({ user, children }: AppShellProps) {
  const { t } = useTranslation();
  const [isNavOpen, setIsNavOpen] = useState(false);
  const pathname = useLocation({ select: (location) => location.pathname });

  // A new page closes the phone menu.
  useEffect(() => setIsNavOpen(false), [pathname]);

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <button
          type="button"
          className="menu-button"
          aria-expanded={isNavOpen}
          aria-controls={NAV_ID}
          onClick={() => setIsNavOpen((open) => !open)}
        >
          <svg viewBox="0 0 20 20" width="20" height="20" aria-hidden="true" focusable="false">
            {isNavOpen ? (
              <path d="M5 5l10 10M15 5 5 15" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            ) : (
              <path d="M3 5h14M3 10h14M3 15h14" stroke="currentColor" strokeWidth="2" strokeLinecap="round" />
            )}
          </svg>
          <span className="visually-hidden">{isNavOpen ? t('nav.closeMenu') : t('nav.menu')}</span>
        </button>
        <Logo />
        <div className="topbar-end">
          <LanguageSwitch />
          <UserMenu user={user} />
        </div>
      </header>
      <div className="shell-body">
        <Nav role={user.role} id={NAV_ID} isOpen={isNavOpen} onNavigate={() => setIsNavOpen(false)} />
        <div className="shell-content">
          <main id="main" className="main" tabIndex={-1}>
            {children}
          </main>
          <Footer />
        </div>
      </div>
    </div>
  );
}
