import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ROLES } from '../../src/db/schema.ts';
import { sha256 } from '../../src/lib/crypto.ts';
import { MAX_FAILURES_PER_ACCOUNT } from '../../src/modules/auth/login.ts';
import { authHeaders, cookieFrom, createTestContext, newUser, signIn, type TestContext } from '../helpers/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

describe('sign-in', () => {
  it('signs in, tells who is signed in, and signs out', async () => {
    const user = await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] });
    const login = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email.toUpperCase(), password: user.password } });
    expect(login.statusCode).toBe(200);
    const setCookie = String(login.headers['set-cookie']);
    expect(setCookie).toMatch(/^__Host-lingkaran_session=/);
    expect(setCookie).toMatch(/HttpOnly/);
    expect(setCookie).toMatch(/Secure/);
    expect(setCookie).toMatch(/SameSite=Lax/);
    expect(setCookie).toMatch(/Path=\//);
    expect(setCookie).not.toMatch(/Domain=/);
    const body = login.json();
    expect(body.user).toMatchObject({ email: user.email, role: 'officer', locale: 'id', regionScopes: [{ code: '62.02', name: 'Kabupaten Kotawaringin Timur' }] });
    expect(body.csrfToken).toMatch(/^[0-9a-f]{64}$/);

    const session = { cookie: cookieFrom(login), csrfToken: body.csrfToken };
    const token = session.cookie.split('=')[1]!;
    const stored = await ctx.database.db.selectFrom('sessions').select('token_hash').where('token_hash', '=', sha256(token)).execute();
    expect(stored).toHaveLength(1); // only the hash of the token is kept

    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: authHeaders(session) });
    expect(me.statusCode).toBe(200);
    expect(me.json().user.id).toBe(user.id);

    const logout = await ctx.app.inject({ method: 'POST', url: '/api/auth/logout', headers: authHeaders(session, 'POST') });
    expect(logout.statusCode).toBe(204);
    expect(String(logout.headers['set-cookie'])).toMatch(/Expires=Thu, 01 Jan 1970/);

    const after = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: authHeaders(session) });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('UNAUTHENTICATED');
  });

  it('answers a wrong password, an unknown e-mail and a disabled account the same way', async () => {
    const user = await newUser(ctx.database, { role: 'jury' });
    const wrong = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: 'salah-sekali' } });
    const unknown = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: 'tidak-ada@uji.test', password: 'apa-saja-123' } });
    await ctx.database.db.updateTable('users').set({ disabled_at: new Date() }).where('id', '=', user.id).execute();
    const disabled = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    for (const response of [wrong, unknown, disabled]) {
      expect(response.statusCode).toBe(401);
      expect(response.json()).toEqual({ error: { code: 'INVALID_CREDENTIALS', message: 'E-mail atau kata sandi salah.' } });
      expect(response.headers['set-cookie']).toBeUndefined();
    }
    const events = await ctx.database.db
      .selectFrom('auth_events')
      .select('kind')
      .where('email_hash', 'in', [sha256(user.email), sha256('tidak-ada@uji.test')])
      .execute();
    expect(events.filter((e) => e.kind === 'login_failed')).toHaveLength(3);
  });

  it(`locks an account after ${MAX_FAILURES_PER_ACCOUNT} failures in 15 minutes, even for the right password`, async () => {
    const user = await newUser(ctx.database, { role: 'agent' });
    for (let i = 0; i < MAX_FAILURES_PER_ACCOUNT; i++) {
      const r = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: `salah-${i}` } });
      expect(r.statusCode).toBe(401);
    }
    const locked = await ctx.app.inject({ method: 'POST', url: '/api/auth/login', payload: { email: user.email, password: user.password } });
    expect(locked.statusCode).toBe(429);
    expect(locked.json().error.code).toBe('TOO_MANY_ATTEMPTS');
    expect(locked.headers['retry-after']).toBe('900');
    // Another account is not affected.
    const other = await newUser(ctx.database, { role: 'agent' });
    await expect(signIn(ctx.app, other)).resolves.toBeDefined();
  });

  it('gives a new session token at every sign-in and drops the one presented (no fixation)', async () => {
    const user = await newUser(ctx.database, { role: 'gov', regionScopes: ['63'] });
    const first = await signIn(ctx.app, user);
    const second = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { cookie: first.cookie },
      payload: { email: user.email, password: user.password },
    });
    expect(second.statusCode).toBe(200);
    expect(cookieFrom(second)).not.toBe(first.cookie);
    const old = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: { cookie: first.cookie } });
    expect(old.statusCode).toBe(401);
  });

  it('ends a session that has been idle too long', async () => {
    const user = await newUser(ctx.database, { role: 'jury' });
    const session = await signIn(ctx.app, user);
    await ctx.database.db
      .updateTable('sessions')
      .set({ last_seen_at: sql`now() - interval '31 minutes'` })
      .where('user_id', '=', user.id)
      .execute();
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: authHeaders(session) });
    expect(me.statusCode).toBe(401);
  });

  it('remembers the language per user', async () => {
    const user = await newUser(ctx.database, { role: 'jury' });
    const session = await signIn(ctx.app, user);
    const patch = await ctx.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: authHeaders(session, 'PATCH'), payload: { locale: 'en' } });
    expect(patch.statusCode).toBe(200);
    expect(patch.json().user.locale).toBe('en');
    const again = await signIn(ctx.app, user);
    const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: authHeaders(again) });
    expect(me.json().user.locale).toBe('en');
    // Signed-in users get messages in their own language.
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/nope', headers: authHeaders(again) });
    expect(missing.json().error.message).toBe('This API address does not exist.');
  });

  it('refuses to change anything else about oneself (mass assignment)', async () => {
    const user = await newUser(ctx.database, { role: 'jury' });
    const session = await signIn(ctx.app, user);
    const patch = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: authHeaders(session, 'PATCH'),
      payload: { locale: 'id', role: 'admin', regionScopes: ['11'] },
    });
    expect(patch.statusCode).toBe(400);
    expect(patch.json().error.code).toBe('VALIDATION_FAILED');
    const row = await ctx.database.db.selectFrom('users').select(['role', 'region_scopes']).where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ role: 'jury', region_scopes: [] });
  });
});

