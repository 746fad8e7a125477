import { id } from '../../i18n/id';

/**
 * Codes from the donation and payment API, as keys of the catalogue: every status, method and kind
 * is shown in words, and an unknown code falls back to itself instead of breaking the page.
 */
type Donations = typeof id.donations;

export type DonationStatus = keyof Donations['status'];
export type PaymentStatus = keyof Donations['paymentStatus'];
export type PaymentMethod = keyof Donations['methods'];
export type EntryKind = keyof Donations['fund']['kinds'];

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

export const isDonationStatus = (code: unknown): code is DonationStatus => typeof code === 'string' && hasKey(id.donations.status, code);
export const isPaymentStatus = (code: string): code is PaymentStatus => hasKey(id.donations.paymentStatus, code);
export const isPaymentMethod = (code: string): code is PaymentMethod => hasKey(id.donations.methods, code);
export const isEntryKind = (code: string): code is EntryKind => hasKey(id.donations.fund.kinds, code);

export const DONATION_STATUSES = ['awaiting_payment', 'paid', 'allocated', 'cancelled', 'expired', 'refunded'] as const satisfies readonly DonationStatus[];

export const DONATION_STATUS_CLASS: Record<DonationStatus, string> = {
  awaiting_payment: 'pill pill-warn',
  paid: 'pill pill-info',
  allocated: 'pill pill-ok',
  cancelled: 'pill',
  expired: 'pill',
  refunded: 'pill pill-danger',
};

export const PAYMENT_STATUS_CLASS: Record<PaymentStatus, string> = {
  pending: 'pill pill-warn',
  awaiting_approval: 'pill pill-warn',
  settled: 'pill pill-ok',
  failed: 'pill pill-danger',
  expired: 'pill',
  cancelled: 'pill',
  refunded: 'pill pill-danger',
  chargeback: 'pill pill-danger',
};

/** Gateways send the payer to another page; a bank transfer is confirmed by an officer. */
export function isGateway(method: string): boolean {
  return method === 'simulator' || method === 'midtrans' || method === 'xendit';
}
