import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import { newId } from '../../lib/ids.ts';
import { workerScope } from '../workers/repository.ts';
import { cardDocument, type CardLayout } from './pdf.ts';
import { cardFaces, currentCards, type CardDeps } from './service.ts';

/**
 * Print batches: the cards of a selection — a donation's workers, a region, or a list — as one
 * print-ready PDF made by a background job with progress. Only workers protected today and inside
 * the officer's regions are in a batch; the rest are counted as left out, with the reason.
 */
export type BatchSelection = { donationId: string } | { regionCode: string } | { workerIds: string[] };
export const MAX_BATCH = 20_000;
const CHUNK = 250;

export async function createBatch(
  db: Kysely<DB>,
  actor: Actor,
  input: { title?: string | undefined; selection: BatchSelection; layout: CardLayout },
): Promise<{ id: string; total: number; leftOut: { notProtected: number } }> {
  let query = db.selectFrom('workers').select(['workers.id']).where(workerScope(actor));
  const selection = input.selection;
  if ('donationId' in selection) {
    const donation = await db.selectFrom('donations').select(['id', 'number', 'donor_org_id']).where('id', '=', selection.donationId).executeTakeFirst();
    if (!donation || (actor.role === 'donor' && donation.donor_org_id !== actor.donorOrgId)) throw new AppError('NOT_FOUND', { details: { entity: 'donation' } });
    query = query.where((eb) => eb.exists(eb.selectFrom('donation_workers as dw').select(sql`1`.as('one')).whereRef('dw.worker_id', '=', 'workers.id').where('dw.donation_id', '=', selection.donationId)));
  } else if ('regionCode' in selection) {
    query = query.where((eb) => eb.or([eb('workers.village_code', '=', selection.regionCode), eb('workers.village_code', 'like', `${selection.regionCode}.%`)]));
  } else {
    query = query.where('workers.id', 'in', selection.workerIds.length ? selection.workerIds : ['00000000-0000-0000-0000-000000000000']);
  }
  const all = await query.select(['workers.village_code', 'workers.full_name']).orderBy('workers.village_code').orderBy('workers.full_name').limit(MAX_BATCH + 1).execute();
  if (all.length > MAX_BATCH) throw new AppError('VALIDATION_FAILED', { details: { field: 'selection', max: MAX_BATCH } });
  const protectedIds = new Set(
    all.length === 0
      ? []
      : (
          await db
            .selectFrom('coverage_states')
            .select('worker_id')
            .distinct()
            .where('state', '=', 'ACTIVE')
            .where('worker_id', 'in', all.map((w) => w.id))
            .execute()
        ).map((r) => r.worker_id),
  );
  const chosen = all.filter((w) => protectedIds.has(w.id));
  if (chosen.length === 0) throw new AppError('CARD_BATCH_EMPTY', { details: { selected: all.length } });
  const id = newId();
  const title = input.title?.trim() || (await defaultTitle(db, selection));
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('card_batches')
      .values({ id, title, selection: JSON.stringify(selection), layout: input.layout, total: chosen.length, created_by: actor.userId })
      .execute();
    for (let i = 0; i < chosen.length; i += 5000) {
      const part = chosen.slice(i, i + 5000);
      await sql`
        insert into card_batch_items (batch_id, position, worker_id)
        select ${id}::uuid, ${i}::int + p, w from unnest(${part.map((w) => w.id)}::uuid[]) with ordinality as t(w, p)
      `.execute(trx);
    }
  });
  return { id, total: chosen.length, leftOut: { notProtected: all.length - chosen.length } };
}

async function defaultTitle(db: Kysely<DB>, selection: BatchSelection): Promise<string> {
  if ('donationId' in selection) {
    const d = await db.selectFrom('donations').select('number').where('id', '=', selection.donationId).executeTakeFirst();
    return `Kartu peserta donasi ${d?.number ?? ''}`.trim();
  }
  if ('regionCode' in selection) {
    const r = await db.selectFrom('regions').select('name').where('code', '=', selection.regionCode).executeTakeFirst();
    return `Kartu peserta ${r?.name ?? selection.regionCode}`;
  }
  return `Kartu peserta (${selection.workerIds.length} pekerja)`;
}

/**
 * Issues the cards and renders the PDF, a chunk at a time (one transaction per chunk), recording
 * progress. Run again after a crash it starts over and ends the same: cards already issued are reused.
 */
export async function runBatch(deps: CardDeps, batchId: string, onProgress?: (done: number, total: number) => void): Promise<void> {
  const batch = await deps.db.selectFrom('card_batches').selectAll().where('id', '=', batchId).executeTakeFirst();
  if (!batch || batch.status === 'done') return;
  await deps.db.updateTable('card_batches').set({ status: 'running', done: 0, error: null }).where('id', '=', batchId).execute();
  try {
    const document = cardDocument(batch.layout, batch.title);
    let done = 0;
    for (let position = 0; ; position += CHUNK) {
      const items = await deps.db
        .selectFrom('card_batch_items')
        .select(['position', 'worker_id'])
        .where('batch_id', '=', batchId)
        .where('position', '>', position)
        .where('position', '<=', position + CHUNK)
        .orderBy('position')
        .execute();
      if (items.length === 0) break;
      const faces = await deps.db.transaction().execute(async (trx) => {
        const cards = await currentCards(trx, deps, items.map((i) => i.worker_id), batch.created_by);
        const issued = items.filter((i) => cards.has(i.worker_id));
        if (issued.length > 0) {
          await sql`
            update card_batch_items b set card_id = n.card_id
            from unnest(${issued.map((i) => i.position)}::int[], ${issued.map((i) => cards.get(i.worker_id)!.id)}::uuid[]) as n(position, card_id)
            where b.batch_id = ${batchId}::uuid and b.position = n.position
          `.execute(trx);
        }
        done += items.length;
        await trx.updateTable('card_batches').set({ done }).where('id', '=', batchId).execute();
        return cardFaces(trx, issued.map((i) => cards.get(i.worker_id)!));
      });
      for (const face of faces) document.add(face);
      onProgress?.(done, batch.total);
    }
    const pdf = await document.end();
    await deps.db.updateTable('card_batches').set({ status: 'done', pdf, pdf_bytes: pdf.length, finished_at: new Date() }).where('id', '=', batchId).execute();
  } catch (error) {
    await deps.db.updateTable('card_batches').set({ status: 'failed', error: (error as Error).message.slice(0, 500) }).where('id', '=', batchId).execute();
    throw error;
  }
}
