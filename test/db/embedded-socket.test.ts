import pg from 'pg';
import { afterAll, describe, expect, it } from 'vitest';
import { startEmbeddedPostgres } from '../../src/db/embedded.ts';

/**
 * The embedded database under concurrent connections: extended-query batches (parameterised
 * statements) of 20 connections at once must not be interleaved (src/db/pglite-socket-fix.ts).
 */
describe('the embedded database with many connections at once', () => {
  const started = startEmbeddedPostgres();
  afterAll(async () => {
    await (await started).stop();
  });

  it('answers 2,000 parameterised queries from 20 connections, each with its own result, some failing on purpose', async () => {
    const embedded = await started;
    const pool = new pg.Pool({ connectionString: embedded.url, max: 20 });
    try {
      const failures: string[] = [];
      await Promise.all(
        Array.from({ length: 20 }, async (_, client) => {
          for (let i = 0; i < 100; i++) {
            // Every tenth query fails (division by zero): the server then skips to the next Sync,
            // which must be this connection's, not another's.
            const divisor = i % 10 === 0 ? 0 : 1;
            try {
              // Each connection's statement text differs, so a statement bound by the wrong connection shows.
              const { rows } = await pool.query(`select ($1::int * 2) / $3::int as doubled, $2::text || '-${client}' as tag`, [client * 1000 + i, `c${client}`, divisor]);
              if (divisor === 0) failures.push(`no error ${client}/${i}`);
              else if (rows[0].doubled !== (client * 1000 + i) * 2 || rows[0].tag !== `c${client}-${client}`) failures.push(`wrong result ${client}/${i}`);
            } catch (error) {
              if (divisor !== 0 || !/division by zero/.test((error as Error).message)) failures.push((error as Error).message);
            }
          }
        }),
      );
      expect(failures).toEqual([]);
    } finally {
      await pool.end();
    }
  });
});
