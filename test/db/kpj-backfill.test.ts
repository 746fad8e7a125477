import { sql } from 'kysely';
import { afterAll, describe, expect, it } from 'vitest';
import { isDammValid } from '../../src/domain/kpj.ts';
import { DEFAULT_RULE_BOOK as book } from '../../src/domain/rules/index.ts';
import { issueMissingKpjs } from '../../src/modules/cards/service.ts';
import { testConfig, testDatabase } from '../helpers/context.ts';
import { villageIn } from '../helpers/factories.ts';
import { seedVerifiedWorkers } from '../helpers/money.ts';

const database = testDatabase(2);
const config = testConfig();
afterAll(async () => {
  await database.close();
});

class Rollback extends Error {}

describe('the monthly run numbers workers covered before cards existed', () => {
  it('gives a KPJ to the regency’s protected workers without one, and to nobody else', async () => {
    const { villageCode } = await villageIn(database, '74.01');
    const other = (await villageIn(database, '74.02')).villageCode;
    const [active, arrears, ended, stranger] = [
      ...(await seedVerifiedWorkers(database, config.keyring, { count: 3, villageCode, occupation: 'NELAYAN' })),
      ...(await seedVerifiedWorkers(database, config.keyring, { count: 1, villageCode: other, occupation: 'NELAYAN' })),
    ];
    await database.db
      .transaction()
      .execute(async (trx) => {
        await sql`update workers set kpj = null where id = any(${[active, arrears, ended, stranger]}::uuid[])`.execute(trx);
        for (const [id, state] of [[active, 'ACTIVE'], [arrears, 'ARREARS'], [ended, 'ENDED'], [stranger, 'ACTIVE']] as const)
          await sql`insert into coverage_states (worker_id, program, state, as_of) values (${id}::uuid, 'JKM', ${state}, current_date)
                    on conflict (worker_id, program) do update set state = excluded.state`.execute(trx);
        // Other test files may have workers of their own in 74.01; only ours are counted below.
        await issueMissingKpjs(trx, book, '74.01');
        const rows = await trx.selectFrom('workers').select(['id', 'kpj']).where('id', 'in', [active!, arrears!, ended!, stranger!]).execute();
        const kpj = Object.fromEntries(rows.map((r) => [r.id, r.kpj]));
        expect(isDammValid(kpj[active!]!)).toBe(true);
        expect(kpj[active!]!.startsWith(book.settings.cards.kpjSeries)).toBe(true);
        expect(isDammValid(kpj[arrears!]!)).toBe(true);
        expect(kpj[ended!]).toBeNull();
        expect(kpj[stranger!]).toBeNull();
        expect(await issueMissingKpjs(trx, book, '74.01')).toBe(0);
        throw new Rollback();
      })
      .catch((error) => {
        if (!(error instanceof Rollback)) throw error;
      });
  });
});
