import { sql, type Kysely } from 'kysely';
import { newId } from '../../lib/ids.ts';
import type { DB } from '../../db/schema.ts';
import { normalizeName } from '../../domain/worker-input.ts';
import type { Keyring } from '../../lib/crypto.ts';
import { insertWorkers, type WorkerRowInput } from '../../modules/workers/repository.ts';
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
    branchIdByCode: new Map(DEMO_BRANCHES.map((b) => [b.code, newId()])),
    donorOrgIdByKey: new Map(DEMO_DONOR_ORGS.map((o) => [o.key, newId()])),
    userIdByEmail: new Map(DEMO_STAFF.map((s) => [s.email, newId()])),
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

/** Inserts one chunk of demo workers through the registry's own insert (encryption, NIK index). */
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
  const rows: WorkerRowInput[] = workers.map((worker) => {
    const officerId = registrars.officerIdByArea.get(worker.areaKey) as string;
    return {
      ...worker,
      id: newId(),
      nameNorm: normalizeName(worker.fullName),
      isWageEarner: false,
      source: 'demo',
      registeredBy: worker.registeredBy === 'agent' ? registrars.agentId : officerId,
      verifiedBy: worker.status === 'verified' ? officerId : null,
      importId: null,
    };
  });
  const inserted = await insertWorkers(trx, keyring, rows);
  if (inserted.size !== rows.length) throw new Error('Data demo: NIK ganda dalam satu angkatan');
}
