import { sql, type Expression, type ExpressionBuilder, type Kysely, type SqlBool } from 'kysely';
import type { DB, WorkerStatus } from '../../db/schema.ts';
import { maskPhone } from '../../domain/contact.ts';
import type { CheckedWorker } from '../../domain/worker-input.ts';
import { blindIndex, decryptField, encryptField, type Keyring } from '../../lib/crypto.ts';
import type { Actor } from '../../http/policy.ts';

/**
 * SQL of the worker registry. Personal data is encrypted here and nowhere else: the NIK and the
 * phone as AES-256-GCM bound to the row id (a ciphertext copied to another row does not decrypt),
 * the NIK's keyed blind index for uniqueness and lookup, and the masked forms kept in clear
 * (first four and last four NIK digits, a masked phone).
 */
export const NIK_INDEX_CONTEXT = 'worker.nik';
export const nikContext = (workerId: string) => `workers.nik:${workerId}`;
export const phoneContext = (workerId: string) => `workers.phone:${workerId}`;

export function nikBlindIndex(keyring: Keyring, nik: string): Buffer {
  return blindIndex(keyring, nik, NIK_INDEX_CONTEXT);
}

export type WorkerRowInput = CheckedWorker & {
  id: string;
  status: WorkerStatus;
  source: 'form' | 'import' | 'demo';
  registeredBy: string | null;
  verifiedBy: string | null;
  importId: string | null;
  /** The NIK's blind index when the caller has already computed it. */
  nikBidx?: Buffer;
};

/** One column array per column: a statement has the same 25 parameters whatever the batch size. */
export function workerColumns(keyring: Keyring, rows: readonly WorkerRowInput[]) {
  const c = {
    id: [] as string[], nikCiphertext: [] as Buffer[], nikKeyId: [] as string[], nikBidx: [] as Buffer[], nikLast4: [] as string[],
    nikPrefix4: [] as string[], fullName: [] as string[], nameNorm: [] as string[], birthDate: [] as string[], sex: [] as string[],
    villageCode: [] as string[], regencyCode: [] as string[], occupationCode: [] as string[], occupationOther: [] as (string | null)[],
    incomeBracket: [] as bigint[], phoneCiphertext: [] as (Buffer | null)[], phoneKeyId: [] as (string | null)[],
    phoneMasked: [] as (string | null)[], isDtks: [] as boolean[], p3keDecile: [] as (number | null)[], isWageEarner: [] as boolean[],
    status: [] as string[], source: [] as string[], registeredBy: [] as (string | null)[], verifiedBy: [] as (string | null)[],
    importId: [] as (string | null)[],
  };
  for (const w of rows) {
    const nik = encryptField(keyring, w.nik, nikContext(w.id));
    const phone = w.phone ? encryptField(keyring, w.phone, phoneContext(w.id)) : null;
    c.id.push(w.id);
    c.nikCiphertext.push(nik.ciphertext);
    c.nikKeyId.push(nik.keyId);
    c.nikBidx.push(w.nikBidx ?? nikBlindIndex(keyring, w.nik));
    c.nikLast4.push(w.nik.slice(-4));
    c.nikPrefix4.push(w.nik.slice(0, 4));
    c.fullName.push(w.fullName);
    c.nameNorm.push(w.nameNorm);
    c.birthDate.push(w.birthDate);
    c.sex.push(w.sex);
    c.villageCode.push(w.villageCode);
    c.regencyCode.push(w.regencyCode);
    c.occupationCode.push(w.occupationCode);
    c.occupationOther.push(w.occupationOther);
    c.incomeBracket.push(w.incomeBracket);
    c.phoneCiphertext.push(phone?.ciphertext ?? null);
    c.phoneKeyId.push(phone?.keyId ?? null);
    c.phoneMasked.push(w.phone ? maskPhone(w.phone) : null);
    c.isDtks.push(w.isDtks);
    c.p3keDecile.push(w.p3keDecile);
    c.isWageEarner.push(w.isWageEarner);
    c.status.push(w.status);
    c.source.push(w.source);
    c.registeredBy.push(w.registeredBy);
    c.verifiedBy.push(w.verifiedBy);
    c.importId.push(w.importId);
  }
  return c;
}

export type WorkerColumns = ReturnType<typeof workerColumns>;

