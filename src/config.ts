import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { z } from 'zod';
import type { RuleBook } from './domain/rules/index.ts';
import { hmacHex, type Keyring } from './lib/crypto.ts';
import { parseCardKeyring, type CardKeyring } from './lib/card-keys.ts';
import type { S3Config } from './lib/s3.ts';
import { loadRuleBook, RuleFileError } from './modules/rules/rule-file.ts';
import type { MessagingConfig } from './modules/messages/outbox.ts';

/**
 * Configuration from the environment, validated once at start. A wrong value stops the start
 * with one line per variable, naming it and what is expected (ConfigError).
 * No DATABASE_URL ⇒ embedded PostgreSQL in DATA_DIR, with secrets generated once into
 * DATA_DIR/secrets.json. With DATABASE_URL the secrets must come from the environment.
 */

const base64Key = (name: string) =>
  z
    .string()
    .refine((v) => Buffer.from(v, 'base64').length === 32, `${name} harus 32 byte dalam base64 (buat dengan: openssl rand -base64 32)`);

const booleanString = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

const ZEnv = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number({ message: 'PORT harus berupa angka' }).int().min(0).max(65535).default(3000),
  HOST: z.string().min(1).optional(),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\/.+/, 'DATABASE_URL harus URL postgres://… atau postgresql://…')
    .refine((v) => URL.canParse(v), 'DATABASE_URL bukan URL yang sah')
    .optional(),
  DATA_DIR: z.string().min(1).default('.data'),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  SESSION_SECRET: z.string().min(32, 'SESSION_SECRET harus minimal 32 karakter').optional(),
  ENCRYPTION_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/, 'ENCRYPTION_KEYS harus berbentuk id:base64key[,id2:base64key2]')
    .optional(),
  ENCRYPTION_ACTIVE_KEY: z.string().min(1).optional(),
  BLIND_INDEX_KEY: base64Key('BLIND_INDEX_KEY').optional(),
  CARD_SIGNING_KEYS: z
    .string()
    .regex(/^[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+(,[A-Za-z0-9_-]+:[A-Za-z0-9+/=]+)*$/, 'CARD_SIGNING_KEYS harus berbentuk id:base64(32 byte)[,id2:…]')
    .optional(),
  CARD_SIGNING_ACTIVE_KEY: z.string().min(1).optional(),
  COOKIE_SECURE: booleanString.default(true),
  TRUST_PROXY: booleanString.default(false),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(24 * 60).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(24 * 30).default(12),
  SEED_DEMO: z.enum(['auto', 'true', 'false']).default('auto'),
  DEMO_WORKERS: z.coerce.number().int().min(0).max(1_000_000).default(1000),
  JOBS: booleanString.default(true),
  RULES_FILE: z.string().min(1).optional(),
  IMPORT_MAX_MB: z.coerce.number().min(1).max(1024).default(10),
  IMPORT_MAX_ROWS: z.coerce.number().int().min(1).max(10_000_000).default(100_000),
  PUBLIC_STATS_PER_MINUTE: z.coerce.number().int().min(1).max(1_000_000).default(60),
  IMPORT_XLSX_MAX_UNCOMPRESSED_MB: z.coerce.number().min(1).max(4096).default(100),
  PUBLIC_URL: z.string().url('PUBLIC_URL harus URL, mis. https://lingkaran.example.go.id').optional(),
  INTERNAL_URL: z.string().url('INTERNAL_URL harus URL, mis. http://127.0.0.1:3000').optional(),
  PAYMENT_SIMULATOR: z.enum(['auto', 'true', 'false']).default('auto'),
  MIDTRANS_SERVER_KEY: z.string().min(10).optional(),
  MIDTRANS_IS_PRODUCTION: booleanString.default(false),
  MIDTRANS_API_URL: z.string().url().optional(),
  MIDTRANS_SNAP_URL: z.string().url().optional(),
  XENDIT_SECRET_KEY: z.string().min(10).optional(),
  XENDIT_CALLBACK_TOKENS: z.string().min(10).optional(),
  XENDIT_API_URL: z.string().url().default('https://api.xendit.co'),
  BANK_TRANSFER_ACCOUNT: z.string().min(5).default('Bank Contoh 0000-00-000000-00-0 a.n. GN Lingkaran (rekening demo)'),
  BANK_TRANSFER_APPROVAL_ABOVE: z.coerce.number().int().min(0).default(50_000_000),
  MESSAGE_SMS_URL: z.string().url().optional(),
  MESSAGE_SMS_TOKEN: z.string().min(8).optional(),
  MESSAGE_WHATSAPP_URL: z.string().url().optional(),
  MESSAGE_WHATSAPP_TOKEN: z.string().min(8).optional(),
  MESSAGE_EMAIL_URL: z.string().url().optional(),
  MESSAGE_EMAIL_TOKEN: z.string().min(8).optional(),
  DOCUMENT_STORE: z.enum(['disk', 's3'], { message: 'DOCUMENT_STORE harus disk atau s3' }).default('disk'),
  S3_ENDPOINT: z.string().url().optional(),
  S3_BUCKET: z.string().regex(/^[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/, 'S3_BUCKET bukan nama bucket yang sah').optional(),
  S3_REGION: z.string().min(1).default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().min(3).optional(),
  S3_SECRET_ACCESS_KEY: z.string().min(8).optional(),
});

