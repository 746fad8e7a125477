import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { AppError } from '../../src/http/errors.ts';
import { newId } from '../../src/lib/ids.ts';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { accountId, balanceOf, postEntry } from '../../src/modules/ledger/ledger.ts';
import { testDatabase } from '../helpers/context.ts';
import { uniqueSuffix } from '../helpers/env.ts';

const database = testDatabase(20);
const db = database.db;
afterAll(async () => {
  await database.close();
});

async function newDonorFund(amount: bigint) {
  const donorOrgId = newId();
  await db.insertInto('donor_orgs').values({ id: donorOrgId, type: 'SWASTA', legal_name: `PT Uji ${uniqueSuffix()}`, display_name: 'PT Uji', region_code: null }).execute();
  const fund = await accountId(db, { kind: 'donor_fund', donorOrgId, name: 'PT Uji' });
  const clearing = await accountId(db, { kind: 'clearing', provider: 'simulator' });
  if (amount > 0n) {
    await db.transaction().execute((trx) =>
      postEntry(trx, { kind: 'adjustment', memo: 'uji', postings: [{ accountId: clearing, side: 'debit', amount }, { accountId: fund, side: 'credit', amount }] }),
    );
  }
  return { donorOrgId, fund };
}

describe('the ledger, enforced by the database', () => {
  it('refuses at commit an entry that does not balance or has one posting', async () => {
    const clearing = await accountId(db, { kind: 'clearing', provider: 'simulator' });
    const entry = newId();
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`insert into journal_entries (id, kind) values (${entry}::uuid, 'adjustment')`.execute(trx);
        await sql`insert into postings (id, entry_id, account_id, side, amount) values (${newId()}::uuid, ${entry}::uuid, ${clearing}::uuid, 'debit', 5)`.execute(trx);
      }),
    ).rejects.toThrow(/not balanced/);
    const found = await db.selectFrom('journal_entries').select('id').where('id', '=', entry).executeTakeFirst();
    expect(found).toBeUndefined();
    await expect(db.transaction().execute((trx) => sql`insert into journal_entries (id, kind) values (${newId()}::uuid, 'adjustment')`.execute(trx))).rejects.toThrow(
      /not balanced \(0 postings/,
    );
  });

  it('is append-only: postings and entries cannot be changed or deleted', async () => {
    await newDonorFund(1000n);
    await expect(sql`update postings set amount = 1`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`delete from journal_entries`.execute(db)).rejects.toThrow(/append-only/);
    await expect(sql`truncate postings cascade`.execute(db)).rejects.toThrow(/append-only/);
  });

  it('never lets a donor fund go negative', async () => {
    const { fund, donorOrgId } = await newDonorFund(16_800n);
    const payable = await accountId(db, { kind: 'bpjs_payable', program: 'JKM' });
    const overdraw = db.transaction().execute((trx) =>
      postEntry(trx, { kind: 'adjustment', postings: [{ accountId: fund, side: 'debit', amount: 16_801n }, { accountId: payable, side: 'credit', amount: 16_801n }] }),
    );
    await expect(overdraw).rejects.toBeInstanceOf(AppError);
    await expect(overdraw).rejects.toMatchObject({ code: 'INSUFFICIENT_FUNDS' });
    expect((await balanceOf(db, { kind: 'donor_fund', donorOrgId, name: 'PT Uji' })).balance).toBe(16_800n);
  });

  it('under 50 concurrent debits of 3 worker-months from a fund of 100: exactly 33 succeed', async () => {
    const price = 16_800n;
    const { fund, donorOrgId } = await newDonorFund(100n * price);
    const payable = await accountId(db, { kind: 'bpjs_payable', program: 'JKK' });
    const results = await Promise.allSettled(
      Array.from({ length: 50 }, () =>
        db.transaction().execute((trx) =>
          postEntry(trx, { kind: 'adjustment', postings: [{ accountId: fund, side: 'debit', amount: 3n * price }, { accountId: payable, side: 'credit', amount: 3n * price }] }),
        ),
      ),
    );
    const ok = results.filter((r) => r.status === 'fulfilled').length;
    const refused = results.filter((r) => r.status === 'rejected' && (r.reason as AppError).code === 'INSUFFICIENT_FUNDS').length;
    expect([ok, refused]).toEqual([33, 17]);
    expect((await balanceOf(db, { kind: 'donor_fund', donorOrgId, name: 'PT Uji' })).balance).toBe(price);
  });

  it('`ledger check` finds every invariant holding, and names I2 when a balance is tampered with', async () => {
    const results = await checkLedger(db);
    expect(results.filter((r) => r.violations > 0)).toEqual([]);
    const { fund } = await newDonorFund(500n);
    await expect(
      db.transaction().execute(async (trx) => {
        await sql`update ledger_accounts set credits = credits + 1 where id = ${fund}::uuid`.execute(trx);
        const tampered = await checkLedger(trx);
        expect(tampered.filter((r) => r.violations > 0).map((r) => r.id)).toEqual(['I2']);
        throw new Error('roll back the tampering');
      }),
    ).rejects.toThrow('roll back the tampering');
  });
});
