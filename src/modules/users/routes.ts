import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { allow } from '../../http/policy.ts';
import { requireActor } from '../auth/routes.ts';
import { ZCreateUserBody, ZListUsersQuery, ZUserIdParams, ZUserSummary } from './schemas.ts';
import { createUser, listUsers, setUserDisabled } from './service.ts';

const ZUserResponse = z.object({ user: ZUserSummary });

export const userRoutes: FastifyPluginAsyncZod = async (app) => {
  const db = app.deps.database.db;
  const adminOnly = { policy: allow.roles('admin') };

  app.get(
    '/users',
    {
      config: adminOnly,
      schema: { tags: ['pengguna'], summary: 'Daftar pengguna', querystring: ZListUsersQuery, response: { 200: z.object({ items: z.array(ZUserSummary) }) } },
    },
    async (request) => ({ items: await listUsers(db, request.query) }),
  );

  app.post(
    '/users',
    {
      config: adminOnly,
      schema: { tags: ['pengguna'], summary: 'Buat pengguna', body: ZCreateUserBody, response: { 201: ZUserResponse } },
    },
    async (request, reply) => {
      const user = await createUser(db, { actor: requireActor(request), input: request.body, requestId: request.id });
      return reply.code(201).send({ user });
    },
  );

  for (const [action, isDisabled] of [['disable', true], ['enable', false]] as const) {
    app.post(
      `/users/:id/${action}`,
      {
        config: adminOnly,
        schema: {
          tags: ['pengguna'],
          summary: isDisabled ? 'Nonaktifkan pengguna (semua sesinya berakhir)' : 'Aktifkan kembali pengguna',
          params: ZUserIdParams,
          response: { 200: ZUserResponse },
        },
      },
      async (request) => ({
        user: await setUserDisabled(db, { actor: requireActor(request), userId: request.params.id, isDisabled, requestId: request.id }),
      }),
    );
  }
};