export type Config = {
  env: 'development' | 'production' | 'test';
  port: number;
  host: string;
  databaseUrl: string | undefined;
  databaseMode: 'embedded' | 'postgres';
  dataDir: string;
  logLevel: z.infer<typeof ZEnv>['LOG_LEVEL'];
  sessionSecret: string;
  keyring: Keyring;
  /** Ed25519 keys that sign membership cards (the active one signs; all are published). */
  cardKeys: CardKeyring;
  cookieSecure: boolean;
  trustProxy: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  seedDemo: 'auto' | 'true' | 'false';
  demoWorkers: number;
  jobsEnabled: boolean;
  /** The rule data: defaults plus the rows of RULES_FILE. */
  rules: RuleBook;
  /** Limits of uploaded worker lists (S-22, S-23). */
  imports: { maxBytes: number; maxRows: number; zip: { maxUncompressedBytes: number; maxEntries: number; maxRatio: number } };
  /** Requests per minute and IP address to the public dashboard (S-25). */
  publicStatsPerMinute: number;
  /** Where the application is reached from outside (links in documents, gateway return pages). */
  publicUrl: string;
  /** How the application reaches itself (the built-in payment simulator and its notifications). */
  internalUrl: string;
  payments: PaymentsConfig;
  /** Message channels that really send (HTTP gateways); unset channels fall back to the viewable log. */
  messaging: MessagingConfig;
  /** Where claim documents are kept (encrypted either way). */
  documents: DocumentsConfig;
  version: string;
};

export type DocumentsConfig = { store: 'disk' } | { store: 's3'; s3: S3Config };

export type PaymentsConfig = {
  /** The built-in gateway (Midtrans protocol) for demos and tests; its sandbox key is derived locally. */
  simulator: { serverKey: string } | null;
  midtrans: { serverKey: string; apiUrl: string; snapUrl: string; isProduction: boolean } | null;
  xendit: { secretKey: string; callbackTokens: string[]; apiUrl: string } | null;
  bankTransfer: { account: string; approvalAbove: bigint };
};

