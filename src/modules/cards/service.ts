import { sql, type Kysely, type Selectable, type Transaction } from 'kysely';
import type { CardsTable, DB } from '../../db/schema.ts';
import { cardMessage, cardPayload, judgeCard, type CardVerdict } from '../../domain/card-payload.ts';
import { jakartaToday, type IsoDate } from '../../domain/dates.ts';
import { makeKpj } from '../../domain/kpj.ts';
import { maskedNikFrom } from '../../domain/nik.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { AppError } from '../../http/errors.ts';
import type { CardKeyring } from '../../lib/card-keys.ts';
import { newId } from '../../lib/ids.ts';
import { writeAudit } from '../audit/audit.ts';
import { maskName } from '../coverage/self-check.ts';
import { signatureHashSync, signCardMessage, verifyWithPublished } from './keys.ts';
import type { CardFace } from './pdf.ts';

type Db = Kysely<DB> | Transaction<DB>;
export type CardDeps = { db: Kysely<DB>; keyring: CardKeyring; book: RuleBook };
export type CardRow = Selectable<CardsTable>;

/**
 * KPJ numbers for the given workers that have none yet, in one statement per call: the workers are
 * locked in id order (two allocations over the same workers cannot deadlock), numbered from kpj_seq,
 * and given our series prefix and Damm check digit. A KPJ recorded from BPJS is kept as it is.
 */
export async function issueKpjs(db: Db, book: RuleBook, workerIds: readonly string[]): Promise<number> {
  if (workerIds.length === 0) return 0;
  const { rows } = await sql<{ id: string; seq: string }>`
    select id, nextval('kpj_seq')::text as seq from (
      select id from workers where id = any(${[...workerIds]}::uuid[]) and kpj is null order by id for update
    ) w
  `.execute(db);
  if (rows.length === 0) return 0;
  const series = book.settings.cards.kpjSeries;
  await sql`
    update workers w set kpj = n.kpj, updated_at = now()
    from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => makeKpj(series, BigInt(r.seq)))}::text[]) as n(id, kpj)
    where w.id = n.id
  `.execute(db);
  return rows.length;
}

/**
 * Workers protected now but without a KPJ (covered before cards existed): numbered by the monthly run.
 * The regency's workers drive the query and each probes its own states (the LIMIT keeps the planner
 * from hashing every protected worker of the country for each regency: 11.5 s → 0.3 s per regency at
 * ten million workers, measured by bench/run-month).
 */
export async function issueMissingKpjs(db: Db, book: RuleBook, regencyCode: string): Promise<number> {
  const rows = await sql<{ id: string }>`
    select w.id from workers w
    cross join lateral (select 1 from coverage_states s where s.worker_id = w.id and s.state in ('ACTIVE', 'ARREARS') limit 1) protected
    where w.regency_code = ${regencyCode} and w.kpj is null
  `.execute(db);
  return issueKpjs(db, book, rows.rows.map((r) => r.id));
}

type CardFacts = { programs: string[]; protectedUntil: IsoDate; sponsorName: string | null };

/** What a card printed today says, per worker: the programmes protected now and the earliest date they run to. */
async function currentFacts(db: Db, workerIds: readonly string[]): Promise<Map<string, CardFacts>> {
  const rows = await db
    .selectFrom('coverage_states as s')
    .leftJoin('donor_orgs as d', 'd.id', 's.last_donor_org_id')
    .select(['s.worker_id', 's.program', 's.protected_until', 'd.display_name', 'd.is_public_name_consented', 'd.is_system'])
    .where('s.worker_id', 'in', [...workerIds])
    .where('s.state', '=', 'ACTIVE')
    .where('s.protected_until', 'is not', null)
    .orderBy('s.worker_id')
    .orderBy('s.program')
    .execute();
  const facts = new Map<string, CardFacts>();
  for (const r of rows) {
    const f = facts.get(r.worker_id) ?? { programs: [], protectedUntil: r.protected_until!, sponsorName: null };
    f.programs.push(r.program);
    if (r.protected_until! < f.protectedUntil) f.protectedUntil = r.protected_until!;
    // The sponsor is printed only when the organisation consented to its name being public.
    if (!f.sponsorName && r.display_name && r.is_public_name_consented && !r.is_system) f.sponsorName = r.display_name;
    facts.set(r.worker_id, f);
  }
  return facts;
}

/**
 * The workers' cards as they should be printed today, a few statements for the whole list: the latest
 * active card when it still says the same thing, else a new one (card number + 1) signed with the
 * active key. KPJs are issued where missing. Workers not protected today get no card (absent from the
 * result). Runs in the caller's transaction; the workers are locked in id order, so two prints of the
 * same workers make one card each.
 */
