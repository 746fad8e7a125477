/// <reference lib="dom" />
import path from 'node:path';
import { sql } from 'kysely';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ARTIFACTS, collectErrors, expectIndonesian, hasChromium, launchBrowser, screenshot, signIn, startDemoServer, type DemoServer } from './support.ts';

/**
 * Membership cards in a real browser, on the demo of a fresh start: the officer prints a batch for a
 * donation's workers, downloads it, records the handover ceremony and checks a card in by its QR
 * text; anyone verifies the card on /verifikasi — online, forged, offline with the cached keys — and
 * a card reissued from the worker's page reads DICABUT.
 */
const ENGLISH = ['Membership', 'Handover', 'Download', 'Print', 'Verify', 'Revoked', 'Protected until', 'Loading'];
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
const LONG = 180_000;

/** Expected noise, not page errors: network failures while offline, and the session check before sign-in (401). */
function pageErrors(errors: readonly string[]): string[] {
  return errors.filter((e) => !/ERR_INTERNET_DISCONNECTED|Failed to fetch|net::ERR|401 \(Unauthorized\)/i.test(e));
}

/** One digit of the issue date changed, still a real date: the signature no longer matches. */
function tampered(payload: string): string {
  const parts = payload.split('|');
  const date = parts[4]!;
  const tens = date[6]!;
  const last = Number(date[7]);
  let day: string;
  if (last >= 2) day = `${tens}${last - 1}`;
  else if (last === 1) day = tens === '0' ? '02' : `${tens}0`;
  else day = tens === '3' ? '20' : `${tens}1`;
  parts[4] = date.slice(0, 6) + day;
  expect(parts[4]).not.toBe(date);
  return parts.join('|');
}

