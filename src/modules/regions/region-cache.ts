import type { Kysely } from 'kysely';
import type { DB } from '../../db/schema.ts';
import type { RegionCodeLookup } from '../../domain/nik.ts';
import { regionCodeLookup } from '../../domain/rules/region-history.ts';

/**
 * The region tree in memory (≈ 91k codes and names, a few MB): NIK checks, village validation of
 * registrations and imports, and names for answers, without a query per row. Loaded once per
 * database and process; the tree changes only when a new Kemendagri version is loaded at start.
 */
export type RegionCache = RegionCodeLookup & {
  hasVillage: (code: string) => boolean;
  nameOf: (code: string) => string | null;
  /** The code a (possibly historical) regency or district code has today. */
  currentCode: (code: string) => string;
};

const caches = new WeakMap<object, Promise<RegionCache>>();

export function regionCache(db: Kysely<DB>): Promise<RegionCache> {
  let cache = caches.get(db);
  if (!cache) {
    cache = loadRegionCache(db);
    caches.set(db, cache);
    cache.catch(() => caches.delete(db));
  }
  return cache;
}

async function loadRegionCache(db: Kysely<DB>): Promise<RegionCache> {
  const rows = await db.selectFrom('regions').select(['code', 'name', 'level']).execute();
  const names = new Map<string, string>();
  const byLevel: string[][] = [[], [], [], [], []];
  for (const row of rows) {
    names.set(row.code, row.name);
    byLevel[row.level]!.push(row.code);
  }
  const villages = new Set(byLevel[4]);
  const lookup = regionCodeLookup({ provinces: byLevel[1]!, regencies: byLevel[2]!, districts: byLevel[3]! });
  return {
    ...lookup,
    hasVillage: (code) => villages.has(code),
    nameOf: (code) => names.get(code) ?? null,
  };
}
