import { sql, type Kysely } from 'kysely';
import { v7 as uuidv7 } from 'uuid';
import type { DB } from '../../db/schema.ts';
import { blindIndex, encryptField, type Keyring } from '../../lib/crypto.ts';
import { ADMIN_EMAIL, AGENT_EMAIL, DEMO_STAFF } from './accounts.ts';
import { DEMO_BRANCHES, DEMO_DONOR_ORGS } from './donors.ts';
import { DEMO_AREAS, type AreaKey } from './profiles.ts';
import type { DemoVillage, DemoWorker } from './workers.ts';

/** Database reads and writes of the demo seed. Every write takes the caller's transaction. */

export async function isDemoPresent(db: Kysely<DB>): Promise<boolean> {
  const admin = await db
    .selectFrom('users')
    .select('id')
    .where(sql<string>`lower(email)`, '=', ADMIN_EMAIL)
    .executeTakeFirst();
  return admin !== undefined;
}

/** The villages of the demo areas, from the region table (idn-area-data). */
export async function loadDemoVillages(db: Kysely<DB>): Promise<DemoVillage[]> {
  const anyRegion = await db.selectFrom('regions').select('code').limit(1).executeTakeFirst();
  if (!anyRegion) {
    throw new Error('Tabel wilayah (regions) masih kosong: muat data wilayah Kemendagri dulu sebelum membuat data demo.');
  }
  return db
    .selectFrom('regions')
    .select(['code', 'kind'])
    .where('level', '=', 4)
    .where((eb) => eb.or(DEMO_AREAS.map((area) => eb('code', 'like', `${area.regionCode}.%`))))
    .execute();
}

/** Ids of what the organisation part of the seed writes, for the worker rows to refer to. */
export type DemoIds = {
  branchIdByCode: ReadonlyMap<string, string>;
  donorOrgIdByKey: ReadonlyMap<string, string>;
  userIdByEmail: ReadonlyMap<string, string>;
};

export function newDemoIds(): DemoIds {
  return {
    branchIdByCode: new Map(DEMO_BRANCHES.map((b) => [b.code, uuidv7()])),
    donorOrgIdByKey: new Map(DEMO_DONOR_ORGS.map((o) => [o.key, uuidv7()])),
    userIdByEmail: new Map(DEMO_STAFF.map((s) => [s.email, uuidv7()])),
  };
}

function idOf(ids: ReadonlyMap<string, string>, key: string): string {
  const id = ids.get(key);
  if (!id) throw new Error(`Data demo tidak konsisten: "${key}" tidak dikenal`);
  return id;
}

export async function insertBranches(trx: Kysely<DB>, ids: DemoIds): Promise<number> {
  await trx
    .insertInto('branches')
    .values(DEMO_BRANCHES.map((b) => ({ id: idOf(ids.branchIdByCode, b.code), code: b.code, name: b.name, region_scopes: [...b.regionScopes] })))
    .execute();
  return DEMO_BRANCHES.length;
}

export async function insertDonorOrgs(trx: Kysely<DB>, ids: DemoIds): Promise<number> {
  await trx
    .insertInto('donor_orgs')
    .values(
      DEMO_DONOR_ORGS.map((o) => ({
        id: idOf(ids.donorOrgIdByKey, o.key),
        type: o.type,
        legal_name: o.legalName,
        display_name: o.displayName,
        region_code: o.regionCode,
        is_public_name_consented: o.isPublicNameConsented,
      })),
    )
    .execute();
  return DEMO_DONOR_ORGS.length;
}

export async function insertStaff(trx: Kysely<DB>, ids: DemoIds, passwordHash: string): Promise<number> {
  await trx
    .insertInto('users')
    .values(
      DEMO_STAFF.map((s) => ({
        id: idOf(ids.userIdByEmail, s.email),
        email: s.email,
        password_hash: passwordHash,
        full_name: s.fullName,
        role: s.role,
        region_scopes: [...s.regionScopes],
        branch_id: s.branchCode ? idOf(ids.branchIdByCode, s.branchCode) : null,
        donor_org_id: s.donorOrgKey ? idOf(ids.donorOrgIdByKey, s.donorOrgKey) : null,
      })),
    )
    .execute();
  return DEMO_STAFF.length;
}

/** Who registers and verifies the workers of each area. */
export type Registrars = { officerIdByArea: ReadonlyMap<AreaKey, string>; agentId: string };

export function registrarsOf(ids: DemoIds): Registrars {
  const officerIdByArea = new Map<AreaKey, string>();
  for (const staff of DEMO_STAFF) {
    if (staff.officerOfArea) officerIdByArea.set(staff.officerOfArea, idOf(ids.userIdByEmail, staff.email));
  }
  for (const area of DEMO_AREAS) {
    if (!officerIdByArea.has(area.key)) throw new Error(`Data demo tidak konsisten: tidak ada petugas untuk ${area.label}`);
  }
  return { officerIdByArea, agentId: idOf(ids.userIdByEmail, AGENT_EMAIL) };
}

