import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { mkdtempSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import jsQRModule from 'jsqr';
import { PNG } from 'pngjs';
import { sign } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cardMessage, cardPayload, parseCardPayload } from '../../src/domain/card-payload.ts';
import { addMonths, jakartaToday, lastDayOf, monthOf } from '../../src/domain/dates.ts';
import { isDammValid } from '../../src/domain/kpj.ts';
import { signingKeyFromSeed } from '../../src/lib/card-keys.ts';
import { newId } from '../../src/lib/ids.ts';
import { verifyOffline } from '../../src/modules/cards/offline.ts';
import { verifyCard } from '../../src/modules/cards/service.ts';
import { authHeaders, newUser, signIn, type Session } from '../helpers/context.ts';
import { TEST_SECRETS } from '../helpers/env.ts';
import { randomName, randomNik, villageIn } from '../helpers/factories.ts';
import { createListeningContext } from '../helpers/listening.ts';

// jsqr is CommonJS with an ES-style default export: under NodeNext the function is `.default`.
const jsQR = (jsQRModule as unknown as { default: typeof jsQRModule.default }).default ?? (jsQRModule as unknown as typeof jsQRModule.default);
const HAS_PDFTOPPM = spawnSync('pdftoppm', ['-v']).status === 0;
if (!HAS_PDFTOPPM) console.log('[cards] pdftoppm tidak ada: uji QR dari PDF yang dirasterisasi dilewati (apt-get install poppler-utils)');

let ctx: Awaited<ReturnType<typeof createListeningContext>>;
let officer: Session;
let checker: Session;
let farOfficer: Session;
let donor: Session;
let donorOrgId: string;
const M0 = monthOf(jakartaToday());

beforeAll(async () => {
  ctx = await createListeningContext();
  officer = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  checker = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  farOfficer = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['35.14'] }));
  donorOrgId = newId();
  await ctx.database.db
    .insertInto('donor_orgs')
    .values({ id: donorOrgId, type: 'SWASTA', legal_name: `PT Kartu ${randomName()}`, display_name: 'PT Kartu Uji', region_code: null, is_public_name_consented: true })
    .execute();
  donor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor', donorOrgId }));
});
afterAll(async () => {
  await ctx?.close();
});

const call = (session: Session | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session ? authHeaders(session, method) : {}, ...(payload ? { payload } : {}) });

async function verifiedWorker(): Promise<{ id: string; fullName: string }> {
  const { villageCode, districtCode } = await villageIn(ctx.database, '62.02');
  const { nik } = randomNik({ districtCode });
  const fullName = `Kartu ${randomName()} ${randomName()}`;
  const created = await call(officer, 'POST', '/api/workers', { nik, fullName, villageCode, occupation: 'PETANI' });
  expect(created.statusCode).toBe(201);
  const worker = created.json().worker;
  expect((await call(checker, 'POST', `/api/workers/${worker.id}/verify`)).statusCode).toBe(200);
  return { id: worker.id, fullName };
}

