import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { pendingMigrations } from '../../db/migrate.ts';
import { allow } from '../../http/policy.ts';
import { sendError } from '../../http/error-handler.ts';

const ZHealth = z.object({
  status: z.literal('ok'),
  database: z.enum(['embedded', 'postgres']),
  version: z.string(),
});

const ZReady = z.object({
  status: z.enum(['ready', 'not_ready']),
  database: z.enum(['up', 'down']),
  pendingMigrations: z.array(z.string()),
});

export const healthRoutes: FastifyPluginAsyncZod = async (app) => {
  app.get(
    '/health',
    {
      config: { policy: allow.public },
      schema: { tags: ['sistem'], summary: 'Proses hidup (liveness)', response: { 200: ZHealth } },
    },
    async () => ({ status: 'ok' as const, database: app.deps.database.mode, version: app.deps.config.version }),
  );

  app.get(
    '/ready',
    {
      config: { policy: allow.public },
      schema: { tags: ['sistem'], summary: 'Siap melayani: database terjangkau dan migrasi lengkap', response: { 200: ZReady } },
    },
    async (request, reply) => {
      try {
        await app.deps.database.pool.query('select 1');
        const pending = await pendingMigrations(app.deps.database.db);
        if (pending.length > 0) {
          return sendError(request, reply, 'NOT_READY', { details: { database: 'up', pendingMigrations: pending } });
        }
        return { status: 'ready' as const, database: 'up' as const, pendingMigrations: [] };
      } catch {
        return sendError(request, reply, 'NOT_READY', { details: { database: 'down' } });
      }
    },
  );
};
