import { constantTimeEqual } from '../../lib/crypto.ts';
import { callGateway, parseGatewayAmount, ProviderUnavailableError, type NormalizedStatus, type PaymentProvider } from './provider.ts';

/**
 * Xendit invoices. A callback is authentic when its x-callback-token equals one of the configured
 * tokens (current and previous, for rotation), compared in constant time; the token is a shared
 * secret without a body signature, so the invoice is always fetched to learn its status and paid
 * amount (reliability.md W-04).
 */
export type XenditConfig = { secretKey: string; callbackTokens: readonly string[]; apiUrl: string };

export function normalizeXenditStatus(status: string): NormalizedStatus {
  switch (status.toUpperCase()) {
    case 'PAID':
    case 'SETTLED':
      return 'settled';
    case 'EXPIRED':
      return 'expired';
    default:
      return 'pending';
  }
}

export function xenditProvider(config: XenditConfig): PaymentProvider {
  const headers = {
    authorization: `Basic ${Buffer.from(`${config.secretKey}:`).toString('base64')}`,
    accept: 'application/json',
    'content-type': 'application/json',
  };
  return {
    name: 'xendit',
    async create(input) {
      const { status, json } = await callGateway(`${config.apiUrl}/v2/invoices`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          external_id: input.orderId,
          amount: Number(input.amount),
          currency: 'IDR',
          description: input.description,
          ...(input.customer.email ? { payer_email: input.customer.email } : {}),
        }),
      });
      const body = json as { id?: string; invoice_url?: string } | null;
      if (status >= 400 || !body?.id || !body.invoice_url) throw new ProviderUnavailableError(`Xendit: HTTP ${status}`);
      return { providerRef: body.id, redirectUrl: body.invoice_url };
    },
    verify({ headers: requestHeaders, body }) {
      const b = (body ?? {}) as Record<string, unknown>;
      const orderId = typeof b.external_id === 'string' ? b.external_id : null;
      const token = requestHeaders['x-callback-token'];
      const sent = Array.isArray(token) ? token[0] : token;
      if (typeof sent !== 'string' || !config.callbackTokens.some((t) => constantTimeEqual(sent, t))) return { isValid: false, reason: 'callback token', orderId };
      if (!orderId || typeof b.id !== 'string') return { isValid: false, reason: 'missing fields', orderId };
      return { isValid: true, orderId, dedupeKey: `${b.id}:${String(b.status ?? '')}` };
    },
    async status({ providerRef }) {
      if (!providerRef) return { status: 'pending', amount: null, currency: null, providerRef: null, raw: null };
      const { status, json } = await callGateway(`${config.apiUrl}/v2/invoices/${encodeURIComponent(providerRef)}`, { method: 'GET', headers });
      if (status >= 400) throw new ProviderUnavailableError(`Xendit: HTTP ${status}`);
      const body = (json ?? {}) as Record<string, unknown>;
      const normalized = normalizeXenditStatus(String(body.status ?? ''));
      return {
        status: normalized,
        amount: parseGatewayAmount(normalized === 'settled' ? (body.paid_amount ?? body.amount) : body.amount),
        currency: typeof body.currency === 'string' ? body.currency : 'IDR',
        providerRef,
        raw: body,
      };
    },
  };
}
