import { id } from '../../i18n/id';
import type { DuplicateStatus, ImportMode, ImportStatus, IssueSeverity, RevealReason, WorkerSort, WorkerStatus } from './api';

/**
 * Codes from the API → keys of the catalogue, so every label is translated and an unknown code
 * (a newer server) falls back to itself instead of breaking the page.
 */
type Workers = typeof id.workers;

export type HistoryAction = keyof Workers['history']['actions'];
export type HistoryField = keyof Workers['history']['fields'];

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

export const WORKER_STATUSES = ['registered', 'verified', 'inactive', 'deceased', 'merged'] as const satisfies readonly WorkerStatus[];
export const SORTS = ['newest', 'name'] as const satisfies readonly WorkerSort[];
export const REVEAL_REASONS = ['VERIFICATION', 'CLAIM', 'DATA_CORRECTION', 'DATA_SUBJECT_REQUEST', 'OTHER'] as const satisfies readonly RevealReason[];
export const IMPORT_MODES = ['valid_only', 'all_or_nothing'] as const satisfies readonly ImportMode[];
export const DUPLICATE_STATUSES = ['open', 'merged', 'distinct'] as const satisfies readonly DuplicateStatus[];
export const SEVERITIES = ['error', 'warning'] as const satisfies readonly IssueSeverity[];
export const DECILES = ['1', '2', '3', '4', '5', '6', '7', '8', '9', '10'] as const;

export function isWorkerStatus(value: unknown): value is WorkerStatus {
  return WORKER_STATUSES.some((status) => status === value);
}

export function isSort(value: unknown): value is WorkerSort {
  return SORTS.some((sort) => sort === value);
}

export function isRevealReason(value: unknown): value is RevealReason {
  return REVEAL_REASONS.some((reason) => reason === value);
}

export function isDuplicateStatus(value: unknown): value is DuplicateStatus {
  return DUPLICATE_STATUSES.some((status) => status === value);
}

export function isSeverity(value: unknown): value is IssueSeverity {
  return SEVERITIES.some((severity) => severity === value);
}

export function isDecile(value: unknown): value is (typeof DECILES)[number] {
  return DECILES.some((decile) => decile === value);
}

/** Audit actions ("worker.verify") → catalogue keys ("worker_verify"): dots are i18next's separator. */
export function historyAction(action: string): HistoryAction | null {
  const flat = action.replaceAll('.', '_');
  return hasKey(id.workers.history.actions, flat) ? flat : null;
}

export function historyField(field: string): HistoryField | null {
  return hasKey(id.workers.history.fields, field) ? field : null;
}

/** Badge colours by status; the words come from the catalogue. */
export const STATUS_CLASS: Record<WorkerStatus, string> = {
  registered: 'pill pill-info',
  verified: 'pill pill-ok',
  inactive: 'pill',
  deceased: 'pill',
  merged: 'pill pill-warn',
};

export const IMPORT_STATUS_CLASS: Record<ImportStatus, string> = {
  validating: 'pill pill-info',
  validated: 'pill pill-info',
  committing: 'pill pill-info',
  committed: 'pill pill-ok',
  failed: 'pill pill-danger',
};

/** A reveal is recorded as "CODE" or "CODE: note"; the code part can be translated. */
export function splitReason(reason: string): { code: RevealReason | null; note: string | null } {
  const [head, ...rest] = reason.split(': ');
  const note = rest.length > 0 ? rest.join(': ') : null;
  return isRevealReason(head) ? { code: head, note } : { code: null, note: reason };
}

/** Import columns, as the server matches them (src/modules/workers/import/columns.ts). */
export const IMPORT_COLUMNS = [
  { field: 'nik', header: 'nik', headerEn: 'nik', isRequired: true, example: '6202054508800003' },
  { field: 'fullName', header: 'nama_lengkap', headerEn: 'full_name', isRequired: true, example: 'Siti Aminah' },
  { field: 'birthDate', header: 'tanggal_lahir', headerEn: 'birth_date', isRequired: false, example: '1980-08-05' },
  { field: 'sex', header: 'jenis_kelamin', headerEn: 'sex', isRequired: false, example: 'P' },
  { field: 'villageCode', header: 'kode_desa', headerEn: 'village_code', isRequired: true, example: '62.02.05.2001' },
  { field: 'occupation', header: 'pekerjaan', headerEn: 'occupation', isRequired: true, example: 'PETANI' },
  { field: 'occupationOther', header: 'pekerjaan_lainnya', headerEn: 'occupation_other', isRequired: false, example: '' },
  { field: 'declaredIncome', header: 'penghasilan', headerEn: 'declared_income', isRequired: false, example: '1000000' },
  { field: 'phone', header: 'no_hp', headerEn: 'phone', isRequired: false, example: '081234567890' },
  { field: 'isDtks', header: 'dtks', headerEn: 'is_dtks', isRequired: false, example: 'ya' },
  { field: 'p3keDecile', header: 'desil_p3ke', headerEn: 'p3ke_decile', isRequired: false, example: '1' },
  { field: 'isWageEarner', header: 'penerima_upah', headerEn: 'is_wage_earner', isRequired: false, example: 'tidak' },
] as const;

export type ImportField = (typeof IMPORT_COLUMNS)[number]['field'];

export function importHeaderOf(field: string): string {
  return IMPORT_COLUMNS.find((column) => column.field === field)?.header ?? field;
}
