/// <reference lib="dom" />
import { randomInt, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/database.ts';
import { decryptNik } from '../../src/modules/workers/repository.ts';
import { seedDemoHistory } from '../../src/seed/demo/history.ts';
import { seedDemo } from '../../src/seed/demo/index.ts';
import { ensureWebBuilt } from '../../src/web-build.ts';
import { testConfig, testDatabase } from '../helpers/context.ts';
import { isolatedDatabase } from '../helpers/isolated.ts';
import { freePort } from '../helpers/listening.ts';

const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const hasChromium = existsSync(CHROMIUM);
const ARTIFACTS = path.resolve('.test-artifacts/browser');
if (!hasChromium) {
  process.stdout.write(`[browser] Chromium tidak ada di ${CHROMIUM}: perjalanan browser dilewati.\n`);
}

const PASSWORD = 'lingkaran-demo';
const ROLES = ['admin', 'officer', 'donor', 'gov', 'jury', 'agent'] as const;

describe.skipIf(!hasChromium)('browser journeys in Chromium', () => {
  let app: FastifyInstance;
  let database: Database;
  let browser: Browser;
  let baseUrl: string;

  beforeAll(async () => {
    mkdirSync(ARTIFACTS, { recursive: true });
    await ensureWebBuilt();
    database = testDatabase();
    // The payment simulator calls the application back over HTTP (its Status API and webhook), so the
    // server must know the port it listens on before it starts.
    const port = await freePort();
    baseUrl = `http://localhost:${port}`;
    const config = testConfig({ PUBLIC_URL: baseUrl, PORT: String(port), PAYMENT_SIMULATOR: 'true' });
    app = await buildApp({ config, database, isWebServed: true });
    await app.listen({ port, host: '127.0.0.1' });
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
    });
  });

  afterAll(async () => {
    await browser?.close();
    await app?.close();
    await database?.close();
  });

  async function signIn(page: Page, role: string) {
    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-email').fill(`${role}@lingkaran.test`);
    await page.getByTestId('login-password').fill(PASSWORD);
    await page.getByTestId('login-submit').click();
    await page.getByTestId('home-title').waitFor();
  }

  it('refuses a wrong password with a message in Bahasa Indonesia', async () => {
    const page = await browser.newPage();
    await page.goto(`${baseUrl}/`);
    await page.waitForURL(/\/login/);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
    await page.getByTestId('login-email').fill('admin@lingkaran.test');
    await page.getByTestId('login-password').fill('bukan-sandinya');
    await page.getByTestId('login-submit').click();
    await expect.poll(() => page.getByTestId('login-error').textContent()).toMatch(/salah/i);
    await page.screenshot({ path: path.join(ARTIFACTS, 'login-error.png') });
    await page.close();
  });

  for (const role of ROLES) {
    it(`${role}: signs in, sees its home in Bahasa Indonesia and English, signs out`, async () => {
      const context = await browser.newContext({ viewport: role === 'agent' ? { width: 375, height: 800 } : { width: 1280, height: 800 } });
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('pageerror', (error) => errors.push(error.message));
      page.on('console', (message) => {
        if (message.type() === 'error') errors.push(message.text());
      });

      await signIn(page, role);
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('id');
      const titleId = await page.getByTestId('home-title').textContent();
      expect(titleId?.trim().length).toBeGreaterThan(0);
      await page.screenshot({ path: path.join(ARTIFACTS, `${role}-id.png`), fullPage: true });

      await page.getByTestId('lang-switch').selectOption('en');
      await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
      await expect.poll(async () => page.getByTestId('home-title').textContent()).not.toBe(titleId);
      await page.screenshot({ path: path.join(ARTIFACTS, `${role}-en.png`), fullPage: true });

      // The choice is remembered for the user: a new browser session comes back in English.
      const fresh = await browser.newContext();
      const freshPage = await fresh.newPage();
      await signIn(freshPage, role);
      await expect.poll(() => freshPage.evaluate(() => document.documentElement.lang)).toBe('en');
      await freshPage.getByTestId('lang-switch').selectOption('id');
      await expect.poll(() => freshPage.evaluate(() => document.documentElement.lang)).toBe('id');
      await fresh.close();

      // Sign out (on a phone the menu may have to be opened first).
      const logout = page.getByTestId('logout');
      if (!(await logout.isVisible())) await page.getByTestId('user-menu').click();
      await logout.click();
      await page.waitForURL(/\/login/);
      const me = await page.evaluate(async () => (await fetch('/api/auth/me')).status);
      expect(me).toBe(401);
      expect(errors.filter((e) => !/401|Unauthorized/i.test(e))).toEqual([]);
      await context.close();
    });
  }

  /** Page errors and console errors, less the failed requests a journey provokes on purpose. */
  function collectErrors(page: Page): string[] {
    const errors: string[] = [];
    page.on('pageerror', (error) => errors.push(error.message));
    page.on('console', (message) => {
      if (message.type() === 'error') errors.push(message.text());
    });
    return errors;
  }
  const isExpectedFailure = (error: string) => /status of (400|401)/.test(error);

  it('anonymous, on a phone: Simulasi from the sign-in page — donor quote, family benefits, NIK check, errors, English', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);

    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-simulasi').click();
    await page.waitForURL(/\/simulasi/);
    expect(await page.getByTestId('simulasi-title').textContent()).toBe('Simulasi iuran dan manfaat');

    // Donor: 100 workers × 6 months of JKK + JKM at Rp 1.000.000.
    await page.getByTestId('quote-workers').fill('100');
    await page.getByTestId('quote-months-6').click();
    await page.getByTestId('quote-submit').click();
    await page.getByTestId('quote-result').waitFor();
    expect(await page.getByTestId('quote-total').textContent()).toBe('Rp 10.080.000');
    expect(await page.getByTestId('quote-per-worker-monthly').textContent()).toBe('Rp 16.800');
    expect(await page.getByTestId('quote-protected').textContent()).toBe('100 × 6');
    const lines = await page.getByTestId('quote-lines').textContent();
    expect(lines).toContain('1 % × Rp 1.000.000');
    expect(lines).toContain('Rp 6.800 tetap');
    expect(await page.getByTestId('quote-regulations').textContent()).toContain('PP 44/2015');
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-donor-phone.png'), fullPage: true });

    // Family: death not caused by work.
    await page.getByTestId('simulasi-tab-keluarga').click();
    await page.getByTestId('benefit-type-JKM').click();
    await page.getByTestId('benefit-submit').click();
    await expect.poll(() => page.getByTestId('benefit-total').textContent()).toBe('Rp 42.000.000');
    const items = await page.getByTestId('benefit-items').textContent();
    expect(items).toContain('Santunan kematian');
    expect(items).toContain('Biaya pemakaman');
    expect(await page.getByTestId('benefit-scholarship').textContent()).toMatch(/paling sedikit 36 bulan/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-family-phone.png'), fullPage: true });

    // A bad number of months: the server's own sentence, beside the field.
    await page.getByTestId('benefit-contribution-months').fill('-1');
    await page.getByTestId('benefit-submit').click();
    await expect
      .poll(() => page.getByTestId('issue-contributionMonths').textContent())
      .toBe('Masa iur harus bilangan bulat 0 atau lebih (bulan); yang diisi -1.');
    expect(await page.getByTestId('benefit-result').count()).toBe(0);

    // NIK: parsed against the region tree; then one digit short.
    await page.getByTestId('simulasi-tab-nik').click();
    await page.getByTestId('nik-input').fill('3515144508680002');
    await page.getByTestId('nik-submit').click();
    await page.getByTestId('nik-result').waitFor();
    expect(await page.getByTestId('nik-regency').textContent()).toContain('Kabupaten Sidoarjo');
    expect(await page.getByTestId('nik-sex-value').textContent()).toBe('Perempuan');
    expect(await page.getByTestId('nik-birth').textContent()).toBe('5 Agustus 1968');
    expect(await page.getByTestId('nik-result').textContent()).toContain('3515********0002');
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-nik-phone.png'), fullPage: true });

    await page.getByTestId('nik-input').fill('351514450868000');
    await page.getByTestId('nik-submit').click();
    await expect.poll(() => page.getByTestId('issue-nik').textContent()).toBe('NIK harus 16 angka; yang diisi 15 angka.');
    expect(await page.getByTestId('nik-error').textContent()).toContain('NIK harus 16 angka');
    expect(await page.getByTestId('nik-result').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-nik-error-phone.png'), fullPage: true });

    // English: our labels switch, and the server's message is asked for again in English.
    await page.getByTestId('lang-switch').selectOption('en');
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    await expect.poll(() => page.getByTestId('issue-nik').textContent()).toBe('A NIK has 16 digits; this one has 15.');
    expect(await page.getByTestId('simulasi-tab-nik').textContent()).toContain('Check a NIK');
    expect(await page.getByTestId('simulasi-title').textContent()).toBe('Contributions and benefits simulator');
    await page.getByTestId('simulasi-tab-donatur').click();
    await expect.poll(() => page.getByTestId('quote-result').textContent()).toContain('Per worker per month');
    expect(await page.getByTestId('quote-total').textContent()).toBe('Rp 10.080.000');
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-donor-en-phone.png'), fullPage: true });

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  });

  it('signed in, on a desktop: Simulasi from the navigation — budget, discount, work-accident death, rule sources', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, 'donor');
    await page.getByTestId('nav').getByRole('link', { name: 'Simulasi' }).click();
    await page.waitForURL(/\/simulasi/);
    await page.getByTestId('quote-form').waitFor();

    // A budget: how many workers it protects for a year, and what is left.
    await page.getByTestId('quote-mode-budget').click();
    await page.getByTestId('quote-budget').fill('Rp 100.000.000');
    await page.getByTestId('quote-months-12').click();
    await page.getByTestId('quote-start-year').selectOption('2026');
    await page.getByTestId('quote-start-month').selectOption('1');
    await page.getByTestId('quote-submit').click();
    await expect.poll(() => page.getByTestId('quote-protected').textContent()).toBe('496 × 12');
    expect(await page.getByTestId('quote-remainder').textContent()).toBe('Rp 6.400');
    expect(await page.getByTestId('quote-period').textContent()).toBe('1 Januari 2026 – 31 Desember 2026');

    // A motorcycle-taxi driver from January 2026: the 2025 transport discount for its last three months.
    await page.getByTestId('quote-mode-workers').click();
    await page.getByTestId('quote-workers').fill('100');
    await page.getByTestId('quote-months-6').click();
    await page.getByTestId('quote-occupation').selectOption('OJEK');
    await page.getByTestId('quote-submit').click();
    await expect.poll(() => page.getByTestId('quote-total').textContent()).toBe('Rp 7.560.000');
    const discounts = await page.getByTestId('quote-discounts').textContent();
    expect(discounts).toContain('Januari 2026, Februari 2026, Maret 2026');
    expect(discounts).toContain('Sumber berbeda');
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-donor-desktop.png'), fullPage: true });

    // Death from a work accident with a child at SMA.
    await page.getByTestId('simulasi-tab-keluarga').click();
    await page.getByTestId('benefit-type-JKK_DEATH').click();
    await page.getByTestId('benefit-date').fill('2026-11-01');
    await page.getByTestId('benefit-income').fill('3.131.321');
    await page.getByTestId('child-add').click();
    await page.getByTestId('child-birth-0').fill('2011-06-01');
    await page.getByTestId('child-level-0').selectOption('SMA');
    await page.getByTestId('benefit-submit').click();
    await expect.poll(() => page.getByTestId('benefit-total').textContent()).toBe('Rp 241.303.408');
    expect(await page.getByTestId('benefit-items').textContent()).toContain('Beasiswa pendidikan, anak ke-1');
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-family-desktop.png'), fullPage: true });

    // Where every figure comes from.
    await page.getByTestId('simulasi-tab-aturan').click();
    await page.getByTestId('rules-settings').waitFor();
    const rates = await page.getByTestId('rules-rates').textContent();
    expect(rates).toContain('Rp 6.800 per bulan');
    expect(rates).toContain('PP 44/2015');
    expect(rates).toContain('Terverifikasi');
    expect(await page.getByTestId('rules-discounts-table').textContent()).toContain('Sumber berbeda');
    expect(await page.getByTestId('rules-settings').textContent()).toContain('Belum diperiksa');
    await page.screenshot({ path: path.join(ARTIFACTS, 'simulasi-rules-desktop.png'), fullPage: true });

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  });

  // ---------- Worker registry ----------

  const two = (n: number) => String(n).padStart(2, '0');
  const letters = (length = 7) => Array.from({ length }, (_, i) => String.fromCharCode((i === 0 ? 65 : 97) + randomInt(26))).join('');
  const calendarDate = new Intl.DateTimeFormat('id-ID', { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' });

  /** A village of a regency in the demo data, with its district's code and name. */
  async function villageIn(prefix: string) {
    const village = await database.db
      .selectFrom('regions')
      .select(['code', 'parent_code'])
      .where('level', '=', 4)
      .where('code', 'like', `${prefix}.%`)
      .orderBy('code')
      .executeTakeFirstOrThrow();
    const district = await database.db.selectFrom('regions').select(['code', 'name']).where('code', '=', village.parent_code!).executeTakeFirstOrThrow();
    return { villageCode: village.code, districtCode: district.code, districtName: district.name };
  }

  /**
   * A structurally valid NIK, new to the database: district digits, DDMMYY (women add 40 to the
   * day), a random serial. Born in 1985, so of working age.
   */
  function freshNik(districtCode: string, sex: 'L' | 'P') {
    const day = 1 + randomInt(28);
    const month = 1 + randomInt(12);
    const nik = `${districtCode.replaceAll('.', '')}${two(sex === 'P' ? day + 40 : day)}${two(month)}85${String(1 + randomInt(9999)).padStart(4, '0')}`;
    return { nik, birthDate: calendarDate.format(Date.UTC(1985, month - 1, day)) };
  }

  /** Chooses the village in the registration form: the district, then the village. */
  async function chooseVillage(page: Page, place: { districtCode: string; villageCode: string }) {
    await page.getByTestId('worker-village-level-3').selectOption(place.districtCode);
    await page.getByTestId('worker-village-level-4').selectOption(place.villageCode);
  }

  it('officer, on a desktop: registers a worker with live NIK feedback, fixes a bad phone, reveals the NIK with a reason, verifies', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const place = await villageIn('62.02');
    const { nik, birthDate } = freshNik(place.districtCode, 'P');
    const name = `Siti Aminah ${letters()}`;

    await signIn(page, 'officer');
    await page.getByTestId('nav').getByRole('link', { name: 'Pekerja', exact: true }).click();
    await page.getByTestId('workers-table').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-list-desktop.png'), fullPage: true });
    await page.getByTestId('workers-register').click();
    await page.waitForURL(/\/workers\/new$/);

    // The NIK is read while it is typed: region names, birth date and sex.
    await page.getByTestId('worker-nik').fill(nik.slice(0, 10));
    await expect.poll(() => page.getByTestId('nik-feedback').textContent()).toBe('10 dari 16 angka');
    await page.getByTestId('worker-nik').fill(nik);
    await expect.poll(() => page.getByTestId('nik-feedback-regency').textContent()).toBe('Kabupaten Kotawaringin Timur');
    expect(await page.getByTestId('nik-feedback-province').textContent()).toBe('Kalimantan Tengah');
    expect(await page.getByTestId('nik-feedback-district').textContent()).toBe(place.districtName);
    expect(await page.getByTestId('nik-feedback-birth').textContent()).toBe(birthDate);
    expect(await page.getByTestId('nik-feedback-sex').textContent()).toBe('Perempuan');

    await page.getByTestId('worker-full-name').fill(name);
    await chooseVillage(page, place);
    await page.getByTestId('worker-occupation').selectOption('PETANI');
    await page.getByTestId('worker-phone').fill('021-555-1234');
    await page.getByTestId('register-submit').click();

    // A landline is refused by the server, and the message stands under the phone field.
    await expect.poll(() => page.getByTestId('issue-phone').textContent()).toBe('Nomor harus nomor ponsel Indonesia (08… atau +628…), 10–13 angka.');
    expect(page.url()).toMatch(/\/workers\/new$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-register-error-desktop.png'), fullPage: true });

    await page.getByTestId('worker-phone').fill('0812 3456 7890');
    await page.getByTestId('register-submit').click();
    await page.waitForURL(/\/workers\/[0-9a-f-]{36}$/);
    await page.getByTestId('registered-notice').waitFor();
    expect(await page.getByTestId('worker-name').textContent()).toBe(name);
    expect(await page.getByTestId('worker-nik-masked').textContent()).toBe(`${nik.slice(0, 4)}********${nik.slice(-4)}`);
    expect(await page.getByTestId('worker-status').textContent()).toBe('Terdaftar');
    expect(await page.getByTestId('worker-kpj').textContent()).toContain('Belum ada');
    // Coverage is read from its own endpoint: a new worker has never been covered.
    await expect.poll(() => page.getByTestId('worker-coverage').textContent()).toContain('Belum pernah terlindungi');
    expect(await page.getByTestId('worker-coverage').textContent()).toContain('setelah donasi');
    // Masked everywhere: the full NIK is not in the page.
    expect(await page.content()).not.toContain(nik);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-detail-desktop.png'), fullPage: true });

    // The full NIK needs a reason; the view is recorded and appears in the history.
    await page.getByTestId('reveal-open').click();
    await page.getByTestId('reveal-submit').click();
    expect(await page.getByTestId('reveal-problem').textContent()).toBe('Pilih alasan terlebih dahulu.');
    await page.getByTestId('reveal-reason').selectOption('VERIFICATION');
    await page.getByTestId('reveal-submit').click();
    await expect.poll(() => page.getByTestId('reveal-nik').textContent()).toBe(nik);
    expect(await page.getByTestId('reveal-phone').textContent()).toBe('+6281234567890');
    expect(await page.getByTestId('reveal-recorded').textContent()).toContain('dicatat di log audit');
    await expect.poll(() => page.getByTestId('worker-history').textContent()).toContain('NIK dan nomor HP lengkap ditampilkan');
    expect(await page.getByTestId('worker-history').textContent()).toContain('Alasan: Verifikasi data');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-reveal-desktop.png'), fullPage: true });
    await page.getByTestId('reveal-hide').click();
    expect(await page.getByTestId('reveal-result').count()).toBe(0);
    expect(await page.content()).not.toContain(nik);

    // Verify: the status changes and the button goes away.
    await page.getByTestId('worker-verify').click();
    await expect.poll(() => page.getByTestId('worker-status').textContent()).toBe('Terverifikasi');
    expect(await page.getByTestId('worker-verify').count()).toBe(0);
    expect(await page.getByTestId('worker-status-line').textContent()).toBe(`${name} sudah diverifikasi.`);
    await expect.poll(() => page.getByTestId('worker-history').textContent()).toContain('Diverifikasi');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-verified-desktop.png'), fullPage: true });

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  });

  it('officer: a name with HTML in it cannot be registered (NAME_INVALID) and nothing of it runs', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    page.on('dialog', (dialog) => {
      errors.push(`dialog: ${dialog.message()}`);
      void dialog.dismiss();
    });
    const place = await villageIn('62.02');
    await signIn(page, 'officer');
    await page.goto(`${baseUrl}/workers/new`);
    await page.getByTestId('worker-nik').fill(freshNik(place.districtCode, 'L').nik);
    await page.getByTestId('nik-feedback-result').waitFor();
    await page.getByTestId('worker-full-name').fill('<img src=x onerror=alert(1)>');
    await chooseVillage(page, place);
    await page.getByTestId('worker-occupation').selectOption('NELAYAN');
    await page.getByTestId('register-submit').click();

    const refusal = 'Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung (paling banyak 150 karakter).';
    await expect.poll(() => page.getByTestId('issue-fullName').textContent()).toBe(refusal);
    expect(await page.getByTestId('register-error').textContent()).toContain(refusal);
    expect(await page.locator('img[src="x"]').count()).toBe(0);
    expect(page.url()).toMatch(/\/workers\/new$/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-register-name-refused-desktop.png'), fullPage: true });

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  });

  it('officer: imports a CSV of two good rows and one bad row, sees the bad row, saves the valid rows', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const place = await villageIn('62.02');
    const names = [`Warga ${letters()}`, `Warga ${letters()}`];
    const csv = [
      'nik,nama_lengkap,kode_desa,pekerjaan,no_hp',
      `${freshNik(place.districtCode, 'L').nik},${names[0]},${place.villageCode},PETANI,081234567890`,
      `${freshNik(place.districtCode, 'P').nik},${names[1]},${place.villageCode},Nelayan,`,
      `${freshNik(place.districtCode, 'L').nik.slice(0, 15)},Warga ${letters()},${place.villageCode},PETANI,`,
    ].join('\n');

    await signIn(page, 'officer');
    await page.goto(`${baseUrl}/workers`);
    await page.getByTestId('workers-import').click();
    await page.waitForURL(/\/workers\/import$/);
    await page.getByTestId('import-file').setInputFiles({ name: 'pekerja-uji.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
    await page.getByTestId('import-upload').click();

    await expect.poll(() => page.getByTestId('import-status').textContent(), { timeout: 20_000 }).toBe('Siap disimpan');
    expect(await page.getByTestId('import-total').textContent()).toBe('3');
    expect(await page.getByTestId('import-valid').textContent()).toBe('2');
    expect(await page.getByTestId('import-errors').textContent()).toBe('1');
    const issues = page.getByTestId('import-issues-table');
    await expect.poll(() => issues.locator('tr[data-row="4"]').textContent()).toContain('NIK harus 16 angka; yang diisi 15 angka.');
    expect(await page.getByTestId('import-mode-all_or_nothing').locator('input').isDisabled()).toBe(true);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-import-checked-desktop.png'), fullPage: true });

    await page.getByTestId('import-mode-valid_only').click();
    await page.getByTestId('import-commit').click();
    await expect.poll(() => page.getByTestId('import-committed-count').textContent(), { timeout: 20_000 }).toBe('2');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-import-saved-desktop.png'), fullPage: true });

    // The saved workers are in the list.
    await page.getByTestId('import-to-list').click();
    await page.getByTestId('workers-search').fill(names[0]!);
    await expect.poll(() => page.getByTestId('workers-table').textContent()).toContain(names[0]);

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  });

  it('agent, on a phone: lists the workers of its region and opens one, without reveal, verify, edit or export', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, 'agent');
    await page.getByTestId('home-now-workers').getByRole('link').click();
    await page.getByTestId('workers-table').waitFor();
    expect(await page.getByTestId('workers-export').count()).toBe(0);
    expect(await page.getByTestId('workers-verify-queue').count()).toBe(0);
    expect(await page.getByTestId('workers-register').count()).toBe(1);
    const first = page.getByTestId('worker-row').first();
    expect(await first.textContent()).toMatch(/3514\*{8}\d{4}/);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-list-phone.png'), fullPage: true });

    await first.getByTestId('worker-link').click();
    await page.getByTestId('worker-page').waitFor();
    expect(await page.getByTestId('worker-nik-masked').textContent()).toMatch(/^3514\*{8}\d{4}$/);
    expect(await page.getByTestId('reveal-open').count()).toBe(0);
    expect(await page.getByTestId('worker-verify').count()).toBe(0);
    expect(await page.getByTestId('worker-edit').count()).toBe(0);
    expect(await page.getByTestId('worker-history').count()).toBe(0);
    await page.getByTestId('worker-coverage').waitFor();
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-detail-phone.png'), fullPage: true });

    // The registration form on a phone: the village starts at the agent's regency.
    await page.goto(`${baseUrl}/workers/new`);
    await page.getByTestId('worker-village-level-3').waitFor();
    expect(await page.getByTestId('worker-village').textContent()).toContain('Kabupaten Pasuruan');
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-register-phone.png'), fullPage: true });

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  });

  it('donor sees a kind empty list; gov and jury have no worker area', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, 'donor');
    await page.getByTestId('nav').getByRole('link', { name: 'Pekerja', exact: true }).click();
    await expect.poll(() => page.getByTestId('workers-empty').textContent()).toContain('Belum ada pekerja yang Anda lindungi');
    expect(await page.getByTestId('nik-lookup').count()).toBe(0);
    await page.screenshot({ path: path.join(ARTIFACTS, 'workers-donor-desktop.png'), fullPage: true });
    await context.close();
    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);

    for (const role of ['gov', 'jury']) {
      const other = await browser.newPage();
      await signIn(other, role);
      expect(await other.getByTestId('nav').getByRole('link', { name: 'Pekerja', exact: true }).count()).toBe(0);
      await other.goto(`${baseUrl}/workers`);
      await expect.poll(() => other.locator('h1').textContent()).toBe('Tidak untuk peran Anda');
      await other.close();
    }
  });

  it('shows honest placeholders for areas not built yet', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer');
    await page.goto(`${baseUrl}/statistics`);
    await page.getByTestId('not-available').waitFor();
    expect(await page.getByTestId('not-available').textContent()).toMatch(/belum/i);
    await page.close();
  });

  // ---------- Donations and payments ----------

  /** A valid 1 × 1 PNG (a transfer proof): signature, IHDR, one white pixel, IEND. */
  function tinyPng(): Buffer {
    const crcTable = Array.from({ length: 256 }, (_, n) => {
      let c = n;
      for (let k = 0; k < 8; k += 1) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
      return c >>> 0;
    });
    const crc32 = (bytes: Buffer) => {
      let crc = 0xffffffff;
      for (const byte of bytes) crc = (crcTable[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8);
      return (crc ^ 0xffffffff) >>> 0;
    };
    const chunk = (type: string, data: Buffer) => {
      const length = Buffer.alloc(4);
      length.writeUInt32BE(data.length);
      const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
      const crc = Buffer.alloc(4);
      crc.writeUInt32BE(crc32(body));
      return Buffer.concat([length, body, crc]);
    };
    const header = Buffer.alloc(13);
    header.writeUInt32BE(1, 0);
    header.writeUInt32BE(1, 4);
    header[8] = 8; // bit depth
    header[9] = 2; // colour type: RGB
    return Buffer.concat([
      Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
      chunk('IHDR', header),
      chunk('IDAT', deflateSync(Buffer.from([0, 255, 255, 255]))),
      chunk('IEND', Buffer.alloc(0)),
    ]);
  }

  /** Step 1 of the wizard: a cohort in Kotawaringin Timur (62.02), and the live availability check. */
  async function chooseCohort(page: Page, count: number) {
    await page.getByTestId('wizard-region-level-1').selectOption('62');
    await page.getByTestId('wizard-region-level-2').selectOption('62.02');
    await page.getByTestId('wizard-count').fill(String(count));
    const availability = page.locator('[data-testid="wizard-availability"]:not([data-state="checking"])');
    await availability.waitFor();
    expect(await availability.getAttribute('data-state')).toBe('enough');
    expect(await availability.textContent()).toContain(`${count} pekerja yang memenuhi syarat`);
    expect(await page.getByTestId('wizard-rule').textContent()).toContain('Belum pernah terlindungi lebih dulu');
  }

  const screenshot = async (page: Page, name: string) => {
    await page.evaluate(() => window.scrollTo(0, 0));
    await page.screenshot({ path: path.join(ARTIFACTS, `donations-${name}.png`), fullPage: true });
  };

  it('donor, on a desktop: protects 10 workers in Kotawaringin Timur for 6 months, pays through the simulator, sees them protected and gets a receipt', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    await signIn(page, 'donor');
    expect(await page.getByTestId('home-now-newDonation').textContent()).toContain('Donasi baru');
    await page.getByTestId('nav').getByRole('link', { name: 'Donasi baru' }).click();
    await page.getByTestId('wizard').waitFor();

    // (a) Who: a cohort, checked live against the workers who can still be protected.
    await chooseCohort(page, 10);
    await expect.poll(() => page.getByTestId('wizard-quote-protected').textContent()).toBe('10 × 12');
    await screenshot(page, 'wizard-who-desktop');
    await page.getByTestId('wizard-next').click();

    // (b) Programmes and period: JKK + JKM at Rp 1.000.000, six months; (c) the live, itemised quote.
    await page.getByTestId('wizard-months-6').click();
    await expect.poll(() => page.getByTestId('wizard-quote-total').textContent()).toBe('Rp 1.008.000');
    const lines = await page.getByTestId('wizard-quote-lines').textContent();
    expect(lines).toContain('JKK');
    expect(lines).toContain('Rp 10.000 per pekerja per bulan');
    expect(lines).toContain('Rp 600.000');
    expect(lines).toContain('Rp 6.800 per bulan');
    expect(lines).toContain('Rp 408.000');
    await screenshot(page, 'wizard-programmes-desktop');
    await page.getByTestId('wizard-next').click();

    // (d) Review and confirm: the invoice is made and its page opens.
    await expect.poll(() => page.getByTestId('review-workers').textContent()).toContain('10 pekerja di Kabupaten Kotawaringin Timur');
    expect(await page.getByTestId('review-period').textContent()).toContain('(6 bulan)');
    await screenshot(page, 'wizard-review-desktop');
    await page.getByTestId('wizard-submit').click();
    await page.waitForURL(/\/donations\/[0-9a-f-]{36}/);
    await page.getByTestId('donation-page').waitFor();
    const donationUrl = page.url().split('?')[0] ?? '';
    expect(await page.getByTestId('donation-status').textContent()).toBe('Menunggu pembayaran');
    expect(await page.getByTestId('donation-total').textContent()).toBe('Rp 1.008.000');
    expect(await page.getByTestId('donation-number').textContent()).toMatch(/^INV-\d{4}-\d{6}$/);
    expect(await page.getByTestId('donation-receipt').count()).toBe(0);
    await screenshot(page, 'invoice-desktop');

    // Pay through the simulator: the gateway's own page, marked as a demo.
    await page.getByTestId('pay-open').click();
    await page.getByTestId('pay-method-simulator').click();
    await page.getByTestId('pay-submit').click();
    await page.waitForURL(/\/simulator\/pay\//);
    expect(await page.getByTestId('simulator-banner').textContent()).toContain('bukan uang sungguhan');
    expect(await page.getByTestId('simulator-amount').textContent()).toBe('Rp 1.008.000');
    await screenshot(page, 'simulator-desktop');
    await page.getByTestId('simulator-settlement').click();
    await page.getByTestId('simulator-done').waitFor();
    await screenshot(page, 'simulator-paid-desktop');

    // Back on the donation page: paid, allocated, ten workers protected.
    await page.getByTestId('simulator-back').click();
    await page.waitForURL(donationUrl);
    await expect.poll(() => page.getByTestId('donation-page').getAttribute('data-status'), { timeout: 20_000 }).toBe('allocated');
    expect(await page.getByTestId('donation-status').textContent()).toContain('Lunas');
    expect(await page.getByTestId('allocation-workers').textContent()).toBe('10');
    expect(await page.getByTestId('allocation-amount').textContent()).toBe('Rp 1.008.000');
    await expect.poll(() => page.getByTestId('protected-row').count()).toBe(10);
    expect(await page.getByTestId('protected-count').textContent()).toBe('10 pekerja');
    expect(await page.getByTestId('donation-workers').textContent()).toMatch(/6202\*{8}\d{4}/);
    expect(await page.getByTestId('donation-payments').textContent()).toContain('Berhasil');
    await screenshot(page, 'paid-desktop');

    // The receipt is a PDF.
    const receipt = await page.getByTestId('donation-receipt').getAttribute('href');
    expect(receipt).toMatch(/\/receipt\.pdf$/);
    const pdf = await page.evaluate(async (url) => {
      const response = await fetch(url);
      const bytes = new Uint8Array(await response.arrayBuffer());
      return { status: response.status, type: response.headers.get('content-type'), head: String.fromCharCode(...bytes.slice(0, 5)) };
    }, receipt ?? '');
    expect(pdf).toEqual({ status: 200, type: 'application/pdf', head: '%PDF-' });

    // The list and the fund statement follow.
    await page.goto(`${baseUrl}/donations`);
    await expect.poll(() => page.getByTestId('donations-table').textContent()).toContain('10 pekerja × 6 bulan');
    await screenshot(page, 'list-desktop');
    await page.goto(`${baseUrl}/donations/fund`);
    await page.getByTestId('fund-table').waitFor();
    expect(await page.getByTestId('fund-table').textContent()).toContain('Pembayaran diterima');
    await screenshot(page, 'fund-desktop');

    // The same donation on a phone.
    const phone = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    const phonePage = await phone.newPage();
    await signIn(phonePage, 'donor');
    await phonePage.goto(donationUrl);
    await phonePage.getByTestId('donation-allocation').waitFor();
    await screenshot(phonePage, 'paid-phone');
    await phone.close();

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  }, 90_000);

  it('donor, on a phone, pays by bank transfer; an officer confirms it with a PNG proof and the donation is paid', async () => {
    const donorContext = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    const donor = await donorContext.newPage();
    const errors = collectErrors(donor);
    await signIn(donor, 'donor');
    await donor.goto(`${baseUrl}/donations/new`);
    await donor.getByTestId('wizard').waitFor();
    // Two workers for one month, six months on: clear of the other journey's period.
    await donor.getByTestId('wizard-region-level-1').selectOption('62');
    await donor.getByTestId('wizard-region-level-2').selectOption('62.02');
    await donor.getByTestId('wizard-count').fill('2');
    await donor.getByTestId('wizard-next').click();
    await donor.getByTestId('wizard-months-1').click();
    await donor.getByTestId('wizard-start').selectOption({ index: 6 });
    await expect.poll(() => donor.getByTestId('wizard-quote-total').textContent()).toBe('Rp 33.600');
    await screenshot(donor, 'wizard-programmes-phone');
    await donor.getByTestId('wizard-next').click();
    await donor.locator('[data-testid="wizard-availability"][data-state="enough"]').waitFor();
    await screenshot(donor, 'wizard-review-phone');
    await donor.getByTestId('wizard-submit').click();
    await donor.getByTestId('donation-page').waitFor();
    const donationUrl = donor.url().split('?')[0] ?? '';

    await donor.getByTestId('pay-open').click();
    await donor.getByTestId('pay-method-bank_transfer').click();
    await screenshot(donor, 'pay-choice-phone');
    await donor.getByTestId('pay-submit').click();
    await donor.getByTestId('bank-transfer').waitFor();
    const reference = (await donor.getByTestId('bank-reference').textContent())?.trim() ?? '';
    expect(reference).toMatch(/^LKR\d{9}$/);
    expect(await donor.getByTestId('bank-amount').textContent()).toBe('Rp 33.600');
    expect(await donor.getByTestId('bank-account').textContent()).toContain('GN Lingkaran');
    expect(await donor.getByTestId('donation-status').textContent()).toBe('Menunggu pembayaran');
    await screenshot(donor, 'bank-transfer-phone');

    // The officer finds the transfer by its reference code and confirms it with a proof.
    const officerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
    const officer = await officerContext.newPage();
    const officerErrors = collectErrors(officer);
    await signIn(officer, 'officer');
    await officer.getByTestId('nav').getByRole('link', { name: 'Konfirmasi transfer' }).click();
    const row = officer.locator(`[data-testid="transfer-row"][data-reference="${reference}"]`);
    await row.waitFor();
    await row.getByTestId('transfer-confirm-open').click();
    await officer.getByTestId('transfer-confirm-submit').click();
    expect(await officer.getByTestId('transfer-proof-error').textContent()).toBe('Pilih berkas bukti transfer.');
    await officer.getByTestId('transfer-proof').setInputFiles({ name: 'bukti-transfer.png', mimeType: 'image/png', buffer: tinyPng() });
    await screenshot(officer, 'transfer-confirm-desktop');
    await officer.getByTestId('transfer-confirm-submit').click();
    await expect.poll(() => officer.getByTestId('transfers-status').textContent()).toMatch(/Transfer dikonfirmasi\. Donasi INV-\d{4}-\d{6} lunas/);
    await expect.poll(() => officer.locator(`[data-testid="transfer-row"][data-reference="${reference}"]`).count()).toBe(0);
    await screenshot(officer, 'transfers-desktop');

    // The donor's page shows it paid, with the two workers protected.
    await donor.goto(donationUrl);
    await expect.poll(() => donor.getByTestId('donation-page').getAttribute('data-status'), { timeout: 20_000 }).toBe('allocated');
    expect(await donor.getByTestId('donation-status').textContent()).toContain('Lunas');
    expect(await donor.getByTestId('allocation-workers').textContent()).toBe('2');
    expect(await donor.getByTestId('bank-transfer').count()).toBe(0);
    await screenshot(donor, 'bank-paid-phone');

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    expect(officerErrors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await donorContext.close();
    await officerContext.close();
  }, 90_000);

  it('an individual, on a phone: becomes a donor from the sign-in page, is signed in and lands on the new-donation wizard', async () => {
    const context = await browser.newContext({ viewport: { width: 375, height: 800 }, locale: 'id-ID' });
    const page = await context.newPage();
    const errors = collectErrors(page);
    const name = `Budi Dermawan ${letters()}`;
    const email = `budi-${letters().toLowerCase()}-${randomInt(1_000_000)}@contoh.test`;

    await page.goto(`${baseUrl}/login`);
    await page.getByTestId('login-become-donor').click();
    await page.waitForURL(/\/daftar-donatur$/);
    // A too-short password is refused before anything is sent.
    await page.getByTestId('register-donor-name').fill(name);
    await page.getByTestId('register-donor-email').fill(email);
    await page.getByTestId('register-donor-password').fill('pendek');
    await page.getByTestId('register-donor-submit').click();
    expect(await page.getByTestId('issue-password').textContent()).toBe('Kata sandi paling sedikit 8 karakter.');
    await screenshot(page, 'register-error-phone');

    await page.getByTestId('register-donor-password').fill('sandi-dermawan-2026');
    await page.getByTestId('register-donor-consent').check();
    await page.getByTestId('register-donor-submit').click();
    await page.waitForURL(/\/donations\/new$/);
    await page.getByTestId('wizard').waitFor();
    expect(await page.getByTestId('wizard-title').textContent()).toBe('Donasi baru');
    const me = await page.evaluate(async () => (await fetch('/api/auth/me')).json());
    expect(me.user).toMatchObject({ email, role: 'donor', fullName: name, donorOrg: { displayName: name, type: 'PERORANGAN' } });
    await screenshot(page, 'register-wizard-phone');

    // The Simulasi page leads to the same place for visitors who are not signed in.
    const visitor = await browser.newPage();
    await visitor.goto(`${baseUrl}/simulasi`);
    await visitor.getByTestId('simulasi-become-donor').click();
    await visitor.waitForURL(/\/daftar-donatur$/);
    await visitor.getByTestId('register-donor-form').waitFor();
    await visitor.close();

    expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
    await context.close();
  }, 60_000);

  // ---------- Coverage lifecycle, on the demo a fresh start makes ----------

  /**
   * A database of its own with the demo of `npm start`: 1000 workers and a year of history through
   * the real payment, allocation and monthly-run code (workers active, in arrears, ended, pooled and
   * paying themselves; a donation of the demo donor ending this month without a renewal). The shared
   * test database has other test files' workers and no history, so these journeys run against a
   * second server on this one.
   */
  describe('coverage lifecycle on the fresh-start demo', () => {
    let demo: Awaited<ReturnType<typeof isolatedDatabase>>;
    let demoApp: FastifyInstance;
    let demoUrl: string;
    let demoConfig: ReturnType<typeof testConfig>;

    beforeAll(async () => {
      demo = await isolatedDatabase();
      const port = await freePort();
      demoUrl = `http://localhost:${port}`;
      demoConfig = testConfig({ PUBLIC_URL: demoUrl, PORT: String(port), PAYMENT_SIMULATOR: 'true' });
      await seedDemo({ db: demo.database.db, keyring: demoConfig.keyring, workers: 1000 });
      const history = await seedDemoHistory({ db: demo.database.db, book: demoConfig.rules, keyring: demoConfig.keyring, publicUrl: demoUrl });
      expect(history).not.toBeNull();
      demoApp = await buildApp({ config: demoConfig, database: demo.database, isWebServed: true });
      await demoApp.listen({ port, host: '127.0.0.1' });
    }, 180_000);

    afterAll(async () => {
      await demoApp?.close();
      await demo?.close();
    });

    async function signInDemo(page: Page, role: string) {
      await page.goto(`${demoUrl}/login`);
      await page.getByTestId('login-email').fill(`${role}@lingkaran.test`);
      await page.getByTestId('login-password').fill(PASSWORD);
      await page.getByTestId('login-submit').click();
      await page.getByTestId('home-title').waitFor();
    }

    const shoot = async (page: Page, name: string) => {
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(ARTIFACTS, `coverage-${name}.png`), fullPage: true });
    };

    /** No catalogue key and no English word of ours on a page meant to be in Bahasa Indonesia. */
    async function expectIndonesian(page: Page) {
      expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
      const text = await page.evaluate(() => document.body.innerText);
      expect(text).not.toMatch(/\b(coverage|donations|workers|simulasi|errors)\.[a-zA-Z]/);
      // Nor a code of the API shown as it came (an audit action, a template, a status).
      expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
      for (const word of ['Coverage', 'Protected', 'Paid by', 'In arrears', 'Month by month', 'Continuity pool', 'Renew', 'Check your']) {
        expect(text).not.toContain(word);
      }
    }

    it('officer, on a desktop and a phone: overview → the arrears card → the filtered list → a worker’s month-by-month timeline; the message log', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await signInDemo(page, 'officer');
      await page.getByTestId('nav').getByRole('link', { name: 'Kepesertaan', exact: true }).click();
      await page.getByTestId('coverage-page').waitFor();
      expect(await page.getByTestId('coverage-title').textContent()).toBe('Kepesertaan');
      await page.getByTestId('coverage-regions-table').waitFor();
      await page.getByTestId('forecasts-table').waitFor();
      await page.getByTestId('runs-table').waitFor();
      // Every state of the demo is there, in the officer's regency only.
      const count = async (key: string) => Number((await page.getByTestId(`coverage-card-${key}-value`).textContent())?.replaceAll('.', ''));
      const arrears = await count('arrears');
      expect(arrears).toBeGreaterThan(0);
      expect(await count('active')).toBeGreaterThan(0);
      expect(await count('ended')).toBeGreaterThan(0);
      expect(await count('self')).toBeGreaterThan(0);
      expect(Number(await page.getByTestId('coverage-card-pooled').locator('.figure-value').textContent())).toBeGreaterThan(0);
      expect(await page.getByTestId('coverage-breadcrumb').textContent()).toContain('Kotawaringin Timur');
      expect(await page.getByTestId('coverage-region-row').count()).toBeGreaterThan(1);
      expect(await page.getByTestId('forecast-row').first().textContent()).toContain('Kotawaringin Timur');
      expect(await page.getByTestId('continuity-row').count()).toBe(6);
      expect(await page.getByTestId('pool-rule').textContent()).toContain('paling lama terlindungi tanpa putus');
      expect(await page.getByTestId('run-row').first().getAttribute('data-status')).toBe('done');
      // Only the head office starts a run.
      expect(await page.getByTestId('run-form').count()).toBe(0);
      await expectIndonesian(page);
      await shoot(page, 'officer-overview-desktop');

      // Drill down: a district, then back up to the regency.
      await page.getByTestId('coverage-region-link').first().click();
      await page.waitForURL(/\/coverage\?region=62\.02\.\d{2}/);
      await expect.poll(() => page.getByTestId('coverage-region-row').first().getAttribute('data-code')).toMatch(/^62\.02\.\d{2}\.\d{4}$/);
      await page.getByTestId('coverage-breadcrumb').getByRole('link').first().click();
      await expect.poll(() => page.getByTestId('coverage-region-row').first().getAttribute('data-code')).toMatch(/^62\.02\.\d{2}$/);

      // The arrears card opens the list filtered to workers in arrears.
      await page.getByTestId('coverage-card-arrears-link').click();
      await page.waitForURL(/\/workers\?coverage=arrears/);
      await page.getByTestId('workers-table').waitFor();
      expect(await page.getByTestId('workers-coverage').inputValue()).toBe('arrears');
      await expect.poll(() => page.getByTestId('worker-row').count()).toBe(arrears);
      const states = await page.getByTestId('worker-coverage-cell').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-state')));
      expect(new Set(states)).toEqual(new Set(['ARREARS']));
      expect(await page.getByTestId('workers-table').textContent()).toMatch(/Bulan ke-\d dari 3/);
      await expectIndonesian(page);
      await page.screenshot({ path: path.join(ARTIFACTS, 'coverage-officer-arrears-list-desktop.png'), fullPage: true });

      // One of them: JKM in arrears, the months paid by the donor, the months unpaid since.
      await page.getByTestId('worker-link').first().click();
      await page.getByTestId('worker-page').waitFor();
      const workerUrl = page.url();
      await page.getByTestId('coverage-timeline').waitFor();
      expect(await page.getByTestId('coverage-state-JKM').textContent()).toMatch(/^Menunggak \(bulan ke-\d dari 3\)$/);
      expect(await page.getByTestId('coverage-until-JKM').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/);
      expect(await page.getByTestId('coverage-ends-JKM').textContent()).toMatch(/^\d{1,2} \w+ \d{4}$/);
      const paid = page.locator('[data-testid="coverage-month"][data-status="paid"]');
      expect(await paid.count()).toBeGreaterThan(0);
      expect(await paid.first().textContent()).toMatch(/INV-\d{4}-\d{6}/);
      expect(await page.locator('[data-testid="coverage-month"][data-status="unpaid"]').count()).toBeGreaterThan(0);
      expect(await page.getByTestId('self-pay-code').textContent()).toMatch(/^LM\d{10}$/);
      await expectIndonesian(page);
      await shoot(page, 'officer-worker-timeline-desktop');

      // The message log: the reminders the run queued, filtered by kind.
      await page.getByTestId('nav').getByRole('link', { name: 'Log pesan' }).click();
      await page.getByTestId('messages-table').waitFor();
      await page.getByTestId('messages-template').selectOption('worker_arrears');
      await expect.poll(async () => new Set(await page.getByTestId('message-row').evaluateAll((rows) => rows.map((row) => row.getAttribute('data-template'))))).toEqual(new Set(['worker_arrears']));
      expect(await page.getByTestId('messages-table').textContent()).toContain('Terkirim');
      await expectIndonesian(page);
      await shoot(page, 'officer-messages-desktop');

      // The same pages on a phone.
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
      const phonePage = await phone.newPage();
      const phoneErrors = collectErrors(phonePage);
      await signInDemo(phonePage, 'officer');
      await phonePage.goto(`${demoUrl}/coverage`);
      await phonePage.getByTestId('coverage-regions-table').waitFor();
      await phonePage.getByTestId('runs-table').waitFor();
      expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shoot(phonePage, 'officer-overview-phone');
      await phonePage.goto(workerUrl);
      await phonePage.getByTestId('coverage-timeline').waitFor();
      expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shoot(phonePage, 'officer-worker-timeline-phone');
      await phone.close();

      expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
      expect(phoneErrors.filter((error) => !isExpectedFailure(error))).toEqual([]);
      await context.close();
    }, 90_000);

    it('donor: the donation ending this month → Perpanjang → a new invoice awaiting payment, linked both ways; a gift to the pool (too small, then paid)', async () => {
      const donorOrg = await demo.database.db.selectFrom('donor_orgs').select('id').where('legal_name', 'like', '%Sawit Contoh%').executeTakeFirstOrThrow();
      const ending = await demo.database.db
        .selectFrom('donations as d')
        .select(['d.id', 'd.number'])
        .where('d.donor_org_id', '=', donorOrg.id)
        .where('d.status', '=', 'allocated')
        .where('d.months', '=', 6)
        .where((eb) => eb.not(eb.exists(eb.selectFrom('donations as r').select('r.id').whereRef('r.renews_donation_id', '=', 'd.id'))))
        .executeTakeFirstOrThrow();

      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await signInDemo(page, 'donor');
      await page.getByTestId('nav').getByRole('link', { name: 'Kepesertaan', exact: true }).click();
      await page.getByTestId('coverage-cards').waitFor();
      expect(Number(await page.getByTestId('coverage-card-active-value').textContent())).toBeGreaterThan(0);
      // A donor has no runs, forecasts or regions of the programme.
      expect(await page.getByTestId('coverage-runs').count()).toBe(0);
      expect(await page.getByTestId('coverage-forecasts').count()).toBe(0);
      const offer = page.locator(`[data-testid="ending-donation"][data-number="${ending.number}"]`);
      await expect.poll(() => offer.getAttribute('data-renewable')).toBe('true');
      expect(await offer.textContent()).toContain('Dapat diperpanjang');
      await expectIndonesian(page);
      await shoot(page, 'donor-overview-desktop');

      // The donation: its renewal offer, then the renewal in one step.
      await offer.click();
      await page.getByTestId('donation-page').waitFor();
      expect(await page.getByTestId('renewal-offer').textContent()).toContain('Perpanjang agar');
      await page.getByTestId('renew-open').click();
      expect(await page.getByTestId('renew-panel').textContent()).toContain('Perpanjang donasi');
      await shoot(page, 'donor-renew-confirm-desktop');
      await page.getByTestId('renew-confirm').click();
      await page.waitForURL((url) => url.pathname !== `/donations/${ending.id}` && /\/donations\/[0-9a-f-]{36}/.test(url.pathname));
      await page.getByTestId('donation-page').waitFor();
      const renewalUrl = page.url().split('?')[0] ?? '';
      expect(await page.getByTestId('donation-status').textContent()).toBe('Menunggu pembayaran');
      expect(await page.getByTestId('pay-open').count()).toBe(1);
      expect(await page.getByTestId('donation-renews-link').textContent()).toBe(ending.number);
      const renewalNumber = (await page.getByTestId('donation-number').textContent()) ?? '';
      await expectIndonesian(page);
      await shoot(page, 'donor-renewal-invoice-desktop');

      // Back to the renewed donation: it links to its renewal and offers no second one.
      await page.getByTestId('donation-renews-link').click();
      await page.waitForURL(`${demoUrl}/donations/${ending.id}`);
      await expect.poll(() => page.getByTestId('donation-renewed-by-link').textContent()).toBe(renewalNumber);
      expect(await page.getByTestId('renew-open').count()).toBe(0);
      await shoot(page, 'donor-renewed-desktop');
      // The overview says so too.
      await page.goto(`${demoUrl}/coverage`);
      await expect.poll(() => offer.textContent()).toContain(`Sudah diperpanjang dengan ${renewalNumber}`);

      // A gift to the continuity pool: below one worker-month is refused in Indonesian, then paid.
      await page.goto(`${demoUrl}/coverage/pool`);
      await page.getByTestId('gift-form').waitFor();
      await page.getByTestId('gift-amount').fill('10.000');
      await page.getByTestId('gift-submit').click();
      await expect.poll(() => page.getByTestId('issue-amount').textContent()).toBe('Jumlah minimal Rp 16.800 (iuran satu pekerja sebulan); yang diisi Rp 10.000.');
      expect(await page.getByTestId('pool-rule').textContent()).toContain('desil P3KE terendah');
      await shoot(page, 'donor-pool-gift-refused-desktop');
      await page.getByTestId('gift-suggest1').click();
      await page.getByTestId('gift-submit').click();
      await page.waitForURL(/\/donations\/[0-9a-f-]{36}\?created=true/);
      await page.getByTestId('donation-page').waitFor();
      expect(await page.getByTestId('donation-total').count()).toBe(0);
      expect(await page.getByTestId('donation-workers-text').textContent()).toContain('dana kesinambungan');
      await page.getByTestId('pay-open').click();
      await page.getByTestId('pay-method-simulator').click();
      await page.getByTestId('pay-submit').click();
      await page.waitForURL(/\/simulator\/pay\//);
      expect(await page.getByTestId('simulator-amount').textContent()).toBe('Rp 201.600');
      await page.getByTestId('simulator-settlement').click();
      await page.getByTestId('simulator-back').click();
      await page.getByTestId('donation-page').waitFor();
      await expect.poll(() => page.getByTestId('donation-page').getAttribute('data-status'), { timeout: 20_000 }).toBe('allocated');
      expect(await page.getByTestId('donation-allocation').textContent()).toContain('sudah masuk ke dana kesinambungan');
      await expectIndonesian(page);
      await shoot(page, 'donor-pool-gift-paid-desktop');

      // The renewal invoice on a phone.
      const phone = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
      const phonePage = await phone.newPage();
      await signInDemo(phonePage, 'donor');
      await phonePage.goto(renewalUrl);
      await phonePage.getByTestId('donation-renews').waitFor();
      expect(await phonePage.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
      await shoot(phonePage, 'donor-renewal-invoice-phone');
      await phonePage.goto(`${demoUrl}/coverage`);
      await phonePage.getByTestId('coverage-pool').waitFor();
      await shoot(phonePage, 'donor-overview-phone');
      await phone.close();

      expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
      await context.close();
    }, 90_000);

    /** A worker of the demo with the given JKM state, with the NIK the seed gave them. */
    async function demoWorker(state: 'ACTIVE' | 'ARREARS' | 'ENDED') {
      const row = await demo.database.db
        .selectFrom('workers')
        .innerJoin('coverage_states as s', (join) => join.onRef('s.worker_id', '=', 'workers.id').on('s.program', '=', 'JKM'))
        .select(['workers.id', 'workers.nik_ciphertext', 'workers.nik_key_id', 'workers.birth_date'])
        .where('s.state', '=', state)
        .where('workers.birth_date', 'is not', null)
        .where('workers.village_code', 'like', '62.02.%')
        .orderBy('workers.id')
        .executeTakeFirstOrThrow();
      return { id: row.id, nik: decryptNik(demoConfig.keyring, row), birthDate: row.birth_date! };
    }

    it('anyone, on a phone: checks coverage by NIK and birth date; a wrong birth date and an unknown NIK get the same answer; too many tries are explained', async () => {
      const worker = await demoWorker('ACTIVE');
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${demoUrl}/login`);
      await page.getByTestId('login-cek').click();
      await page.waitForURL(/\/cek$/);
      expect(await page.getByTestId('check-title').textContent()).toBe('Cek kepesertaan');

      await page.getByTestId('check-nik').fill(worker.nik.replace(/(\d{4})(?=\d)/g, '$1 '));
      await page.getByTestId('check-birth').fill(worker.birthDate);
      await page.getByTestId('check-submit').click();
      const found = page.locator('[data-testid="check-result"][data-match="true"]');
      await found.waitFor();
      expect(await found.getAttribute('data-covered')).toBe('true');
      expect(await page.getByTestId('check-covered').textContent()).toBe('Anda terlindungi.');
      expect(await page.getByTestId('check-name').textContent()).toMatch(/^[A-Z]\*+( [A-Za-z]\*+)*$/);
      expect(await page.getByTestId('check-until-JKM').textContent()).toMatch(/^Sudah dibayar sampai \d{1,2} \w+ \d{4}$/);
      // The full NIK is nowhere in the page or its address.
      expect(page.url()).not.toContain(worker.nik);
      await expectIndonesian(page);
      await shoot(page, 'check-found-phone');

      const notFound = page.locator('[data-testid="check-result"][data-match="false"]');
      await page.getByTestId('check-birth').fill('1999-01-01');
      await page.getByTestId('check-submit').click();
      await page.getByTestId('check-result').waitFor({ state: 'detached' });
      await notFound.waitFor();
      const wrongBirth = await notFound.textContent();
      expect(wrongBirth).toContain('Data kepesertaan tidak ditemukan.');
      await shoot(page, 'check-not-found-phone');

      // An unknown NIK (same region and shape): word for word the same answer.
      await page.getByTestId('check-nik').fill(`${worker.nik.slice(0, 12)}${worker.nik.slice(12) === '9999' ? '9998' : '9999'}`);
      await page.getByTestId('check-birth').fill(worker.birthDate);
      await page.getByTestId('check-submit').click();
      // The previous answer goes while the new one is asked for (the server takes at least 350 ms).
      await page.getByTestId('check-result').waitFor({ state: 'detached' });
      await notFound.waitFor();
      expect(await notFound.textContent()).toBe(wrongBirth);

      // Too many checks from one network: the limit is explained (the answer is played back here so the
      // server's own limit stays free for the other journeys).
      await page.route('**/api/self-check', (route) =>
        route.fulfill({ status: 429, contentType: 'application/json', body: JSON.stringify({ error: { code: 'RATE_LIMITED', message: 'Terlalu banyak permintaan.' } }) }),
      );
      await page.getByTestId('check-submit').click();
      await expect.poll(() => page.getByTestId('check-rate-limited').textContent()).toContain('Tunggu satu menit');
      await expectIndonesian(page);
      await shoot(page, 'check-rate-limited-phone');
      await page.unroute('**/api/self-check');

      // The same page on a desktop, from the footer of another public page.
      const desktop = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
      const desktopPage = await desktop.newPage();
      await desktopPage.goto(`${demoUrl}/simulasi`);
      await desktopPage.getByTestId('footer-cek').click();
      await desktopPage.getByTestId('check-form').waitFor();
      await shoot(desktopPage, 'check-desktop');
      await desktop.close();

      expect(errors.filter((error) => !isExpectedFailure(error) && !/status of 429/.test(error))).toEqual([]);
      await context.close();
    }, 60_000);

    it('lanjut mandiri: an officer issues a code to a worker whose protection ended; the worker pays 3 months through the simulator and is back on /mandiri, protected', async () => {
      const worker = await demoWorker('ENDED');
      expect(await demo.database.db.selectFrom('self_pay_accounts').select('code').where('worker_id', '=', worker.id).executeTakeFirst()).toBeUndefined();

      // The officer: the worker's page, a new personal code.
      const officerContext = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
      const officer = await officerContext.newPage();
      const officerErrors = collectErrors(officer);
      await signInDemo(officer, 'officer');
      await officer.goto(`${demoUrl}/workers/${worker.id}`);
      await officer.getByTestId('coverage-timeline').waitFor();
      expect(await officer.getByTestId('coverage-state-JKM').textContent()).toBe('Berakhir');
      await officer.getByTestId('self-pay-code-issue').click();
      await expect.poll(() => officer.getByTestId('self-pay-code').textContent()).toMatch(/^LM\d{10}$/);
      const code = (await officer.getByTestId('self-pay-code').textContent()) ?? '';
      await shoot(officer, 'mandiri-code-issued-desktop');

      // The worker, on a phone, without an account.
      const context = await browser.newContext({ viewport: { width: 390, height: 844 }, locale: 'id-ID' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await page.goto(`${demoUrl}/login`);
      await page.getByTestId('login-mandiri').click();
      await page.waitForURL(/\/mandiri$/);
      // A mistyped code is caught before anything is sent.
      await page.getByTestId('mandiri-code').fill('LM123');
      await page.getByTestId('mandiri-lookup').click();
      expect(await page.getByTestId('mandiri-code-problem').textContent()).toBe('Kode bayar terdiri dari huruf LM dan 10 angka, mis. LM1234567890.');
      await page.getByTestId('mandiri-code').fill(code.toLowerCase());
      await page.getByTestId('mandiri-lookup').click();
      await page.getByTestId('mandiri-view').waitFor();
      expect(await page.getByTestId('mandiri-state').textContent()).toBe('Berakhir');
      expect(await page.getByTestId('mandiri-name').textContent()).toMatch(/^[A-Z]\*+/);
      expect(await page.getByTestId('mandiri-option-3').textContent()).toContain('Rp 50.400');
      await expectIndonesian(page);
      await shoot(page, 'mandiri-options-phone');

      await page.getByTestId('mandiri-option-3').click();
      await page.getByTestId('mandiri-pay').click();
      await page.waitForURL(/\/simulator\/pay\/MDR-/);
      expect(await page.getByTestId('simulator-amount').textContent()).toBe('Rp 50.400');
      await page.getByTestId('simulator-settlement').click();
      await page.getByTestId('simulator-done').waitFor();
      expect(await page.getByTestId('simulator-back').textContent()).toBe('Kembali ke Lanjut mandiri');
      await page.getByTestId('simulator-back').click();
      await page.waitForURL(/\/mandiri$/);
      // Back without typing the code again: the payment is recorded and the worker is protected.
      await expect.poll(() => page.getByTestId('mandiri-result').getAttribute('data-status'), { timeout: 30_000 }).toBe('allocated');
      expect(await page.getByTestId('mandiri-result').textContent()).toMatch(/Pembayaran MDR-\d{4}-\d{6} \(Rp 50\.400\) berhasil/);
      expect(await page.getByTestId('mandiri-state').textContent()).toBe('Aktif');
      expect(await page.getByTestId('mandiri-code-shown').textContent()).toBe(code);
      await expectIndonesian(page);
      await shoot(page, 'mandiri-paid-phone');

      // The officer sees the months the worker paid in the timeline.
      await officer.reload();
      await officer.getByTestId('coverage-timeline').waitFor();
      expect(await officer.getByTestId('coverage-state-JKM').textContent()).toBe('Aktif');
      expect(await officer.locator('[data-testid="coverage-month"][data-payer="self"]').count()).toBe(3);
      expect(await officer.locator('[data-testid="coverage-month"][data-payer="self"]').first().textContent()).toContain('Pekerja sendiri (mandiri)');
      await expect.poll(() => officer.getByTestId('worker-history').textContent()).toContain('Kode bayar mandiri dibuat atau ditampilkan');
      await expectIndonesian(officer);
      await shoot(officer, 'mandiri-officer-timeline-desktop');

      expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
      expect(officerErrors.filter((error) => !isExpectedFailure(error))).toEqual([]);
      await context.close();
      await officerContext.close();
    }, 90_000);

    it('admin: runs the month again from the overview (safe to repeat) and sees it done', async () => {
      const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: 'id-ID' });
      const page = await context.newPage();
      const errors = collectErrors(page);
      await signInDemo(page, 'admin');
      await page.goto(`${demoUrl}/coverage`);
      await page.getByTestId('run-form').waitFor();

      // A run in progress (an old month, written as a run writes its cursor): the list follows it by itself.
      const runId = randomUUID();
      const runs = demo.database.db;
      await runs.insertInto('coverage_runs').values({ id: runId, month: '2024-01-01', as_of: '2024-01-16', status: 'running', regions_total: 12, regions_done: 3 }).execute();
      await page.reload();
      const running = page.locator('[data-testid="run-row"][data-month="2024-01"]');
      await expect.poll(() => running.getByTestId('run-phase').textContent(), { timeout: 15_000 }).toBe('Tahap 1 dari 2 — status pekerja: 3 dari 12 kabupaten/kota.');
      await shoot(page, 'admin-run-progress-desktop');
      await runs.updateTable('coverage_runs').set({ regions_done: 12 }).where('id', '=', runId).execute();
      await expect.poll(() => running.getByTestId('run-phase').textContent(), { timeout: 15_000 }).toBe('Tahap 2 dari 2 — dana kesinambungan, perkiraan dan pengingat…');
      await runs.updateTable('coverage_runs').set({ status: 'done', finished_at: new Date() }).where('id', '=', runId).execute();
      await expect.poll(() => running.getAttribute('data-status'), { timeout: 15_000 }).toBe('done');
      await runs.deleteFrom('coverage_runs').where('id', '=', runId).execute();

      const before = await demo.database.db.selectFrom('coverage_months').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      const month = await page.getByTestId('run-month').inputValue();
      await page.getByTestId('run-start').click();
      // Without a job queue (tests) the run happens inside the request.
      await expect.poll(() => page.getByTestId('run-status-line').textContent(), { timeout: 30_000 }).toMatch(/^Proses bulanan \w+ \d{4} selesai\.$/);
      await expect.poll(() => page.locator(`[data-testid="run-row"][data-month="${month}"]`).getAttribute('data-status')).toBe('done');
      // Only the pool paid by the donor journey may have covered workers in arrears; nothing is paid twice.
      const after = await demo.database.db.selectFrom('coverage_months').select((eb) => eb.fn.countAll<string>().as('n')).executeTakeFirstOrThrow();
      expect(Number(after.n)).toBeGreaterThanOrEqual(Number(before.n));
      expect(await page.getByTestId('coverage-runs').textContent()).toContain('Dana kesinambungan:');
      await expectIndonesian(page);
      await shoot(page, 'admin-run-done-desktop');
      expect(errors.filter((error) => !isExpectedFailure(error))).toEqual([]);
      await context.close();
    }, 60_000);
  });
});
