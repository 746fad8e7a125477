import { sql } from 'kysely';
import type { WorkerStatus } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import { writeAudit } from '../audit/audit.ts';
import { regionCache } from '../regions/region-cache.ts';
import { presentWorker, type TWorker, type WorkerViewRow } from './presenter.ts';
import { workerScope } from './repository.ts';
import { viewQuery, type RegistryContext } from './service.ts';

/**
 * The review queue of probable duplicates (same normalised name, birth date and regency, another
 * NIK). An officer merges the pair (one record is kept, the other points at it) or marks the two
 * as different people. Each decision is audited.
 */
export type DuplicatePair = { id: string; status: 'open' | 'merged' | 'distinct'; createdAt: string; a: TWorker; b: TWorker; keptWorkerId: string | null; note: string | null };

async function visibleWorkers(ctx: RegistryContext, ids: string[]): Promise<Map<string, WorkerViewRow>> {
  if (ids.length === 0) return new Map();
  const rows = await viewQuery(ctx.db, ctx.actor).where('workers.id', 'in', ids).execute();
  return new Map(rows.map((r) => [r.id, r as WorkerViewRow]));
}

export async function listDuplicates(ctx: RegistryContext, status: 'open' | 'merged' | 'distinct', limit: number): Promise<DuplicatePair[]> {
  // Both workers must be in the caller's scope; filtering in SQL keeps pages full.
  const pairs = await ctx.db
    .selectFrom('worker_duplicates as d')
    .innerJoin('workers as wa', 'wa.id', 'd.worker_a')
    .innerJoin('workers as wb', 'wb.id', 'd.worker_b')
    .select(['d.id', 'd.status', 'd.created_at', 'd.worker_a', 'd.worker_b', 'd.kept_worker', 'd.note'])
    .where('d.status', '=', status)
    .where((eb) => eb.exists(eb.selectFrom('workers').select('workers.id').whereRef('workers.id', '=', 'd.worker_a').where(workerScope(ctx.actor))))
    .where((eb) => eb.exists(eb.selectFrom('workers').select('workers.id').whereRef('workers.id', '=', 'd.worker_b').where(workerScope(ctx.actor))))
    .orderBy('d.created_at')
    .limit(limit)
    .execute();
  const workers = await visibleWorkers(ctx, pairs.flatMap((p) => [p.worker_a, p.worker_b]));
  const regions = await regionCache(ctx.db);
  return pairs.map((p) => ({
    id: p.id,
    status: p.status,
    createdAt: p.created_at.toISOString(),
    a: presentWorker(workers.get(p.worker_a)!, ctx.actor, regions, ctx.locale),
    b: presentWorker(workers.get(p.worker_b)!, ctx.actor, regions, ctx.locale),
    keptWorkerId: p.kept_worker,
    note: p.note,
  }));
}

export async function decideDuplicate(
  ctx: RegistryContext,
  id: string,
  decision: { decision: 'merge' | 'distinct'; keepWorkerId?: string; note?: string },
): Promise<void> {
  await ctx.db.transaction().execute(async (trx) => {
    const pair = await trx.selectFrom('worker_duplicates').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
    const scoped = { ...ctx, db: trx };
    const visible = pair ? await visibleWorkers(scoped, [pair.worker_a, pair.worker_b]) : new Map();
    if (!pair || visible.size < 2) throw new AppError('NOT_FOUND', { details: { entity: 'duplicate' } });
    if (pair.status !== 'open') throw new AppError('INVALID_STATE', { details: { status: pair.status } });
    let kept: string | null = null;
    if (decision.decision === 'merge') {
      kept = decision.keepWorkerId ?? null;
      if (kept !== pair.worker_a && kept !== pair.worker_b) {
        throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'keepWorkerId', code: 'invalid', message: 'keepWorkerId' }] } });
      }
      const merged = kept === pair.worker_a ? pair.worker_b : pair.worker_a;
      const before = visible.get(merged)!.status as WorkerStatus;
      if (before === 'merged') throw new AppError('INVALID_STATE', { details: { status: before } });
      await trx.updateTable('workers').set({ status: 'merged', merged_into: kept, updated_at: new Date() }).where('id', '=', merged).execute();
      // Other open pairs of the merged record now concern the kept one: close them as merged too.
      await sql`
        update worker_duplicates set status = 'merged', kept_worker = ${kept}::uuid, decided_by = ${ctx.actor.userId}::uuid,
               decided_at = now(), note = 'menyusul penggabungan'
        where status = 'open' and id <> ${id}::uuid and (worker_a = ${merged}::uuid or worker_b = ${merged}::uuid)
      `.execute(trx);
      await writeAudit(trx, { actorId: ctx.actor.userId, action: 'worker.merge', entity: 'worker', entityId: merged, before: { status: before }, after: { status: 'merged', mergedInto: kept }, reason: decision.note ?? null, requestId: ctx.requestId });
    }
    await trx
      .updateTable('worker_duplicates')
      .set({ status: decision.decision === 'merge' ? 'merged' : 'distinct', kept_worker: kept, decided_by: ctx.actor.userId, decided_at: new Date(), note: decision.note ?? null })
      .where('id', '=', id)
      .execute();
    await writeAudit(trx, {
      actorId: ctx.actor.userId,
      action: `duplicate.${decision.decision}`,
      entity: 'worker_duplicate',
      entityId: id,
      after: { workerA: pair.worker_a, workerB: pair.worker_b, kept },
      reason: decision.note ?? null,
      requestId: ctx.requestId,
    });
  });
}