async function donated(workerIds: string[], months: number): Promise<string> {
  const created = await call(officer, 'POST', '/api/donations', { donorOrgId, programs: ['JKK', 'JKM'], months, startMonth: M0, selection: { kind: 'list', workerIds } });
  expect(created.statusCode).toBe(201);
  const started = await call(donor, 'POST', `/api/donations/${created.json().id}/payments`, { method: 'simulator' });
  const paid = await fetch(`${ctx.baseUrl}/simulator/midtrans/pay/${encodeURIComponent(started.json().orderId)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome: 'settlement' }),
  });
  expect(paid.status).toBe(200);
  return created.json().id;
}

/** Rasterises every page of a PDF at 200 dpi and decodes every QR code on it, left to right, top to bottom. */
function qrCodesIn(pdf: Buffer): string[] {
  const dir = mkdtempSync(path.join(tmpdir(), 'lingkaran-cards-'));
  writeFileSync(path.join(dir, 'in.pdf'), pdf);
  const result = spawnSync('pdftoppm', ['-r', '200', '-png', path.join(dir, 'in.pdf'), path.join(dir, 'page')]);
  expect(result.status).toBe(0);
  const found: string[] = [];
  for (const file of readdirSync(dir).filter((f) => f.endsWith('.png')).sort()) {
    const png = PNG.sync.read(readFileSync(path.join(dir, file)));
    // Cards on a sheet: decode each card's region (a QR decoder reads one code per image).
    const cols = png.width > png.height ? 1 : 2;
    const rows = png.width > png.height ? 1 : 5;
    const cellW = Math.floor(png.width / cols);
    const cellH = Math.floor(png.height / rows);
    for (let r = 0; r < rows; r++) {
      for (let c = 0; c < cols; c++) {
        const data = new Uint8ClampedArray(cellW * cellH * 4);
        for (let y = 0; y < cellH; y++) {
          const from = ((r * cellH + y) * png.width + c * cellW) * 4;
          data.set(png.data.subarray(from, from + cellW * 4), y * cellW * 4);
        }
        const code = jsQR(data, cellW, cellH);
        if (code) found.push(code.data);
      }
    }
  }
  return found;
}

let worker: { id: string; fullName: string };
let payload: string;
let cardId: string;


describe('a membership card', () => {
  it('gets a KPJ with our check digit at the first coverage, and a card PDF whose QR decodes and verifies', async () => {
    worker = await verifiedWorker();
    expect((await call(officer, 'GET', `/api/workers/${worker.id}`)).json().kpj).toBeNull();
    expect((await call(officer, 'GET', `/api/workers/${worker.id}/card.pdf`)).json().error.code).toBe('CARD_NOT_COVERED');
    await donated([worker.id], 6);
    const kpj = (await call(officer, 'GET', `/api/workers/${worker.id}`)).json().kpj as string;
    expect(kpj).toMatch(/^9\d{10}$/);
    expect(isDammValid(kpj)).toBe(true);

    const pdf = await call(officer, 'GET', `/api/workers/${worker.id}/card.pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.headers['content-type']).toBe('application/pdf');
    const cards = (await call(officer, 'GET', `/api/workers/${worker.id}/cards`)).json().items;
    expect(cards).toHaveLength(1);
    expect(cards[0]).toMatchObject({ kpj, cardNo: 1, programs: ['JKK', 'JKM'], protectedUntil: lastDayOf(addMonths(M0, 5)), status: 'active', sponsorName: 'PT Kartu Uji' });
    payload = cards[0].payload;
    cardId = cards[0].id;
    // Printing again makes no new card.
    await call(officer, 'GET', `/api/workers/${worker.id}/card.pdf?layout=a4`);
    expect((await call(officer, 'GET', `/api/workers/${worker.id}/cards`)).json().items).toHaveLength(1);

    if (HAS_PDFTOPPM) expect(qrCodesIn(pdf.rawPayload)).toEqual([payload]);
    const verified = await call(null, 'POST', '/api/cards/verify', { payload });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toMatchObject({ verdict: 'VALID', card: { kpj, cardNo: 1, protectedUntil: lastDayOf(addMonths(M0, 5)), isReplaced: false } });
    // The holder's name only masked; never a NIK.
    expect(verified.json().card.holder).toMatch(/^K\*+ /);
    expect(verified.body).not.toContain(worker.fullName);
  });

  it('two prints of the same worker at the same moment make one card', async () => {
    const fresh = await verifiedWorker();
    await donated([fresh.id], 1);
    const prints = await Promise.all([0, 1, 2].map(() => call(officer, 'GET', `/api/workers/${fresh.id}/card.pdf`)));
    expect(prints.map((p) => p.statusCode)).toEqual([200, 200, 200]);
    expect((await call(officer, 'GET', `/api/workers/${fresh.id}/cards`)).json().items).toHaveLength(1);
  });

  it('tells a tampered payload, a key we never published and an expired card apart', async () => {
    const tampered = payload.replace(/\|(\d{4})(\d{4})\|/, (_m, y: string, md: string) => `|${Number(y) + 5}${md}|`);
    expect((await call(null, 'POST', '/api/cards/verify', { payload: tampered })).json().verdict).toBe('TAMPERED');
    const forger = signingKeyFromSeed('zz', Buffer.alloc(32, 99));
    const parsed = parseCardPayload(payload)!;
    const forgedMessage = cardMessage({ ...parsed, keyId: 'zz' });
    const forged = cardPayload(forgedMessage, sign(null, Buffer.from(forgedMessage), forger.privateKey));
    expect((await call(null, 'POST', '/api/cards/verify', { payload: forged })).json()).toMatchObject({ verdict: 'UNKNOWN_KEY', card: { holder: null } });
    expect((await call(null, 'POST', '/api/cards/verify', { payload: 'https://example.com' })).json()).toEqual({ verdict: 'MALFORMED', card: null });
    const later = lastDayOf(addMonths(M0, 7));
    expect((await verifyCard(ctx.database.db, payload, later)).verdict).toBe('EXPIRED');
  });

  it('is revoked and reissued when lost: the old QR verifies as revoked, online and offline', async () => {
    expect((await call(donor, 'POST', `/api/cards/${cardId}/reissue`, { reason: 'lost' })).statusCode).toBe(403);
    expect((await call(farOfficer, 'POST', `/api/cards/${cardId}/reissue`, { reason: 'lost' })).statusCode).toBe(404);
    const reissued = await call(officer, 'POST', `/api/cards/${cardId}/reissue`, { reason: 'lost' });
    expect(reissued.statusCode).toBe(200);
    expect(reissued.json().revoked).toMatchObject({ status: 'revoked', revokedReason: 'lost' });
    expect(reissued.json().card).toMatchObject({ cardNo: 2, status: 'active' });
    // Reissuing twice (a double click) returns the same replacement.
    expect((await call(officer, 'POST', `/api/cards/${cardId}/reissue`, { reason: 'lost' })).json().card.id).toBe(reissued.json().card.id);
    expect((await call(null, 'POST', '/api/cards/verify', { payload })).json()).toMatchObject({ verdict: 'REVOKED', card: { isReplaced: true } });
    expect((await call(null, 'POST', '/api/cards/verify', { payload: reissued.json().card.payload })).json().verdict).toBe('VALID');

    const keys = await call(null, 'GET', '/api/cards/keys');
    expect(keys.statusCode).toBe(200);
    expect(keys.json().keys.map((k: { id: string }) => k.id)).toContain('t1');
    const file = path.join(mkdtempSync(path.join(tmpdir(), 'lingkaran-keys-')), 'keys.json');
    writeFileSync(file, keys.body);
    expect((await verifyOffline(payload, file)).verdict).toBe('REVOKED');
    expect((await verifyOffline(reissued.json().card.payload, file)).verdict).toBe('VALID');
    expect((await verifyOffline(reissued.json().card.payload, `${ctx.baseUrl}/api/cards/keys`)).verdict).toBe('VALID');

    // The command line, with the keys fetched from the server: exit 0 only for a valid card.
    const cli = async (args: string[]) => {
      try {
        const { stdout } = await promisify(execFile)(process.execPath, [path.resolve('bin/lingkaran.js'), 'card', 'verify', ...args], { env: { PATH: process.env.PATH ?? '', ...TEST_SECRETS, DATABASE_URL: 'postgres://u@127.0.0.1:1/x' } });
        return { code: 0, stdout };
      } catch (error) {
        return error as { code: number; stdout: string };
      }
    };
    const good = await cli([reissued.json().card.payload, '--keys', `${ctx.baseUrl}/api/cards/keys`]);
    expect(good.code).toBe(0);
    expect(good.stdout).toMatch(/^SAH — /);
    expect(good.stdout).toContain('kartu ke-2');
    const old = await cli([payload, '--keys', file]);
    expect(old.code).toBe(2);
    expect(old.stdout).toMatch(/^DICABUT — /);
  });
});

