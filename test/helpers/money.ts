import { randomInt } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';
import { normalizeName } from '../../src/domain/worker-input.ts';
import type { Actor } from '../../src/http/policy.ts';
import type { Keyring } from '../../src/lib/crypto.ts';
import { newId } from '../../src/lib/ids.ts';
import { insertWorkers } from '../../src/modules/workers/repository.ts';
import { randomName, randomNik } from './factories.ts';

/** Verified workers written straight through the registry's insert (fast, for money tests). */
export async function seedVerifiedWorkers(
  database: Database,
  keyring: Keyring,
  options: { count: number; villageCode: string; occupation: string },
): Promise<string[]> {
  const rows = Array.from({ length: options.count }, () => {
    const person = randomNik({ districtCode: options.villageCode.slice(0, 8), birthYear: 1970 + randomInt(30) });
    const fullName = `Warga ${randomName()}`;
    return {
      id: newId(),
      nik: person.nik,
      fullName,
      nameNorm: normalizeName(fullName),
      birthDate: person.birthDate,
      sex: person.sex,
      villageCode: options.villageCode,
      regencyCode: options.villageCode.slice(0, 5),
      occupationCode: options.occupation,
      occupationOther: null,
      incomeBracket: 1_000_000n,
      phone: null,
      isDtks: false,
      p3keDecile: null,
      isWageEarner: false,
      status: 'verified' as const,
      source: 'form' as const,
      registeredBy: null,
      verifiedBy: null,
      importId: null,
    };
  });
  const inserted = await insertWorkers(database.db, keyring, rows);
  return rows.map((r) => r.id).filter((id) => inserted.has(id));
}

export async function newDonorOrg(database: Database, type: 'SWASTA' | 'BUMN' | 'PERORANGAN' = 'SWASTA'): Promise<string> {
  const id = newId();
  await database.db.insertInto('donor_orgs').values({ id, type, legal_name: `PT Uji ${randomName()}`, display_name: `Uji ${randomName()}`, region_code: null }).execute();
  return id;
}

export function systemActor(userId: string): Actor {
  return { userId, email: 'admin@uji.test', fullName: 'Admin Uji', role: 'admin', regionScopes: [], branchId: null, donorOrgId: null, locale: 'id', sessionTokenHash: Buffer.alloc(32) };
}

export function nextMonth(): string {
  const now = new Date(Date.now() + 7 * 3_600_000);
  return new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)).toISOString().slice(0, 7);
}
