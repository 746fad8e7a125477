import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { constantTimeEqual } from '../lib/crypto.ts';
import { csrfTokenFor, resolveSession, type SessionSettings } from '../modules/auth/sessions.ts';
import { AppError } from './errors.ts';

const UNSAFE_METHODS = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

export type CookieSettings = { name: string; isSecure: boolean };

export function sessionCookieSettings(isSecure: boolean): CookieSettings {
  // The __Host- prefix pins the cookie to this host, path / and Secure (browsers enforce it).
  return { name: isSecure ? '__Host-lingkaran_session' : 'lingkaran_session', isSecure };
}

/**
 * Resolves the session cookie into `request.actor`, then enforces, for every API request:
 * 1. CSRF: an unsafe method from a browser on another site is refused; with a session cookie,
 *    the `x-csrf-token` header must carry the session-bound token;
 * 2. the route's declared policy.
 */
export function registerAuthHooks(
  app: FastifyInstance,
  deps: { db: Kysely<DB>; sessions: SessionSettings; cookie: CookieSettings },
): void {
  app.decorateRequest('actor', null);

  app.addHook('onRequest', async (request) => {
    if (!request.url.startsWith('/api/')) return;
    const token = request.cookies[deps.cookie.name];
    if (token) request.actor = await resolveSession(deps.db, token, deps.sessions);

    if (UNSAFE_METHODS.has(request.method)) checkCsrf(request, deps);

    const policy = request.routeOptions.config.policy;
    if (!policy) return; // unknown route: the not-found handler answers
    if (policy.kind === 'public') return;
    if (!request.actor) throw new AppError('UNAUTHENTICATED');
    if (policy.kind === 'roles' && !policy.roles.includes(request.actor.role)) throw new AppError('FORBIDDEN');
  });
}

function checkCsrf(request: FastifyRequest, deps: { sessions: SessionSettings; cookie: CookieSettings }): void {
  // Browsers send Sec-Fetch-Site; a cross-site unsafe request is never legitimate here.
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    throw new AppError('CSRF_FAILED', { details: { reason: 'cross-site' } });
  }
  const origin = request.headers.origin;
  if (origin && origin !== 'null') {
    const host = request.headers.host;
    let originHost: string | undefined;
    try {
      originHost = new URL(origin).host;
    } catch {
      originHost = undefined;
    }
    if (!host || originHost !== host) throw new AppError('CSRF_FAILED', { details: { reason: 'origin' } });
  }
  if (!request.actor) return; // no session: nothing a forged request could ride on
  // Signing in replaces whatever session the browser still holds (the old one is dropped), so a
  // stale cookie must not block it; cross-site sign-in is already refused above.
  if (request.routeOptions.url === '/api/auth/login') return;
  const sent = request.headers['x-csrf-token'];
  const expected = csrfTokenFor(deps.sessions.secret, request.actor.sessionTokenHash);
  if (typeof sent !== 'string' || !constantTimeEqual(sent, expected)) {
    throw new AppError('CSRF_FAILED', { details: { reason: 'token' } });
  }
}
