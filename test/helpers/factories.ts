import { randomInt } from 'node:crypto';
import type { Database } from '../../src/db/database.ts';

/**
 * Test data with structurally valid NIKs. Birth dates and serials are random, so tests sharing one
 * database do not collide (1 in ~10^8 for two NIKs of the same district).
 */
export function randomNik(options: { districtCode: string; sex?: 'L' | 'P'; birthYear?: number }): { nik: string; birthDate: string; sex: 'L' | 'P' } {
  const sex = options.sex ?? (randomInt(2) === 0 ? 'L' : 'P');
  const year = options.birthYear ?? 1965 + randomInt(40);
  const month = 1 + randomInt(12);
  const day = 1 + randomInt(28);
  const dd = sex === 'P' ? day + 40 : day;
  const two = (n: number) => String(n).padStart(2, '0');
  const nik = `${options.districtCode.replaceAll('.', '')}${two(dd)}${two(month)}${two(year % 100)}${String(1 + randomInt(9999)).padStart(4, '0')}`;
  return { nik, birthDate: `${year}-${two(month)}-${two(day)}`, sex };
}

/** The first village of a region (by code), and its district. */
export async function villageIn(database: Database, prefix: string): Promise<{ villageCode: string; districtCode: string }> {
  const row = await database.db
    .selectFrom('regions')
    .select('code')
    .where('level', '=', 4)
    .where('code', 'like', `${prefix}.%`)
    .orderBy('code')
    .executeTakeFirstOrThrow();
  return { villageCode: row.code, districtCode: row.code.slice(0, 8) };
}

/** A registration body for POST /api/workers in the given region. */
export async function workerInput(database: Database, prefix: string, overrides: Record<string, unknown> = {}) {
  const { villageCode, districtCode } = await villageIn(database, prefix);
  const { nik } = randomNik({ districtCode });
  return { nik, fullName: `Pekerja Uji ${randomName()}`, villageCode, occupation: 'PETANI', phone: '0812-3456-7890', ...overrides };
}

/** A random word of letters, to keep test names unique (names may not contain digits). */
export function randomName(length = 8): string {
  return Array.from({ length }, (_, i) => String.fromCharCode((i === 0 ? 65 : 97) + randomInt(26))).join('');
}
