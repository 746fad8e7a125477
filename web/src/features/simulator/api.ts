import { ApiError, NETWORK_ERROR, toApiError } from '../../api/client';
import { currentLocale } from '../../i18n';

/**
 * The built-in payment simulator speaks a gateway's protocol outside /api (it is not part of the
 * typed API), so its pay page calls it with fetch. When the simulator is switched off, these
 * addresses are not served: the server answers with the web app's page instead of JSON, which is
 * read here as "no simulator".
 */
export type SimulatorTransaction = { orderId: string; amount: string; status: string };
export type SimulatorOutcome = 'settlement' | 'deny' | 'expire';
export type SimulatorPayment = { outcome: SimulatorOutcome; duplicate: boolean; staleAfter: boolean; lose: boolean };
export type SimulatorAnswer = { orderId: string; status: string; notificationsSent: number };

export const SIMULATOR_OFF = 'SIMULATOR_OFF';

const BASE = '/simulator/midtrans';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

async function call(path: string, init: RequestInit = {}): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(`${BASE}${path}`, {
      ...init,
      credentials: 'same-origin',
      headers: { 'Accept-Language': currentLocale(), Accept: 'application/json', ...(init.body ? { 'Content-Type': 'application/json' } : {}) },
    });
  } catch (cause) {
    throw new ApiError({ status: 0, code: NETWORK_ERROR, message: cause instanceof Error ? cause.message : String(cause) });
  }
  const isJson = response.headers.get('content-type')?.includes('application/json') ?? false;
  if (!isJson) throw new ApiError({ status: 404, code: SIMULATOR_OFF, message: 'The payment simulator is not running here.' });
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) throw toApiError(response, body);
  return body;
}

export async function fetchSimulatorTransaction(orderId: string): Promise<SimulatorTransaction> {
  const body = await call(`/transactions/${encodeURIComponent(orderId)}`);
  if (!isRecord(body) || typeof body.orderId !== 'string' || typeof body.amount !== 'string' || typeof body.status !== 'string') {
    throw new ApiError({ status: 404, code: SIMULATOR_OFF, message: 'Unexpected answer from the payment simulator.' });
  }
  return { orderId: body.orderId, amount: body.amount, status: body.status };
}

export async function paySimulator(orderId: string, payment: SimulatorPayment): Promise<SimulatorAnswer> {
  const body = await call(`/pay/${encodeURIComponent(orderId)}`, { method: 'POST', body: JSON.stringify(payment) });
  if (!isRecord(body) || typeof body.status !== 'string') throw new ApiError({ status: 502, code: 'UNKNOWN', message: 'Unexpected answer from the payment simulator.' });
  return { orderId, status: body.status, notificationsSent: typeof body.notificationsSent === 'number' ? body.notificationsSent : 0 };
}
