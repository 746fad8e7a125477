import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { DB } from '../../db/schema.ts';

/**
 * The ledger's invariants (reliability.md B.1) as SQL that returns the violating rows: zero rows
 * means the invariant holds. `lingkaran ledger check` runs them all and exits non-zero naming the
 * one that fails; tests run them after every step.
 */
export type Invariant = { id: string; description: string; query: RawBuilder<{ ref: string | null }> };

export const INVARIANTS: readonly Invariant[] = [
  {
    id: 'I1',
    description: 'every journal entry has at least two postings and balances',
    query: sql`
      select e.id::text as ref from journal_entries e left join postings p on p.entry_id = e.id
      group by e.id
      having count(p.id) < 2 or coalesce(sum(case p.side when 'debit' then p.amount else -p.amount end), 0) <> 0`,
  },
  {
    id: 'I2',
    description: 'total debits equal total credits, and every account balance equals the sum of its postings',
    query: sql`
      select a.code as ref from ledger_accounts a
      left join (select account_id,
                        coalesce(sum(amount) filter (where side = 'debit'), 0) as d,
                        coalesce(sum(amount) filter (where side = 'credit'), 0) as c
                 from postings group by account_id) s on s.account_id = a.id
      where a.debits <> coalesce(s.d, 0) or a.credits <> coalesce(s.c, 0)
      union all
      select 'trial balance' where (select coalesce(sum(case side when 'debit' then amount else -amount end), 0) from postings) <> 0`,
  },
  {
    id: 'I3',
    description: 'no donor fund, pool or other protected account is negative',
    query: sql`
      select code as ref from ledger_accounts
      where not allow_negative and (case normal_side when 'credit' then credits - debits else debits - credits end) < 0`,
  },
  {
    id: 'I4',
    description: 'each allocation entry credits BPJS exactly the coverage months it created, per programme',
    query: sql`
      with cov as (select entry_id, program, sum(amount) as s from coverage_months group by entry_id, program),
           post as (select p.entry_id, a.program, sum(p.amount) as s
                    from postings p join ledger_accounts a on a.id = p.account_id
                    join journal_entries e on e.id = p.entry_id
                    where a.kind = 'bpjs_payable' and p.side = 'credit' and e.kind in ('allocation', 'pool_allocation')
                    group by p.entry_id, a.program)
      select coalesce(cov.entry_id, post.entry_id)::text || ':' || coalesce(cov.program, post.program) as ref
      from cov full join post on post.entry_id = cov.entry_id and post.program = cov.program
      where cov.s is distinct from post.s and coalesce(cov.s, 0) + coalesce(post.s, 0) > 0`,
  },
  {
    id: 'I5',
    description: 'a payment is settled into the ledger at most once, an entry reversed at most once',
    query: sql`
      select payment_id::text as ref from journal_entries where kind = 'settlement' group by payment_id having count(*) > 1
      union all
      select reverses_entry_id::text from journal_entries where reverses_entry_id is not null group by reverses_entry_id having count(*) > 1`,
  },
  {
    id: 'I6',
    description: 'the ledger tables are protected against update, delete and truncate',
    query: sql`
      select t.name as ref from (values ('postings_append_only'), ('postings_no_truncate'), ('journal_entries_append_only'),
                                        ('journal_entries_no_truncate'), ('postings_balanced'), ('journal_entries_balanced'), ('postings_apply')) as t(name)
      where not exists (select 1 from pg_trigger where tgname = t.name and not tgisinternal and tgenabled <> 'D')`,
  },
  {
    id: 'I7',
    description: 'what is owed to BPJS per programme equals the coverage months paid',
    query: sql`
      with cov as (select program, sum(amount) as s from coverage_months group by program),
           owed as (select a.program, sum(p.amount) as s from postings p join ledger_accounts a on a.id = p.account_id
                    join journal_entries e on e.id = p.entry_id
                    where a.kind = 'bpjs_payable' and p.side = 'credit' and e.kind in ('allocation', 'pool_allocation')
                    group by a.program)
      select coalesce(cov.program, owed.program) as ref from cov full join owed on owed.program = cov.program
      where coalesce(cov.s, 0) <> coalesce(owed.s, 0)`,
  },
  {
    id: 'I8',
    description: 'an approved claim is reserved once and paid at most once, for no more than approved (plus the late penalty); its approver is neither its maker nor its verifier',
    query: sql`
      select c.number as ref from claims c
      left join lateral (
        select count(distinct e.id) filter (where e.kind = 'claim_approval') as approvals,
               count(distinct e.id) filter (where e.kind = 'claim_payout') as payouts,
               coalesce(sum(p.amount) filter (where e.kind = 'claim_payout' and p.side = 'credit'), 0) as paid
        from journal_entries e left join postings p on p.entry_id = e.id
        where e.claim_id = c.id and e.kind in ('claim_approval', 'claim_payout')
      ) l on true
      where (c.status in ('approved', 'paid') and l.approvals <> 1)
         or (c.status = 'paid' and l.payouts <> 1)
         or (c.status <> 'paid' and l.payouts > 0)
         or l.paid > c.benefit_total + coalesce(c.penalty_amount, 0)
         or c.approved_by = c.created_by or c.approved_by = c.verified_by`,
  },
  {
    id: 'I10',
    description: 'a payment status only moves forward',
    query: sql`
      select p.id::text as ref from payments p,
        lateral (select h.value->>'status' as status, lag(h.value->>'status') over (order by h.ordinality) as previous
                 from jsonb_array_elements(p.history) with ordinality as h(value, ordinality)) t
      where t.previous is not null and not (t.previous, t.status) in (
        ('pending', 'settled'), ('pending', 'failed'), ('pending', 'expired'), ('pending', 'cancelled'), ('pending', 'awaiting_approval'),
        ('awaiting_approval', 'settled'), ('awaiting_approval', 'cancelled'),
        ('settled', 'refunded'), ('settled', 'chargeback'))`,
  },
];

export type InvariantResult = { id: string; description: string; violations: number; sample: string[] };

export async function checkLedger(db: Kysely<DB>): Promise<InvariantResult[]> {
  const results: InvariantResult[] = [];
  for (const invariant of INVARIANTS) {
    const { rows } = await invariant.query.execute(db);
    results.push({ id: invariant.id, description: invariant.description, violations: rows.length, sample: rows.slice(0, 5).map((r) => String(r.ref)) });
  }
  return results;
}