/** An import's bookkeeping, written in the same statement as its batch (one round trip, atomic). */
export type ImportBatchBookkeeping = {
  importId: string;
  rowNumbers: readonly number[];
  lastRow: number;
  total: number | null;
  /** The batch's other row issues (a one-pass import checks and writes in the same statement). */
  rowIssues?: { rows: number[]; seq: number[]; severity: string[]; column: (string | null)[]; code: string[]; params: (string | null)[] };
};

export async function insertWorkers(db: Kysely<DB>, keyring: Keyring, rows: readonly WorkerRowInput[]): Promise<Set<string>> {
  const c = workerColumns(keyring, rows);
  const { skipped } = await insertWorkerColumns(db, c);
  const skippedIds = new Set(skipped.map((i) => c.id[i]!));
  return new Set(c.id.filter((id) => !skippedIds.has(id)));
}

export type InsertResult = { inserted: number; /** Positions (0-based) of the rows not inserted: their NIK was registered. */ skipped: number[] };

/**
 * Inserts workers whose NIK is not registered yet, in one statement: the NIK index rows first
 * (ON CONFLICT DO NOTHING on the blind index, so a NIK registered meanwhile by someone else is
 * skipped, never written twice), then the worker rows of exactly the index rows that went in.
 * With an import's bookkeeping, the same statement records each skipped row as an issue and
 * advances the import's progress. Only a count and the skipped positions come back.
 */
export async function insertWorkerColumns(db: Kysely<DB>, c: WorkerColumns, bookkeeping?: ImportBatchBookkeeping): Promise<InsertResult> {
  if (c.id.length === 0 && !bookkeeping?.rowIssues?.rows.length) return { inserted: 0, skipped: [] };
  const extra = bookkeeping
    ? sql`,
    issues as (
      insert into worker_import_issues (import_id, row_number, seq, severity, column_name, code, params)
      select ${bookkeeping.importId}::uuid, (${[...bookkeeping.rowNumbers]}::int4[])[s.position], 100, 'error', null, 'NIK_ALREADY_REGISTERED', null
      from skipped s
      on conflict do nothing
    ),
    row_issues as (
      insert into worker_import_issues (import_id, row_number, seq, severity, column_name, code, params)
      select ${bookkeeping.importId}::uuid, * from unnest(
        ${bookkeeping.rowIssues?.rows ?? []}::int4[], ${bookkeeping.rowIssues?.seq ?? []}::int2[], ${bookkeeping.rowIssues?.severity ?? []}::text[],
        ${bookkeeping.rowIssues?.column ?? []}::text[], ${bookkeeping.rowIssues?.code ?? []}::text[], ${bookkeeping.rowIssues?.params ?? []}::jsonb[])
      on conflict do nothing
    ),
    progress as (
      update worker_imports
      set committed_rows = committed_rows + n.count, progress_done = committed_rows + n.count,
          committed_through = ${bookkeeping.lastRow}, progress_total = ${bookkeeping.total}
      from (select count(*)::int as count from inserted) n
      where id = ${bookkeeping.importId}::uuid
    )`
    : sql``;
  const result = await sql<{ inserted: number; skipped: number[] }>`
    with input as (
      select * from unnest(
        ${c.id}::uuid[], ${c.nikCiphertext}::bytea[], ${c.nikKeyId}::text[], ${c.nikBidx}::bytea[], ${c.nikLast4}::text[],
        ${c.nikPrefix4}::text[], ${c.fullName}::text[], ${c.nameNorm}::text[], ${c.birthDate}::date[], ${c.sex}::text[],
        ${c.villageCode}::text[], ${c.regencyCode}::text[], ${c.occupationCode}::text[], ${c.occupationOther}::text[],
        ${c.incomeBracket}::int8[], ${c.phoneCiphertext}::bytea[], ${c.phoneKeyId}::text[], ${c.phoneMasked}::text[],
        ${c.isDtks}::bool[], ${c.p3keDecile}::int2[], ${c.isWageEarner}::bool[], ${c.status}::text[], ${c.source}::text[],
        ${c.registeredBy}::uuid[], ${c.verifiedBy}::uuid[], ${c.importId}::uuid[]
      ) with ordinality as t(id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, nik_prefix4, full_name, name_norm, birth_date, sex,
             village_code, regency_code, occupation_code, occupation_other, income_bracket, phone_ciphertext, phone_key_id,
             phone_masked, is_dtks, p3ke_decile, is_wage_earner, status, source, registered_by, verified_by, import_id, position)
    ),
    indexed as (
      insert into worker_nik_index (nik_bidx, worker_id)
      select nik_bidx, id from input
      on conflict (nik_bidx) do nothing
      returning worker_id
    ),
    inserted as (
      insert into workers (
        id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, nik_prefix4, full_name, name_norm, birth_date, sex,
        village_code, regency_code, occupation_code, occupation_other, income_bracket, phone_ciphertext, phone_key_id,
        phone_masked, is_dtks, p3ke_decile, is_wage_earner, status, source, registered_by, verified_by, verified_at, import_id
      )
      select id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, nik_prefix4, full_name, name_norm, birth_date, sex,
             village_code, regency_code, occupation_code, occupation_other, income_bracket, phone_ciphertext, phone_key_id,
             phone_masked, is_dtks, p3ke_decile, is_wage_earner, status, source, registered_by, verified_by,
             case when verified_by is null then null else now() end, import_id
      from input
      where id in (select worker_id from indexed)
      returning id
    ),
    skipped as (
      select position from input where not exists (select 1 from indexed where indexed.worker_id = input.id)
    )${extra}
    select (select count(*)::int from inserted) as inserted,
           coalesce((select array_agg((position - 1)::int order by position) from skipped), '{}') as skipped
  `.execute(db);
  const row = result.rows[0]!;
  return { inserted: row.inserted, skipped: row.skipped };
}

