import { useTranslation } from 'react-i18next';
import { isApiError, NETWORK_ERROR } from '../../api/client';
import { id, type Catalogue } from '../../i18n/id';

type ErrorKey = Exclude<keyof Catalogue['errors'], 'requestId'>;

function isErrorKey(code: string): code is ErrorKey {
  return code !== 'requestId' && Object.hasOwn(id.errors, code);
}

/** The stable error code of anything a request may throw. */
export function errorCode(error: unknown): ErrorKey {
  if (isApiError(error)) return isErrorKey(error.code) ? error.code : 'UNKNOWN';
  if (error instanceof TypeError) return NETWORK_ERROR;
  return 'UNKNOWN';
}

/** A function that turns an error into a sentence in the user's language. */
export function useErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  return (error) => t(`errors.${errorCode(error)}`);
}
