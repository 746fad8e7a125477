import type { Kysely, Transaction } from 'kysely';
import { newId } from '../../lib/ids.ts';
import type { DB } from '../../db/schema.ts';

export type AuditEntry = {
  actorId: string | null;
  action: string;
  entity: string;
  entityId: string | null;
  before?: unknown;
  after?: unknown;
  reason?: string | null;
  requestId?: string | null;
};

/**
 * Appends one audit row. Call it with the same transaction as the change it records, so the
 * change and its audit row commit or roll back together. Callers pass masked values only.
 */
export async function writeAudit(db: Kysely<DB> | Transaction<DB>, entry: AuditEntry): Promise<void> {
  await db
    .insertInto('audit_log')
    .values({
      id: newId(),
      actor_id: entry.actorId,
      action: entry.action,
      entity: entry.entity,
      entity_id: entry.entityId,
      before: entry.before === undefined ? null : JSON.stringify(entry.before),
      after: entry.after === undefined ? null : JSON.stringify(entry.after),
      reason: entry.reason ?? null,
      request_id: entry.requestId ?? null,
    })
    .execute();
}
