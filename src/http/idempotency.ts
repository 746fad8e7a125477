import { createHash } from 'node:crypto';
import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Kysely } from 'kysely';
import type { DB } from '../db/schema.ts';
import { AppError } from './errors.ts';

/**
 * Idempotency keys on mutating API calls (reliability.md M-07): a request with an
 * `Idempotency-Key` header is executed once; a retry with the same key and the same body gets the
 * first response again (header `idempotent-replayed: true`); the same key with a different body is
 * refused (422 IDEMPOTENCY_KEY_REUSED); while the first is still running, 409. Keys are per caller
 * and kept 24 hours. The operations themselves are also idempotent through database constraints.
 */
const KEY_RE = /^[A-Za-z0-9_.:-]{8,200}$/;
const IN_PROGRESS_STALE_MS = 5 * 60_000;
const UNSAFE = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyRequest {
    idempotency: { actorKey: string; key: string } | null;
  }
}

function canonical(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    return `{${Object.keys(value)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical((value as Record<string, unknown>)[k])}`)
      .join(',')}}`;
  }
  return JSON.stringify(value ?? null);
}

export function registerIdempotency(app: FastifyInstance, db: Kysely<DB>): void {
  app.decorateRequest('idempotency', null);

  app.addHook('preHandler', async (request: FastifyRequest, reply: FastifyReply) => {
    const header = request.headers['idempotency-key'];
    if (typeof header !== 'string' || !UNSAFE.has(request.method) || !request.url.startsWith('/api/')) return;
    if (request.isMultipart?.()) return;
    if (!KEY_RE.test(header)) {
      throw new AppError('VALIDATION_FAILED', { details: { fields: [{ path: 'Idempotency-Key', code: 'invalid', message: '8–200 characters A-Z a-z 0-9 _ . : -' }] } });
    }
    const actorKey = request.actor ? `user:${request.actor.userId}` : `ip:${request.ip}`;
    const route = `${request.method} ${request.routeOptions.url}`;
    const hash = createHash('sha256').update(`${route}\n${canonical(request.params)}\n${canonical(request.body)}`).digest();
    const claimed = await db
      .insertInto('idempotency_keys')
      .values({ actor_key: actorKey, key: header, route, request_hash: hash, status: 'in_progress' })
      .onConflict((oc) => oc.columns(['actor_key', 'key']).doNothing())
      .returning('key')
      .executeTakeFirst();
    if (claimed) {
      request.idempotency = { actorKey, key: header };
      return;
    }
    const existing = await db.selectFrom('idempotency_keys').selectAll().where('actor_key', '=', actorKey).where('key', '=', header).executeTakeFirstOrThrow();
    if (!existing.request_hash.equals(hash) || existing.route !== route) throw new AppError('IDEMPOTENCY_KEY_REUSED');
    if (existing.status === 'done') {
      reply.header('idempotent-replayed', 'true');
      return reply.code(existing.response_status ?? 200).type('application/json; charset=utf-8').send(existing.response_body);
    }
    if (Date.now() - existing.created_at.getTime() < IN_PROGRESS_STALE_MS) throw new AppError('IDEMPOTENCY_IN_PROGRESS', { headers: { 'retry-after': '5' } });
    // The first attempt died without an answer: this one takes over.
    await db.updateTable('idempotency_keys').set({ created_at: new Date() }).where('actor_key', '=', actorKey).where('key', '=', header).execute();
    request.idempotency = { actorKey, key: header };
  });

  app.addHook('onSend', async (request, reply, payload) => {
    const claim = request.idempotency;
    if (!claim) return payload;
    request.idempotency = null;
    if (reply.statusCode >= 500 || reply.statusCode === 429) {
      // A fault of ours, or a rate limit: the operation did not run, so a retry should run it.
      await db.deleteFrom('idempotency_keys').where('actor_key', '=', claim.actorKey).where('key', '=', claim.key).execute();
      return payload;
    }
    let body: unknown = null;
    try {
      body = typeof payload === 'string' && payload.length > 0 ? JSON.parse(payload) : null;
    } catch {
      body = null;
    }
    await db
      .updateTable('idempotency_keys')
      .set({ status: 'done', response_status: reply.statusCode, response_body: JSON.stringify(body), completed_at: new Date() })
      .where('actor_key', '=', claim.actorKey)
      .where('key', '=', claim.key)
      .execute();
    return payload;
  });
}

/** Keys older than a day are forgotten (housekeeping job). */
export async function purgeIdempotencyKeys(db: Kysely<DB>): Promise<void> {
  await db.deleteFrom('idempotency_keys').where('created_at', '<', new Date(Date.now() - 24 * 3_600_000)).execute();
}