describe.skipIf(!hasChromium)('membership cards in Chromium', () => {
  let server: DemoServer;
  let browser: Browser;
  let officer: BrowserContext;
  let page: Page;
  let errors: string[];
  let donationId: string;
  let emptyDonationId: string;
  let eventId = '';
  let batchId = '';
  let total = 0;
  let workerId = '';
  let payload = '';

  beforeAll(async () => {
    server = await startDemoServer();
    browser = await launchBrowser();
    const db = server.database.db;
    // The officer's donations (Kotawaringin Timur): the one protecting most workers today, and one
    // whose protection has ended (nobody to print a card for).
    const { rows } = await sql<{ id: string; active: number }>`
      select d.id, count(distinct s.worker_id)::int as active
      from donations d
      join donation_workers dw on dw.donation_id = d.id
      join workers w on w.id = dw.worker_id and w.village_code like '62.02.%'
      left join coverage_states s on s.worker_id = w.id and s.state = 'ACTIVE'
      where d.status = 'allocated'
      group by d.id
      order by active desc
    `.execute(db);
    expect(rows.length).toBeGreaterThan(1);
    donationId = rows[0]!.id;
    expect(rows[0]!.active).toBeGreaterThan(1);
    const ended = rows.find((row) => row.active === 0);
    expect(ended).toBeDefined();
    emptyDonationId = ended!.id;
    officer = await browser.newContext({ viewport: DESKTOP, acceptDownloads: true });
    page = await officer.newPage();
    errors = collectErrors(page);
    await signIn(page, server.url, 'officer');
  });

  afterAll(async () => {
    await officer?.close();
    await browser?.close();
    await server?.close();
  });

  it(
    'officer: from a donation to a finished print batch, with the PDF',
    async () => {
      await page.goto(`${server.url}/donations/${donationId}`);
      await page.getByTestId('donation-cards').click();
      await page.waitForURL(/\/cards\?donationId=/);
      await expect.poll(() => page.getByTestId('batch-donation').inputValue()).toBe(donationId);

      // A donation whose workers are no longer protected: said plainly, nothing is made.
      await page.getByTestId('batch-donation').selectOption(emptyDonationId);
      await page.getByTestId('batch-submit').click();
      await expect.poll(() => page.getByTestId('batch-error').textContent()).toMatch(/Tidak ada pekerja terlindungi/);
      await expectIndonesian(page, ENGLISH);

      await page.getByTestId('batch-donation').selectOption(donationId);
      await page.getByTestId('batch-title').fill('Penyerahan kartu Baamang');
      await screenshot(page, 'cards-new-desktop');
      await page.getByTestId('batch-submit').click();
      await page.waitForURL(/\/cards\/batches\/[0-9a-f-]{36}$/);
      batchId = page.url().split('/').pop()!;
      await expect.poll(() => page.getByTestId('card-batch-page').getAttribute('data-status'), { timeout: 60_000 }).toBe('done');
      await expect.poll(() => page.getByTestId('batch-progress').textContent()).toMatch(/100 %/);
      total = Number(await page.getByTestId('batch-total').textContent());
      expect(total).toBeGreaterThan(1);
      await expectIndonesian(page, ENGLISH);
      await screenshot(page, 'cards-batch-desktop');

      const href = await page.getByTestId('batch-pdf').getAttribute('href');
      expect(href).toBe(`/api/cards/batches/${batchId}/pdf`);
      const pdf = await page.request.get(`${server.url}${href}`);
      expect(pdf.status()).toBe(200);
      expect(pdf.headers()['content-type']).toMatch(/^application\/pdf/);
      expect((await pdf.body()).subarray(0, 5).toString('latin1')).toBe('%PDF-');

      // The batch is listed with its download on the cards page.
      await page.goto(`${server.url}/cards`);
      const row = page.locator(`[data-testid="batch-row"][data-batch-id="${batchId}"]`);
      await expect.poll(() => row.getAttribute('data-status')).toBe('done');
      await expect.poll(async () => (await row.getByTestId('batch-row-pdf').getAttribute('href')) ?? '').toBe(href);
      await expectIndonesian(page, ENGLISH);
    },
    LONG,
  );

  it(
    'officer: records the handover event and checks a card in by its QR text, once',
    async () => {
      await page.goto(`${server.url}/cards/batches/${batchId}`);
      await page.getByTestId('batch-event-open').click();
      await page.getByTestId('event-form').waitFor();
      await expectIndonesian(page, ENGLISH);
      await screenshot(page, 'cards-event-form-desktop');
      await page.getByTestId('event-title').fill('Penyerahan kartu peserta Desa Baamang Hulu');
      await page.getByTestId('event-place').fill('Balai Desa Baamang Hulu');
      await page.getByTestId('event-official').fill('Camat Baamang');
      await page.getByTestId('event-official-add').click();
      await page.getByTestId('event-official').nth(1).fill('Kepala Cabang BPJS Ketenagakerjaan Sampit');
      await page.getByTestId('event-submit').click();
      await page.waitForURL(/\/cards\/events\/[0-9a-f-]{36}$/);
      eventId = page.url().split('/').pop()!;
      await expect.poll(() => page.getByTestId('event-progress').textContent()).toBe(`0 dari ${total} kartu diserahkan`);

      // The QR text of one card of the batch, as a scanner would read it.
      const detail = (await (await page.request.get(`${server.url}/api/handover-events/${eventId}`)).json()) as { people: { workerId: string }[] };
      expect(detail.people.length).toBe(total);
      workerId = detail.people[0]!.workerId;
      const cards = (await (await page.request.get(`${server.url}/api/workers/${workerId}/cards`)).json()) as { items: { status: string; payload: string }[] };
      payload = cards.items.find((card) => card.status === 'active')!.payload;
      expect(payload).toMatch(/^LK1\|\d{11}\|/);

      await page.getByTestId('checkin-input-text').fill(payload);
      await page.getByTestId('checkin-input-submit').click();
      await expect.poll(() => page.getByTestId('checkin-result').getAttribute('data-status')).toBe('checked_in');
      expect(await page.getByTestId('checkin-result').textContent()).toMatch(/Diserahkan kepada/);
      await expect.poll(() => page.getByTestId('event-progress').textContent()).toBe(`1 dari ${total} kartu diserahkan`);
      await expect.poll(() => page.getByTestId('event-received').getByTestId('event-person').count()).toBe(1);

      await page.getByTestId('checkin-input-text').fill(payload);
      await page.getByTestId('checkin-input-submit').click();
      await expect.poll(() => page.getByTestId('checkin-result').getAttribute('data-status')).toBe('already');
      expect(await page.getByTestId('checkin-result').textContent()).toMatch(/Sudah diserahkan kepada .+ pukul/);
      expect(await page.getByTestId('event-progress').textContent()).toBe(`1 dari ${total} kartu diserahkan`);

      // Not a card at all: refused with the verdict, in Indonesian.
      await page.getByTestId('checkin-input-text').fill('LK1|bukan kartu');
      await page.getByTestId('checkin-input-submit').click();
      await expect.poll(() => page.getByTestId('checkin-error').getAttribute('data-verdict')).toBe('MALFORMED');
      expect(await page.getByTestId('checkin-error').textContent()).toMatch(/BUKAN KARTU LINGKARAN/);
      await expectIndonesian(page, ENGLISH);
      await screenshot(page, 'cards-event-desktop');

      await page.goto(`${server.url}/cards/events`);
      const row = page.locator(`[data-testid="event-row"][data-event-id="${eventId}"]`);
      await expect.poll(async () => (await row.textContent()) ?? '').toContain(`1 dari ${total}`);
      await expectIndonesian(page, ENGLISH);
      await screenshot(page, 'cards-events-desktop');
    },
    LONG,
  );

  it(
    'anyone: verifies the card online, catches a forged one, and verifies offline with the cached keys',
    async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const anon = await context.newPage();
      const anonErrors = collectErrors(anon);
      // The public pages link to the check in their footer.
      await anon.goto(`${server.url}/cek`);
      await anon.getByTestId('footer-verify').click();
      await anon.waitForURL(/\/verifikasi$/);
      await expect.poll(() => anon.getByTestId('verify-keys').getAttribute('data-state')).toBe('fresh');

      await anon.getByTestId('verify-input-text').fill(payload);
      await anon.getByTestId('verify-input-submit').click();
      await expect.poll(() => anon.getByTestId('verify-result').getAttribute('data-verdict')).toBe('VALID');
      expect(await anon.getByTestId('verify-verdict').textContent()).toBe('SAH');
      expect(await anon.getByTestId('verify-holder').textContent()).toMatch(/^\S\*+/);
      expect(await anon.getByTestId('verify-kpj').textContent()).toBe(payload.split('|')[1]);
      const text = await anon.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/\b\d{16}\b/);
      await expectIndonesian(anon, ENGLISH);
      await screenshot(anon, 'cards-verify-valid-phone');

      await anon.getByTestId('verify-input-text').fill(tampered(payload));
      await anon.getByTestId('verify-input-submit').click();
      await expect.poll(() => anon.getByTestId('verify-result').getAttribute('data-verdict')).toBe('TAMPERED');
      expect(await anon.getByTestId('verify-verdict').textContent()).toBe('DIPALSUKAN');
      expect(await anon.getByTestId('verify-holder').count()).toBe(0);
      await screenshot(anon, 'cards-verify-forged-phone');

      // The keys fetched on opening the page are kept: without a network the same card is still SAH.
      await context.setOffline(true);
      await anon.getByTestId('verify-input-text').fill(payload);
      await anon.getByTestId('verify-input-submit').click();
      await expect.poll(() => anon.getByTestId('verify-result').getAttribute('data-offline')).toBe('true');
      expect(await anon.getByTestId('verify-result').getAttribute('data-verdict')).toBe('VALID');
      expect(await anon.getByTestId('verify-verdict').textContent()).toBe('SAH');
      expect(await anon.getByTestId('verify-offline').textContent()).toMatch(/Diperiksa tanpa internet dengan kunci yang disimpan pada \d/);
      expect(await anon.getByTestId('verify-holder').count()).toBe(0);
      await anon.getByTestId('verify-input-text').fill(tampered(payload));
      await anon.getByTestId('verify-input-submit').click();
      await expect.poll(() => anon.getByTestId('verify-result').getAttribute('data-verdict')).toBe('TAMPERED');
      expect(await anon.getByTestId('verify-result').getAttribute('data-offline')).toBe('true');
      await anon.getByTestId('verify-input-text').fill(payload);
      await anon.getByTestId('verify-input-submit').click();
      await expect.poll(() => anon.getByTestId('verify-result').getAttribute('data-verdict')).toBe('VALID');
      await expectIndonesian(anon, ENGLISH);
      await screenshot(anon, 'cards-verify-offline-phone');
      await context.setOffline(false);

      await anon.setViewportSize(DESKTOP);
      await anon.reload();
      await expect.poll(() => anon.getByTestId('verify-keys').getAttribute('data-state')).toBe('fresh');
      await anon.getByTestId('verify-input-text').fill(payload);
      await anon.getByTestId('verify-input-submit').click();
      await expect.poll(() => anon.getByTestId('verify-result').getAttribute('data-verdict')).toBe('VALID');
      await screenshot(anon, 'cards-verify-valid-desktop');
      // The English catalogue answers the same result in English.
      await anon.getByTestId('lang-switch').selectOption('en');
      await expect.poll(() => anon.getByTestId('verify-verdict').textContent()).toBe('VALID');
      expect(await anon.getByTestId('verify-title').textContent()).toBe('Verify a membership card');
      await screenshot(anon, 'cards-verify-valid-en-desktop');
      await anon.getByTestId('lang-switch').selectOption('id');
      expect(pageErrors(anonErrors)).toEqual([]);
      await context.close();
    },
    LONG,
  );

  it(
    'officer: prints a worker’s card, reissues it as lost, and the old card verifies DICABUT',
    async () => {
      await page.goto(`${server.url}/workers/${workerId}`);
      await page.getByTestId('worker-cards-table').waitFor();
      const download = page.waitForEvent('download');
      await page.getByTestId('worker-card-print').click();
      expect((await download).suggestedFilename()).toMatch(/^kartu-\d{11}-\d+\.pdf$/);

      const before = await page.getByTestId('worker-card-row').count();
      await page.locator('[data-testid="worker-card-row"][data-status="active"]').getByTestId('reissue-open').click();
      await page.getByTestId('reissue-reason-lost').click();
      await expectIndonesian(page, ENGLISH);
      await screenshot(page, 'cards-worker-reissue-desktop');
      await page.getByTestId('reissue-confirm').click();
      await expect.poll(() => page.getByTestId('reissue-done').textContent()).toMatch(/dicabut; kartu ke-\d+ diterbitkan/);
      await expect.poll(() => page.getByTestId('worker-card-row').count()).toBe(before + 1);
      await expect.poll(() => page.locator('[data-testid="worker-card-row"][data-status="revoked"]').count()).toBeGreaterThan(0);
      await expectIndonesian(page, ENGLISH);
      await screenshot(page, 'cards-worker-desktop');
      await page.getByTestId('worker-cards').screenshot({ path: path.join(ARTIFACTS, 'cards-worker-section-desktop.png') });

      const context = await browser.newContext({ viewport: PHONE });
      const anon = await context.newPage();
      await anon.goto(`${server.url}/verifikasi`);
      await anon.getByTestId('verify-input-text').fill(payload);
      await anon.getByTestId('verify-input-submit').click();
      await expect.poll(() => anon.getByTestId('verify-result').getAttribute('data-verdict')).toBe('REVOKED');
      expect(await anon.getByTestId('verify-verdict').textContent()).toBe('DICABUT');
      expect(await anon.getByTestId('verify-replaced').textContent()).toMatch(/sudah diganti/);
      await expectIndonesian(anon, ENGLISH);
      await screenshot(anon, 'cards-verify-revoked-phone');
      await context.close();
    },
    LONG,
  );

  it(
    'officer: a worker who is not protected gets no card, said plainly',
    async () => {
      const { rows } = await sql<{ id: string }>`
        select w.id from workers w
        where w.village_code like '62.02.%' and w.status = 'verified'
          and not exists (select 1 from coverage_states s where s.worker_id = w.id and s.state = 'ACTIVE')
        order by w.id limit 1
      `.execute(server.database.db);
      expect(rows.length).toBe(1);
      await page.goto(`${server.url}/workers/${rows[0]!.id}`);
      await expect.poll(() => page.getByTestId('worker-card-not-covered').textContent()).toMatch(/tidak sedang terlindungi/);
      expect(await page.getByTestId('worker-card-print').count()).toBe(0);
      await expectIndonesian(page, ENGLISH);
    },
    LONG,
  );

  it(
    'officer on a phone: every card page fits 390 px',
    async () => {
      const context = await browser.newContext({ viewport: PHONE });
      const phone = await context.newPage();
      const phoneErrors = collectErrors(phone);
      await signIn(phone, server.url, 'officer');
      const pages: [string, string, string][] = [
        ['/cards', 'cards-page', 'cards-new-phone'],
        [`/cards/batches/${batchId}`, 'card-batch-page', 'cards-batch-phone'],
        ['/cards/events', 'handover-events-page', 'cards-events-phone'],
        [`/cards/events/${eventId}`, 'handover-event-page', 'cards-event-phone'],
        [`/workers/${workerId}`, 'worker-cards', 'cards-worker-phone'],
      ];
      for (const [path, testId, name] of pages) {
        await phone.goto(`${server.url}${path}`);
        await phone.getByTestId(testId).waitFor();
        await phone.waitForLoadState('networkidle');
        const overflow = await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, path).toBeLessThanOrEqual(0);
        await expectIndonesian(phone, ENGLISH);
        await screenshot(phone, name);
      }
      await phone.goto(`${server.url}/cards/events`);
      await phone.getByTestId('event-new').click();
      await phone.getByTestId('event-form').waitFor();
      await phone.waitForLoadState('networkidle');
      expect(await phone.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);
      await expectIndonesian(phone, ENGLISH);
      await screenshot(phone, 'cards-event-form-phone');
      await phone.goto(`${server.url}/workers/${workerId}`);
      await phone.getByTestId('worker-cards-table').waitFor();
      await phone.getByTestId('worker-cards').screenshot({ path: path.join(ARTIFACTS, 'cards-worker-section-phone.png') });
      expect(pageErrors(phoneErrors)).toEqual([]);
      // The two refusals the journey provokes (an empty batch, a check-in of a non-card) are 422s.
      expect(pageErrors(errors).filter((e) => !/status of 422/.test(e))).toEqual([]);
      await context.close();
    },
    LONG,
  );
});
