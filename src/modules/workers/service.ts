import { sql, type Kysely } from 'kysely';
import { newId } from '../../lib/ids.ts';
import type { DB, WorkerStatus } from '../../db/schema.ts';
import { jakartaToday } from '../../domain/dates.ts';
import { DomainError } from '../../domain/errors.ts';
import { normalizeNik } from '../../domain/nik.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { checkWorker, type WorkerInput } from '../../domain/worker-input.ts';
import { AppError } from '../../http/errors.ts';
import type { Actor } from '../../http/policy.ts';
import type { Keyring } from '../../lib/crypto.ts';
import { writeAudit } from '../audit/audit.ts';
import { regionCache, type RegionCache } from '../regions/region-cache.ts';
import { maskedNikOf, presentWorker, WORKER_VIEW_COLUMNS, type TWorker, type WorkerViewRow } from './presenter.ts';
import { decryptNik, decryptPhone, encryptPhone, insertWorkers, nikBlindIndex, registeredByBlindIndex, workerScope } from './repository.ts';

/** What every registry operation needs: the database (or the caller's transaction), keys, rules, who acts. */
export type RegistryContext = {
  db: Kysely<DB>;
  keyring: Keyring;
  book: RuleBook;
  actor: Actor;
  locale: 'id' | 'en';
  requestId: string | null;
};

/** Scopes a registration may use: admins anywhere, others their region-code prefixes. */
export function registrationScopes(actor: Actor): readonly string[] | null {
  return actor.role === 'admin' ? null : actor.regionScopes;
}

/** Workers with what a viewer may see of them (registrar, verifier, JKM coverage state), within the actor's scope. */
export function viewQuery(db: Kysely<DB>, actor: Actor) {
  return db
    .selectFrom('workers')
    .leftJoin('users as registrar', 'registrar.id', 'workers.registered_by')
    .leftJoin('users as verifier', 'verifier.id', 'workers.verified_by')
    .leftJoin('coverage_states as coverage', (join) => join.onRef('coverage.worker_id', '=', 'workers.id').on('coverage.program', '=', 'JKM'))
    .select([...WORKER_VIEW_COLUMNS, 'registrar.full_name as registered_by_name', 'verifier.full_name as verified_by_name'])
    .where(workerScope(actor));
}

async function loadVisible(ctx: RegistryContext, id: string): Promise<WorkerViewRow> {
  const row = await viewQuery(ctx.db, ctx.actor).where('workers.id', '=', id).executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
  return row as WorkerViewRow;
}

export async function getWorker(ctx: RegistryContext, id: string): Promise<TWorker> {
  const [row, regions] = await Promise.all([loadVisible(ctx, id), regionCache(ctx.db)]);
  return presentWorker(row, ctx.actor, regions, ctx.locale);
}

/** What the audit log keeps of a worker: masked, never a full NIK or phone. */
function auditView(row: WorkerViewRow) {
  return {
    maskedNik: maskedNikOf(row),
    fullName: row.full_name,
    birthDate: row.birth_date,
    sex: row.sex,
    villageCode: row.village_code,
    occupationCode: row.occupation_code,
    occupationOther: row.occupation_other,
    incomeBracket: row.income_bracket.toString(),
    maskedPhone: row.phone_masked,
    isDtks: row.is_dtks,
    p3keDecile: row.p3ke_decile,
    status: row.status,
  };
}

/**
 * Flags probable duplicates of the given workers, or of everything an import wrote: same normalised
 * name, birth date and regency, another NIK. Set-based; a pair is flagged once. Returns how many
 * new pairs were flagged.
 */
export async function flagProbableDuplicates(db: Kysely<DB>, of: { workerIds: readonly string[] } | { importId: string }): Promise<number> {
  if ('workerIds' in of && of.workerIds.length === 0) return 0;
  const which = 'workerIds' in of ? sql`n.id = any(${[...of.workerIds]}::uuid[])` : sql`n.import_id = ${of.importId}::uuid`;
  const result = await sql`
    insert into worker_duplicates (id, worker_a, worker_b)
    select gen_random_uuid(), least(n.id, o.id), greatest(n.id, o.id)
    from workers n
    join workers o on o.regency_code = n.regency_code and o.birth_date = n.birth_date
                  and o.name_norm = n.name_norm and o.id <> n.id and o.status <> 'merged'
    where ${which}
    on conflict (worker_a, worker_b) do nothing
  `.execute(db);
  return Number(result.numAffectedRows ?? 0n);
}

export type Registration = { worker: TWorker; warnings: { code: string; field?: string }[]; probableDuplicates: number };

