import { randomBytes } from 'node:crypto';

/** Fixed test secrets: tests never touch .data/ or real keys. */
export const TEST_SECRETS = {
  SESSION_SECRET: 'test-session-secret-0123456789-abcdefghijkl',
  ENCRYPTION_KEYS: `t1:${Buffer.alloc(32, 7).toString('base64')}`,
  BLIND_INDEX_KEY: Buffer.alloc(32, 9).toString('base64'),
  CARD_SIGNING_KEYS: `t1:${Buffer.alloc(32, 11).toString('base64')}`,
};

export function uniqueSuffix(): string {
  return randomBytes(5).toString('hex');
}
