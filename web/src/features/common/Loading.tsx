import { useTranslation } from 'react-i18next';

/** A calm loading line; announced politely to screen readers. */
export function Loading() {
  const { t } = useTranslation();
  return (
    <p className="loading" role="status" aria-live="polite">
      <span className="spinner" aria-hidden="true" />
      {t('app.loading')}
    </p>
  );
}
