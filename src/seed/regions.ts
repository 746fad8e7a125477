import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import path from 'node:path';
import { sql, type Kysely } from 'kysely';
import type { DB, RegionKind } from '../db/schema.ts';
import type { ProgressReporter } from '../lib/progress.ts';

/**
 * The Kemendagri region tree from the CSV files of the `idn-area-data` package (ODbL 1.0; its
 * JavaScript API needs Node 22, so we read the CSVs). 38 provinces, 514 regencies/cities,
 * 7,277 districts, 83,763 villages.
 */
export const REGION_SOURCE = 'idn-area-data 3.1.2 (Kepmendagri 100.1.1-6117/2022)';

export type RegionRow = { code: string; parent_code: string | null; level: number; kind: RegionKind; name: string };

const ACRONYMS = new Set(['DKI']);

/** "KABUPATEN KOTAWARINGIN TIMUR" → "Kabupaten Kotawaringin Timur"; "DKI JAKARTA" → "DKI Jakarta". */
export function titleCase(upper: string): string {
  return upper
    .toLowerCase()
    .split(' ')
    .map((word) =>
      ACRONYMS.has(word.toUpperCase())
        ? word.toUpperCase()
        : word.replace(/(^|-|\()([a-z])/g, (_m, lead: string, letter: string) => lead + letter.toUpperCase()),
    )
    .join(' ');
}

function dataDir(): string {
  const require = createRequire(import.meta.url);
  return path.join(path.dirname(require.resolve('idn-area-data/package.json')), 'data');
}

async function readRows(file: string): Promise<[string, string, string | undefined][]> {
  const text = await readFile(path.join(dataDir(), file), 'utf8');
  return text
    .split(/\r?\n/)
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => {
      const first = line.indexOf(',');
      const second = line.indexOf(',', first + 1);
      if (second === -1) return [line.slice(0, first), line.slice(first + 1), undefined];
      return [line.slice(0, first), line.slice(first + 1, second), line.slice(second + 1)];
    });
}

/** All regions, parents before children. */
export async function readRegionTree(): Promise<RegionRow[]> {
  const [provinces, regencies, districts, villages] = await Promise.all(
    ['provinces.csv', 'regencies.csv', 'districts.csv', 'villages.csv'].map(readRows),
  );
  const villageKind = (code: string): RegionKind => {
    const first = code.split('.')[3]?.[0];
    return first === '1' ? 'kelurahan' : first === '3' ? 'desa_adat' : 'desa';
  };
  // Some village names carry a stray double quote where an apostrophe was meant (Soka"an).
  const clean = (name: string | undefined) => (name ?? '').replaceAll('"', "'").trim();
  return [
    ...provinces!.map(([code, name]) => ({ code, parent_code: null, level: 1, kind: 'provinsi' as const, name: titleCase(name) })),
    ...regencies!.map(([code, parent, name]) => ({
      code,
      parent_code: parent,
      level: 2,
      kind: (name?.startsWith('KOTA ') ? 'kota' : 'kabupaten') as RegionKind,
      name: titleCase(clean(name)),
    })),
    ...districts!.map(([code, parent, name]) => ({ code, parent_code: parent, level: 3, kind: 'kecamatan' as const, name: clean(name) })),
    ...villages!.map(([code, parent, name]) => ({ code, parent_code: parent, level: 4, kind: villageKind(code), name: clean(name) })),
  ];
}

const CHUNK = 5000;

/**
 * Loads or refreshes the region tree in one transaction (a half-loaded tree is never visible).
 * Skips the work when the table already holds exactly this source's rows.
 */
export async function seedRegions(
  db: Kysely<DB>,
  options: { onProgress?: ProgressReporter } = {},
): Promise<{ loaded: number; skipped: boolean }> {
  const rows = await readRegionTree();
  const existing = await db
    .selectFrom('regions')
    .select([sql<number>`count(*)::int`.as('n'), sql<number>`count(*) filter (where source_version = ${REGION_SOURCE})::int`.as('current')])
    .executeTakeFirstOrThrow();
  if (existing.n === rows.length && existing.current === rows.length) return { loaded: 0, skipped: true };

  await db.transaction().execute(async (trx) => {
    for (let start = 0; start < rows.length; start += CHUNK) {
      const chunk = rows.slice(start, start + CHUNK);
      await sql`
        insert into regions (code, parent_code, level, kind, name, source_version)
        select code, parent_code, level, kind, name, ${REGION_SOURCE}
        from unnest(${chunk.map((r) => r.code)}::text[], ${chunk.map((r) => r.parent_code)}::text[],
                    ${chunk.map((r) => r.level)}::int2[], ${chunk.map((r) => r.kind)}::text[], ${chunk.map((r) => r.name)}::text[])
             as t(code, parent_code, level, kind, name)
        on conflict (code) do update
          set parent_code = excluded.parent_code, level = excluded.level, kind = excluded.kind,
              name = excluded.name, source_version = excluded.source_version
      `.execute(trx);
      options.onProgress?.({ step: 'regions', done: Math.min(start + CHUNK, rows.length), total: rows.length });
    }
  });
  return { loaded: rows.length, skipped: false };
}
