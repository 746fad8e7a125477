import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { addMonths, firstDayOf, monthOf } from '../../domain/dates.ts';
import type { RuleBook } from '../../domain/rules/index.ts';

/**
 * A cohort: "N eligible workers without protection in region R (and occupations O)", picked by a
 * published, reproducible rule. LONGEST_UNCOVERED: workers never covered first, then those whose
 * last covered month is longest ago; ties by poverty (lower P3KE decile, then DTKS), then by id.
 * Eligible: verified, domiciled in the region, no coverage in any month of the period for the
 * donation's programmes, and — for a first enrolment — within the age limits on the first month.
 */
export type CohortSpec = { regionCode: string; occupations: string[]; count: number; rule: 'LONGEST_UNCOVERED' };

export const COHORT_RULES = {
  LONGEST_UNCOVERED: {
    id: 'Belum pernah terlindungi lebih dulu, lalu yang paling lama tidak terlindungi; bila sama, desil P3KE terendah, lalu terdaftar DTKS.',
    en: 'Never covered first, then the longest uncovered; ties go to the lowest P3KE decile, then DTKS registration.',
  },
} as const;

type CandidateQuery = { cohort: CohortSpec; programs: readonly string[]; startMonth: string; months: number; book: RuleBook };

function candidates(q: CandidateQuery, excludeDonationId: string | null): RawBuilder<unknown> {
  const end = firstDayOf(addMonths(monthOf(q.startMonth), q.months - 1));
  const { minAge, maxAge } = q.book.settings.eligibility;
  const occupations = q.cohort.occupations.length > 0 ? sql`and w.occupation_code = any(${q.cohort.occupations}::text[])` : sql``;
  const exclude = excludeDonationId ? sql`and not exists (select 1 from donation_workers dw where dw.donation_id = ${excludeDonationId}::uuid and dw.worker_id = w.id)` : sql``;
  return sql`
    from workers w
    where w.status = 'verified'
      and (w.village_code = ${q.cohort.regionCode} or w.village_code like ${`${q.cohort.regionCode}.%`})
      ${occupations}
      ${exclude}
      and not exists (select 1 from coverage_months c
                      where c.worker_id = w.id and c.program = any(${[...q.programs]}::text[])
                        and c.period_month between ${q.startMonth}::date and ${end}::date)
      and (exists (select 1 from coverage_months c where c.worker_id = w.id)
           or extract(year from age(${q.startMonth}::date, w.birth_date)) between ${minAge} and ${maxAge})`;
}

export async function countCohortCandidates(db: Kysely<DB>, q: CandidateQuery & { limit: number }): Promise<number> {
  const { rows } = await sql<{ n: number }>`select count(*)::int as n from (select 1 ${candidates(q, null)} limit ${q.limit}) t`.execute(db);
  return rows[0]!.n;
}

/**
 * The next workers of a cohort donation, in rule order, locked for this transaction: two donations
 * allocating at the same time skip each other's candidates (SKIP LOCKED) instead of colliding.
 */
export async function pickCohortChunk(db: Kysely<DB>, q: CandidateQuery & { donationId: string; limit: number }): Promise<string[]> {
  if (q.limit <= 0) return [];
  const { rows } = await sql<{ id: string }>`
    select w.id ${candidates(q, q.donationId)}
    order by (select max(c.period_month) from coverage_months c where c.worker_id = w.id) asc nulls first,
             w.p3ke_decile asc nulls last, w.is_dtks desc, w.id
    limit ${q.limit}
    for update of w skip locked
  `.execute(db);
  return rows.map((r) => r.id);
}
