import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { sql, type ExpressionBuilder, type Kysely } from 'kysely';
import { z } from 'zod';
import type { DB } from '../../db/schema.ts';
import { allow, type Actor } from '../../http/policy.ts';
import { requireActor } from '../auth/routes.ts';
import { ZRole } from '../auth/schemas.ts';

const ZFigure = z.object({ key: z.string(), value: z.number().int() });
const ZHome = z.object({ role: ZRole, figures: z.array(ZFigure) }).meta({ id: 'Home' });

/** Rows whose village lies in one of the actor's region scopes (scopes are code prefixes). */
function villageInScope(eb: ExpressionBuilder<DB, 'workers'>, scopes: string[]) {
  return eb.or(scopes.map((scope) => eb('village_code', 'like', `${scope}.%`)));
}

async function figuresFor(db: Kysely<DB>, actor: Actor) {
  const regionCounts = async (scopes: string[] | null) => {
    const rows = await db
      .selectFrom('regions')
      .select(['level', sql<number>`count(*)::int`.as('n')])
      .$if(scopes !== null, (qb) => qb.where((eb) => eb.or(scopes!.map((s) => eb('code', 'like', `${s}.%`)))))
      .groupBy('level')
      .execute();
    const byLevel = new Map(rows.map((r) => [r.level, r.n]));
    return [
      { key: 'provinces', value: byLevel.get(1) ?? 0 },
      { key: 'regencies', value: byLevel.get(2) ?? 0 },
      { key: 'districts', value: byLevel.get(3) ?? 0 },
      { key: 'villages', value: byLevel.get(4) ?? 0 },
    ].filter((f) => scopes === null || f.key !== 'provinces');
  };
  const workerCounts = async (scopes: string[] | null) => {
    const row = await db
      .selectFrom('workers')
      .select([sql<number>`count(*)::int`.as('all'), sql<number>`count(*) filter (where status = 'verified')::int`.as('verified')])
      .$if(scopes !== null, (qb) => qb.where((eb) => villageInScope(eb, scopes!)))
      .executeTakeFirstOrThrow();
    return [
      { key: 'workers', value: row.all },
      { key: 'workersVerified', value: row.verified },
    ];
  };
  const count = async (table: 'users' | 'donor_orgs' | 'branches') =>
    (await db.selectFrom(table).select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n;

  switch (actor.role) {
    case 'admin':
      return [
        ...(await workerCounts(null)),
        { key: 'donorOrgs', value: await count('donor_orgs') },
        { key: 'users', value: await count('users') },
        { key: 'branches', value: await count('branches') },
        ...(await regionCounts(null)),
      ];
    case 'officer':
    case 'gov':
    case 'agent':
      return [...(await workerCounts(actor.regionScopes)), ...(await regionCounts(actor.regionScopes))];
    case 'jury':
      return regionCounts(null);
    case 'donor':
      // Donations are not built yet: a donor has nothing of its own to count so far.
      return [];
  }
}

export const homeRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/home',
    {
      config: { policy: allow.authenticated },
      schema: { tags: ['beranda'], summary: 'Angka ringkas untuk beranda, sesuai peran dan wilayah kerja', response: { 200: ZHome } },
    },
    async (request) => {
      const actor = requireActor(request);
      return { role: actor.role, figures: await figuresFor(app.deps.database.db, actor) };
    },
  );
};
