import { randomBytes } from 'node:crypto';
import { v7 as uuidv7 } from 'uuid';

/**
 * Randomness and ids for hot paths. Asking the operating system for 16 or 12 random bytes at a
 * time costs more than the work around it in a bulk import (measured: a third of its CPU), so
 * random bytes are drawn from a 64 KiB buffer filled by the CSPRNG and refilled when used up.
 */
const POOL_SIZE = 64 * 1024;
let pool = Buffer.alloc(0);
let offset = POOL_SIZE;

export function randomChunk(size: number): Buffer {
  if (size > POOL_SIZE) return randomBytes(size);
  if (offset + size > pool.length) {
    pool = randomBytes(POOL_SIZE);
    offset = 0;
  }
  const chunk = pool.subarray(offset, offset + size);
  offset += size;
  return chunk;
}

/** A time-ordered UUIDv7 (RFC 9562), made by the application (Citus-friendly, index-local). */
export function newId(): string {
  return uuidv7({ random: randomChunk(16) });
}

/** `prefix` + `digits` random digits + a Luhn check digit, so a mistyped code is caught. */
export function checkedCode(prefix: string, digits: number): string {
  const body = Array.from(randomChunk(digits), (b) => String(b % 10)).join('');
  return `${prefix}${body}${luhnDigit(body)}`;
}

export function luhnDigit(digits: string): number {
  let sum = 0;
  [...digits].reverse().forEach((d, i) => {
    let n = Number(d);
    if (i % 2 === 0) n *= 2;
    if (n > 9) n -= 9;
    sum += n;
  });
  return (10 - (sum % 10)) % 10;
}

export function isCheckedCode(code: string, prefix: string, digits: number): boolean {
  const m = new RegExp(`^${prefix}(\\d{${digits}})(\\d)$`).exec(code);
  return !!m && luhnDigit(m[1]!) === Number(m[2]);
}
