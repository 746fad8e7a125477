import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql } from 'kysely';
import { z } from 'zod';
import { AppError } from '../../http/errors.ts';
import { allow } from '../../http/policy.ts';

const ZRegion = z
  .object({
    code: z.string(),
    name: z.string(),
    level: z.number().int().min(1).max(4),
    kind: z.enum(['provinsi', 'kabupaten', 'kota', 'kecamatan', 'desa', 'kelurahan', 'desa_adat']),
    parentCode: z.string().nullable(),
  })
  .meta({ id: 'Region' });

const ZRegionCode = z.string().regex(/^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/, 'Kode wilayah Kemendagri bertitik, mis. 62.02');

const ZRegionsQuery = z.strictObject({
  parent: ZRegionCode.optional().describe('Kode induk; tanpa parent dan q: daftar provinsi'),
  q: z.string().trim().min(2).max(100).optional().describe('Cari nama wilayah (tanpa membedakan huruf besar/kecil)'),
  level: z.enum(['1', '2', '3', '4']).optional().describe('Batasi pencarian ke satu tingkat: 1 provinsi … 4 desa/kelurahan'),
  limit: z.string().regex(/^\d{1,3}$/).optional().describe('Paling banyak hasil pencarian (1–100, bawaan 20)'),
});

const COLUMNS = ['code', 'name', 'level', 'kind', 'parent_code'] as const;
type Row = { code: string; name: string; level: number; kind: z.infer<typeof ZRegion>['kind']; parent_code: string | null };
const present = (r: Row) => ({ code: r.code, name: r.name, level: r.level, kind: r.kind, parentCode: r.parent_code });

/** Region tree (Kemendagri codes from idn-area-data, ODbL). Public reference data. */
export const regionRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;

  app.get(
    '/regions',
    {
      config: { policy: allow.public },
      schema: {
        tags: ['wilayah'],
        summary: 'Anak wilayah dari parent, atau cari wilayah dengan q',
        querystring: ZRegionsQuery,
        response: { 200: z.object({ items: z.array(ZRegion) }) },
      },
    },
    async (request) => {
      const { parent, q, level } = request.query;
      if (q) {
        const limit = Math.min(Math.max(Number(request.query.limit ?? 20), 1), 100);
        const needle = q.toLowerCase().replace(/[\\%_]/g, (c) => '\\' + c);
        const rows = await db
          .selectFrom('regions')
          .select(COLUMNS)
          .where(sql`lower(name)`, 'like', `%${needle}%`)
          .$if(Boolean(level), (qb) => qb.where('level', '=', Number(level)))
          .$if(Boolean(parent), (qb) => qb.where('code', 'like', `${parent}.%`))
          // Names that start with the query first, then higher levels, then alphabetical.
          .orderBy(sql`lower(name) like ${needle + '%'}`, 'desc')
          .orderBy('level')
          .orderBy('name')
          .limit(limit)
          .execute();
        return { items: rows.map(present) };
      }
      const rows = await db
        .selectFrom('regions')
        .select(COLUMNS)
        .$if(Boolean(parent), (qb) => qb.where('parent_code', '=', parent!))
        .$if(!parent, (qb) => qb.where('level', '=', 1))
        .orderBy('code')
        .execute();
      if (parent && rows.length === 0) {
        const exists = await db.selectFrom('regions').select('code').where('code', '=', parent).executeTakeFirst();
        if (!exists) throw new AppError('NOT_FOUND', { details: { parent } });
      }
      return { items: rows.map(present) };
    },
  );

  app.get(
    '/regions/:code',
    {
      config: { policy: allow.public },
      schema: {
        tags: ['wilayah'],
        summary: 'Satu wilayah dengan wilayah induknya (provinsi lebih dulu)',
        params: z.strictObject({ code: ZRegionCode }),
        response: { 200: z.object({ region: ZRegion, ancestors: z.array(ZRegion) }) },
      },
    },
    async (request) => {
      const { code } = request.params;
      const parts = code.split('.');
      const lineage = parts.map((_, i) => parts.slice(0, i + 1).join('.'));
      const rows = await db.selectFrom('regions').select(COLUMNS).where('code', 'in', lineage).orderBy('level').execute();
      const region = rows.find((r) => r.code === code);
      if (!region) throw new AppError('NOT_FOUND', { details: { code } });
      return { region: present(region), ancestors: rows.filter((r) => r.code !== code).map(present) };
    },
  );
};
