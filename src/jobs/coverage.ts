import type { Kysely } from 'kysely';
import type { Config } from '../config.ts';
import type { DB } from '../db/schema.ts';
import { addMonths, jakartaToday, monthOf, type IsoDate, type YearMonth } from '../domain/dates.ts';
import { runAsOf, runMonth } from '../modules/coverage/run-month.ts';
import { refreshAllStates } from '../modules/coverage/service.ts';
import { deliverMessages } from '../modules/messages/outbox.ts';
import { refreshStatistics } from '../modules/statistics/refresh.ts';
import type { Queue } from './queue.ts';

/**
 * The coverage jobs. Every night (Jakarta time) the states of all workers move to today; the first
 * night after a month's due date, that month's run happens (pool, forecasts, reminders) unless it
 * already did. Every minute, queued messages are delivered; every five minutes, and after each run,
 * the statistics dashboard's figures are refreshed.
 */
export async function registerCoverageJobs(queue: Queue, deps: { db: Kysely<DB>; config: Config }): Promise<void> {
  const runDeps = { db: deps.db, book: deps.config.rules, messaging: deps.config.messaging, publicUrl: deps.config.publicUrl };
  await queue.work<{ month: YearMonth; asOf?: IsoDate }>('coverage.run-month', async ({ month, asOf }) => {
    await runMonth(runDeps, month, { asOf: asOf ?? jakartaToday() });
    await refreshStatistics(deps.db);
  });
  await queue.work('coverage.nightly', async () => {
    const today = jakartaToday();
    const month = monthDue(deps.config, today);
    const done = await deps.db.selectFrom('coverage_runs').select('status').where('month', '=', `${month}-01`).executeTakeFirst();
    if (done?.status !== 'done') await runMonth(runDeps, month, { asOf: today });
    else await refreshAllStates(deps.db, deps.config.rules, today);
    await refreshStatistics(deps.db);
  });
  await queue.schedule('coverage.nightly', '5 1 * * *');
  await queue.work('messages.deliver', async () => {
    // Drain what is due, a batch at a time.
    while ((await deliverMessages(deps.db, deps.config.keyring, deps.config.messaging)) === 100);
  });
  await queue.schedule('messages.deliver', '* * * * *');
  // The dashboard's pre-aggregated figures (payments and allocations change them all day).
  await queue.work('stats.refresh', async () => {
    await refreshStatistics(deps.db);
  });
  await queue.schedule('stats.refresh', '*/5 * * * *');
}

/** The latest month whose run is due on `today`: this month once its due date has passed, else the last. */
export function monthDue(config: Pick<Config, 'rules'>, today: IsoDate): YearMonth {
  const current = monthOf(today);
  return today >= runAsOf(config.rules, current) ? current : addMonths(current, -1);
}
