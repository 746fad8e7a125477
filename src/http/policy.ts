import type { Role } from '../db/schema.ts';

/**
 * Every route declares who may call it in `config.policy`. src/http/auth-hooks.ts enforces it;
 * test/http/route-policy.test.ts walks the route table and fails if any route has none.
 */
export type Policy =
  | { kind: 'public' }
  | { kind: 'authenticated' }
  | { kind: 'roles'; roles: readonly Role[] };

export const allow = {
  public: { kind: 'public' } as Policy,
  authenticated: { kind: 'authenticated' } as Policy,
  roles: (...roles: Role[]): Policy => ({ kind: 'roles', roles }),
};

/** Staff roles that work with the registry and regions. */
export const STAFF_ROLES: Role[] = ['admin', 'officer', 'gov', 'agent', 'jury'];

export type Actor = {
  userId: string;
  email: string;
  fullName: string;
  role: Role;
  regionScopes: string[];
  branchId: string | null;
  donorOrgId: string | null;
  locale: 'id' | 'en';
  sessionTokenHash: Buffer;
};

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyContextConfig {
    policy?: Policy;
  }
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyRequest {
    actor: Actor | null;
  }
}

/** Whether a region code lies inside one of the scopes (scopes are region-code prefixes). */
export function isInScope(regionCode: string, scopes: readonly string[]): boolean {
  return scopes.some((scope) => regionCode === scope || regionCode.startsWith(scope + '.'));
}