/** Worker ids by NIK blind index, for the NIKs that are already registered. */
export async function registeredByBlindIndex(db: Kysely<DB>, indexes: readonly Buffer[]): Promise<Map<string, string>> {
  if (indexes.length === 0) return new Map();
  const rows = await sql<{ nik_bidx: Buffer; worker_id: string }>`
    select nik_bidx, worker_id from worker_nik_index where nik_bidx = any(${[...indexes]}::bytea[])
  `.execute(db);
  return new Map(rows.rows.map((r) => [r.nik_bidx.toString('hex'), r.worker_id]));
}

export function decryptNik(keyring: Keyring, row: { id: string; nik_ciphertext: Buffer; nik_key_id: string }): string {
  return decryptField(keyring, { keyId: row.nik_key_id, ciphertext: row.nik_ciphertext }, nikContext(row.id));
}

/** A phone number's stored columns: ciphertext bound to the row, key id, masked form. */
export function encryptPhone(keyring: Keyring, workerId: string, phone: string | null) {
  if (!phone) return { ciphertext: null, keyId: null, masked: null };
  const encrypted = encryptField(keyring, phone, phoneContext(workerId));
  return { ciphertext: encrypted.ciphertext, keyId: encrypted.keyId, masked: maskPhone(phone) };
}

export function decryptPhone(keyring: Keyring, row: { id: string; phone_ciphertext: Buffer | null; phone_key_id: string | null }): string | null {
  if (!row.phone_ciphertext || !row.phone_key_id) return null;
  return decryptField(keyring, { keyId: row.phone_key_id, ciphertext: row.phone_ciphertext }, phoneContext(row.id));
}

/**
 * Which workers an actor may see, as SQL: officers, agents and gov users by region-code prefix of the
 * domicile village; admins all; donors only the workers their donations protect (none until a
 * donation covers them); jury none. Outside the scope a worker does not exist (404).
 */
export function workerScope(actor: Actor) {
  return (eb: ExpressionBuilder<DB, 'workers'>): Expression<SqlBool> => {
    switch (actor.role) {
      case 'admin':
        return sql<boolean>`true`;
      case 'officer':
      case 'agent':
      case 'gov': {
        if (actor.regionScopes.length === 0) return sql<boolean>`false`;
        return eb.or(
          actor.regionScopes.flatMap((scope) => [eb('workers.village_code', '=', scope), eb('workers.village_code', 'like', `${scope}.%`)]),
        );
      }
      case 'donor':
        // Donors see the workers their donations protect.
        if (!actor.donorOrgId) return sql<boolean>`false`;
        return eb.exists(
          eb
            .selectFrom('coverage_months')
            .select(sql`1`.as('one'))
            .whereRef('coverage_months.worker_id', '=', 'workers.id')
            .where('coverage_months.donor_org_id', '=', actor.donorOrgId),
        );
      default:
        return sql<boolean>`false`;
    }
  };
}
