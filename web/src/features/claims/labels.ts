import type { TFunction } from 'i18next';
import { id } from '../../i18n/id';
import { CLAIM_STATUSES, CLAIM_TYPES, RELATIONSHIPS, type ClaimStatus, type ClaimType, type Relationship } from './api';

/**
 * Codes from the claims API as keys of the catalogue: every type, status, relationship, document
 * kind and note is shown in words, and an unknown code (a newer server) falls back to itself.
 */
type Claims = typeof id.claims;

export type DocumentKind = keyof Claims['documents'];
export type BenefitNote = keyof Claims['benefit']['notes'];
export type CoverageReason = keyof Claims['coverage']['reasons'];
export type EndedReason = keyof Claims['scholarships']['endedReasons'];

function hasKey<T extends object>(record: T, key: string): key is Extract<keyof T, string> {
  return Object.hasOwn(record, key);
}

export const isClaimType = (code: unknown): code is ClaimType => CLAIM_TYPES.some((type) => type === code);
export const isClaimStatus = (code: unknown): code is ClaimStatus => CLAIM_STATUSES.some((status) => status === code);
export const isRelationship = (code: unknown): code is Relationship => RELATIONSHIPS.some((relationship) => relationship === code);
export const isDocumentKind = (code: string): code is DocumentKind => hasKey(id.claims.documents, code);
export const isBenefitNote = (code: string): code is BenefitNote => hasKey(id.claims.benefit.notes, code);
export const isCoverageReason = (code: string): code is CoverageReason => hasKey(id.claims.coverage.reasons, code);
export const isEndedReason = (code: string): code is EndedReason => hasKey(id.claims.scholarships.endedReasons, code);

/** Every kind of document, in the order of the server's list (domain/claims.ts DOCUMENT_KINDS). */
export const DOCUMENT_KINDS = Object.keys(id.claims.documents).filter(isDocumentKind);

/** Death claims go to the heirs in legal order; the others to the first recipient. */
export function isDeathClaim(type: string): boolean {
  return type === 'JKM' || type === 'JKK_DEATH';
}

/** Children matter for the scholarship: deaths and total disability. */
export function hasChildren(type: string): boolean {
  return type === 'JKM' || type === 'JKK_DEATH' || type === 'JKK_TOTAL_DISABILITY';
}

export const STATUS_CLASS: Record<ClaimStatus, string> = {
  draft: 'pill',
  submitted: 'pill pill-info',
  verified: 'pill pill-info',
  approved: 'pill pill-warn',
  paid: 'pill pill-ok',
  rejected: 'pill pill-danger',
};

export function typeName(t: TFunction, type: string): string {
  return isClaimType(type) ? t(`claims.types.${type}`) : type;
}

export function relationshipName(t: TFunction, relationship: string): string {
  return isRelationship(relationship) ? t(`claims.relationships.${relationship}`) : relationship;
}

export function documentName(t: TFunction, kind: string): string {
  return isDocumentKind(kind) ? t(`claims.documents.${kind}`) : kind;
}

/** Calendar days from one 'YYYY-MM-DD' to another (positive when `to` is later). */
export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