export async function registerWorker(ctx: RegistryContext, input: WorkerInput): Promise<Registration> {
  const regions = await regionCache(ctx.db);
  const check = checkWorker(input, {
    book: ctx.book,
    regions,
    hasVillage: regions.hasVillage,
    scopes: registrationScopes(ctx.actor),
    today: jakartaToday(),
  });
  if (!check.worker) throw new DomainError(check.errors);
  const checked = check.worker;
  const id = newId();
  const probableDuplicates = await ctx.db.transaction().execute(async (trx) => {
    const inserted = await insertWorkers(trx, ctx.keyring, [
      { ...checked, id, status: 'registered', source: 'form', registeredBy: ctx.actor.userId, verifiedBy: null, importId: null },
    ]);
    if (!inserted.has(id)) {
      const existing = await registeredByBlindIndex(trx, [nikBlindIndex(ctx.keyring, checked.nik)]);
      const existingId = [...existing.values()][0] ?? null;
      const isVisible = existingId ? await isWorkerVisible(trx, ctx.actor, existingId) : false;
      throw new AppError('NIK_ALREADY_REGISTERED', { details: isVisible ? { workerId: existingId } : undefined });
    }
    const flagged = await flagProbableDuplicates(trx, { workerIds: [id] });
    const row = (await viewQuery(trx, ctx.actor).where('workers.id', '=', id).executeTakeFirstOrThrow()) as WorkerViewRow;
    await writeAudit(trx, { actorId: ctx.actor.userId, action: 'worker.register', entity: 'worker', entityId: id, after: auditView(row), requestId: ctx.requestId });
    return flagged;
  });
  const worker = await getWorker(ctx, id);
  return { worker, warnings: check.warnings.map((w) => ({ code: w.code, field: w.field })), probableDuplicates };
}

async function isWorkerVisible(db: Kysely<DB>, actor: Actor, id: string): Promise<boolean> {
  const row = await db.selectFrom('workers').select('id').where('id', '=', id).where(workerScope(actor)).executeTakeFirst();
  return row !== undefined;
}

/** Lookup by NIK goes through the blind index: the NIK is never in a URL, a query or a log. */
export async function findWorkerByNik(ctx: RegistryContext, nikInput: string): Promise<TWorker> {
  const nik = normalizeNik(nikInput);
  if (!/^\d{16}$/.test(nik)) throw new DomainError({ code: 'NIK_LENGTH', field: 'nik', params: { length: nik.replace(/\D/g, '').length } });
  const found = await registeredByBlindIndex(ctx.db, [nikBlindIndex(ctx.keyring, nik)]);
  const id = [...found.values()][0];
  if (!id) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
  return getWorker(ctx, id);
}

export type WorkerFilters = {
  region?: string;
  occupation?: string;
  status?: WorkerStatus;
  dtks?: boolean;
  p3keMaxDecile?: number;
  q?: string;
  kpj?: string;
  coverage?: CoverageFilter;
  sort: 'newest' | 'oldest' | 'name';
  cursor?: string;
  limit: number;
};

/** Officer views: never paid, protected, protection ending within 30 days, in arrears, ended, paying themselves. */
export const COVERAGE_FILTERS = ['none', 'active', 'expiring', 'arrears', 'ended', 'self'] as const;
export type CoverageFilter = (typeof COVERAGE_FILTERS)[number];

function coverageCondition(filter: CoverageFilter) {
  switch (filter) {
    case 'none':
      return sql<boolean>`coverage.state is null or coverage.state = 'NOT_STARTED'`;
    case 'active':
      return sql<boolean>`coverage.state = 'ACTIVE'`;
    case 'expiring':
      return sql<boolean>`coverage.state = 'ACTIVE' and coverage.protected_until < (now() at time zone 'Asia/Jakarta')::date + 30`;
    case 'arrears':
      return sql<boolean>`coverage.state = 'ARREARS'`;
    case 'ended':
      return sql<boolean>`coverage.state = 'ENDED'`;
    case 'self':
      return sql<boolean>`coverage.state in ('ACTIVE', 'ARREARS') and coverage.last_source = 'self'`;
  }
}

type Cursor = { k: string; id: string };

function decodeCursor(cursor: string | undefined): Cursor | null {
  if (!cursor) return null;
  try {
    const value = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as Cursor;
    if (typeof value.k !== 'string' || typeof value.id !== 'string' || !/^[0-9a-f-]{36}$/.test(value.id)) throw new Error('shape');
    return value;
  } catch {
    throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'cursor', code: 'invalid', message: 'cursor' }] } });
  }
}

const encodeCursor = (cursor: Cursor) => Buffer.from(JSON.stringify(cursor)).toString('base64url');

