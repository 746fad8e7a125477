import { z } from 'zod';
import type { Role, WorkerStatus } from '../../db/schema.ts';
import { maskedNikFrom } from '../../domain/nik.ts';
import { occupationByCode } from '../../domain/occupations.ts';
import type { Actor } from '../../http/policy.ts';
import type { RegionCache } from '../regions/region-cache.ts';

/**
 * The only place that decides which worker fields a viewer sees. Staff (admin, officer, agent) see
 * the masked NIK and phone and the registration details; donors see the masked NIK, name, region
 * and occupation, never a phone or a birth date. A full NIK leaves only through the audited reveal.
 */
export const WORKER_STATUSES = ['registered', 'verified', 'inactive', 'deceased', 'merged'] as const;

const ZRegionRef = z.object({ code: z.string(), name: z.string().nullable() });

export const ZWorker = z
  .object({
    id: z.string(),
    maskedNik: z.string(),
    fullName: z.string(),
    village: ZRegionRef,
    regency: ZRegionRef,
    occupation: z.object({ code: z.string(), name: z.string(), other: z.string().nullable() }),
    status: z.enum(WORKER_STATUSES),
    kpj: z.string().nullable(),
    // Staff only (null for donors):
    birthDate: z.string().nullable(),
    sex: z.enum(['L', 'P']).nullable(),
    maskedPhone: z.string().nullable(),
    incomeBracket: z.string().nullable(),
    isDtks: z.boolean().nullable(),
    p3keDecile: z.number().int().nullable(),
    registeredAt: z.string(),
    registeredBy: z.string().nullable(),
    verifiedAt: z.string().nullable(),
    verifiedBy: z.string().nullable(),
    mergedInto: z.string().nullable(),
    source: z.enum(['form', 'import', 'demo']).nullable(),
    coverage: z
      .object({
        state: z.enum(['NOT_STARTED', 'ACTIVE', 'ARREARS', 'ENDED']),
        unpaidMonths: z.number().int(),
        protectedUntil: z.string().nullable(),
        endsOn: z.string().nullable(),
        source: z.enum(['donation', 'pool', 'self']).nullable(),
        asOf: z.string(),
      })
      .nullable()
      .meta({ description: 'Status JKM per tanggal asOf (diperbarui tiap alokasi dan tiap hari); null: belum pernah dibayar' }),
    can: z.object({ reveal: z.boolean(), verify: z.boolean(), edit: z.boolean() }),
  })
  .meta({ id: 'Worker' });
export type TWorker = z.infer<typeof ZWorker>;

export type WorkerViewRow = {
  id: string;
  nik_prefix4: string | null;
  nik_last4: string;
  full_name: string;
  birth_date: string;
  sex: 'L' | 'P';
  village_code: string;
  regency_code: string;
  occupation_code: string;
  occupation_other: string | null;
  income_bracket: bigint;
  phone_masked: string | null;
  is_dtks: boolean;
  p3ke_decile: number | null;
  kpj: string | null;
  status: WorkerStatus;
  created_at: Date;
  verified_at: Date | null;
  merged_into: string | null;
  source: 'form' | 'import' | 'demo';
  registered_by_name: string | null;
  verified_by_name: string | null;
  coverage_state: 'NOT_STARTED' | 'ACTIVE' | 'ARREARS' | 'ENDED' | null;
  coverage_unpaid: number | null;
  coverage_protected_until: string | null;
  coverage_ends_on: string | null;
  coverage_source: 'donation' | 'pool' | 'self' | null;
  coverage_as_of: string | null;
};

export const WORKER_VIEW_COLUMNS = [
  'workers.id',
  'workers.nik_prefix4',
  'workers.nik_last4',
  'workers.full_name',
  'workers.birth_date',
  'workers.sex',
  'workers.village_code',
  'workers.regency_code',
  'workers.occupation_code',
  'workers.occupation_other',
  'workers.income_bracket',
  'workers.phone_masked',
  'workers.is_dtks',
  'workers.p3ke_decile',
  'workers.kpj',
  'workers.status',
  'workers.created_at',
  'workers.verified_at',
  'workers.merged_into',
  'workers.source',
  'coverage.state as coverage_state',
  'coverage.unpaid_months as coverage_unpaid',
  'coverage.protected_until as coverage_protected_until',
  'coverage.ends_on as coverage_ends_on',
  'coverage.last_source as coverage_source',
  'coverage.as_of as coverage_as_of',
] as const;

const STAFF: readonly Role[] = ['admin', 'officer', 'agent'];
const CHECKERS: readonly Role[] = ['admin', 'officer'];

export function maskedNikOf(row: { nik_prefix4: string | null; nik_last4: string }): string {
  return maskedNikFrom(row.nik_prefix4 ?? '****', row.nik_last4);
}

export function presentWorker(row: WorkerViewRow, actor: Actor, regions: RegionCache, locale: 'id' | 'en'): TWorker {
  const isStaff = STAFF.includes(actor.role);
  const isChecker = CHECKERS.includes(actor.role);
  const occupation = occupationByCode(row.occupation_code);
  const isLive = row.status !== 'merged';
  return {
    id: row.id,
    maskedNik: maskedNikOf(row),
    fullName: row.full_name,
    village: { code: row.village_code, name: regions.nameOf(row.village_code) },
    regency: { code: row.regency_code, name: regions.nameOf(row.regency_code) },
    occupation: {
      code: row.occupation_code,
      name: occupation ? (locale === 'en' ? occupation.nameEn : occupation.nameId) : row.occupation_code,
      other: row.occupation_other,
    },
    status: row.status,
    kpj: row.kpj,
    birthDate: isStaff ? row.birth_date : null,
    sex: isStaff ? row.sex : null,
    maskedPhone: isStaff ? row.phone_masked : null,
    incomeBracket: isStaff ? row.income_bracket.toString() : null,
    isDtks: isStaff ? row.is_dtks : null,
    p3keDecile: isStaff ? row.p3ke_decile : null,
    registeredAt: row.created_at.toISOString(),
    registeredBy: isStaff ? row.registered_by_name : null,
    verifiedAt: row.verified_at?.toISOString() ?? null,
    verifiedBy: isStaff ? row.verified_by_name : null,
    mergedInto: isStaff ? row.merged_into : null,
    source: isStaff ? row.source : null,
    coverage:
      row.coverage_state && row.coverage_as_of
        ? {
            state: row.coverage_state,
            unpaidMonths: row.coverage_unpaid ?? 0,
            protectedUntil: row.coverage_protected_until,
            endsOn: row.coverage_ends_on,
            source: row.coverage_source,
            asOf: row.coverage_as_of,
          }
        : null,
    can: {
      reveal: isChecker,
      verify: isChecker && isLive && row.status === 'registered',
      edit: isChecker && isLive,
    },
  };
}
