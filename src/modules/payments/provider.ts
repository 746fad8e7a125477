/**
 * The port every payment gateway adapter implements. Amounts are whole rupiah; statuses are
 * normalised; an adapter never moves money: it creates a payment at the gateway, verifies a
 * notification's authenticity, and asks the gateway for the truth (status), which alone drives state.
 */
export type NormalizedStatus = 'pending' | 'settled' | 'failed' | 'expired' | 'cancelled' | 'refunded' | 'chargeback';

export type ProviderStatus = {
  status: NormalizedStatus;
  /** The amount the gateway says was paid (or ordered); null when it does not say. */
  amount: bigint | null;
  currency: string | null;
  providerRef: string | null;
  raw: unknown;
};

export type Verification =
  | { isValid: true; orderId: string; dedupeKey: string }
  | { isValid: false; reason: string; orderId: string | null };

export type CreateInput = { orderId: string; amount: bigint; description: string; customer: { name: string; email: string | null } };

export type PaymentProvider = {
  name: 'simulator' | 'midtrans' | 'xendit';
  create: (input: CreateInput) => Promise<{ providerRef: string | null; redirectUrl: string }>;
  verify: (input: { headers: Record<string, string | string[] | undefined>; body: unknown }) => Verification;
  status: (input: { orderId: string; providerRef: string | null }) => Promise<ProviderStatus>;
};

export class ProviderUnavailableError extends Error {
  override name = 'ProviderUnavailableError';
}

/** A gateway call with a deadline (W-12): a hanging gateway fails fast instead of holding a request. */
export async function callGateway(url: string, init: RequestInit & { timeoutMs?: number }): Promise<{ status: number; json: unknown }> {
  try {
    const response = await fetch(url, { ...init, signal: AbortSignal.timeout(init.timeoutMs ?? 5_000) });
    const text = await response.text();
    let json: unknown = null;
    try {
      json = text ? JSON.parse(text) : null;
    } catch {
      json = null;
    }
    if (response.status >= 500) throw new ProviderUnavailableError(`${url}: HTTP ${response.status}`);
    return { status: response.status, json };
  } catch (error) {
    if (error instanceof ProviderUnavailableError) throw error;
    throw new ProviderUnavailableError(`${url}: ${(error as Error).message}`);
  }
}

/** Gateway money strings are exact: "16800.00" or "16800" (M-01); anything else is refused. */
export function parseGatewayAmount(value: unknown): bigint | null {
  if (typeof value === 'number' && Number.isSafeInteger(value) && value >= 0) return BigInt(value);
  if (typeof value !== 'string') return null;
  const m = /^(\d{1,15})(?:\.00)?$/.exec(value);
  return m ? BigInt(m[1]!) : null;
}
