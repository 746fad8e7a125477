import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type * as Vite from 'vite';

const ROOT = fileURLToPath(new URL('../', import.meta.url));
const WEB = path.join(ROOT, 'web');

function newestMtime(target: string): number {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = stat.mtimeMs;
  for (const entry of readdirSync(target)) newest = Math.max(newest, newestMtime(path.join(target, entry)));
  return newest;
}

/** Whether web/dist is missing or older than any source of the web app. */
export function isWebBuildStale(): boolean {
  const built = path.join(WEB, 'dist', 'index.html');
  if (!existsSync(built)) return true;
  const sources = ['src', 'index.html', 'vite.config.ts', 'public'].map((p) => newestMtime(path.join(WEB, p)));
  return Math.max(...sources) > statSync(built).mtimeMs;
}

/**
 * Builds the web app with Vite when its build is missing or stale, so `npm start` on a fresh
 * clone serves the UI without a separate build step. Returns false when Vite is not installed
 * (a production install without dev dependencies must ship web/dist instead).
 */
export async function ensureWebBuilt(log: (line: string) => void = () => {}): Promise<boolean> {
  if (!isWebBuildStale()) return true;
  let vite: typeof Vite;
  try {
    vite = await import('vite');
  } catch {
    log('Vite tidak terpasang: tampilan web tidak dibangun (jalankan `npm run build:web` di mesin build).');
    return false;
  }
  log('Membangun tampilan web (Vite)…');
  const started = Date.now();
  await vite.build({ configFile: path.join(WEB, 'vite.config.ts'), logLevel: 'warn' });
  log(`Tampilan web selesai dibangun dalam ${((Date.now() - started) / 1000).toFixed(1)} detik.`);
  return true;
}
