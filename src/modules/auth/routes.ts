import type { FastifyReply, FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { z } from 'zod';
import { newId } from '../../lib/ids.ts';
import { sessionCookieSettings } from '../../http/auth-hooks.ts';
import { AppError } from '../../http/errors.ts';
import { allow } from '../../http/policy.ts';
import { sha256 } from '../../lib/crypto.ts';
import { login, LOGIN_WINDOW_MINUTES, MAX_FAILURES_PER_IP } from './login.ts';
import { loadMe } from './me.ts';
import { ZLoginBody, ZSessionResponse, ZUpdateMeBody } from './schemas.ts';
import { csrfTokenFor, deleteSession, type SessionSettings } from './sessions.ts';

export const authRoutes: FastifyPluginAsyncZod = async (app) => {
  const { config, database } = app.deps;
  const db = database.db;
  const cookie = sessionCookieSettings(config.cookieSecure);
  const settings: SessionSettings = {
    idleMinutes: config.sessionIdleMinutes,
    absoluteHours: config.sessionAbsoluteHours,
    secret: config.sessionSecret,
  };

  const clearCookie = (reply: FastifyReply) =>
    reply.clearCookie(cookie.name, { path: '/', httpOnly: true, secure: cookie.isSecure, sameSite: 'lax' });

  const sessionBody = async (userId: string, tokenHash: Buffer) => ({
    user: await loadMe(db, userId),
    csrfToken: csrfTokenFor(settings.secret, tokenHash),
  });

  app.post(
    '/auth/login',
    {
      config: {
        policy: allow.public,
        // A coarse per-address limit in front of the per-account counter in login().
        rateLimit: { max: MAX_FAILURES_PER_IP * 3, timeWindow: LOGIN_WINDOW_MINUTES * 60_000 },
      },
      schema: {
        tags: ['auth'],
        summary: 'Masuk dengan e-mail dan kata sandi',
        body: ZLoginBody,
        response: { 200: ZSessionResponse },
      },
    },
    async (request, reply) => {
      const { userId, token } = await login({
        db,
        email: request.body.email,
        password: request.body.password,
        ip: request.ip,
        userAgent: request.headers['user-agent'] ?? null,
        settings,
      });
      // Session fixation: a token presented before sign-in is dropped; the new one is fresh.
      if (request.actor) await deleteSession(db, request.actor.sessionTokenHash);
      reply.setCookie(cookie.name, token, {
        path: '/',
        httpOnly: true,
        secure: cookie.isSecure,
        sameSite: 'lax',
        maxAge: config.sessionAbsoluteHours * 3600,
      });
      return sessionBody(userId, sha256(token));
    },
  );

  app.post(
    '/auth/logout',
    {
      config: { policy: allow.authenticated },
      schema: { tags: ['auth'], summary: 'Keluar: sesi diakhiri', response: { 204: z.null().describe('Sesi diakhiri') } },
    },
    async (request, reply) => {
      const actor = requireActor(request);
      await deleteSession(db, actor.sessionTokenHash);
      await db.insertInto('auth_events').values({ id: newId(), kind: 'logout', user_id: actor.userId, ip: request.ip }).execute();
      clearCookie(reply);
      return reply.code(204).send(null);
    },
  );

  app.get(
    '/auth/me',
    {
      config: { policy: allow.authenticated },
      schema: { tags: ['auth'], summary: 'Pengguna yang sedang masuk', response: { 200: ZSessionResponse } },
    },
    async (request) => {
      const actor = requireActor(request);
      return sessionBody(actor.userId, actor.sessionTokenHash);
    },
  );

  app.patch(
    '/auth/me',
    {
      config: { policy: allow.authenticated },
      schema: {
        tags: ['auth'],
        summary: 'Ubah preferensi sendiri (bahasa)',
        body: ZUpdateMeBody,
        response: { 200: ZSessionResponse },
      },
    },
    async (request) => {
      const actor = requireActor(request);
      await db
        .updateTable('users')
        .set({ locale: request.body.locale, updated_at: new Date() })
        .where('id', '=', actor.userId)
        .execute();
      return sessionBody(actor.userId, actor.sessionTokenHash);
    },
  );
};

export function requireActor(request: FastifyRequest) {
  if (!request.actor) throw new AppError('UNAUTHENTICATED');
  return request.actor;
}
