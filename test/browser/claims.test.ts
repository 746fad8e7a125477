/// <reference lib="dom" />
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { decryptNik } from '../../src/modules/workers/repository.ts';
import { collectErrors, expectIndonesian, hasChromium, launchBrowser, screenshot, signIn, startDemoServer, type DemoServer } from './support.ts';

/**
 * Claims in the browser, on the demo of a fresh start: an officer opens a JKM claim for a covered
 * worker and takes it to verification, a second officer approves and pays it, the donor whose money
 * protected the worker sees it on the impact page; an heir reports a claim from the public form.
 */
const PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
const DESKTOP = { width: 1280, height: 900 };
const PHONE = { width: 390, height: 844 };
/** English that must not show on the Indonesian claim pages (the browser's own file-input words included). */
const ENGLISH = ['Claim', 'Documents', 'Submit', 'Verify', 'Approve', 'Heirs', 'Benefit', 'Paid', 'Upload', 'Choose File', 'No file chosen', 'Reject'];
/** Failed requests the journeys provoke on purpose: signed out, a text file as a PDF, an unknown participant. */
const isExpectedFailure = (error: string) => /status of (401|415|422)/.test(error);

function jakartaToday(): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Jakarta', year: 'numeric', month: '2-digit', day: '2-digit' }).format(new Date());
}

type ListedWorker = { id: string; fullName: string };

async function workerList(page: Page, url: string): Promise<ListedWorker[]> {
  const answer = await page.request.get(`${url}/api/workers?coverage=active&limit=100`);
  expect(answer.status()).toBe(200);
  return ((await answer.json()) as { items: ListedWorker[] }).items;
}

async function signOut(page: Page): Promise<void> {
  const logout = page.getByTestId('logout');
  if (!(await logout.isVisible())) await page.getByTestId('user-menu').click();
  await logout.click();
  await page.waitForURL(/\/login/);
}

async function fitsPhone(page: Page): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
}

