import { useRef, useState } from 'react';
import { isApiError } from '../../api/client';

/** 32 random hex digits (crypto.randomUUID needs a secure context; this works on any address). */
function newKey(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16));
  return `${prefix}-${Array.from(bytes, (byte) => byte.toString(16).padStart(2, '0')).join('')}`;
}

/**
 * The Idempotency-Key of one form (reliability.md M-07). It is made when the form opens and sent
 * again when the same request is retried (a lost answer, a time-out, a server fault), so the server
 * does the work once. A changed request gets a new key (the server refuses a key reused for a
 * different body), and so does a request the server answered with a definite refusal: the next
 * attempt is a new request, not a replay of that refusal.
 */
export function useIdempotencyKey(prefix: string) {
  const [opened] = useState(() => newKey(prefix));
  const state = useRef<{ key: string; body: string | null }>({ key: opened, body: null });

  return {
    keyFor(body: unknown): string {
      const current = state.current;
      const json = JSON.stringify(body);
      const next = current.body === null || current.body === json ? { key: current.key, body: json } : { key: newKey(prefix), body: json };
      state.current = next;
      return next.key;
    },
    /** After an error: keep the key when the outcome is unknown, renew it after a definite answer. */
    settle(error: unknown): void {
      const isDefinite = isApiError(error) && error.status >= 400 && error.status < 500 && error.code !== 'IDEMPOTENCY_IN_PROGRESS';
      if (isDefinite) state.current = { key: newKey(prefix), body: null };
    },
  };
}
