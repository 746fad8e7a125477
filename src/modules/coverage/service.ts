import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { coverageStatusOn, dueDate, workingCalendar, type CoverageState } from '../../domain/calendar.ts';
import { addMonths, firstDayOf, jakartaToday, maxDate, monthOf, type IsoDate, type YearMonth } from '../../domain/dates.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import { workerScope } from '../workers/repository.ts';
import { refreshStates } from './states.ts';

/**
 * Reading coverage: one worker's timeline (who paid which month, the state of each programme today),
 * and the officer's overview (how many workers are in each state, by region). States in lists come
 * from coverage_states (refreshed by every allocation and daily by the monthly-run job); a single
 * worker's timeline is computed live from its coverage months with the domain calendar.
 */
export type Payer = { kind: 'donation' | 'pool' | 'self'; name: string | null; donationNumber: string | null };

export type ProgramStatus = {
  program: string;
  state: CoverageState;
  unpaidMonths: number;
  paidThrough: YearMonth | null;
  protectedUntil: IsoDate | null;
  endsOn: IsoDate | null;
  nextDue: { month: YearMonth; dueDate: IsoDate } | null;
};

export type TimelineMonth = {
  month: YearMonth;
  /** paid: all programmes paid; unpaid: due and not paid; upcoming: not yet due or in the future. */
  status: 'paid' | 'partial' | 'unpaid' | 'upcoming';
  programs: { program: string; payer: Payer }[];
};

export type WorkerCoverage = { asOf: IsoDate; programs: ProgramStatus[]; timeline: TimelineMonth[]; selfPayCode: string | null };

const STAFF_ROLES = new Set(['admin', 'officer', 'agent']);

export async function workerCoverage(db: Kysely<DB>, book: RuleBook, actor: Actor, workerId: string, on: IsoDate = jakartaToday()): Promise<WorkerCoverage> {
  const worker = await db.selectFrom('workers').select(['id', 'created_at']).where('id', '=', workerId).where(workerScope(actor)).executeTakeFirst();
  if (!worker) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
  const months = await db
    .selectFrom('coverage_months as c')
    .leftJoin('donations as d', 'd.id', 'c.donation_id')
    .leftJoin('donor_orgs as o', 'o.id', 'c.donor_org_id')
    .select(['c.program', 'c.period_month', 'c.source', 'c.donor_org_id', 'd.number', 'o.display_name', 'o.is_system'])
    .where('c.worker_id', '=', workerId)
    .orderBy('c.period_month')
    .execute();
  const calendar = workingCalendar(book);
  const registeredOn = worker.created_at.toISOString().slice(0, 10);
  const byProgram = new Map<string, YearMonth[]>();
  for (const m of months) byProgram.set(m.program, [...(byProgram.get(m.program) ?? []), monthOf(m.period_month)]);

  const programs: ProgramStatus[] = [...byProgram.entries()].map(([program, paid]) => {
    const startsOn = maxDate(registeredOn, firstDayOf(paid[0]!));
    const s = coverageStatusOn(book, calendar, { paidMonths: paid, startsOn, on });
    return { program, state: s.state, unpaidMonths: s.unpaidMonths, paidThrough: s.paidThrough, protectedUntil: s.protectedUntil, endsOn: s.endsOn, nextDue: s.nextDue };
  });

  const isStaff = STAFF_ROLES.has(actor.role);
  const payerOf = (m: (typeof months)[number]): Payer => {
    if (m.source === 'pool') return { kind: 'pool', name: null, donationNumber: null };
    if (m.source === 'self') return { kind: 'self', name: null, donationNumber: isStaff ? m.number : null };
    // A donor sees its own name and donation numbers; another donor stays "another donor".
    const isOwn = actor.role === 'donor' && m.donor_org_id === actor.donorOrgId;
    return { kind: 'donation', name: isStaff || isOwn ? m.display_name : null, donationNumber: isStaff || isOwn ? m.number : null };
  };
  const timeline: TimelineMonth[] = [];
  if (months.length > 0) {
    const first = monthOf(months[0]!.period_month);
    const last = monthOf(months.at(-1)!.period_month);
    const current = monthOf(on);
    const end = addMonths(last > current ? last : current, 1);
    const allPrograms = [...byProgram.keys()];
    for (let month = first; month <= end; month = addMonths(month, 1)) {
      const paid = months.filter((m) => monthOf(m.period_month) === month);
      const isDue = month < current || (month === current && on > dueDate(book, calendar, month));
      const status = paid.length === 0 ? (isDue ? 'unpaid' : 'upcoming') : paid.length < allPrograms.length ? 'partial' : 'paid';
      timeline.push({ month, status, programs: paid.map((m) => ({ program: m.program, payer: payerOf(m) })) });
    }
  }
  const code = isStaff ? await db.selectFrom('self_pay_accounts').select('code').where('worker_id', '=', workerId).executeTakeFirst() : undefined;
  return { asOf: on, programs, timeline, selfPayCode: code?.code ?? null };
}

export type StateCounts = Record<'NONE' | CoverageState, number>;