describe.skipIf(!hasChromium)('claims in Chromium (demo data)', () => {
  let demo: DemoServer;
  let browser: Browser;
  const contexts: BrowserContext[] = [];

  beforeAll(async () => {
    demo = await startDemoServer();
    browser = await launchBrowser();
  }, 180_000);

  afterAll(async () => {
    for (const context of contexts) await context.close().catch(() => undefined);
    await browser?.close();
    await demo?.close();
  });

  async function newPage(viewport: { width: number; height: number }): Promise<Page> {
    const context = await browser.newContext({ viewport, locale: 'id-ID' });
    contexts.push(context);
    return context.newPage();
  }

  it('officer opens a JKM claim and verifies it; a second officer approves and pays; the donor sees the family it helped', async () => {
    const url = demo.url;

    // A worker the demo donor protects this month, in the officer's regency, without a claim yet.
    const donorPage = await newPage(DESKTOP);
    const donorErrors = collectErrors(donorPage);
    await signIn(donorPage, url, 'donor');
    const donorWorkers = await workerList(donorPage, url);

    const page = await newPage(DESKTOP);
    const errors = collectErrors(page);
    await signIn(page, url, 'officer');
    const officerWorkers = new Set((await workerList(page, url)).map((w) => w.id));
    const claimed = new Set(((await (await page.request.get(`${url}/api/claims`)).json()) as { items: { worker: { id: string } }[] }).items.map((c) => c.worker.id));
    // …whose name finds them among the first results of the search the page makes.
    let worker: ListedWorker | undefined;
    for (const candidate of donorWorkers.filter((w) => officerWorkers.has(w.id) && !claimed.has(w.id) && w.fullName.length >= 6)) {
      const found = await page.request.get(`${url}/api/workers?q=${encodeURIComponent(candidate.fullName)}&limit=10&sort=name`);
      if (((await found.json()) as { items: ListedWorker[] }).items.some((w) => w.id === candidate.id)) {
        worker = candidate;
        break;
      }
    }
    expect(worker).toBeDefined();
    if (!worker) return;

    // The list, then "Klaim baru".
    await page.getByTestId('nav').getByRole('link', { name: 'Klaim', exact: true }).click();
    await page.getByTestId('claims-table').waitFor();
    expect(await page.getByTestId('claim-row').count()).toBeGreaterThanOrEqual(1);
    await expectIndonesian(page, ENGLISH);
    await screenshot(page, 'claims-list-desktop');
    await page.getByTestId('claims-tab-overdue').click();
    await page.getByTestId('claims-empty').waitFor();
    expect(await page.getByTestId('claims-empty').textContent()).toContain('lewat batas waktu');
    await page.getByTestId('claims-new').click();
    await page.getByTestId('new-claim-page').waitFor();

    // Find the worker by name, choose JKM and today's date: the coverage on that day shows at once.
    await page.getByTestId('claim-worker-search').fill(worker.fullName);
    await page.locator(`[data-testid="claim-worker-option"][data-worker-id="${worker.id}"]`).click();
    expect(await page.getByTestId('claim-worker-name').textContent()).toBe(worker.fullName);
    await page.getByTestId('claim-type').selectOption('JKM');
    await page.getByTestId('claim-event-date').fill(jakartaToday());
    const eligibility = page.getByTestId('claim-eligibility-result');
    await expect.poll(() => eligibility.getAttribute('data-covered')).toBe('true');
    expect(await page.getByTestId('claim-eligibility-result-reason').textContent()).toMatch(/^Aktif: iuran sudah dibayar/);
    await page.getByTestId('claim-description').fill('Meninggal dunia karena sakit di rumah.');
    await page.getByTestId('claimant-0-name').fill('Sri Handayani');
    await page.getByTestId('claimant-0-relationship').selectOption('SPOUSE');
    await page.getByTestId('claimant-0-phone').fill('081234567890');
    await page.getByTestId('claimant-0-bank').fill('BRI');
    await page.getByTestId('claimant-0-account').fill('0021 0100 0456 789');
    await page.getByTestId('claimant-0-holder').fill('Sri Handayani');
    await page.getByTestId('claimant-0-consent').check();
    await expectIndonesian(page, ENGLISH);
    await screenshot(page, 'claims-new-desktop');
    await page.getByTestId('new-claim-submit').click();

    // The claim: Rp 42.000.000 item by item, all of it to the widow.
    const claimPage = page.getByTestId('claim-page');
    await expect.poll(() => claimPage.getAttribute('data-status'), { timeout: 15_000 }).toBe('draft');
    const claimUrl = page.url();
    const number = (await page.getByTestId('claim-number').textContent()) ?? '';
    expect(number).toMatch(/^KLM-\d{4}-\d{6}$/);
    expect(await page.getByTestId('claim-benefit-total').textContent()).toBe('Rp 42.000.000');
    const items = await page.getByTestId('claim-benefit').locator('tbody tr').evaluateAll((rows) => rows.map((row) => [row.getAttribute('data-code'), row.querySelector('.cell-money')?.textContent]));
    expect(items).toEqual([
      ['JKM_LUMP_SUM', 'Rp 20.000.000'],
      ['PERIODIC', 'Rp 12.000.000'],
      ['FUNERAL', 'Rp 10.000.000'],
    ]);
    expect(await page.getByTestId('claimant-row-amount').textContent()).toBe('Rp 42.000.000');
    expect(await page.getByTestId('claimant-row-bank').textContent()).toContain('****6789');
    expect(await page.getByTestId('claim-coverage').getAttribute('data-covered')).toBe('true');

    // A text file is refused in Indonesian (by the browser's type, and by the server's look at the bytes).
    await page.getByTestId('claim-upload-kind').selectOption('AKTA_KEMATIAN');
    await page.getByTestId('claim-upload-file').setInputFiles({ name: 'catatan.txt', mimeType: 'text/plain', buffer: Buffer.from('bukan dokumen') });
    await page.getByTestId('claim-upload-submit').click();
    expect(await page.getByTestId('claim-upload-error').textContent()).toBe('Jenis berkas tidak diterima: unggah PDF, JPG atau PNG.');
    await page.getByTestId('claim-upload-file').setInputFiles({ name: 'akta-palsu.pdf', mimeType: 'application/pdf', buffer: Buffer.from('hanya teks, bukan PDF') });
    await page.getByTestId('claim-upload-submit').click();
    await expect.poll(() => page.getByTestId('claim-upload-error').textContent()).toBe('Jenis berkas tidak diterima: unggah PDF, JPG atau PNG.');
    await screenshot(page, 'claims-upload-refused-desktop');

    // Every required document, one by one, until the checklist is complete.
    const kinds = await page.getByTestId('claim-checklist-item').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-kind') ?? ''));
    expect(kinds).toEqual(['KARTU_PESERTA', 'KTP_PESERTA', 'KTP_AHLI_WARIS', 'AKTA_KEMATIAN', 'KARTU_KELUARGA', 'SURAT_AHLI_WARIS', 'BUKU_TABUNGAN', 'BUKU_NIKAH']);
    for (const kind of kinds) {
      await page.getByTestId('claim-upload-kind').selectOption(kind);
      await page.getByTestId('claim-upload-file').setInputFiles({ name: `${kind.toLowerCase().replaceAll('_', '-')}.pdf`, mimeType: 'application/pdf', buffer: PDF });
      await page.getByTestId('claim-upload-submit').click();
      await page.locator(`[data-testid="claim-checklist-item"][data-kind="${kind}"][data-present="true"]`).waitFor();
    }
    expect(await page.getByTestId('claim-docs-summary').getAttribute('data-missing')).toBe('0');
    expect(await page.getByTestId('claim-doc').count()).toBe(kinds.length);

    // Ajukan, Verifikasi — and Setujui is not offered to the officer who made the claim.
    await page.getByTestId('claim-submit').click();
    await expect.poll(() => claimPage.getAttribute('data-status')).toBe('submitted');
    await page.getByTestId('claim-verify').click();
    await expect.poll(() => claimPage.getAttribute('data-status')).toBe('verified');
    expect(await page.getByTestId('claim-approve-blocked').textContent()).toContain('harus disetujui petugas lain');
    expect(await page.getByTestId('claim-approve').count()).toBe(0);
    expect(await page.getByTestId('claim-sla').textContent()).toContain('paling lambat');
    await expectIndonesian(page, ENGLISH);
    await screenshot(page, 'claims-verified-maker-desktop');
    await signOut(page);

    // The branch's second officer approves and records the payout.
    await signIn(page, url, 'supervisor');
    await page.goto(claimUrl);
    await expect.poll(() => claimPage.getAttribute('data-status')).toBe('verified');
    await page.getByTestId('claim-approve').click();
    await expect.poll(() => claimPage.getAttribute('data-status')).toBe('approved');
    await page.getByTestId('claim-pay-reference').fill('BRI-TRF-20261124');
    await screenshot(page, 'claims-approved-desktop');
    await page.getByTestId('claim-pay-submit').click();
    await expect.poll(() => claimPage.getAttribute('data-status')).toBe('paid');
    expect(await page.getByTestId('claim-status').textContent()).toBe('Dibayar');
    expect(await page.getByTestId('claim-paid-summary').textContent()).toContain('BRI-TRF-20261124');
    expect(await page.getByTestId('claim-paid-penalty').textContent()).toContain('tanpa denda');
    await expectIndonesian(page, ENGLISH);
    await screenshot(page, 'claims-paid-desktop');

    // The list shows it among the paid claims.
    await page.goto(`${url}/claims?status=paid`);
    await page.locator(`[data-testid="claim-row"][data-number="${number}"]`).waitFor();
    expect(await page.locator(`[data-testid="claim-row"][data-number="${number}"]`).getAttribute('data-status')).toBe('paid');

    // The same claim on a phone.
    const phone = await newPage(PHONE);
    const phoneErrors = collectErrors(phone);
    await signIn(phone, url, 'supervisor');
    await phone.goto(claimUrl);
    await expect.poll(() => phone.getByTestId('claim-page').getAttribute('data-status')).toBe('paid');
    await fitsPhone(phone);
    await expectIndonesian(phone, ENGLISH);
    await screenshot(phone, 'claims-paid-phone');
    await phone.goto(`${url}/claims`);
    await phone.getByTestId('claims-table').waitFor();
    await fitsPhone(phone);
    await screenshot(phone, 'claims-list-phone');

    // The donor: the new paid claim, the amount, and the family name it agreed to show.
    await donorPage.goto(`${url}/donations/impact`);
    const item = donorPage.locator(`[data-testid="impact-item"][data-number="${number}"]`);
    await item.waitFor();
    expect(await item.getByTestId('impact-amount').textContent()).toBe('Rp 42.000.000');
    expect(await item.getByTestId('impact-family').textContent()).toBe('Sri Handayani');
    expect(await donorPage.getByTestId('impact-item').count()).toBeGreaterThanOrEqual(2);
    await expectIndonesian(donorPage, ENGLISH);
    await screenshot(donorPage, 'claims-impact-desktop');
    const donorPhone = await newPage(PHONE);
    await signIn(donorPhone, url, 'donor');
    await donorPhone.goto(`${url}/donations/impact`);
    await donorPhone.locator(`[data-testid="impact-item"][data-number="${number}"]`).waitFor();
    await fitsPhone(donorPhone);
    await screenshot(donorPhone, 'claims-impact-phone');

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    expect(phoneErrors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    expect(donorErrors.filter((error) => !isExpectedFailure(error))).toEqual([]);
  }, 240_000);

  it('an heir, on a phone: a wrong birth date is refused in Indonesian; the right one gives a claim number and uploads that survive a reload', async () => {
    const row = await demo.database.db
      .selectFrom('workers')
      .innerJoin('coverage_states as s', (join) => join.onRef('s.worker_id', '=', 'workers.id').on('s.program', '=', 'JKM'))
      .leftJoin('claims', 'claims.worker_id', 'workers.id')
      .select(['workers.id', 'workers.nik_ciphertext', 'workers.nik_key_id', 'workers.birth_date'])
      .where('s.state', '=', 'ACTIVE')
      .where('claims.id', 'is', null)
      .where('workers.birth_date', 'is not', null)
      .where('workers.village_code', 'like', '62.02.%')
      .orderBy('workers.id', 'desc')
      .executeTakeFirstOrThrow();
    const nik = decryptNik(demo.config.keyring, row);
    const birthDate = row.birth_date!;
    const wrongBirthDate = `${Number(birthDate.slice(0, 4)) - 1}${birthDate.slice(4)}`;

    const page = await newPage(PHONE);
    const errors = collectErrors(page);
    await page.goto(`${demo.url}/klaim`);
    await page.getByTestId('public-claim-form').waitFor();
    expect(await page.getByTestId('public-claim-title').textContent()).toBe('Laporkan klaim');
    await page.getByTestId('public-nik').fill(nik);
    await page.getByTestId('public-birth').fill(wrongBirthDate);
    await page.getByTestId('public-type').selectOption('JKM');
    await page.getByTestId('public-event-date').fill(jakartaToday());
    await page.getByTestId('public-description').fill('Suami saya meninggal dunia di rumah.');
    await page.getByTestId('public-claimant-name').fill('Rina Marlina');
    await page.getByTestId('public-claimant-relationship').selectOption('SPOUSE');
    await page.getByTestId('public-claimant-phone').fill('081298765432');
    await page.getByTestId('public-claimant-bank').fill('BNI');
    await page.getByTestId('public-claimant-account').fill('1122334455');
    await page.getByTestId('public-claimant-holder').fill('Rina Marlina');
    await page.getByTestId('public-submit').click();
    await page.getByTestId('public-not-found').waitFor();
    expect(await page.getByTestId('public-not-found').textContent()).toContain('Tidak ada peserta dengan NIK dan tanggal lahir itu');
    await fitsPhone(page);
    await expectIndonesian(page, ENGLISH);
    await screenshot(page, 'claims-public-refused-phone');

    // The right birth date: a claim number and the documents to upload.
    await page.getByTestId('public-birth').fill(birthDate);
    await page.getByTestId('public-submit').click();
    await page.getByTestId('public-claim-started').waitFor();
    const number = (await page.getByTestId('public-claim-number').textContent()) ?? '';
    expect(number).toMatch(/^KLM-\d{4}-\d{6}$/);
    const death = page.locator('[data-testid="public-doc"][data-kind="AKTA_KEMATIAN"]');
    await death.getByTestId('public-doc-file').setInputFiles({ name: 'akta-kematian.pdf', mimeType: 'application/pdf', buffer: PDF });
    await death.getByTestId('public-doc-submit').click();
    await expect.poll(() => death.getAttribute('data-uploaded')).toBe('true');
    // A reload keeps the number and what was uploaded (the token stays in this tab).
    await page.reload();
    await page.getByTestId('public-claim-started').waitFor();
    expect(await page.getByTestId('public-claim-number').textContent()).toBe(number);
    expect(await page.locator('[data-testid="public-doc"][data-kind="AKTA_KEMATIAN"]').getAttribute('data-uploaded')).toBe('true');
    const card = page.locator('[data-testid="public-doc"][data-kind="KARTU_PESERTA"]');
    await card.getByTestId('public-doc-file').setInputFiles({ name: 'kartu.pdf', mimeType: 'application/pdf', buffer: PDF });
    await card.getByTestId('public-doc-submit').click();
    await expect.poll(() => card.getAttribute('data-uploaded')).toBe('true');
    await fitsPhone(page);
    await expectIndonesian(page, ENGLISH);
    await screenshot(page, 'claims-public-started-phone');

    // The branch sees it waiting for verification, with the heir's documents.
    const claim = await demo.database.db.selectFrom('claims').select(['id', 'status', 'source']).where('number', '=', number).executeTakeFirstOrThrow();
    expect(claim).toMatchObject({ status: 'submitted', source: 'public' });
    const documents = await demo.database.db.selectFrom('claim_documents').select('kind').where('claim_id', '=', claim.id).execute();
    expect(documents.map((d) => d.kind).sort()).toEqual(['AKTA_KEMATIAN', 'KARTU_PESERTA']);
    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
  }, 120_000);
});