export class ConfigError extends Error {
  override name = 'ConfigError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

type Secrets = { sessionSecret: string; encryptionKeys: string; blindIndexKey: string; cardSigningKeys: string };

function generateSecrets(): Secrets {
  return {
    sessionSecret: randomBytes(32).toString('base64url'),
    encryptionKeys: `k1:${randomBytes(32).toString('base64')}`,
    blindIndexKey: randomBytes(32).toString('base64'),
    cardSigningKeys: newCardSigningKey(),
  };
}

function newCardSigningKey(): string {
  return `c${new Date().getUTCFullYear()}:${randomBytes(32).toString('base64')}`;
}

/** Embedded/demo mode only: secrets are generated once and kept in DATA_DIR/secrets.json (git-ignored). */
function loadOrCreateLocalSecrets(dataDir: string): Secrets {
  const file = path.join(dataDir, 'secrets.json');
  if (existsSync(file)) {
    const secrets = JSON.parse(readFileSync(file, 'utf8')) as Partial<Secrets> & Omit<Secrets, 'cardSigningKeys'>;
    if (secrets.cardSigningKeys) return secrets as Secrets;
    // A data directory from before membership cards: add the card-signing key once, keep the rest.
    const upgraded = { ...secrets, cardSigningKeys: newCardSigningKey() };
    writeFileSync(file, JSON.stringify(upgraded, null, 2) + '\n', { mode: 0o600 });
    return upgraded;
  }
  mkdirSync(dataDir, { recursive: true });
  const secrets = generateSecrets();
  writeFileSync(file, JSON.stringify(secrets, null, 2) + '\n', { mode: 0o600 });
  return secrets;
}

export function parseKeyring(encryptionKeys: string, activeKeyId: string | undefined, blindIndexKey: string): Keyring {
  const keys = new Map<string, Buffer>();
  const problems: string[] = [];
  for (const entry of encryptionKeys.split(',')) {
    const [id, value] = entry.split(':') as [string, string];
    const key = Buffer.from(value, 'base64');
    if (key.length !== 32) problems.push(`ENCRYPTION_KEYS: kunci "${id}" harus 32 byte dalam base64`);
    keys.set(id, key);
  }
  const active = activeKeyId ?? [...keys.keys()].at(-1)!;
  if (!keys.has(active)) problems.push(`ENCRYPTION_ACTIVE_KEY: "${active}" tidak ada di ENCRYPTION_KEYS`);
  if (problems.length) throw new ConfigError(problems);
  return { activeKeyId: active, keys, blindIndexKey: Buffer.from(blindIndexKey, 'base64') };
}

function readVersion(): string {
  try {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    return pkg.version;
  } catch {
    return '0.0.0';
  }
}

/**
 * Gateways from the environment. A production flag with a sandbox key (or the reverse) stops the
 * start (reliability.md W-10): sandbox and production money must never meet.
 */
function paymentsConfig(e: z.infer<typeof ZEnv>, databaseMode: 'embedded' | 'postgres', sessionSecret: string): PaymentsConfig {
  const problems: string[] = [];
  let midtrans: PaymentsConfig['midtrans'] = null;
  if (e.MIDTRANS_SERVER_KEY) {
    const isSandboxKey = e.MIDTRANS_SERVER_KEY.startsWith('SB-');
    if (e.MIDTRANS_IS_PRODUCTION && isSandboxKey) problems.push('MIDTRANS_SERVER_KEY: kunci sandbox (SB-…) tidak boleh dipakai dengan MIDTRANS_IS_PRODUCTION=true');
    if (!e.MIDTRANS_IS_PRODUCTION && !isSandboxKey) problems.push('MIDTRANS_SERVER_KEY: kunci produksi dipakai tanpa MIDTRANS_IS_PRODUCTION=true');
    midtrans = {
      serverKey: e.MIDTRANS_SERVER_KEY,
      isProduction: e.MIDTRANS_IS_PRODUCTION,
      apiUrl: e.MIDTRANS_API_URL ?? (e.MIDTRANS_IS_PRODUCTION ? 'https://api.midtrans.com' : 'https://api.sandbox.midtrans.com'),
      snapUrl: e.MIDTRANS_SNAP_URL ?? (e.MIDTRANS_IS_PRODUCTION ? 'https://app.midtrans.com' : 'https://app.sandbox.midtrans.com'),
    };
  }
  let xendit: PaymentsConfig['xendit'] = null;
  if (e.XENDIT_SECRET_KEY) {
    if (!e.XENDIT_CALLBACK_TOKENS) problems.push('XENDIT_CALLBACK_TOKENS wajib diisi bila XENDIT_SECRET_KEY dipakai (token verifikasi callback)');
    xendit = { secretKey: e.XENDIT_SECRET_KEY, callbackTokens: (e.XENDIT_CALLBACK_TOKENS ?? '').split(',').map((t) => t.trim()).filter(Boolean), apiUrl: e.XENDIT_API_URL };
  }
  if (problems.length) throw new ConfigError(problems);
  const isSimulator = e.PAYMENT_SIMULATOR === 'true' || (e.PAYMENT_SIMULATOR === 'auto' && databaseMode === 'embedded');
  return {
    simulator: isSimulator ? { serverKey: `SB-Mid-server-sim-${hmacHex(sessionSecret, 'payment-simulator').slice(0, 32)}` } : null,
    midtrans,
    xendit,
    bankTransfer: { account: e.BANK_TRANSFER_ACCOUNT, approvalAbove: BigInt(e.BANK_TRANSFER_APPROVAL_ABOVE) },
  };
}

/** Documents on disk (default) or in an S3-compatible store, which then needs all four S3_ values. */
function documentsConfig(e: z.infer<typeof ZEnv>): DocumentsConfig {
  if (e.DOCUMENT_STORE === 'disk') return { store: 'disk' };
  const missing = (['S3_ENDPOINT', 'S3_BUCKET', 'S3_ACCESS_KEY_ID', 'S3_SECRET_ACCESS_KEY'] as const).filter((name) => !e[name]);
  if (missing.length) throw new ConfigError(missing.map((name) => `${name} wajib diisi bila DOCUMENT_STORE=s3`));
  return { store: 's3', s3: { endpoint: e.S3_ENDPOINT!, bucket: e.S3_BUCKET!, region: e.S3_REGION, accessKeyId: e.S3_ACCESS_KEY_ID!, secretAccessKey: e.S3_SECRET_ACCESS_KEY! } };
}

/** A channel is on when both its URL and token are set; one without the other stops the start. */
function messagingConfig(e: z.infer<typeof ZEnv>): MessagingConfig {
  const problems: string[] = [];
  const channel = (name: 'SMS' | 'WHATSAPP' | 'EMAIL') => {
    const url = e[`MESSAGE_${name}_URL`];
    const token = e[`MESSAGE_${name}_TOKEN`];
    if (Boolean(url) !== Boolean(token)) problems.push(`MESSAGE_${name}_URL dan MESSAGE_${name}_TOKEN harus diisi berdua`);
    return url && token ? { url, token } : null;
  };
  const config = { sms: channel('SMS'), whatsapp: channel('WHATSAPP'), email: channel('EMAIL') };
  if (problems.length) throw new ConfigError(problems);
  return config;
}

export function loadConfig(env: NodeJS.ProcessEnv = process.env): Config {
  // Empty strings count as unset, as in most deployment tools.
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ZEnv.safeParse(cleaned);
  if (!parsed.success) {
    throw new ConfigError(
      parsed.error.issues.map((issue) => {
        const name = String(issue.path[0] ?? '?');
        const shown = name in cleaned && !/SECRET|KEY/.test(name) ? ` (sekarang: "${cleaned[name]}")` : '';
        const message = issue.message.startsWith(name) ? issue.message : `${name}: ${issue.message}`;
        return `${message}${shown}`;
      }),
    );
  }
  const e = parsed.data;
  const databaseMode = e.DATABASE_URL ? 'postgres' : 'embedded';
  const dataDir = path.resolve(e.DATA_DIR);

  let secrets: Secrets;
  if (databaseMode === 'embedded') {
    const local = loadOrCreateLocalSecrets(dataDir);
    secrets = {
      sessionSecret: e.SESSION_SECRET ?? local.sessionSecret,
      encryptionKeys: e.ENCRYPTION_KEYS ?? local.encryptionKeys,
      blindIndexKey: e.BLIND_INDEX_KEY ?? local.blindIndexKey,
      cardSigningKeys: e.CARD_SIGNING_KEYS ?? local.cardSigningKeys,
    };
  } else {
    const missing = (['SESSION_SECRET', 'ENCRYPTION_KEYS', 'BLIND_INDEX_KEY', 'CARD_SIGNING_KEYS'] as const)
      .filter((name) => !e[name])
      .map((name) => `${name} wajib diisi bila DATABASE_URL dipakai (rahasia tidak dibuat otomatis di luar mode tertanam)`);
    if (missing.length) throw new ConfigError(missing);
    secrets = { sessionSecret: e.SESSION_SECRET!, encryptionKeys: e.ENCRYPTION_KEYS!, blindIndexKey: e.BLIND_INDEX_KEY!, cardSigningKeys: e.CARD_SIGNING_KEYS! };
  }

  const payments = paymentsConfig(e, databaseMode, secrets.sessionSecret);
  const cards = parseCardKeyring(secrets.cardSigningKeys, e.CARD_SIGNING_ACTIVE_KEY);
  if (!cards.keyring) throw new ConfigError(cards.problems);

  let rules: RuleBook;
  try {
    rules = loadRuleBook(e.RULES_FILE);
  } catch (error) {
    if (error instanceof RuleFileError) throw new ConfigError(error.problems);
    throw error;
  }

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST ?? (databaseMode === 'embedded' ? '127.0.0.1' : '0.0.0.0'),
    databaseUrl: e.DATABASE_URL,
    databaseMode,
    dataDir,
    logLevel: e.LOG_LEVEL,
    sessionSecret: secrets.sessionSecret,
    keyring: parseKeyring(secrets.encryptionKeys, e.ENCRYPTION_ACTIVE_KEY, secrets.blindIndexKey),
    cardKeys: cards.keyring,
    cookieSecure: e.COOKIE_SECURE,
    trustProxy: e.TRUST_PROXY,
    sessionIdleMinutes: e.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: e.SESSION_ABSOLUTE_HOURS,
    seedDemo: e.SEED_DEMO,
    demoWorkers: e.DEMO_WORKERS,
    publicStatsPerMinute: e.PUBLIC_STATS_PER_MINUTE,
    jobsEnabled: e.JOBS,
    rules,
    imports: {
      maxBytes: Math.round(e.IMPORT_MAX_MB * 1024 * 1024),
      maxRows: e.IMPORT_MAX_ROWS,
      zip: { maxUncompressedBytes: Math.round(e.IMPORT_XLSX_MAX_UNCOMPRESSED_MB * 1024 * 1024), maxEntries: 200, maxRatio: 100 },
    },
    publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/$/, ''),
    internalUrl: (e.INTERNAL_URL ?? `http://127.0.0.1:${e.PORT}`).replace(/\/$/, ''),
    payments,
    messaging: messagingConfig(e),
    documents: documentsConfig(e),
    version: readVersion(),
  };
}
