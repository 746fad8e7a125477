import http from 'node:http';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../src/config.ts';
import { midtransProvider, midtransSignature, normalizeMidtransStatus } from '../../src/modules/payments/midtrans.ts';
import { parseGatewayAmount, ProviderUnavailableError } from '../../src/modules/payments/provider.ts';
import { xenditProvider } from '../../src/modules/payments/xendit.ts';
import { TEST_SECRETS } from '../helpers/env.ts';

/** A local fake of Xendit's invoice API and a gateway that never answers. */
let server: http.Server;
let base = '';
const invoices = new Map<string, { id: string; external_id: string; amount: number; status: string; paid_amount?: number; currency: string }>();

beforeAll(async () => {
  server = http.createServer((req, res) => {
    const auth = req.headers.authorization;
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      if (req.url?.startsWith('/hang')) return; // never answers
      if (auth !== `Basic ${Buffer.from('xnd_development_secret:').toString('base64')}`) {
        res.writeHead(401).end('{}');
        return;
      }
      if (req.method === 'POST' && req.url === '/v2/invoices') {
        const input = JSON.parse(body) as { external_id: string; amount: number };
        const invoice = { id: `inv_${input.external_id}`, external_id: input.external_id, amount: input.amount, status: 'PENDING', currency: 'IDR' };
        invoices.set(invoice.id, invoice);
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ ...invoice, invoice_url: `https://checkout.example/${invoice.id}` }));
        return;
      }
      const match = /^\/v2\/invoices\/(.+)$/.exec(req.url ?? '');
      const invoice = match ? invoices.get(decodeURIComponent(match[1]!)) : undefined;
      if (req.method === 'GET' && invoice) {
        res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify(invoice));
        return;
      }
      res.writeHead(404).end('{}');
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const address = server.address();
  base = `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}`;
});
afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('Midtrans adapter', () => {
  const provider = midtransProvider({ name: 'midtrans', serverKey: 'SB-Mid-server-abc', snapUrl: 'http://unused', apiUrl: 'http://unused' });
  const signed = (overrides: Record<string, string> = {}) => {
    const body = { order_id: 'INV-1', status_code: '200', gross_amount: '16800.00', transaction_status: 'settlement', transaction_id: 't1', ...overrides };
    return { ...body, signature_key: midtransSignature({ orderId: body.order_id, statusCode: body.status_code, grossAmount: body.gross_amount }, 'SB-Mid-server-abc'), ...overrides };
  };

  it('accepts a notification signed with the server key and names its de-duplication key', () => {
    expect(provider.verify({ headers: {}, body: signed() })).toEqual({ isValid: true, orderId: 'INV-1', dedupeKey: 'INV-1:settlement:t1:200' });
  });

  it('refuses an altered amount, order, key or a missing signature', () => {
    const good = signed();
    expect(provider.verify({ headers: {}, body: { ...good, gross_amount: '168000.00' } }).isValid).toBe(false);
    expect(provider.verify({ headers: {}, body: { ...good, order_id: 'INV-2' } }).isValid).toBe(false);
    const otherKey = midtransProvider({ name: 'midtrans', serverKey: 'Mid-server-production', snapUrl: '', apiUrl: '' });
    expect(otherKey.verify({ headers: {}, body: good }).isValid).toBe(false);
    expect(provider.verify({ headers: {}, body: { ...good, signature_key: undefined } }).isValid).toBe(false);
  });

  it('maps statuses and parses money strictly', () => {
    expect(normalizeMidtransStatus('capture', 'challenge')).toBe('pending');
    expect(normalizeMidtransStatus('capture', 'accept')).toBe('settled');
    expect(normalizeMidtransStatus('partial_chargeback')).toBe('chargeback');
    expect(['16800.00', '16800', 16800, '16800.5', '1e5', '-1.00', ' 16800.00', ''].map(parseGatewayAmount)).toEqual([16_800n, 16_800n, 16_800n, null, null, null, null, null]);
  });

  it('fails fast when the gateway does not answer', async () => {
    const hanging = midtransProvider({ name: 'midtrans', serverKey: 'SB-Mid-server-abc', snapUrl: `${base}/hang`, apiUrl: `${base}/hang` });
    const started = Date.now();
    await expect(hanging.status({ orderId: 'x', providerRef: null })).rejects.toBeInstanceOf(ProviderUnavailableError);
    expect(Date.now() - started).toBeLessThan(7_000);
  }, 10_000);
});

describe('Xendit adapter', () => {
  const provider = () => xenditProvider({ secretKey: 'xnd_development_secret', callbackTokens: ['token-now', 'token-before'], apiUrl: base });

  it('creates an invoice and reads its status and paid amount from the API, never from the callback', async () => {
    const created = await provider().create({ orderId: 'INV-9-1', amount: 100_800n, description: 'Iuran', customer: { name: 'PT Uji', email: null } });
    expect(created).toEqual({ providerRef: 'inv_INV-9-1', redirectUrl: 'https://checkout.example/inv_INV-9-1' });
    expect(await provider().status({ orderId: 'INV-9-1', providerRef: 'inv_INV-9-1' })).toMatchObject({ status: 'pending', amount: 100_800n });
    invoices.set('inv_INV-9-1', { ...invoices.get('inv_INV-9-1')!, status: 'PAID', paid_amount: 100_800 });
    expect(await provider().status({ orderId: 'INV-9-1', providerRef: 'inv_INV-9-1' })).toMatchObject({ status: 'settled', amount: 100_800n, currency: 'IDR' });
  });

  it('checks the callback token in constant time, accepting the previous token during rotation', () => {
    const body = { id: 'inv_INV-9-1', external_id: 'INV-9-1', status: 'PAID' };
    expect(provider().verify({ headers: { 'x-callback-token': 'token-now' }, body })).toEqual({ isValid: true, orderId: 'INV-9-1', dedupeKey: 'inv_INV-9-1:PAID' });
    expect(provider().verify({ headers: { 'x-callback-token': 'token-before' }, body }).isValid).toBe(true);
    expect(provider().verify({ headers: { 'x-callback-token': 'token-wrong' }, body }).isValid).toBe(false);
    expect(provider().verify({ headers: {}, body }).isValid).toBe(false);
  });
});

describe('gateway configuration (W-10)', () => {
  const env = { DATABASE_URL: 'postgres://x@127.0.0.1:1/x', ...TEST_SECRETS };
  it('refuses a sandbox key in production and a production key in sandbox', () => {
    expect(() => loadConfig({ ...env, MIDTRANS_SERVER_KEY: 'SB-Mid-server-abcdef', MIDTRANS_IS_PRODUCTION: 'true' })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, MIDTRANS_SERVER_KEY: 'Mid-server-abcdefgh' })).toThrow(/kunci produksi dipakai tanpa MIDTRANS_IS_PRODUCTION=true/);
    expect(() => loadConfig({ ...env, XENDIT_SECRET_KEY: 'xnd_development_abc' })).toThrow(/XENDIT_CALLBACK_TOKENS wajib/);
    const ok = loadConfig({ ...env, MIDTRANS_SERVER_KEY: 'SB-Mid-server-abcdef' });
    expect(ok.payments.midtrans).toMatchObject({ apiUrl: 'https://api.sandbox.midtrans.com', isProduction: false });
    expect(ok.payments.simulator).toBeNull();
  });
});
