import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * Lingkaran's own figures, pre-aggregated: per regency (workers registered, protected today, in
 * arrears, ended, paying themselves, claims paid), per donor and regency, and the national totals.
 * Three set-based statements in one transaction, so the dashboard reads a few hundred rows and
 * never a consistent-looking mix of two refreshes. Run by the `stats.refresh` job every few minutes
 * and after every monthly run; at ten million workers it takes seconds (bench/dashboard prints it).
 *
 * "Protected" is a JKM state of ACTIVE: every month up to now paid. Workers in arrears are counted
 * apart; JKM is the programme every donation includes.
 */
export async function refreshStatistics(db: Kysely<DB>): Promise<{ regencies: number; ms: number }> {
  const started = performance.now();
  return db.transaction().execute(async (trx) => {
    // One refresh at a time; a second caller waits and then refreshes again (cheap, and never stale).
    await sql`select pg_advisory_xact_lock(hashtext('stats.refresh'))`.execute(trx);
    await sql`delete from stat_lingkaran_regency`.execute(trx);
    const { numAffectedRows } = await sql`
      insert into stat_lingkaran_regency (regency_code, registered, protected, in_arrears, ended, self_paying, claims_paid, claims_paid_amount, refreshed_at)
      with reg as (
        select w.regency_code,
               count(*)::int as registered,
               count(*) filter (where s.state = 'ACTIVE')::int as protected,
               count(*) filter (where s.state = 'ARREARS')::int as in_arrears,
               count(*) filter (where s.state = 'ENDED')::int as ended,
               count(*) filter (where s.state in ('ACTIVE', 'ARREARS') and s.last_source = 'self')::int as self_paying
        from workers w
        left join coverage_states s on s.worker_id = w.id and s.program = 'JKM'
        where w.status in ('verified', 'deceased')
        group by w.regency_code
      ),
      paid as (
        select w.regency_code, count(*)::int as claims_paid, sum(c.benefit_total)::bigint as claims_paid_amount
        from claims c join workers w on w.id = c.worker_id
        where c.status = 'paid'
        group by w.regency_code
      )
      select coalesce(reg.regency_code, paid.regency_code), coalesce(reg.registered, 0), coalesce(reg.protected, 0), coalesce(reg.in_arrears, 0),
             coalesce(reg.ended, 0), coalesce(reg.self_paying, 0), coalesce(paid.claims_paid, 0), coalesce(paid.claims_paid_amount, 0), now()
      from reg full join paid on paid.regency_code = reg.regency_code
    `.execute(trx);

    await sql`delete from stat_donor_regency`.execute(trx);
    await sql`
      insert into stat_donor_regency (donor_org_id, regency_code, protected, refreshed_at)
      select s.last_donor_org_id, w.regency_code, count(*)::int, now()
      from coverage_states s join workers w on w.id = s.worker_id
      where s.program = 'JKM' and s.state = 'ACTIVE' and s.last_donor_org_id is not null
      group by s.last_donor_org_id, w.regency_code
    `.execute(trx);

    const ms = Math.round(performance.now() - started);
    await sql`
      insert into stat_totals (id, workers_registered, workers_protected, workers_ever_protected, donors, paid_in, claims_paid, claims_paid_amount, refreshed_at, refresh_ms)
      select 1,
             coalesce((select sum(registered) from stat_lingkaran_regency), 0),
             coalesce((select sum(protected) from stat_lingkaran_regency), 0),
             (select count(*) from coverage_states where program = 'JKM' and state <> 'NOT_STARTED'),
             (select count(distinct donor_org_id)::int from donations where status in ('paid', 'allocated')),
             coalesce((select sum(amount) from payments where status = 'settled'), 0),
             coalesce((select sum(claims_paid)::int from stat_lingkaran_regency), 0),
             coalesce((select sum(claims_paid_amount) from stat_lingkaran_regency), 0),
             now(), ${ms}
      on conflict (id) do update set
        workers_registered = excluded.workers_registered, workers_protected = excluded.workers_protected,
        workers_ever_protected = excluded.workers_ever_protected, donors = excluded.donors, paid_in = excluded.paid_in,
        claims_paid = excluded.claims_paid, claims_paid_amount = excluded.claims_paid_amount,
        refreshed_at = excluded.refreshed_at, refresh_ms = excluded.refresh_ms
    `.execute(trx);
    await bumpStatRevision(trx);
    return { regencies: Number(numAffectedRows ?? 0), ms: Math.round(performance.now() - started) };
  });
}

/** Marks the figures changed: the dashboard's answers of the previous revision are not served again. */
export async function bumpStatRevision(db: Kysely<DB>): Promise<void> {
  await sql`update stat_revision set revision = revision + 1, changed_at = now() where id = 1`.execute(db);
}
