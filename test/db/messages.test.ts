import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../src/lib/ids.ts';
import { deliverMessages, enqueueMessage, type MessagingConfig } from '../../src/modules/messages/outbox.ts';
import { renderMessage } from '../../src/modules/messages/templates.ts';
import { encryptPhone } from '../../src/modules/workers/repository.ts';
import { testConfig, testDatabase } from '../helpers/context.ts';
import { villageIn } from '../helpers/factories.ts';
import { seedVerifiedWorkers } from '../helpers/money.ts';

/**
 * The outbox against a real HTTP gateway on a loopback port: it fails when told to, and records
 * every request it gets, so retries, idempotency keys and "never twice" are observed from outside.
 */
const database = testDatabase(6);
const config = testConfig();
const received: { key: string; to: string; text: string; auth: string }[] = [];
let failuresLeft = 0;
let server: http.Server;
let messaging: MessagingConfig;

beforeAll(async () => {
  server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk: Buffer) => (body += chunk.toString()));
    request.on('end', () => {
      if (failuresLeft > 0) {
        failuresLeft -= 1;
        response.writeHead(502).end();
        return;
      }
      const json = JSON.parse(body) as { to: string; text: string };
      received.push({ key: String(request.headers['idempotency-key']), to: json.to, text: json.text, auth: String(request.headers.authorization) });
      response.writeHead(200, { 'content-type': 'application/json' }).end('{"ok":true}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/send`;
  messaging = { sms: { url, token: 'token-sms-uji' }, whatsapp: null, email: null };
});
afterAll(async () => {
  server?.close();
  await database.close();
});

async function workerWithPhone(phone: string | null): Promise<string> {
  const { villageCode } = await villageIn(database, '63.71');
  const [id] = await seedVerifiedWorkers(database, config.keyring, { count: 1, villageCode, occupation: 'PEDAGANG_KELILING' });
  if (phone) {
    const encrypted = encryptPhone(config.keyring, id!, phone);
    await database.db.updateTable('workers').set({ phone_ciphertext: encrypted.ciphertext, phone_key_id: encrypted.keyId, phone_masked: encrypted.masked }).where('id', '=', id!).execute();
  }
  return id!;
}

const queue = (workerId: string, eventKey = `uji:${newId()}`) =>
  enqueueMessage(database.db, {
    eventKey,
    channel: 'sms',
    recipientKind: 'worker',
    recipientId: workerId,
    template: 'worker_self_pay_paid',
    params: { name: 'Siti Aminah', amount: '50400', protectedUntil: '2027-02-28' },
  });

const statusOf = (workerId: string) =>
  database.db.selectFrom('messages').select(['status', 'attempts', 'error', 'body']).where('recipient_id', '=', workerId).executeTakeFirstOrThrow();

describe('the message outbox', () => {
  it('queues one message per event, however often the event is seen', async () => {
    const worker = await workerWithPhone('+6281234500001');
    const key = `uji:${newId()}`;
    expect(await queue(worker, key)).toBe(true);
    expect(await queue(worker, key)).toBe(false);
    const rows = await database.db.selectFrom('messages').select(sql<number>`count(*)::int`.as('n')).where('event_key', '=', key).executeTakeFirstOrThrow();
    expect(rows.n).toBe(1);
  });

  it('retries a failed delivery later with the same idempotency key, then records it as sent', async () => {
    await deliverMessages(database.db, config.keyring, messaging); // whatever earlier tests left
    const worker = await workerWithPhone('+6281234500002');
    await queue(worker);
    failuresLeft = 1;
    await deliverMessages(database.db, config.keyring, messaging);
    expect(await statusOf(worker)).toMatchObject({ status: 'queued', attempts: 1, error: 'HTTP 502' });
    // Not due yet: a second pass sends nothing.
    const before = received.length;
    await deliverMessages(database.db, config.keyring, messaging);
    expect(received.length).toBe(before);
    await database.db.updateTable('messages').set({ next_attempt_at: new Date(Date.now() - 1000) }).where('recipient_id', '=', worker).execute();
    await deliverMessages(database.db, config.keyring, messaging);
    const message = await database.db.selectFrom('messages').select(['id', 'status', 'attempts']).where('recipient_id', '=', worker).executeTakeFirstOrThrow();
    expect(message).toMatchObject({ status: 'sent', attempts: 2 });
    const got = received.filter((r) => r.to === '+6281234500002');
    expect(got).toHaveLength(1);
    expect(got[0]).toMatchObject({ key: message.id, auth: 'Bearer token-sms-uji', text: renderMessage('worker_self_pay_paid', 'id', { name: 'Siti Aminah', amount: '50400', protectedUntil: '2027-02-28' }) });
    expect(got[0]!.text).toBe('Lingkaran: pembayaran Rp 50.400 diterima. Siti Aminah terlindungi sampai 28 Februari 2027. Terima kasih.');
  });

  it('gives up after five attempts, and skips a worker without a phone number', async () => {
    await deliverMessages(database.db, config.keyring, messaging);
    const failing = await workerWithPhone('+6281234500003');
    await queue(failing);
    failuresLeft = 5;
    for (let i = 0; i < 5; i++) {
      await database.db.updateTable('messages').set({ next_attempt_at: new Date(Date.now() - 1000) }).where('recipient_id', '=', failing).execute();
      await deliverMessages(database.db, config.keyring, messaging);
    }
    expect(await statusOf(failing)).toMatchObject({ status: 'failed', attempts: 5 });
    const silent = await workerWithPhone(null);
    await queue(silent);
    await deliverMessages(database.db, config.keyring, messaging);
    expect(await statusOf(silent)).toMatchObject({ status: 'skipped', error: 'no address' });
  });

  it('two deliverers at once send each message exactly once', async () => {
    failuresLeft = 0;
    const workers = await Promise.all(Array.from({ length: 12 }, (_, i) => workerWithPhone(`+62812345001${String(i).padStart(2, '0')}`)));
    for (const w of workers) await queue(w);
    const before = received.length;
    await Promise.all([deliverMessages(database.db, config.keyring, messaging, { limit: 5 }), deliverMessages(database.db, config.keyring, messaging, { limit: 5 }), deliverMessages(database.db, config.keyring, messaging)]);
    await deliverMessages(database.db, config.keyring, messaging);
    const sent = received.slice(before).map((r) => r.key);
    expect(sent).toHaveLength(12);
    expect(new Set(sent).size).toBe(12);
  });
});