/** Keyset-paginated search within the caller's scope (never OFFSET: page 10.000 is as fast as page 1). */
export async function listWorkers(ctx: RegistryContext, f: WorkerFilters): Promise<{ items: TWorker[]; nextCursor: string | null }> {
  const cursor = decodeCursor(f.cursor);
  let query = viewQuery(ctx.db, ctx.actor);
  if (f.region) query = query.where((eb) => eb.or([eb('workers.village_code', '=', f.region!), eb('workers.village_code', 'like', `${f.region}.%`)]));
  if (f.occupation) query = query.where('workers.occupation_code', '=', f.occupation);
  if (f.status) query = query.where('workers.status', '=', f.status);
  else query = query.where('workers.status', '<>', 'merged');
  if (f.dtks !== undefined) query = query.where('workers.is_dtks', '=', f.dtks);
  if (f.p3keMaxDecile !== undefined) query = query.where('workers.p3ke_decile', '<=', f.p3keMaxDecile);
  if (f.kpj) query = query.where('workers.kpj', '=', f.kpj);
  if (f.coverage) query = query.where(coverageCondition(f.coverage));
  if (f.q) {
    const needle = f.q.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`);
    query = query.where('workers.name_norm', 'like', `%${needle}%`);
  }
  if (f.sort === 'name') {
    if (cursor) query = query.where(sql<boolean>`(workers.name_norm, workers.id) > (${cursor.k}, ${cursor.id}::uuid)`);
    query = query.orderBy('workers.name_norm').orderBy('workers.id');
  } else if (f.sort === 'oldest') {
    if (cursor) query = query.where(sql<boolean>`(workers.created_at, workers.id) > (${cursor.k}::timestamptz, ${cursor.id}::uuid)`);
    query = query.orderBy('workers.created_at').orderBy('workers.id');
  } else {
    if (cursor) query = query.where(sql<boolean>`(workers.created_at, workers.id) < (${cursor.k}::timestamptz, ${cursor.id}::uuid)`);
    query = query.orderBy('workers.created_at', 'desc').orderBy('workers.id', 'desc');
  }
  const rows = (await query.select('workers.name_norm').limit(f.limit + 1).execute()) as (WorkerViewRow & { name_norm: string })[];
  const regions = await regionCache(ctx.db);
  const page = rows.slice(0, f.limit);
  const last = page.at(-1);
  const nextCursor =
    rows.length > f.limit && last ? encodeCursor({ k: f.sort === 'name' ? last.name_norm : last.created_at.toISOString(), id: last.id }) : null;
  return { items: page.map((r) => presentWorker(r, ctx.actor, regions, ctx.locale)), nextCursor };
}

export async function verifyWorker(ctx: RegistryContext, id: string): Promise<TWorker> {
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadVisible({ ...ctx, db: trx }, id);
    if (before.status !== 'registered') throw new AppError('INVALID_STATE', { details: { status: before.status } });
    await trx
      .updateTable('workers')
      .set({ status: 'verified', verified_by: ctx.actor.userId, verified_at: new Date(), updated_at: new Date() })
      .where('id', '=', id)
      .where('status', '=', 'registered')
      .execute();
    await writeAudit(trx, {
      actorId: ctx.actor.userId,
      action: 'worker.verify',
      entity: 'worker',
      entityId: id,
      before: { status: before.status },
      after: { status: 'verified' },
      requestId: ctx.requestId,
    });
  });
  return getWorker(ctx, id);
}

export const REVEAL_REASONS = ['VERIFICATION', 'CLAIM', 'DATA_CORRECTION', 'DATA_SUBJECT_REQUEST', 'OTHER'] as const;
export type RevealReason = (typeof REVEAL_REASONS)[number];

/** The full NIK and phone, for an officer or admin with a reason; every reveal is audited. */
export async function revealWorker(ctx: RegistryContext, id: string, reason: { code: RevealReason; note?: string }) {
  const row = await ctx.db
    .selectFrom('workers')
    .select(['id', 'nik_ciphertext', 'nik_key_id', 'phone_ciphertext', 'phone_key_id'])
    .where('id', '=', id)
    .where(workerScope(ctx.actor))
    .executeTakeFirst();
  if (!row) throw new AppError('NOT_FOUND', { details: { entity: 'worker' } });
  await writeAudit(ctx.db, {
    actorId: ctx.actor.userId,
    action: 'pii.reveal',
    entity: 'worker',
    entityId: id,
    after: { fields: ['nik', 'phone'] },
    reason: reason.note ? `${reason.code}: ${reason.note}` : reason.code,
    requestId: ctx.requestId,
  });
  return { nik: decryptNik(ctx.keyring, row), phone: decryptPhone(ctx.keyring, row) };
}

export type WorkerPatch = Omit<WorkerInput, 'nik' | 'isWageEarner'>;

/** Corrects a worker's data (not the NIK): checked like a registration, audited before/after (masked). */
export async function updateWorker(ctx: RegistryContext, id: string, patch: WorkerPatch): Promise<TWorker> {
  const regions = await regionCache(ctx.db);
  await ctx.db.transaction().execute(async (trx) => {
    const before = await loadVisible({ ...ctx, db: trx }, id);
    if (before.status === 'merged') throw new AppError('INVALID_STATE', { details: { status: before.status } });
    const secret = await trx
      .selectFrom('workers')
      .select(['id', 'nik_ciphertext', 'nik_key_id', 'phone_ciphertext', 'phone_key_id'])
      .where('id', '=', id)
      .executeTakeFirstOrThrow();
    const current: WorkerInput = {
      nik: decryptNik(ctx.keyring, secret),
      fullName: before.full_name,
      birthDate: before.birth_date,
      sex: before.sex,
      villageCode: before.village_code,
      occupation: before.occupation_code,
      occupationOther: before.occupation_other,
      declaredIncome: before.income_bracket.toString(),
      phone: decryptPhone(ctx.keyring, secret),
      isDtks: before.is_dtks,
      p3keDecile: before.p3ke_decile,
      isWageEarner: false,
    };
    const merged: WorkerInput = { ...current };
    for (const [key, value] of Object.entries(patch)) if (value !== undefined) (merged as Record<string, unknown>)[key] = value;
    const check = checkWorker(merged, {
      book: ctx.book,
      regions,
      hasVillage: regions.hasVillage,
      scopes: registrationScopes(ctx.actor),
      today: jakartaToday(),
      // The age limit applies at first enrolment only: a registered worker keeps growing older.
      isAgeChecked: false,
    });
    if (!check.worker) throw new DomainError(check.errors);
    const w = check.worker;
    const phone = encryptPhone(ctx.keyring, id, w.phone);
    await trx
      .updateTable('workers')
      .set({
        full_name: w.fullName,
        name_norm: w.nameNorm,
        birth_date: w.birthDate,
        sex: w.sex,
        village_code: w.villageCode,
        regency_code: w.regencyCode,
        occupation_code: w.occupationCode,
        occupation_other: w.occupationOther,
        income_bracket: w.incomeBracket,
        phone_ciphertext: phone.ciphertext,
        phone_key_id: phone.keyId,
        phone_masked: phone.masked,
        is_dtks: w.isDtks,
        p3ke_decile: w.p3keDecile,
        updated_at: new Date(),
      })
      .where('id', '=', id)
      .execute();
    const after = (await viewQuery(trx, ctx.actor).where('workers.id', '=', id).executeTakeFirstOrThrow()) as WorkerViewRow;
    await flagProbableDuplicates(trx, { workerIds: [id] });
    await writeAudit(trx, { actorId: ctx.actor.userId, action: 'worker.update', entity: 'worker', entityId: id, before: auditView(before), after: auditView(after), requestId: ctx.requestId });
  });
  return getWorker(ctx, id);
}

export type HistoryEntry = { at: string; action: string; actor: string | null; reason: string | null; changes: { field: string; before: unknown; after: unknown }[] };

/** The audit trail of one worker: registration, verification, corrections, reveals, merges. */
export async function workerHistory(ctx: RegistryContext, id: string): Promise<HistoryEntry[]> {
  await loadVisible(ctx, id);
  const rows = await ctx.db
    .selectFrom('audit_log')
    .leftJoin('users', 'users.id', 'audit_log.actor_id')
    .select(['audit_log.at', 'audit_log.action', 'audit_log.before', 'audit_log.after', 'audit_log.reason', 'users.full_name'])
    .where('audit_log.entity', '=', 'worker')
    .where('audit_log.entity_id', '=', id)
    .orderBy('audit_log.at', 'desc')
    .limit(200)
    .execute();
  return rows.map((r) => {
    const before = (r.before ?? {}) as Record<string, unknown>;
    const after = (r.after ?? {}) as Record<string, unknown>;
    const fields = [...new Set([...Object.keys(before), ...Object.keys(after)])];
    const changes = fields
      .filter((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]))
      .map((field) => ({ field, before: before[field] ?? null, after: after[field] ?? null }));
    return { at: new Date(r.at).toISOString(), action: r.action, actor: r.full_name, reason: r.reason, changes };
  });
}

export { regionCache, type RegionCache };
