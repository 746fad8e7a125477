import { verifyAsync } from '@noble/ed25519';
// The payload format and the verdict rules are shared with the server and the command line: the
// domain file has no dependencies, so the browser reads cards exactly as they do.
import { fromBase64Url, judgeCard, signatureHash } from '../../../../src/domain/card-payload';
import { api, ApiError, isApiError, NETWORK_ERROR, unwrap } from '../../api/client';
import { jakartaToday } from '../coverage/months';
import { isVerdict, type KeysDocument, type Verdict, type Verification } from './api';

/**
 * Verifying a card's QR on the public page: online when the server answers (with the holder's
 * masked name), else with the published keys and revocation list cached on this device — what a
 * hospital desk with a poor connection still needs. Offline answers never name the holder.
 */
export const KEYS_STORAGE_KEY = 'lingkaran.cardKeys';

/** The keys document as cached: the keys, the revocation list and when this device fetched them. */
export type CachedKeys = { fetchedAt: string; keys: { id: string; publicKey: string }[]; revoked: string[] };

export type VerifyResult = Verification & { isOffline: boolean; keysFetchedAt: string | null };

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function isCachedKeys(value: unknown): value is CachedKeys {
  if (!isRecord(value) || typeof value.fetchedAt !== 'string' || !Array.isArray(value.keys) || !Array.isArray(value.revoked)) return false;
  return (
    value.keys.every((key: unknown) => isRecord(key) && typeof key.id === 'string' && typeof key.publicKey === 'string') &&
    value.revoked.every((hash: unknown) => typeof hash === 'string')
  );
}

export function readCachedKeys(): CachedKeys | null {
  try {
    const text = window.localStorage.getItem(KEYS_STORAGE_KEY);
    if (!text) return null;
    const value: unknown = JSON.parse(text);
    return isCachedKeys(value) ? value : null;
  } catch {
    return null;
  }
}

function storeKeys(document: KeysDocument): CachedKeys {
  const cached: CachedKeys = {
    fetchedAt: new Date().toISOString(),
    keys: document.keys.map((key) => ({ id: key.id, publicKey: key.publicKey })),
    revoked: document.revoked,
  };
  try {
    window.localStorage.setItem(KEYS_STORAGE_KEY, JSON.stringify(cached));
  } catch {
    // Private mode or a full storage: the keys still serve this page until it is closed.
  }
  return cached;
}

/** Fetches the published keys and revocation list and keeps them on this device. */
export async function refreshKeys(): Promise<CachedKeys> {
  return storeKeys(await unwrap(api.GET('/api/cards/keys')));
}

/** The verdict with the cached keys only: signature, revocation list, printed protection date. */
export async function verifyLocally(payload: string, cached: CachedKeys, today = jakartaToday()): Promise<Verification> {
  const keys = new Map(cached.keys.map((key) => [key.id, fromBase64Url(key.publicKey)]));
  const revoked = new Set(cached.revoked);
  const { verdict, card } = await judgeCard(payload, {
    today,
    verify: async (keyId, message, signature) => {
      const key = keys.get(keyId);
      if (!key || key.length !== 32) return null;
      try {
        return await verifyAsync(signature, message, key);
      } catch {
        // A signature that is not a curve point at all is as false as a wrong one.
        return false;
      }
    },
    isRevoked: async (parsed) => revoked.has(await signatureHash(parsed.signature)),
  });
  if (!card || verdict === 'MALFORMED') return { verdict, card: null };
  return {
    verdict,
    card: {
      kpj: card.kpj,
      programs: card.programs,
      protectedUntil: card.protectedUntil,
      issuedOn: card.issuedOn,
      keyId: card.keyId,
      cardNo: card.cardNo,
      holder: null,
      isReplaced: false,
    },
  };
}

/** Thrown when the server cannot be reached and this device has no keys yet. */
export class NoKeysOfflineError extends Error {
  override name = 'NoKeysOfflineError';
}

/**
 * Online first; when the request cannot reach the server at all (no network), the cached keys
 * (or those `fetched` by the open page) decide. A refusal from the server (rate limit, bad input) is an answer, not a reason to go offline.
 */
export async function verifyCard(payload: string, fetched: CachedKeys | null = null): Promise<VerifyResult> {
  try {
    const answer = await unwrap(api.POST('/api/cards/verify', { body: { payload } }));
    return { ...answer, isOffline: false, keysFetchedAt: null };
  } catch (error) {
    if (!(isApiError(error) && error.code === NETWORK_ERROR)) throw error;
    // The keys this page fetched count too, should the device have refused to store them.
    const cached = readCachedKeys() ?? fetched;
    if (!cached) throw new NoKeysOfflineError(error.message);
    const answer = await verifyLocally(payload, cached);
    return { ...answer, isOffline: true, keysFetchedAt: cached.fetchedAt };
  }
}

export function isNoKeysOffline(error: unknown): error is NoKeysOfflineError {
  return error instanceof NoKeysOfflineError;
}

/** The verdict a check-in refusal names (CARD_NOT_VALID carries it in details). */
export function refusedVerdict(error: unknown): Verdict | null {
  if (!(error instanceof ApiError) || error.code !== 'CARD_NOT_VALID' || !isRecord(error.details)) return null;
  const verdict = error.details.verdict;
  return isVerdict(verdict) ? verdict : null;
}
