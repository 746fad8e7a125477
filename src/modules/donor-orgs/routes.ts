import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { DONOR_TYPES } from '../../db/schema.ts';
import { allow } from '../../http/policy.ts';

const ZDonorOrg = z
  .object({ id: z.string(), displayName: z.string(), type: z.enum(DONOR_TYPES as unknown as [string, ...string[]]) })
  .meta({ id: 'DonorOrgSummary' });

export const donorOrgRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  app.get(
    '/donor-orgs',
    {
      config: { policy: allow.roles('admin', 'officer') },
      schema: { tags: ['donatur'], summary: 'Daftar organisasi donatur', response: { 200: z.object({ items: z.array(ZDonorOrg) }) } },
    },
    async () => {
      const rows = await db.selectFrom('donor_orgs').select(['id', 'display_name', 'type']).orderBy('display_name').execute();
      return { items: rows.map((r) => ({ id: r.id, displayName: r.display_name, type: r.type })) };
    },
  );
};