/**
 * The officer's overview: workers (verified, not merged) by coverage state of JKM — the programme
 * every donation includes — plus those whose paid protection ends within 30 days and those now
 * paying themselves, within the caller's scope and an optional region.
 */
export async function coverageSummary(db: Kysely<DB>, actor: Actor, options: { regionCode?: string; on?: IsoDate } = {}) {
  const on = options.on ?? jakartaToday();
  const { rows } = await db
    .selectFrom('workers')
    .leftJoin('coverage_states as s', (join) => join.onRef('s.worker_id', '=', 'workers.id').on('s.program', '=', 'JKM'))
    .select([
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where s.state is null)::int`.as('none'),
      sql<number>`count(*) filter (where s.state = 'NOT_STARTED')::int`.as('not_started'),
      sql<number>`count(*) filter (where s.state = 'ACTIVE')::int`.as('active'),
      sql<number>`count(*) filter (where s.state = 'ARREARS')::int`.as('arrears'),
      sql<number>`count(*) filter (where s.state = 'ENDED')::int`.as('ended'),
      sql<number>`count(*) filter (where s.state = 'ACTIVE' and s.protected_until < ${on}::date + 30)::int`.as('expiring'),
      sql<number>`count(*) filter (where s.state in ('ACTIVE', 'ARREARS') and s.last_source = 'self')::int`.as('self_paying'),
      sql<number>`count(*) filter (where s.state in ('ACTIVE', 'ARREARS') and s.last_source = 'pool')::int`.as('pooled'),
      sql<string | null>`min(s.as_of)::text`.as('as_of'),
    ])
    .where(workerScope(actor))
    .where('workers.status', '<>', 'merged')
    .$if(Boolean(options.regionCode), (q) =>
      q.where((eb) => eb.or([eb('workers.village_code', '=', options.regionCode!), eb('workers.village_code', 'like', `${options.regionCode}.%`)])),
    )
    .execute()
    .then((r) => ({ rows: r }));
  const r = rows[0]!;
  return {
    total: r.total,
    states: { NONE: r.none, NOT_STARTED: r.not_started, ACTIVE: r.active, ARREARS: r.arrears, ENDED: r.ended } satisfies StateCounts,
    expiring30: r.expiring,
    selfPaying: r.self_paying,
    pooled: r.pooled,
    statesAsOf: r.as_of,
  };
}

/** The same counts for each child region of `parent` (a province's regencies, a regency's districts…). */
export async function coverageByRegion(db: Kysely<DB>, actor: Actor, options: { parent?: string; on?: IsoDate } = {}) {
  const on = options.on ?? jakartaToday();
  const depth = options.parent ? options.parent.split('.').length + 1 : 1;
  // Region codes are dotted: the first `depth` parts of the village code name the child region.
  const child = sql<string>`array_to_string((string_to_array(workers.village_code, '.'))[1:${sql.lit(depth)}], '.')`;
  const rows = await db
    .selectFrom('workers')
    .leftJoin('coverage_states as s', (join) => join.onRef('s.worker_id', '=', 'workers.id').on('s.program', '=', 'JKM'))
    .select([
      child.as('code'),
      sql<number>`count(*)::int`.as('total'),
      sql<number>`count(*) filter (where s.state = 'ACTIVE')::int`.as('active'),
      sql<number>`count(*) filter (where s.state = 'ARREARS')::int`.as('arrears'),
      sql<number>`count(*) filter (where s.state = 'ENDED')::int`.as('ended'),
      sql<number>`count(*) filter (where s.state = 'ACTIVE' and s.protected_until < ${on}::date + 30)::int`.as('expiring'),
      sql<number>`count(*) filter (where s.state in ('ACTIVE', 'ARREARS') and s.last_source = 'self')::int`.as('self_paying'),
    ])
    .where(workerScope(actor))
    .where('workers.status', '<>', 'merged')
    .$if(Boolean(options.parent), (q) => q.where('workers.village_code', 'like', `${options.parent}.%`))
    .groupBy(child)
    .orderBy(child)
    .execute();
  return rows;
}

/** Refreshes every worker's state as of a date, one regency per transaction (the daily job). */
export async function refreshAllStates(db: Kysely<DB>, book: RuleBook, asOf: IsoDate, onProgress?: (done: number, total: number) => void): Promise<number> {
  const calendar = workingCalendar(book);
  const regencies = await distinctRegencies(db);
  let rows = 0;
  for (const [i, regencyCode] of regencies.entries()) {
    rows += await db.transaction().execute((trx) => refreshStates(trx, book, calendar, { asOf, scope: { regencyCode } }));
    onProgress?.(i + 1, regencies.length);
  }
  return rows;
}

/** Regencies that have workers, from the regions table (an index probe each, not a scan of workers). */
export async function distinctRegencies(db: Kysely<DB>): Promise<string[]> {
  const { rows } = await sql<{ code: string }>`
    select r.code from regions r
    where r.level = 2 and exists (select 1 from workers w where w.regency_code = r.code)
    order by r.code
  `.execute(db);
  return rows.map((r) => r.code);
}