describe('a print batch and its handover ceremony', () => {
  let batchId: string;
  let workers: { id: string; fullName: string }[];
  let batchPayloads: string[];

  it('prints the cards of a donation as A4 sheets of ten, with progress, leaving out who is not protected', async () => {
    workers = [];
    for (let i = 0; i < 11; i++) workers.push(await verifiedWorker());
    const unprotected = await verifiedWorker();
    const donation = await donated(workers.map((w) => w.id), 3);
    expect((await call(donor, 'POST', '/api/cards/batches', { donationId: donation })).statusCode).toBe(403);
    expect((await call(officer, 'POST', '/api/cards/batches', { donationId: donation, regionCode: '62.02' })).json().error.code).toBe('VALIDATION_FAILED');
    expect((await call(officer, 'POST', '/api/cards/batches', { workerIds: [unprotected.id] })).json().error.code).toBe('CARD_BATCH_EMPTY');
    const created = await call(officer, 'POST', '/api/cards/batches', { workerIds: [...workers.map((w) => w.id), unprotected.id], layout: 'a4', title: 'Penyerahan Kartu Sampit' });
    expect(created.statusCode).toBe(202);
    expect(created.json()).toMatchObject({ batch: { status: 'done', total: 11, done: 11, title: 'Penyerahan Kartu Sampit' }, leftOut: { notProtected: 1 }, queued: false });
    batchId = created.json().batch.id;
    expect((await call(farOfficer, 'GET', `/api/cards/batches/${batchId}`)).statusCode).toBe(404);
    // A colleague of the same branch sees it (and may run the ceremony); another branch does not.
    expect((await call(checker, 'GET', '/api/cards/batches')).json().items.map((b: { id: string }) => b.id)).toContain(batchId);
    expect((await call(farOfficer, 'GET', '/api/cards/batches')).json().items.map((b: { id: string }) => b.id)).not.toContain(batchId);
    const pdf = await call(officer, 'GET', `/api/cards/batches/${batchId}/pdf`);
    expect(pdf.statusCode).toBe(200);
    expect(pdf.rawPayload.subarray(0, 5).toString()).toBe('%PDF-');
    const pages = pdf.rawPayload.toString('latin1').match(/\/Type \/Page\b/g) ?? [];
    expect(pages).toHaveLength(2);
    batchPayloads = [];
    for (const w of workers) batchPayloads.push((await call(officer, 'GET', `/api/workers/${w.id}/cards`)).json().items[0].payload);
    if (HAS_PDFTOPPM) expect(new Set(qrCodesIn(pdf.rawPayload))).toEqual(new Set(batchPayloads));
    // The same donation by donation id: same cards (no second card per worker).
    const again = await call(officer, 'POST', '/api/cards/batches', { donationId: donation, layout: 'cr80' });
    expect(again.json().batch.total).toBe(11);
    for (const w of workers) expect((await call(officer, 'GET', `/api/workers/${w.id}/cards`)).json().items).toHaveLength(1);
  });

  it('records the event and checks cards in by their QR, once each; shows who still has to receive one', async () => {
    const event = await call(checker, 'POST', '/api/handover-events', {
      title: 'Penyerahan 11 kartu peserta oleh Bupati',
      heldOn: jakartaToday(),
      place: 'Aula Kantor Bupati, Sampit',
      regionCode: '62.02',
      officials: ['Bupati Kotawaringin Timur', 'Kepala Kantor Cabang Sampit'],
      donorOrgIds: [donorOrgId],
      batchId,
    });
    expect(event.statusCode).toBe(201);
    const eventId = event.json().id;
    const first = await call(officer, 'POST', `/api/handover-events/${eventId}/checkins`, { payload: batchPayloads[0] });
    expect(first.json()).toMatchObject({ status: 'checked_in', workerId: workers[0]!.id, name: workers[0]!.fullName, handed: 1, total: 11 });
    const twice = await call(officer, 'POST', `/api/handover-events/${eventId}/checkins`, { payload: batchPayloads[0] });
    expect(twice.json()).toMatchObject({ status: 'already', handed: 1, checkedInAt: first.json().checkedInAt });
    expect((await call(officer, 'POST', `/api/handover-events/${eventId}/checkins`, { payload })).json().error.code).toBe('CARD_NOT_VALID');
    const reissued = (await call(officer, 'GET', `/api/workers/${worker.id}/cards`)).json().items[0].payload;
    expect((await call(officer, 'POST', `/api/handover-events/${eventId}/checkins`, { payload: reissued })).json().error.code).toBe('CARD_NOT_IN_EVENT');
    const manual = await call(officer, 'POST', `/api/handover-events/${eventId}/checkins`, { workerId: workers[1]!.id });
    expect(manual.json()).toMatchObject({ status: 'checked_in', handed: 2 });
    const detail = (await call(officer, 'GET', `/api/handover-events/${eventId}`)).json();
    expect(detail).toMatchObject({ handed: 2, total: 11, officials: ['Bupati Kotawaringin Timur', 'Kepala Kantor Cabang Sampit'], donors: [{ id: donorOrgId, name: 'PT Kartu Uji' }] });
    expect(detail.people.filter((p: { checkedInAt: string | null }) => !p.checkedInAt)).toHaveLength(9);
    expect((await call(officer, 'GET', '/api/handover-events')).json().items[0]).toMatchObject({ id: eventId, batchId, handed: 2, total: 11 });
  });
});