export async function currentCards(trx: Transaction<DB>, deps: Omit<CardDeps, 'db'>, workerIds: readonly string[], actorId: string | null, today = jakartaToday()): Promise<Map<string, CardRow>> {
  const result = new Map<string, CardRow>();
  if (workerIds.length === 0) return result;
  const facts = await currentFacts(trx, workerIds);
  const covered = [...facts.keys()];
  if (covered.length === 0) return result;
  await issueKpjs(trx, deps.book, covered);
  const workers = await trx.selectFrom('workers').select(['id', 'kpj']).where('id', 'in', covered).orderBy('id').forUpdate().execute();
  const latest = await trx
    .selectFrom('cards')
    .selectAll()
    .distinctOn('worker_id')
    .where('worker_id', 'in', covered)
    .orderBy('worker_id')
    .orderBy('card_no', 'desc')
    .execute();
  const latestBy = new Map(latest.map((c) => [c.worker_id, c]));
  const fresh: CardRow[] = [];
  for (const worker of workers) {
    const f = facts.get(worker.id)!;
    const last = latestBy.get(worker.id);
    if (
      last &&
      last.status === 'active' &&
      last.kpj === worker.kpj &&
      last.protected_until === f.protectedUntil &&
      last.programs.join('+') === f.programs.join('+') &&
      last.key_id === deps.keyring.active.id &&
      last.sponsor_name === f.sponsorName
    ) {
      result.set(worker.id, last);
      continue;
    }
    const card = signedCard(deps.keyring, { workerId: worker.id, kpj: worker.kpj!, cardNo: (last?.card_no ?? 0) + 1, facts: f, issuedOn: today, actorId });
    fresh.push(card);
    result.set(worker.id, card);
  }
  if (fresh.length > 0) await trx.insertInto('cards').values(fresh).execute();
  return result;
}

export async function currentCard(trx: Transaction<DB>, deps: Omit<CardDeps, 'db'>, workerId: string, actorId: string | null, today = jakartaToday()): Promise<CardRow> {
  const exists = await trx.selectFrom('workers').select('id').where('id', '=', workerId).executeTakeFirst();
  if (!exists) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
  const card = (await currentCards(trx, deps, [workerId], actorId, today)).get(workerId);
  if (!card) throw new AppError('CARD_NOT_COVERED', { details: { workerId } });
  return card;
}

function signedCard(
  keyring: CardKeyring,
  input: { workerId: string; kpj: string; cardNo: number; facts: CardFacts; issuedOn: IsoDate; actorId: string | null },
): CardRow {
  const message = cardMessage({
    kpj: input.kpj,
    programs: input.facts.programs,
    protectedUntil: input.facts.protectedUntil,
    issuedOn: input.issuedOn,
    keyId: keyring.active.id,
    cardNo: input.cardNo,
  });
  const { signature, keyId } = signCardMessage(keyring, message);
  return {
    id: newId(),
    worker_id: input.workerId,
    kpj: input.kpj,
    card_no: input.cardNo,
    programs: input.facts.programs,
    protected_until: input.facts.protectedUntil,
    issued_on: input.issuedOn,
    key_id: keyId,
    payload: cardPayload(message, signature),
    signature_hash: signatureHashSync(signature),
    sponsor_name: input.facts.sponsorName,
    status: 'active',
    revoked_at: null,
    revoked_reason: null,
    revoked_by: null,
    replaced_by: null,
    issued_by: input.actorId,
    created_at: new Date(),
  };
}

/** What goes on the printed card (name in full: the card is the worker's own document). */
export async function cardFaces(db: Db, cards: readonly CardRow[]): Promise<CardFace[]> {
  if (cards.length === 0) return [];
  const workers = await db
    .selectFrom('workers')
    .select(['id', 'full_name', 'nik_prefix4', 'nik_last4'])
    .where('id', 'in', cards.map((c) => c.worker_id))
    .execute();
  const byId = new Map(workers.map((w) => [w.id, w]));
  return cards.map((card) => {
    const worker = byId.get(card.worker_id)!;
    return {
      name: worker.full_name,
      kpj: card.kpj,
      maskedNik: maskedNikFrom(worker.nik_prefix4 ?? '****', worker.nik_last4),
      programs: card.programs,
      protectedUntil: card.protected_until,
      issuedOn: card.issued_on,
      cardNo: card.card_no,
      sponsorName: card.sponsor_name,
      payload: card.payload,
    };
  });
}