describe('CSRF protection', () => {
  it('refuses an unsafe request with a session cookie but no or a wrong token', async () => {
    const user = await newUser(ctx.database, { role: 'jury' });
    const session = await signIn(ctx.app, user);
    const missing = await ctx.app.inject({ method: 'PATCH', url: '/api/auth/me', headers: { cookie: session.cookie }, payload: { locale: 'en' } });
    expect(missing.statusCode).toBe(403);
    expect(missing.json().error).toMatchObject({ code: 'CSRF_FAILED', details: { reason: 'token' } });
    const wrong = await ctx.app.inject({
      method: 'PATCH',
      url: '/api/auth/me',
      headers: { cookie: session.cookie, 'x-csrf-token': 'f'.repeat(64) },
      payload: { locale: 'en' },
    });
    expect(wrong.statusCode).toBe(403);
    const row = await ctx.database.db.selectFrom('users').select('locale').where('id', '=', user.id).executeTakeFirstOrThrow();
    expect(row.locale).toBe('id');
  });

  it('refuses unsafe requests from another site, even to sign in', async () => {
    const user = await newUser(ctx.database, { role: 'jury' });
    const crossSite = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { 'sec-fetch-site': 'cross-site' },
      payload: { email: user.email, password: user.password },
    });
    expect(crossSite.statusCode).toBe(403);
    const foreignOrigin = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'https://evil.example', host: 'localhost:3000' },
      payload: { email: user.email, password: user.password },
    });
    expect(foreignOrigin.statusCode).toBe(403);
    expect(foreignOrigin.headers['access-control-allow-origin']).toBeUndefined();
    const sameOrigin = await ctx.app.inject({
      method: 'POST',
      url: '/api/auth/login',
      headers: { origin: 'http://localhost:3000', host: 'localhost:3000', 'sec-fetch-site': 'same-origin' },
      payload: { email: user.email, password: user.password },
    });
    expect(sameOrigin.statusCode).toBe(200);
  });
});

describe('every route declares who may call it', () => {
  it('has a policy on every route in the route table', () => {
    const missing = ctx.app.routeTable.filter((r) => !r.policy).map((r) => `${r.method} ${r.url}`);
    expect(missing).toEqual([]);
    expect(ctx.app.routeTable.filter((r) => !r.isPluginRoute).length).toBeGreaterThan(8);
  });

  it('every public API route that is not GET/HEAD is on a reviewed list (sign-in, computations that write nothing, signed gateway webhooks, card verification, an heir’s claim intake, the self-check and self-payment by code)', () => {
    const open = ctx.app.routeTable
      .filter((r) => !['GET', 'HEAD'].includes(r.method) && r.policy?.kind === 'public')
      .map((r) => `${r.method} ${r.url}`)
      .sort();
    expect(open).toEqual([
      'POST /api/auth/login',
      'POST /api/benefits/simulate',
      'POST /api/cards/verify',
      'POST /api/donor-orgs/register-individual',
      'POST /api/nik/check',
      'POST /api/payments/webhooks/:provider',
      'POST /api/public/claims',
      'POST /api/public/claims/:number/documents',
      'POST /api/quotes',
      'POST /api/self-check',
      'POST /api/self-pay/lookup',
      'POST /api/self-pay/payments',
    ]);
  });

  it('answers 401 without a session and 403 for a role without the right', async () => {
    const anonymous = await ctx.app.inject({ method: 'GET', url: '/api/users' });
    expect(anonymous.statusCode).toBe(401);
    for (const role of ROLES.filter((r) => r !== 'admin')) {
      const user = await newUser(ctx.database, { role });
      const session = await signIn(ctx.app, user);
      const list = await ctx.app.inject({ method: 'GET', url: '/api/users', headers: authHeaders(session) });
      expect(list.statusCode, role).toBe(403);
      expect(list.json().error.code).toBe('FORBIDDEN');
      const create = await ctx.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: authHeaders(session, 'POST'),
        payload: { email: `x-${role}@uji.test`, fullName: 'X', role: 'admin', password: 'panjang-sekali' },
      });
      expect(create.statusCode, role).toBe(403);
    }
  });
});

