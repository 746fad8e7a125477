import { sql, type Kysely, type Selectable } from 'kysely';
import type { DB, MessageChannel, MessagesTable } from '../../db/schema.ts';
import { decryptPhone } from '../workers/repository.ts';
import { newId } from '../../lib/ids.ts';
import type { Keyring } from '../../lib/crypto.ts';
import { renderMessage, type TemplateName } from './templates.ts';

/**
 * The outbox of reminders. A message is queued once per event (event_key unique: queuing it again
 * does nothing), delivered by a job through the channel adapters, retried with backoff, and its
 * status kept. Addresses are looked up at delivery time, never stored in the outbox.
 */
export type ChannelAdapter = (message: { id: string; to: string; text: string; subject?: string }) => Promise<void>;

/** HTTP gateways per channel (from MESSAGE_*_URL/TOKEN); a channel left null is not used. */
export type MessagingConfig = Record<Exclude<MessageChannel, 'log'>, { url: string; token: string } | null>;

export const LOG_ONLY: MessagingConfig = { sms: null, whatsapp: null, email: null };

export type OutgoingMessage = {
  eventKey: string;
  channel: MessageChannel;
  recipientKind: 'worker' | 'donor_org';
  recipientId: string;
  template: TemplateName;
  params: Record<string, string>;
  locale?: 'id' | 'en';
};

/** Queues a message once per event: true if queued now, false if this event was queued before. */
export async function enqueueMessage(db: Kysely<DB>, message: OutgoingMessage): Promise<boolean> {
  return (await enqueueMessages(db, [message])) === 1;
}

/** Queues many messages in one statement; events already queued are left alone. Returns how many were new. */
export async function enqueueMessages(db: Kysely<DB>, messages: readonly OutgoingMessage[]): Promise<number> {
  if (messages.length === 0) return 0;
  const { rows } = await sql<{ n: number }>`
    with ins as (
      insert into messages (id, event_key, channel, recipient_kind, recipient_id, template, locale, params)
      select * from unnest(${messages.map(() => newId())}::uuid[], ${messages.map((m) => m.eventKey)}::text[], ${messages.map((m) => m.channel)}::text[],
                           ${messages.map((m) => m.recipientKind)}::text[], ${messages.map((m) => m.recipientId)}::uuid[], ${messages.map((m) => m.template)}::text[],
                           ${messages.map((m) => m.locale ?? 'id')}::text[], ${messages.map((m) => JSON.stringify(m.params))}::jsonb[])
      on conflict (event_key) do nothing
      returning 1
    )
    select count(*)::int as n from ins
  `.execute(db);
  return rows[0]!.n;
}

/** The channel a worker is reached on: WhatsApp if configured, else SMS, else the log. */
export function workerChannel(config: MessagingConfig): MessageChannel {
  if (config.whatsapp) return 'whatsapp';
  if (config.sms) return 'sms';
  return 'log';
}

export function donorChannel(config: MessagingConfig): MessageChannel {
  return config.email ? 'email' : 'log';
}

const MAX_ATTEMPTS = 5;
const LEASE_MINUTES = 5;

/**
 * Delivers due messages. Each batch is claimed atomically (SKIP LOCKED, with a lease), so two
 * deliverers never take the same message; the message id goes to the gateway as an idempotency key,
 * so a crash between sending and recording cannot make a gateway send it twice. Returns how many
 * were attempted.
 */
export async function deliverMessages(db: Kysely<DB>, keyring: Keyring, config: MessagingConfig, options: { limit?: number } = {}): Promise<number> {
  const { rows: due } = await sql<Selectable<MessagesTable>>`
    update messages set attempts = attempts + 1, next_attempt_at = now() + make_interval(mins => ${LEASE_MINUTES})
    where id in (select id from messages where status = 'queued' and next_attempt_at <= now()
                 order by next_attempt_at limit ${options.limit ?? 100} for update skip locked)
    returning *
  `.execute(db);
  for (const m of due) {
    const text = renderMessage(m.template as TemplateName, m.locale, m.params as Record<string, string>);
    const done = (status: 'sent' | 'skipped', error: string | null = null) =>
      db.updateTable('messages').set({ status, body: text, error, sent_at: status === 'sent' ? new Date() : null }).where('id', '=', m.id).execute();
    try {
      if (m.channel === 'log') {
        await done('sent');
        continue;
      }
      const gateway = config[m.channel];
      const to = await addressOf(db, keyring, m.recipient_kind, m.recipient_id, m.channel);
      if (!gateway || !to) {
        await done('skipped', !to ? 'no address' : 'channel not configured');
        continue;
      }
      await httpChannel(gateway)({ id: m.id, to, text, subject: 'Lingkaran' });
      await done('sent');
    } catch (error) {
      await db
        .updateTable('messages')
        .set({
          status: m.attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          error: (error as Error).message.slice(0, 500),
          // 1, 4, 16, 64 minutes
          next_attempt_at: new Date(Date.now() + 60_000 * 4 ** (m.attempts - 1)),
        })
        .where('id', '=', m.id)
        .execute();
    }
  }
  return due.length;
}

async function addressOf(db: Kysely<DB>, keyring: Keyring, kind: 'worker' | 'donor_org', id: string, channel: MessageChannel): Promise<string | null> {
  if (kind === 'worker') {
    const row = await db.selectFrom('workers').select(['id', 'phone_ciphertext', 'phone_key_id']).where('id', '=', id).executeTakeFirst();
    return row && channel !== 'email' ? decryptPhone(keyring, row) : null;
  }
  const org = await db.selectFrom('donor_orgs').select('contact_email').where('id', '=', id).executeTakeFirst();
  return channel === 'email' ? (org?.contact_email ?? null) : null;
}

/** A channel adapter for providers with an HTTP JSON API (most Indonesian SMS/WhatsApp gateways). */
export function httpChannel(options: { url: string; token: string; timeoutMs?: number }): ChannelAdapter {
  return async ({ id, to, text, subject }) => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}`, 'idempotency-key': id },
      body: JSON.stringify({ to, text, subject }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };
}
