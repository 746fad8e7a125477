/// <reference lib="dom" />
import { existsSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { FastifyInstance } from 'fastify';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { documentStoreFor } from '../../src/lib/documents.ts';
import { seedDemoHistory } from '../../src/seed/demo/history.ts';
import { seedDemo } from '../../src/seed/demo/index.ts';
import { ensureWebBuilt } from '../../src/web-build.ts';
import { testConfig } from '../helpers/context.ts';
import { isolatedDatabase } from '../helpers/isolated.ts';
import { freePort } from '../helpers/listening.ts';

/**
 * What browser journeys share: Debian's Chromium (skipped with one line when absent), a server on a
 * database of its own seeded exactly as a fresh `npm start` seeds it, sign-in, screenshots, and the
 * check that an Indonesian page shows no English and no raw keys or codes.
 */
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
export const hasChromium = existsSync(CHROMIUM);
export const ARTIFACTS = path.resolve('.test-artifacts/browser');
export const DEMO_PASSWORD = 'lingkaran-demo';

export async function launchBrowser(): Promise<Browser> {
  mkdirSync(ARTIFACTS, { recursive: true });
  return chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-gpu', '--disable-component-update', '--no-first-run'],
  });
}

export type DemoServer = { url: string; config: ReturnType<typeof testConfig>; database: Awaited<ReturnType<typeof isolatedDatabase>>['database']; close: () => Promise<void> };

/** The demo of a fresh start (1000 workers, a year of history, a paid claim) behind a real server. */
export async function startDemoServer(): Promise<DemoServer> {
  await ensureWebBuilt();
  const iso = await isolatedDatabase();
  const port = await freePort();
  const url = `http://localhost:${port}`;
  const config = testConfig({ PUBLIC_URL: url, PORT: String(port), PAYMENT_SIMULATOR: 'true', DATA_DIR: path.join(tmpdir(), `lingkaran-browser-${process.pid}-${port}`) });
  await seedDemo({ db: iso.database.db, keyring: config.keyring, workers: 1000 });
  const history = await seedDemoHistory({ db: iso.database.db, book: config.rules, keyring: config.keyring, publicUrl: url, documents: documentStoreFor(config) });
  expect(history).not.toBeNull();
  const app: FastifyInstance = await buildApp({ config, database: iso.database, isWebServed: true });
  await app.listen({ port, host: '127.0.0.1' });
  return {
    url,
    config,
    database: iso.database,
    close: async () => {
      await app.close();
      await iso.close();
    },
  };
}

/** Signs in a demo account (`officer`, `supervisor`, `donor`, … or a full e-mail). */
export async function signIn(page: Page, baseUrl: string, who: string): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await page.getByTestId('login-email').fill(who.includes('@') ? who : `${who}@lingkaran.test`);
  await page.getByTestId('login-password').fill(DEMO_PASSWORD);
  await page.getByTestId('login-submit').click();
  await page.getByTestId('home-title').waitFor();
}

export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  return errors;
}

export async function screenshot(page: Page, name: string): Promise<void> {
  await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

/** No catalogue key, no API code as it came, and none of the given English words on an Indonesian page. */
export async function expectIndonesian(page: Page, englishWords: readonly string[] = []): Promise<void> {
  expect(await page.evaluate(() => document.documentElement.lang)).toBe('id');
  const text = await page.evaluate(() => document.body.innerText);
  expect(text).not.toMatch(/\b(cards|claims|coverage|donations|workers|simulasi|errors)\.[a-zA-Z]/);
  expect(text).not.toMatch(/\b[a-z]+_[a-z_]+\b/);
  for (const word of englishWords) expect(text).not.toContain(word);
}
