import type { TFunction } from 'i18next';
import { isApiError } from '../../api/client';
import { issuesOf, type Issue } from '../simulasi/issues';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/**
 * The problems a failed registration or correction names, each under its field: the rules the
 * server checked (400, details.issues, already worded in the user's language), and a NIK that is
 * already registered (409), which belongs under the NIK field.
 */
export function workerIssues(error: unknown, t: TFunction): Issue[] {
  if (!isApiError(error)) return [];
  if (error.code === 'NIK_ALREADY_REGISTERED') return [{ field: 'nik', message: error.message }];
  return issuesOf(error, t('simulasi.form.fieldInvalid')) ?? [];
}

/** The worker a refused NIK already belongs to, when the server says the user may see it. */
export function existingWorkerId(error: unknown): string | null {
  if (!isApiError(error) || error.code !== 'NIK_ALREADY_REGISTERED' || !isRecord(error.details)) return null;
  const id = error.details.workerId;
  return typeof id === 'string' ? id : null;
}
