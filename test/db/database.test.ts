import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDatabase } from '../../src/db/database.ts';
import { createPgBossQueue, type Queue } from '../../src/jobs/queue.ts';
import { testDatabase } from '../helpers/context.ts';
import { uniqueSuffix } from '../helpers/env.ts';

const database = testDatabase();
afterAll(async () => {
  await database.close();
});

describe('the same types in both database modes', () => {
  it('parses int8 as bigint, date as a string and keeps timestamptz a Date', async () => {
    const row = await sql<{ money: bigint; big: bigint; day: string; at: Date; money_list: bigint[] }>`
      select 16800::int8 as money, 9223372036854775807::int8 as big, date '2026-11-23' as day,
             timestamptz '2026-11-23 10:00:00+07' as at, array[1, 2]::int8[] as money_list
    `.execute(database.db);
    const r = row.rows[0]!;
    expect(r.money).toBe(16800n);
    expect(r.big).toBe(9223372036854775807n);
    expect(r.day).toBe('2026-11-23');
    expect(r.at).toBeInstanceOf(Date);
    expect(r.at.toISOString()).toBe('2026-11-23T03:00:00.000Z');
    expect(r.money_list).toEqual([1n, 2n]);
  });

  it('runs PostgreSQL 15 or newer', async () => {
    const { rows } = await sql<{ v: number }>`select current_setting('server_version_num')::int as v`.execute(database.db);
    expect(rows[0]!.v).toBeGreaterThanOrEqual(150000);
  });
});

describe('an unreachable database', () => {
  it('fails with a clear message naming host and port', async () => {
    const { assertReachable } = await import('../../src/db/database.ts');
    const bad = createDatabase({ url: 'postgres://nobody@127.0.0.1:1/nothing', mode: 'postgres' });
    await expect(assertReachable(bad)).rejects.toThrow(/127\.0\.0\.1:1\/nothing: .*ECONNREFUSED/);
    await bad.close();
  });
});

describe('jobs (pg-boss behind the queue port)', () => {
  let queue: Queue;
  beforeAll(async () => {
    queue = createPgBossQueue(database.pool, { pollingIntervalSeconds: 0.5 });
    await queue.start();
  });
  afterAll(async () => {
    await queue.stop();
  });

  it('runs a job sent to a queue, once', async () => {
    const name = `test.echo-${uniqueSuffix()}`;
    const seen: unknown[] = [];
    const done = new Promise<void>((resolve) => {
      void queue.work<{ n: number }>(name, async (data) => {
        seen.push(data);
        resolve();
      });
    });
    await queue.send(name, { n: 42 });
    await done;
    await new Promise((r) => setTimeout(r, 1200));
    expect(seen).toEqual([{ n: 42 }]);
  });
});
