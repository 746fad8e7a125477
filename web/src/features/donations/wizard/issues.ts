import type { TFunction } from 'i18next';
import { isApiError } from '../../../api/client';
import { issuesOf, type Issue } from '../../simulasi/issues';
import type { Step } from './draft';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function numberIn(details: unknown, key: string): number | null {
  if (!isRecord(details)) return null;
  const value = details[key];
  return typeof value === 'number' ? value : null;
}

/** The quote names the number of workers "workers"; the donation names it "selection.count". */
const FIELD_ALIASES: Record<string, string> = { workers: 'selection.count', date: 'startMonth' };

/**
 * The problems a refused donation names, each under its field: rules the server checked
 * (details.issues, worded in the user's language), a request of the wrong shape (details.fields),
 * and the two refusals about workers — a cohort that cannot be filled, and workers who cannot be
 * protected (not verified, or outside the officer's region).
 */
export function donationIssues(error: unknown, t: TFunction): Issue[] {
  if (!isApiError(error)) return [];
  if (error.code === 'NO_ELIGIBLE_WORKERS') {
    const available = numberIn(error.details, 'available') ?? 0;
    return [{ field: 'selection.count', message: t('donations.wizard.notEnough', { available, requested: numberIn(error.details, 'requested') ?? 0 }) }];
  }
  if (error.code === 'WORKERS_NOT_ELIGIBLE') {
    return [{ field: 'selection.workerIds', message: t('donations.wizard.workersNotEligible', { count: numberIn(error.details, 'count') ?? 0 }) }];
  }
  const issues = issuesOf(error, t('simulasi.form.fieldInvalid')) ?? [];
  return issues.map((issue) => ({ ...issue, field: issue.field ? (FIELD_ALIASES[issue.field] ?? issue.field) : null }));
}

/** The step whose field an issue is about, so the wizard can send the user back to it. */
export function stepOf(field: string | null): Step | null {
  if (!field) return null;
  if (field === 'donorOrgId' || field.startsWith('selection')) return 1;
  if (['programs', 'declaredIncome', 'months', 'startMonth'].includes(field)) return 2;
  return null;
}
