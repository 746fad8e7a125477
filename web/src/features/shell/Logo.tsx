import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';

/** The Lingkaran mark: a circle of protection around one person. */
export function Logo() {
  const { t } = useTranslation();
  return (
    <Link to="/" className="logo" aria-label={`${t('app.name')} — ${t('nav.home')}`}>
      <svg className="logo-mark" viewBox="0 0 32 32" width="30" height="30" aria-hidden="true" focusable="false">
        <circle cx="16" cy="16" r="13" fill="none" stroke="currentColor" strokeWidth="3.5" />
        <circle cx="16" cy="12.5" r="3.2" fill="currentColor" />
        <path d="M10.5 22.5c0-3.2 2.5-5.4 5.5-5.4s5.5 2.2 5.5 5.4z" fill="currentColor" />
      </svg>
      <span className="logo-text">{t('app.name')}</span>
    </Link>
  );
}