/** One column array per inserted column; rows are the array positions. */
type WorkerColumns = {
  id: string[];
  nikCiphertext: Buffer[];
  nikKeyId: string[];
  nikBidx: Buffer[];
  nikLast4: string[];
  fullName: string[];
  birthDate: string[];
  sex: string[];
  villageCode: string[];
  regencyCode: string[];
  occupationCode: string[];
  occupationOther: (string | null)[];
  incomeBracket: bigint[];
  phoneCiphertext: (Buffer | null)[];
  phoneKeyId: (string | null)[];
  isDtks: boolean[];
  p3keDecile: (number | null)[];
  status: string[];
  registeredBy: string[];
  verifiedBy: (string | null)[];
};

function toColumns({ workers, keyring, registrars }: { workers: readonly DemoWorker[]; keyring: Keyring; registrars: Registrars }): WorkerColumns {
  const columns: WorkerColumns = {
    id: [], nikCiphertext: [], nikKeyId: [], nikBidx: [], nikLast4: [], fullName: [], birthDate: [], sex: [],
    villageCode: [], regencyCode: [], occupationCode: [], occupationOther: [], incomeBracket: [], phoneCiphertext: [],
    phoneKeyId: [], isDtks: [], p3keDecile: [], status: [], registeredBy: [], verifiedBy: [],
  };
  for (const worker of workers) {
    const officerId = registrars.officerIdByArea.get(worker.areaKey) as string;
    const nik = encryptField(keyring, worker.nik, 'worker.nik');
    const phone = worker.phone === null ? null : encryptField(keyring, worker.phone, 'worker.phone');
    columns.id.push(uuidv7());
    columns.nikCiphertext.push(nik.ciphertext);
    columns.nikKeyId.push(nik.keyId);
    columns.nikBidx.push(blindIndex(keyring, worker.nik, 'worker.nik'));
    columns.nikLast4.push(worker.nik.slice(-4));
    columns.fullName.push(worker.fullName);
    columns.birthDate.push(worker.birthDate);
    columns.sex.push(worker.sex);
    columns.villageCode.push(worker.villageCode);
    columns.regencyCode.push(worker.regencyCode);
    columns.occupationCode.push(worker.occupationCode);
    columns.occupationOther.push(worker.occupationOther);
    columns.incomeBracket.push(worker.incomeBracket);
    columns.phoneCiphertext.push(phone?.ciphertext ?? null);
    columns.phoneKeyId.push(phone?.keyId ?? null);
    columns.isDtks.push(worker.isDtks);
    columns.p3keDecile.push(worker.p3keDecile);
    columns.status.push(worker.status);
    columns.registeredBy.push(worker.registeredBy === 'agent' ? registrars.agentId : officerId);
    columns.verifiedBy.push(worker.status === 'verified' ? officerId : null);
  }
  return columns;
}

/**
 * Inserts one chunk of workers and their NIK index rows through column arrays (unnest): 20
 * parameters per statement whatever the chunk size, far below PostgreSQL's 65,535 limit.
 */
export async function insertWorkerChunk({
  trx,
  keyring,
  registrars,
  workers,
}: {
  trx: Kysely<DB>;
  keyring: Keyring;
  registrars: Registrars;
  workers: readonly DemoWorker[];
}): Promise<void> {
  const c = toColumns({ workers, keyring, registrars });
  await sql`
    insert into workers (
      id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, full_name, birth_date, sex, village_code, regency_code,
      occupation_code, occupation_other, income_bracket, phone_ciphertext, phone_key_id, is_dtks, p3ke_decile, status,
      registered_by, verified_by
    )
    select * from unnest(
      ${c.id}::uuid[], ${c.nikCiphertext}::bytea[], ${c.nikKeyId}::text[], ${c.nikBidx}::bytea[], ${c.nikLast4}::text[],
      ${c.fullName}::text[], ${c.birthDate}::date[], ${c.sex}::text[], ${c.villageCode}::text[], ${c.regencyCode}::text[],
      ${c.occupationCode}::text[], ${c.occupationOther}::text[], ${c.incomeBracket}::int8[], ${c.phoneCiphertext}::bytea[],
      ${c.phoneKeyId}::text[], ${c.isDtks}::bool[], ${c.p3keDecile}::int2[], ${c.status}::text[], ${c.registeredBy}::uuid[],
      ${c.verifiedBy}::uuid[]
    )
  `.execute(trx);
  await sql`
    insert into worker_nik_index (nik_bidx, worker_id)
    select * from unnest(${c.nikBidx}::bytea[], ${c.id}::uuid[])
  `.execute(trx);
}
