import i18n from 'i18next';
import { initReactI18next } from 'react-i18next';
import { en } from './en';
import { id, type Catalogue } from './id';

export type Locale = 'id' | 'en';
export const LOCALES = ['id', 'en'] as const satisfies readonly Locale[];
export const DEFAULT_LOCALE: Locale = 'id';

const STORAGE_KEY = 'lingkaran.locale';

declare module 'i18next' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface CustomTypeOptions {
    defaultNS: 'translation';
    resources: { translation: Catalogue };
  }
}

export function isLocale(value: unknown): value is Locale {
  return value === 'id' || value === 'en';
}

function storedLocale(): Locale {
  try {
    const value = window.localStorage.getItem(STORAGE_KEY);
    return isLocale(value) ? value : DEFAULT_LOCALE;
  } catch {
    return DEFAULT_LOCALE;
  }
}

function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(STORAGE_KEY, locale);
  } catch {
    // Private mode or storage disabled: the choice lasts for this page only.
  }
}

i18n.on('languageChanged', (lng) => {
  document.documentElement.lang = isLocale(lng) ? lng : DEFAULT_LOCALE;
});

void i18n.use(initReactI18next).init({
  resources: { id: { translation: id }, en: { translation: en } },
  lng: storedLocale(),
  fallbackLng: DEFAULT_LOCALE,
  supportedLngs: [...LOCALES],
  initAsync: false,
  interpolation: { escapeValue: false },
  react: { useSuspense: false },
});

/** The language the interface shows now. */
export function currentLocale(): Locale {
  return isLocale(i18n.language) ? i18n.language : DEFAULT_LOCALE;
}

/** Shows the interface in a language and remembers it on this device (for the sign-in page). */
export function applyLocale(locale: Locale): void {
  rememberLocale(locale);
  if (i18n.language !== locale) void i18n.changeLanguage(locale);
  document.documentElement.lang = locale;
}

export { i18n };
