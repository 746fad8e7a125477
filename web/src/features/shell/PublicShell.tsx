import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Footer } from './Footer';
import { LanguageSwitch } from './LanguageSwitch';
import { Logo } from './Logo';

/** The frame of public pages (About) for visitors who are not signed in. */
export function PublicShell({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <header className="topbar">
        <Logo />
        <div className="topbar-end">
          <LanguageSwitch />
          <Link to="/login" className="button button-primary">
            {t('login.submit')}
          </Link>
        </div>
      </header>
      <div className="shell-content">
        <main id="main" className="main main-public" tabIndex={-1}>
          {children}
        </main>
        <Footer />
      </div>
    </div>
  );
}