/**
 * A lost or damaged card: revoked (its QR verifies as REVOKED from now on) and replaced by a new card
 * with the next number, in one transaction. Revoking an already revoked card changes nothing.
 */
export async function reissueCard(
  deps: CardDeps,
  cardId: string,
  input: { reason: 'lost' | 'damaged' | 'data_error' | 'other'; actorId: string; requestId?: string },
): Promise<{ revoked: CardRow; card: CardRow }> {
  return deps.db.transaction().execute(async (trx) => {
    const old = (await trx.selectFrom('cards').selectAll().where('id', '=', cardId).forUpdate().executeTakeFirst()) as CardRow | undefined;
    if (!old) throw new AppError('NOT_FOUND', { details: { entity: 'card' } });
    if (old.status === 'revoked') {
      const replacement = old.replaced_by ? ((await trx.selectFrom('cards').selectAll().where('id', '=', old.replaced_by).executeTakeFirst()) as CardRow | undefined) : undefined;
      if (replacement) return { revoked: old, card: replacement };
      throw new AppError('INVALID_STATE', { details: { status: 'revoked' } });
    }
    // Every active card of the worker goes: a new card makes older prints void too.
    const revoked = (await trx
      .updateTable('cards')
      .set({ status: 'revoked', revoked_at: new Date(), revoked_reason: input.reason, revoked_by: input.actorId })
      .where('worker_id', '=', old.worker_id)
      .where('status', '=', 'active')
      .returningAll()
      .execute()) as CardRow[];
    const card = await currentCard(trx, deps, old.worker_id, input.actorId);
    await trx.updateTable('cards').set({ replaced_by: card.id }).where('id', 'in', revoked.map((r) => r.id)).execute();
    await writeAudit(trx, {
      actorId: input.actorId,
      action: 'card.reissue',
      entity: 'card',
      entityId: old.id,
      before: { status: 'active', cardNo: old.card_no },
      after: { status: 'revoked', reason: input.reason, replacedBy: card.id, newCardNo: card.card_no },
      requestId: input.requestId,
    });
    return { revoked: { ...old, status: 'revoked', revoked_reason: input.reason, replaced_by: card.id }, card };
  });
}

export type Verification = {
  verdict: CardVerdict;
  card: {
    kpj: string;
    programs: string[];
    protectedUntil: string;
    issuedOn: string;
    keyId: string;
    cardNo: number;
    /** Online only: the holder's masked name, to compare with the person showing the card. */
    holder: string | null;
    /** Online only: the replacement was issued (for a revoked card). */
    isReplaced: boolean;
  } | null;
};

/**
 * Online verification (the public page, the third-party API, the command line): the offline checks
 * plus the revocation state in the database. A signature that verifies but names no card we know
 * is still VALID (a card row can only be lost by restoring an old backup; the signature is the proof).
 */
export async function verifyCard(db: Kysely<DB>, payload: string, today = jakartaToday()): Promise<Verification> {
  let row: { status: string; worker_id: string; replaced_by: string | null } | undefined;
  const { verdict, card } = await judgeCard(payload, {
    today,
    verify: (keyId, message, signature) => verifyWithPublished(db, keyId, message, signature),
    isRevoked: async (parsed) => {
      row = await db.selectFrom('cards').select(['status', 'worker_id', 'replaced_by']).where('kpj', '=', parsed.kpj).where('card_no', '=', parsed.cardNo).executeTakeFirst();
      return row?.status === 'revoked';
    },
  });
  if (!card || verdict === 'MALFORMED') return { verdict, card: null };
  let holder: string | null = null;
  if (row && (verdict === 'VALID' || verdict === 'EXPIRED' || verdict === 'REVOKED')) {
    const worker = await db.selectFrom('workers').select('full_name').where('id', '=', row.worker_id).executeTakeFirst();
    holder = worker ? maskName(worker.full_name) : null;
  }
  return {
    verdict,
    card: {
      kpj: card.kpj,
      programs: card.programs,
      protectedUntil: card.protectedUntil,
      issuedOn: card.issuedOn,
      keyId: card.keyId,
      cardNo: card.cardNo,
      holder: verdict === 'TAMPERED' || verdict === 'UNKNOWN_KEY' ? null : holder,
      isReplaced: Boolean(row?.replaced_by),
    },
  };
}

/** The public revocation list: signature hashes of revoked cards (no KPJ, nothing personal). */
export async function revokedHashes(db: Kysely<DB>): Promise<string[]> {
  const rows = await db.selectFrom('cards').select('signature_hash').where('status', '=', 'revoked').orderBy('revoked_at').execute();
  return rows.map((r) => r.signature_hash);
}
