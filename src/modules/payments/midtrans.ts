import { createHash } from 'node:crypto';
import { constantTimeEqual } from '../../lib/crypto.ts';
import { callGateway, parseGatewayAmount, ProviderUnavailableError, type NormalizedStatus, type PaymentProvider } from './provider.ts';

/**
 * Midtrans (Snap + HTTP notifications). A notification is authentic when its signature_key equals
 * SHA-512(order_id + status_code + gross_amount + server key), compared in constant time. The
 * signature does not cover transaction_status, so the status always comes from the Status API
 * (reliability.md W-01, W-02). The same adapter drives the built-in simulator.
 */
export type MidtransConfig = { name: 'midtrans' | 'simulator'; serverKey: string; snapUrl: string; apiUrl: string };

export function midtransSignature(fields: { orderId: string; statusCode: string; grossAmount: string }, serverKey: string): string {
  return createHash('sha512').update(`${fields.orderId}${fields.statusCode}${fields.grossAmount}${serverKey}`).digest('hex');
}

export function normalizeMidtransStatus(transactionStatus: string, fraudStatus?: string | null): NormalizedStatus {
  switch (transactionStatus) {
    case 'settlement':
      return 'settled';
    case 'capture':
      return fraudStatus === 'accept' || !fraudStatus ? 'settled' : 'pending';
    case 'deny':
    case 'failure':
      return 'failed';
    case 'cancel':
      return 'cancelled';
    case 'expire':
      return 'expired';
    case 'refund':
    case 'partial_refund':
      return 'refunded';
    case 'chargeback':
    case 'partial_chargeback':
      return 'chargeback';
    default:
      return 'pending';
  }
}

export function midtransProvider(config: MidtransConfig): PaymentProvider {
  const auth = `Basic ${Buffer.from(`${config.serverKey}:`).toString('base64')}`;
  const headers = { authorization: auth, accept: 'application/json', 'content-type': 'application/json' };
  return {
    name: config.name,
    async create(input) {
      const { status, json } = await callGateway(`${config.snapUrl}/snap/v1/transactions`, {
        method: 'POST',
        headers,
        body: JSON.stringify({
          transaction_details: { order_id: input.orderId, gross_amount: Number(input.amount) },
          item_details: [{ id: 'iuran', price: Number(input.amount), quantity: 1, name: input.description.slice(0, 50) }],
          customer_details: { first_name: input.customer.name.slice(0, 255), ...(input.customer.email ? { email: input.customer.email } : {}) },
        }),
      });
      const body = json as { token?: string; redirect_url?: string; error_messages?: string[] } | null;
      if (status >= 400 || !body?.redirect_url) throw new ProviderUnavailableError(`Snap: HTTP ${status} ${JSON.stringify(body?.error_messages ?? [])}`);
      return { providerRef: body.token ?? null, redirectUrl: body.redirect_url };
    },
    verify({ body }) {
      const b = (body ?? {}) as Record<string, unknown>;
      const orderId = typeof b.order_id === 'string' ? b.order_id : null;
      const statusCode = typeof b.status_code === 'string' ? b.status_code : null;
      const grossAmount = typeof b.gross_amount === 'string' ? b.gross_amount : null;
      const signature = typeof b.signature_key === 'string' ? b.signature_key : null;
      if (!orderId || !statusCode || !grossAmount || !signature) return { isValid: false, reason: 'missing fields', orderId };
      const expected = midtransSignature({ orderId, statusCode, grossAmount }, config.serverKey);
      if (!constantTimeEqual(signature.toLowerCase(), expected)) return { isValid: false, reason: 'signature', orderId };
      const dedupeKey = `${orderId}:${String(b.transaction_status ?? '')}:${String(b.transaction_id ?? '')}:${statusCode}`;
      return { isValid: true, orderId, dedupeKey };
    },
    async status({ orderId }) {
      const { status, json } = await callGateway(`${config.apiUrl}/v2/${encodeURIComponent(orderId)}/status`, { method: 'GET', headers });
      const body = (json ?? {}) as Record<string, unknown>;
      if (status === 404 || body.status_code === '404') return { status: 'pending', amount: null, currency: null, providerRef: null, raw: body };
      if (status >= 400) throw new ProviderUnavailableError(`Status API: HTTP ${status}`);
      return {
        status: normalizeMidtransStatus(String(body.transaction_status ?? ''), typeof body.fraud_status === 'string' ? body.fraud_status : null),
        amount: parseGatewayAmount(body.gross_amount),
        currency: typeof body.currency === 'string' ? body.currency : 'IDR',
        providerRef: typeof body.transaction_id === 'string' ? body.transaction_id : null,
        raw: body,
      };
    },
  };
}
