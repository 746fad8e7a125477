import { id } from '../../i18n/id';

type Payments = typeof id.payments;

export type ExceptionKind = keyof Payments['exceptions']['kinds'];
export type AccountKind = keyof Payments['ledger']['accountKinds'];
export type InvariantId = keyof Payments['ledger']['invariants'];
export type DetailKey = keyof Payments['exceptions']['detailKeys'];

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

export const isExceptionKind = (code: string): code is ExceptionKind => hasKey(id.payments.exceptions.kinds, code);
export const isAccountKind = (code: string): code is AccountKind => hasKey(id.payments.ledger.accountKinds, code);
export const isDetailKey = (code: string): code is DetailKey => hasKey(id.payments.exceptions.detailKeys, code);
export const isInvariantId = (code: string): code is InvariantId => hasKey(id.payments.ledger.invariants, code);
