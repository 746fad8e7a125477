import fc from 'fast-check';
import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { coverageStatusOn, protectionStart, workingCalendar } from '../../src/domain/calendar.ts';
import { addDays, addMonths, firstDayOf, monthRange } from '../../src/domain/dates.ts';
import { DEFAULT_RULE_BOOK as book } from '../../src/domain/rules/index.ts';
import { newId } from '../../src/lib/ids.ts';
import { refreshStates } from '../../src/modules/coverage/states.ts';
import { testConfig, testDatabase } from '../helpers/context.ts';
import { villageIn } from '../helpers/factories.ts';
import { seedVerifiedWorkers } from '../helpers/money.ts';

const database = testDatabase(2);
const config = testConfig();
const calendar = workingCalendar(book);
afterAll(async () => {
  await database.close();
});

class Rollback extends Error {}

describe('coverage states in SQL agree with the domain rules', () => {
  it('for random payment histories and dates (property)', async () => {
    const { villageCode } = await villageIn(database, '62.02');
    const [workerId] = await seedVerifiedWorkers(database, config.keyring, { count: 1, villageCode, occupation: 'PETANI' });
    const allMonths = monthRange('2025-01', 30);
    await fc.assert(
      fc.asyncProperty(
        fc.uniqueArray(fc.integer({ min: 0, max: 29 }), { minLength: 1, maxLength: 14 }),
        fc.integer({ min: 0, max: 1000 }),
        fc.constantFrom('2024-11-20', '2025-03-03', '2025-06-16'),
        async (offsets, dayOffset, registeredOn) => {
          const paid = offsets.map((o) => allMonths[o]!);
          const asOf = addDays('2025-01-01', dayOffset);
          const expected = coverageStatusOn(book, calendar, {
            paidMonths: paid,
            startsOn: protectionStart({ registeredOn, firstPaidMonth: [...paid].sort()[0]! }),
            on: asOf,
          });
          await database.db
            .transaction()
            .execute(async (trx) => {
              await trx.updateTable('workers').set({ created_at: new Date(`${registeredOn}T10:00:00+07:00`) }).where('id', '=', workerId!).execute();
              const entry = newId();
              await sql`
                insert into coverage_months (worker_id, program, period_month, amount, source, entry_id)
                select ${workerId}::uuid, 'JKM', m, 6800, 'donation', ${entry}::uuid from unnest(${paid.map(firstDayOf)}::date[]) as m
              `.execute(trx);
              await refreshStates(trx, book, calendar, { asOf, scope: { workerIds: [workerId!] } });
              const row = await trx.selectFrom('coverage_states').selectAll().where('worker_id', '=', workerId!).where('program', '=', 'JKM').executeTakeFirstOrThrow();
              expect({ state: row.state, unpaid: row.unpaid_months, paidThrough: row.paid_through?.slice(0, 7) ?? null, protectedUntil: row.protected_until, endsOn: row.ends_on }).toEqual({
                state: expected.state,
                unpaid: expected.unpaidMonths,
                paidThrough: expected.paidThrough,
                protectedUntil: expected.protectedUntil,
                endsOn: expected.endsOn,
              });
              throw new Rollback();
            })
            .catch((error) => {
              if (!(error instanceof Rollback)) throw error;
            });
        },
      ),
      { numRuns: 150 },
    );
  }, 120_000);

  it('moves month by month: a payment during arrears restores ACTIVE', async () => {
    const { villageCode } = await villageIn(database, '62.02');
    const [workerId] = await seedVerifiedWorkers(database, config.keyring, { count: 1, villageCode, occupation: 'NELAYAN' });
    await database.db
      .transaction()
      .execute(async (trx) => {
        await trx.updateTable('workers').set({ created_at: new Date('2025-12-01T10:00:00+07:00') }).where('id', '=', workerId!).execute();
        const insert = (months: string[]) =>
          sql`insert into coverage_months (worker_id, program, period_month, amount, source, entry_id)
              select ${workerId}::uuid, 'JKM', m, 6800, 'donation', ${newId()}::uuid from unnest(${months.map(firstDayOf)}::date[]) as m`.execute(trx);
        const stateOn = async (asOf: string) => {
          await refreshStates(trx, book, calendar, { asOf, scope: { workerIds: [workerId!] } });
          const row = await trx.selectFrom('coverage_states').select(['state', 'unpaid_months']).where('worker_id', '=', workerId!).where('program', '=', 'JKM').executeTakeFirstOrThrow();
          return `${row.state}:${row.unpaid_months}`;
        };
        await insert(monthRange('2026-01', 3)); // January–March 2026
        expect(await stateOn('2026-02-10')).toBe('ACTIVE:0');
        expect(await stateOn('2026-04-15')).toBe('ACTIVE:0'); // April due on the 15th
        expect(await stateOn('2026-04-16')).toBe('ARREARS:1');
        // 15 May 2026 is collective leave after Ascension: May is due on Monday the 18th.
        expect(await stateOn('2026-05-18')).toBe('ARREARS:1');
        expect(await stateOn('2026-05-19')).toBe('ARREARS:2');
        await insert(['2026-04', '2026-05']); // arrears paid
        expect(await stateOn('2026-05-19')).toBe('ACTIVE:0');
        expect(await stateOn(addDays(firstDayOf(addMonths('2026-05', 4)), 20))).toBe('ENDED:4');
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
  });
});
