import { sql, type Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { parseCardPayload } from '../../domain/card-payload.ts';
import { formatKpj } from '../../domain/kpj.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import { newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { verifyCard } from './service.ts';

/**
 * Handover ceremonies ("300 pekerja terima kartu peserta"): an event with its date, place, officials
 * and donors, tied to a print batch; each card is checked in by scanning its QR as it is handed over
 * (or by hand when a QR will not scan). Who still has to receive a card is the batch minus check-ins.
 */
export type EventInput = { title: string; heldOn: string; place: string; regionCode?: string | undefined; officials: string[]; donorOrgIds: string[]; batchId: string };

export async function createEvent(db: Kysely<DB>, actor: Actor, input: EventInput, requestId?: string): Promise<string> {
  const batch = await db.selectFrom('card_batches').select(['id', 'status', 'created_by']).where('id', '=', input.batchId).executeTakeFirst();
  if (!batch || !(await mayUseBatch(db, actor, batch.created_by, batch.id))) throw new AppError('NOT_FOUND', { details: { entity: 'batch' } });
  if (batch.status !== 'done') throw new AppError('CARD_BATCH_NOT_READY', { details: { status: batch.status } });
  const id = newId();
  await db.transaction().execute(async (trx) => {
    await trx
      .insertInto('handover_events')
      .values({
        id,
        title: input.title.trim(),
        held_on: input.heldOn,
        place: input.place.trim(),
        region_code: input.regionCode ?? null,
        officials: input.officials.map((o) => o.trim()).filter(Boolean),
        donor_org_ids: input.donorOrgIds,
        batch_id: input.batchId,
        created_by: actor.userId,
      })
      .execute();
    await writeAudit(trx, { actorId: actor.userId, action: 'handover.create', entity: 'handover_event', entityId: id, after: { title: input.title, heldOn: input.heldOn, batchId: input.batchId }, requestId });
  });
  return id;
}

export type CheckinResult = {
  status: 'checked_in' | 'already';
  workerId: string;
  name: string;
  kpj: string;
  checkedInAt: Date;
  handed: number;
  total: number;
};

/** Checks a card in: by its QR payload (must verify as VALID) or by worker id (QR unreadable). */
export async function checkIn(db: Kysely<DB>, actor: Actor, eventId: string, input: { payload?: string | undefined; workerId?: string | undefined }): Promise<CheckinResult> {
  const event = await db.selectFrom('handover_events').select(['id', 'batch_id', 'created_by']).where('id', '=', eventId).executeTakeFirst();
  if (!event || !(await mayUseBatch(db, actor, event.created_by, event.batch_id))) throw new AppError('NOT_FOUND', { details: { entity: 'handover_event' } });
  let item: { worker_id: string; card_id: string | null } | undefined;
  if (input.payload !== undefined) {
    const verification = await verifyCard(db, input.payload);
    if (verification.verdict !== 'VALID') throw new AppError('CARD_NOT_VALID', { details: { verdict: verification.verdict } });
    const parsed = parseCardPayload(input.payload)!;
    const card = await db.selectFrom('cards').select(['id', 'worker_id']).where('kpj', '=', parsed.kpj).where('card_no', '=', parsed.cardNo).executeTakeFirst();
    // A card reissued after printing (lost before the event) is still that worker's card.
    item = card ? await db.selectFrom('card_batch_items').select(['worker_id', 'card_id']).where('batch_id', '=', event.batch_id).where('worker_id', '=', card.worker_id).executeTakeFirst() : undefined;
    if (item && card) item = { worker_id: item.worker_id, card_id: card.id };
  } else if (input.workerId) {
    item = await db.selectFrom('card_batch_items').select(['worker_id', 'card_id']).where('batch_id', '=', event.batch_id).where('worker_id', '=', input.workerId).executeTakeFirst();
  }
  if (!item || !item.card_id) throw new AppError('CARD_NOT_IN_EVENT');
  const inserted = await db
    .insertInto('handover_checkins')
    .values({ event_id: eventId, worker_id: item.worker_id, card_id: item.card_id, checked_in_by: actor.userId })
    .onConflict((oc) => oc.columns(['event_id', 'worker_id']).doNothing())
    .returning('checked_in_at')
    .executeTakeFirst();
  const existing = inserted ?? (await db.selectFrom('handover_checkins').select('checked_in_at').where('event_id', '=', eventId).where('worker_id', '=', item.worker_id).executeTakeFirstOrThrow());
  const worker = await db.selectFrom('workers').select(['full_name', 'kpj']).where('id', '=', item.worker_id).executeTakeFirstOrThrow();
  const counts = await eventCounts(db, eventId, event.batch_id);
  return {
    status: inserted ? 'checked_in' : 'already',
    workerId: item.worker_id,
    name: worker.full_name,
    kpj: formatKpj(worker.kpj ?? ''),
    checkedInAt: existing.checked_in_at,
    ...counts,
  };
}

async function eventCounts(db: Kysely<DB>, eventId: string, batchId: string): Promise<{ handed: number; total: number }> {
  const { rows } = await sql<{ handed: number; total: number }>`
    select (select count(*)::int from handover_checkins where event_id = ${eventId}::uuid) as handed,
           (select count(*)::int from card_batch_items where batch_id = ${batchId}::uuid and card_id is not null) as total
  `.execute(db);
  return rows[0]!;
}

export async function eventDetail(db: Kysely<DB>, actor: Actor, eventId: string) {
  const event = await db
    .selectFrom('handover_events as e')
    .innerJoin('card_batches as b', 'b.id', 'e.batch_id')
    .leftJoin('regions as r', 'r.code', 'e.region_code')
    .select(['e.id', 'e.title', 'e.held_on', 'e.place', 'e.region_code', 'r.name as region_name', 'e.officials', 'e.donor_org_ids', 'e.batch_id', 'b.title as batch_title', 'e.created_by', 'e.created_at'])
    .where('e.id', '=', eventId)
    .executeTakeFirst();
  if (!event || !(await mayUseBatch(db, actor, event.created_by, event.batch_id))) throw new AppError('NOT_FOUND', { details: { entity: 'handover_event' } });
  const donors = event.donor_org_ids.length
    ? await db.selectFrom('donor_orgs').select(['id', 'display_name']).where('id', 'in', event.donor_org_ids).execute()
    : [];
  const people = await db
    .selectFrom('card_batch_items as i')
    .innerJoin('workers as w', 'w.id', 'i.worker_id')
    .leftJoin('regions as v', 'v.code', 'w.village_code')
    .leftJoin('handover_checkins as c', (join) => join.onRef('c.worker_id', '=', 'i.worker_id').on('c.event_id', '=', eventId))
    .select(['i.position', 'w.id', 'w.full_name', 'w.kpj', 'v.name as village', 'c.checked_in_at'])
    .where('i.batch_id', '=', event.batch_id)
    .where('i.card_id', 'is not', null)
    .orderBy('i.position')
    .execute();
  return {
    id: event.id,
    title: event.title,
    heldOn: event.held_on,
    place: event.place,
    region: event.region_code ? { code: event.region_code, name: event.region_name ?? event.region_code } : null,
    officials: event.officials,
    donors: donors.map((d) => ({ id: d.id, name: d.display_name })),
    batch: { id: event.batch_id, title: event.batch_title },
    handed: people.filter((p) => p.checked_in_at).length,
    total: people.length,
    people: people.map((p) => ({ workerId: p.id, name: p.full_name, kpj: p.kpj, village: p.village, checkedInAt: p.checked_in_at?.toISOString() ?? null })),
  };
}

/**
 * Who may use a batch or its event: an admin, whoever made it, and officers of the same regions (a
 * colleague may run the ceremony) — judged by the batch's workers.
 */
export async function mayUseBatch(db: Kysely<DB>, actor: Actor, createdBy: string, batchId: string): Promise<boolean> {
  return actor.role === 'admin' || createdBy === actor.userId || sharesScope(db, actor, batchId);
}

async function sharesScope(db: Kysely<DB>, actor: Actor, batchId: string): Promise<boolean> {
  if (actor.regionScopes.length === 0) return false;
  const row = await db
    .selectFrom('card_batch_items as i')
    .innerJoin('workers as w', 'w.id', 'i.worker_id')
    .select('w.village_code')
    .where('i.batch_id', '=', batchId)
    .limit(1)
    .executeTakeFirst();
  return Boolean(row && actor.regionScopes.some((scope) => row.village_code === scope || row.village_code.startsWith(scope + '.')));
}

