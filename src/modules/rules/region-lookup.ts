import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import { regionCodeLookup } from '../../domain/rules/region-history.ts';

/**
 * Province, regency and district codes (≈ 7.8k) held in memory for NIK checks, with the historical
 * codes that valid NIKs still carry, and their names for the answer.
 */
export async function loadRegionLookup(db: Kysely<DB>) {
  const rows = await db.selectFrom('regions').select(['code', 'name', 'level']).where('level', '<=', 3).execute();
  const names = new Map(rows.map((r) => [r.code, r.name]));
  const lookup = regionCodeLookup({
    provinces: rows.filter((r) => r.level === 1).map((r) => r.code),
    regencies: rows.filter((r) => r.level === 2).map((r) => r.code),
    districts: rows.filter((r) => r.level === 3).map((r) => r.code),
  });
  return { ...lookup, nameOf: (code: string) => names.get(code) ?? null };
}
