import type { Kysely } from 'kysely';
import type { DB, MessageChannel } from '../../db/schema.ts';
import { decryptPhone } from '../workers/repository.ts';
import { newId } from '../../lib/ids.ts';
import type { Keyring } from '../../lib/crypto.ts';
import { renderMessage, type TemplateName } from './templates.ts';

/**
 * The outbox of reminders. A message is queued once per event (event_key unique: queuing it again
 * does nothing), delivered by a job through the channel adapters, retried with backoff, and its
 * status kept. Addresses are looked up at delivery time, never stored in the outbox.
 */
export type ChannelAdapter = (message: { to: string; text: string; subject?: string }) => Promise<void>;

export type MessagingConfig = {
  /** Channels that really send; anything else is written to the viewable log (demo mode). */
  adapters: Partial<Record<Exclude<MessageChannel, 'log'>, ChannelAdapter>>;
};

export async function enqueueMessage(
  db: Kysely<DB>,
  message: { eventKey: string; channel: MessageChannel; recipientKind: 'worker' | 'donor_org'; recipientId: string; template: TemplateName; params: Record<string, string>; locale?: 'id' | 'en' },
): Promise<boolean> {
  const inserted = await db
    .insertInto('messages')
    .values({
      id: newId(),
      event_key: message.eventKey,
      channel: message.channel,
      recipient_kind: message.recipientKind,
      recipient_id: message.recipientId,
      template: message.template,
      locale: message.locale ?? 'id',
      params: JSON.stringify(message.params),
    })
    .onConflict((oc) => oc.column('event_key').doNothing())
    .returning('id')
    .executeTakeFirst();
  return inserted !== undefined;
}

/** The channel a worker is reached on: WhatsApp if configured, else SMS, else the log. */
export function workerChannel(config: MessagingConfig): MessageChannel {
  if (config.adapters.whatsapp) return 'whatsapp';
  if (config.adapters.sms) return 'sms';
  return 'log';
}

export function donorChannel(config: MessagingConfig): MessageChannel {
  return config.adapters.email ? 'email' : 'log';
}

const MAX_ATTEMPTS = 5;

/** Delivers due messages. Returns how many were attempted. */
export async function deliverMessages(db: Kysely<DB>, keyring: Keyring, config: MessagingConfig, limit = 100): Promise<number> {
  const due = await db
    .selectFrom('messages')
    .selectAll()
    .where('status', '=', 'queued')
    .where('next_attempt_at', '<=', new Date())
    .orderBy('next_attempt_at')
    .limit(limit)
    .execute();
  for (const m of due) {
    const text = renderMessage(m.template as TemplateName, m.locale, m.params as Record<string, string>);
    try {
      if (m.channel === 'log') {
        await db.updateTable('messages').set({ status: 'sent', body: text, sent_at: new Date(), attempts: m.attempts + 1 }).where('id', '=', m.id).execute();
        continue;
      }
      const adapter = config.adapters[m.channel];
      const to = await addressOf(db, keyring, m.recipient_kind, m.recipient_id, m.channel);
      if (!adapter || !to) {
        await db.updateTable('messages').set({ status: 'skipped', body: text, error: !to ? 'no address' : 'channel not configured' }).where('id', '=', m.id).execute();
        continue;
      }
      await adapter({ to, text, subject: 'Lingkaran' });
      await db.updateTable('messages').set({ status: 'sent', body: text, sent_at: new Date(), attempts: m.attempts + 1, error: null }).where('id', '=', m.id).execute();
    } catch (error) {
      const attempts = m.attempts + 1;
      await db
        .updateTable('messages')
        .set({
          attempts,
          status: attempts >= MAX_ATTEMPTS ? 'failed' : 'queued',
          error: (error as Error).message.slice(0, 500),
          // 1, 4, 16, 64 minutes
          next_attempt_at: new Date(Date.now() + 60_000 * 4 ** (attempts - 1)),
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
  return async ({ to, text, subject }) => {
    const response = await fetch(options.url, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${options.token}` },
      body: JSON.stringify({ to, text, subject }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
    if (!response.ok) throw new Error(`HTTP ${response.status}`);
  };
}
