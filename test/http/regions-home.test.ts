import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestContext, signIn, type TestContext } from '../helpers/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

describe('regions', () => {
  it('holds the whole Kemendagri tree: 38 / 514 / 7,277 / 83,763', async () => {
    const rows = await ctx.database.db
      .selectFrom('regions')
      .select(['level', ctx.database.db.fn.countAll<string>().as('n')])
      .groupBy('level')
      .orderBy('level')
      .execute();
    expect(rows.map((r) => Number(r.n))).toEqual([38, 514, 7277, 83763]);
  });

  it('lists provinces, then children of a parent', async () => {
    const provinces = (await ctx.app.inject({ method: 'GET', url: '/api/regions' })).json().items;
    expect(provinces).toHaveLength(38);
    expect(provinces.find((p: { code: string }) => p.code === '62')).toEqual({
      code: '62',
      name: 'Kalimantan Tengah',
      level: 1,
      kind: 'provinsi',
      parentCode: null,
    });
    expect(provinces.find((p: { code: string }) => p.code === '31').name).toBe('DKI Jakarta');
    const regencies = (await ctx.app.inject({ method: 'GET', url: '/api/regions?parent=62' })).json().items;
    expect(regencies.map((r: { code: string }) => r.code)).toContain('62.02');
    expect(regencies.find((r: { code: string }) => r.code === '62.71')).toMatchObject({ name: 'Kota Palangkaraya', kind: 'kota' });
  });

  it('searches by name and tells a missing parent', async () => {
    const found = (await ctx.app.inject({ method: 'GET', url: '/api/regions?q=kotawaringin&level=2' })).json().items;
    expect(found.map((r: { name: string }) => r.name)).toEqual(['Kabupaten Kotawaringin Barat', 'Kabupaten Kotawaringin Timur']);
    const percent = await ctx.app.inject({ method: 'GET', url: '/api/regions?q=%25%25' });
    expect(percent.statusCode).toBe(200);
    expect(percent.json().items).toEqual([]); // % is searched as a character, not a wildcard
    const missing = await ctx.app.inject({ method: 'GET', url: '/api/regions?parent=99.99' });
    expect(missing.statusCode).toBe(404);
  });

  it('returns a region with its ancestors', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/regions/35.14' });
    expect(response.statusCode).toBe(200);
    expect(response.json().region.name).toBe('Kabupaten Pasuruan');
    expect(response.json().ancestors.map((r: { code: string }) => r.code)).toEqual(['35']);
    expect((await ctx.app.inject({ method: 'GET', url: '/api/regions/11.99' })).statusCode).toBe(404);
  });
});

describe('home per role (demo accounts)', () => {
  const demo = (role: string) => ({ email: `${role}@lingkaran.test`, password: 'lingkaran-demo' });

  it('shows the admin national figures', async () => {
    const session = await signIn(ctx.app, demo('admin'));
    const home = (await ctx.app.inject({ method: 'GET', url: '/api/home', headers: authHeaders(session) })).json();
    expect(home.role).toBe('admin');
    const figure = (key: string) => home.figures.find((f: { key: string }) => f.key === key)?.value;
    expect(figure('provinces')).toBe(38);
    expect(figure('villages')).toBe(83763);
    expect(figure('workers')).toBeGreaterThanOrEqual(300);
    expect(figure('donorOrgs')).toBeGreaterThanOrEqual(7);
  });

  it('scopes the officer of Sampit to Kotawaringin Timur', async () => {
    const session = await signIn(ctx.app, demo('officer'));
    const me = (await ctx.app.inject({ method: 'GET', url: '/api/auth/me', headers: authHeaders(session) })).json();
    expect(me.user.regionScopes).toEqual([{ code: '62.02', name: 'Kabupaten Kotawaringin Timur' }]);
    const home = (await ctx.app.inject({ method: 'GET', url: '/api/home', headers: authHeaders(session) })).json();
    const figure = (key: string) => home.figures.find((f: { key: string }) => f.key === key)?.value;
    const inScope = await ctx.database.db
      .selectFrom('workers')
      .select(ctx.database.db.fn.countAll<string>().as('n'))
      .where('regency_code', '=', '62.02')
      .executeTakeFirstOrThrow();
    expect(figure('workers')).toBe(Number(inScope.n));
    expect(figure('workers')).toBeGreaterThan(0);
    expect(figure('regencies')).toBe(0);
    expect(figure('districts')).toBeGreaterThan(10);
    expect(home.figures.some((f: { key: string }) => f.key === 'provinces')).toBe(false);
  });

  it('every demo account signs in and gets its home', async () => {
    for (const role of ['admin', 'officer', 'donor', 'gov', 'jury', 'agent']) {
      const session = await signIn(ctx.app, demo(role));
      const home = await ctx.app.inject({ method: 'GET', url: '/api/home', headers: authHeaders(session) });
      expect(home.statusCode, role).toBe(200);
      expect(home.json().role).toBe(role);
    }
  });
});
