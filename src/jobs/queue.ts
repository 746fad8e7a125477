import PgBoss from 'pg-boss';
import type pg from 'pg';

/**
 * The small queue port the application uses; pg-boss (polling with SKIP LOCKED, no
 * LISTEN/NOTIFY) behind it, on the application's own pool, so it works the same on the
 * embedded database and on PostgreSQL.
 */
export type JobHandler<T> = (data: T) => Promise<void>;

export type Queue = {
  start: () => Promise<void>;
  stop: () => Promise<void>;
  send: <T extends object>(name: string, data: T, options?: { singletonKey?: string; startAfterSeconds?: number }) => Promise<string | null>;
  work: <T>(name: string, handler: JobHandler<T>) => Promise<void>;
  schedule: (name: string, cron: string) => Promise<void>;
};

export function createPgBossQueue(pool: pg.Pool, options: { pollingIntervalSeconds?: number } = {}): Queue {
  const boss = new PgBoss({
    db: { executeSql: (text, values) => pool.query(text, values) },
    schema: 'pgboss',
    supervise: true,
    schedule: true,
    migrate: true,
  });
  boss.on('error', () => {
    // Transient polling errors (e.g. during shutdown) are retried by pg-boss itself.
  });
  const pollingIntervalSeconds = options.pollingIntervalSeconds ?? 2;
  const queues = new Set<string>();
  const ensureQueue = async (name: string) => {
    if (queues.has(name)) return;
    // createQueue adds a partition to pg-boss's job table; on PostgreSQL it can deadlock with
    // pg-boss's own start-up work or another process creating a queue. It is idempotent: retry.
    for (let attempt = 1; ; attempt++) {
      try {
        if (!(await boss.getQueue(name))) await boss.createQueue(name);
        break;
      } catch (error) {
        const code = (error as { code?: string }).code;
        if (attempt >= 5 || (code !== '40P01' && code !== '23505')) throw error;
        await new Promise((resolve) => setTimeout(resolve, 50 * attempt));
      }
    }
    queues.add(name);
  };

  return {
    start: async () => {
      await boss.start();
    },
    stop: async () => {
      await boss.stop({ graceful: true, wait: true, timeout: 10_000, close: false });
    },
    send: async (name, data, sendOptions = {}) => {
      await ensureQueue(name);
      return boss.send(name, data, {
        ...(sendOptions.singletonKey ? { singletonKey: sendOptions.singletonKey } : {}),
        ...(sendOptions.startAfterSeconds ? { startAfter: sendOptions.startAfterSeconds } : {}),
      });
    },
    work: async (name, handler) => {
      await ensureQueue(name);
      await boss.work(name, { pollingIntervalSeconds }, async (jobs) => {
        for (const job of jobs) await handler(job.data as never);
      });
    },
    schedule: async (name, cron) => {
      await ensureQueue(name);
      await boss.schedule(name, cron, {}, { tz: 'Asia/Jakarta' });
    },
  };
}
