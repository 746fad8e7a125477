/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import type { Database } from '../../src/db/database.ts';
import { ensureWebBuilt } from '../../src/web-build.ts';
import { testConfig, testDatabase } from '../helpers/context.ts';

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
    app = await buildApp({ config: testConfig(), database, isWebServed: true });
    await app.listen({ port: 0, host: '127.0.0.1' });
    const address = app.server.address();
    baseUrl = `http://localhost:${typeof address === 'object' && address ? address.port : 0}`;
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

  it('shows honest placeholders for areas not built yet', async () => {
    const page = await browser.newPage();
    await signIn(page, 'officer');
    await page.goto(`${baseUrl}/claims`);
    await page.getByTestId('not-available').waitFor();
    expect(await page.getByTestId('not-available').textContent()).toMatch(/belum/i);
    await page.close();
  });
});