describe('user administration', () => {
  it('lets an admin create a user, who can then sign in', async () => {
    const admin = await newUser(ctx.database, { role: 'admin' });
    const session = await signIn(ctx.app, admin);
    const email = `petugas-${Date.now()}@uji.test`;
    const created = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: authHeaders(session, 'POST'),
      payload: { email, fullName: 'Petugas Baru', role: 'officer', password: 'kata-sandi-baru', regionScopes: ['35.14'] },
    });
    expect(created.statusCode).toBe(201);
    expect(created.json().user).toMatchObject({ email, role: 'officer', regionScopes: ['35.14'], disabledAt: null });
    expect(JSON.stringify(created.json())).not.toMatch(/password|argon/i);
    await expect(signIn(ctx.app, { email, password: 'kata-sandi-baru' })).resolves.toBeDefined();
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', created.json().user.id).execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]).toMatchObject({ action: 'user.create', actor_id: admin.id });

    const duplicate = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: authHeaders(session, 'POST'),
      payload: { email: email.toUpperCase(), fullName: 'Lagi', role: 'jury', password: 'kata-sandi-baru' },
    });
    expect(duplicate.statusCode).toBe(409);
    expect(duplicate.json().error.code).toBe('EMAIL_TAKEN');
  });

  it('refuses role-inconsistent users with the fields named', async () => {
    const admin = await newUser(ctx.database, { role: 'admin' });
    const session = await signIn(ctx.app, admin);
    const cases = [
      { payload: { role: 'officer' }, path: 'regionScopes', code: 'required' },
      { payload: { role: 'gov', regionScopes: ['99.99'] }, path: 'regionScopes', code: 'unknown_region' },
      { payload: { role: 'donor' }, path: 'donorOrgId', code: 'required' },
      { payload: { role: 'jury', regionScopes: ['63'] }, path: 'regionScopes', code: 'not_allowed' },
    ];
    for (const c of cases) {
      const response = await ctx.app.inject({
        method: 'POST',
        url: '/api/users',
        headers: authHeaders(session, 'POST'),
        payload: { email: `u-${Math.random()}@uji.test`, fullName: 'Uji', password: 'kata-sandi-uji', ...c.payload },
      });
      expect(response.statusCode, JSON.stringify(c.payload)).toBe(400);
      expect(response.json().error.details.fields).toEqual(expect.arrayContaining([expect.objectContaining({ path: c.path, code: c.code })]));
    }
    const short = await ctx.app.inject({
      method: 'POST',
      url: '/api/users',
      headers: authHeaders(session, 'POST'),
      payload: { email: 'pendek@uji.test', fullName: 'Uji', password: '1234567', role: 'jury' },
    });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.details.fields[0].path).toBe('password');
  });

  it('disabling a user ends all their sessions at once', async () => {
    const admin = await newUser(ctx.database, { role: 'admin' });
    const adminSession = await signIn(ctx.app, admin);
    const user = await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] });
    const sessionA = await signIn(ctx.app, user);
    const sessionB = await signIn(ctx.app, user);
    const disable = await ctx.app.inject({ method: 'POST', url: `/api/users/${user.id}/disable`, headers: authHeaders(adminSession, 'POST') });
    expect(disable.statusCode).toBe(200);
    expect(disable.json().user.disabledAt).not.toBeNull();
    for (const session of [sessionA, sessionB]) {
      const me = await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: authHeaders(session) });
      expect(me.statusCode).toBe(401);
    }
    await expect(signIn(ctx.app, user)).rejects.toThrow(/401/);
    const enable = await ctx.app.inject({ method: 'POST', url: `/api/users/${user.id}/enable`, headers: authHeaders(adminSession, 'POST') });
    expect(enable.json().user.disabledAt).toBeNull();
    await expect(signIn(ctx.app, user)).resolves.toBeDefined();

    const self = await ctx.app.inject({ method: 'POST', url: `/api/users/${admin.id}/disable`, headers: authHeaders(adminSession, 'POST') });
    expect(self.statusCode).toBe(409);
    const unknown = await ctx.app.inject({
      method: 'POST',
      url: '/api/users/0190a3c4-0000-7000-8000-000000000000/disable',
      headers: authHeaders(adminSession, 'POST'),
    });
    expect(unknown.statusCode).toBe(404);
    const malformed = await ctx.app.inject({ method: 'POST', url: '/api/users/not-a-uuid/disable', headers: authHeaders(adminSession, 'POST') });
    expect(malformed.statusCode).toBe(400);
  });
});
