import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { changeLocale } from '../../app/session';
import { currentLocale, isLocale, LOCALES, type Locale } from '../../i18n';
import { useMediaQuery } from '../../lib/hooks';

// Language names are written in their own language, so they never change with the interface.
const NAMES: Record<Locale, { full: string; short: string }> = {
  id: { full: 'Bahasa Indonesia', short: 'Indonesia' },
  en: { full: 'English', short: 'English' },
};

/** Bahasa Indonesia / English; saved for the signed-in user, or on this device before sign-in. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const queryClient = useQueryClient();
  const isCompact = useMediaQuery('(max-width: 640px)');
  const [pending, setPending] = useState<Locale | null>(null);
  const value = pending ?? (isLocale(i18n.language) ? i18n.language : currentLocale());

  const onChange = async (next: string) => {
    if (!isLocale(next) || next === value) return;
    setPending(next);
    try {
      await changeLocale(queryClient, next);
    } finally {
      setPending(null);
    }
  };

  return (
    <div className="lang-switch">
      <label htmlFor="lang-switch" className="visually-hidden">
        {t('lang.label')}
      </label>
      <svg viewBox="0 0 20 20" width="16" height="16" aria-hidden="true" focusable="false" className="lang-icon">
        <circle cx="10" cy="10" r="8" fill="none" stroke="currentColor" strokeWidth="1.5" />
        <path d="M2 10h16M10 2c2.5 2.6 2.5 13.4 0 16M10 2c-2.5 2.6-2.5 13.4 0 16" fill="none" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      <select
        id="lang-switch"
        data-testid="lang-switch"
        value={value}
        onChange={(event) => void onChange(event.target.value)}
        aria-busy={pending !== null}
      >
        {LOCALES.map((locale) => (
          <option key={locale} value={locale} lang={locale}>
            {isCompact ? NAMES[locale].short : NAMES[locale].full}
          </option>
        ))}
      </select>
    </div>
  );
}
