import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useErrorText } from './error-text';

type ErrorNoticeProps = { error: unknown; onRetry?: () => void; testId?: string };

/** An error in the user's language, with the request id for support when the server gave one. */
export function ErrorNotice({ error, onRetry, testId }: ErrorNoticeProps) {
  const { t } = useTranslation();
  const errorText = useErrorText();
  const requestId = isApiError(error) && error.status >= 500 ? error.requestId : null;
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <p>{errorText(error)}</p>
      {requestId ? <p className="muted small">{t('errors.requestId', { id: requestId })}</p> : null}
      {onRetry ? (
        <button type="button" className="button button-secondary" onClick={onRetry}>
          {t('app.retry')}
        </button>
      ) : null}
    </div>
  );
}
