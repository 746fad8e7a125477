import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { authHeaders, createTestContext, newUser, signIn, type Session, type TestContext } from '../helpers/context.ts';
import { randomNik, villageIn, workerInput } from '../helpers/factories.ts';

let ctx: TestContext;
let sampit: Session; // officer, scope 62.02 (Kotawaringin Timur)
let pasuruan: Session; // officer, scope 35.14
let agent: Session; // agent, scope 62.02
let donor: Session;
let admin: Session;
let gov: Session;

beforeAll(async () => {
  ctx = await createTestContext();
  sampit = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  pasuruan = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['35.14'] }));
  agent = await signIn(ctx.app, await newUser(ctx.database, { role: 'agent', regionScopes: ['62.02'] }));
  donor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor' }));
  admin = await signIn(ctx.app, await newUser(ctx.database, { role: 'admin' }));
  gov = await signIn(ctx.app, await newUser(ctx.database, { role: 'gov', regionScopes: ['62'] }));
});
afterAll(async () => {
  await ctx.close();
});

const call = (session: Session, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: authHeaders(session, method), ...(payload ? { payload } : {}) });

async function register(session: Session, prefix = '62.02', overrides: Record<string, unknown> = {}) {
  const input = await workerInput(ctx.database, prefix, overrides);
  const response = await call(session, 'POST', '/api/workers', input);
  return { input, response };
}

describe('registering a worker', () => {
  it('stores a checked worker, reads birth date and sex from the NIK, answers with the NIK masked', async () => {
    const { villageCode, districtCode } = await villageIn(ctx.database, '62.02');
    const { nik, birthDate, sex } = randomNik({ districtCode, sex: 'P', birthYear: 1980 });
    const response = await call(sampit, 'POST', '/api/workers', { nik, fullName: 'Siti  Aminah', villageCode, occupation: 'Petani', phone: '0812 3456 7890' });
    expect(response.statusCode).toBe(201);
    const { worker, warnings } = response.json();
    expect(worker).toMatchObject({
      maskedNik: `${nik.slice(0, 4)}********${nik.slice(-4)}`,
      fullName: 'Siti Aminah',
      birthDate,
      sex,
      village: { code: villageCode },
      regency: { code: '62.02', name: 'Kabupaten Kotawaringin Timur' },
      occupation: { code: 'PETANI', name: 'Petani' },
      maskedPhone: '+62812****7890',
      incomeBracket: '1000000',
      status: 'registered',
      can: { reveal: true, verify: true, edit: true },
    });
    expect(warnings).toEqual([]);
    expect(response.body).not.toContain(nik);
  });

  it('refuses each kind of bad input with its own code, and writes nothing', async () => {
    const before = await ctx.database.db.selectFrom('workers').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    const { villageCode, districtCode } = await villageIn(ctx.database, '62.02');
    const good = await workerInput(ctx.database, '62.02');
    const cases: [Record<string, unknown>, string][] = [
      [{ nik: good.nik.slice(0, 15) }, 'NIK_LENGTH'],
      [{ nik: `${good.nik.slice(0, 6)}32${good.nik.slice(8)}` }, 'NIK_DAY_INVALID'],
      [{ nik: `99${good.nik.slice(2)}` }, 'NIK_PROVINCE_UNKNOWN'],
      [{ villageCode: '62.02.05.9999' }, 'VILLAGE_UNKNOWN'],
      [{ birthDate: '2090-01-01' }, 'BIRTH_DATE_IN_FUTURE'],
      [{ nik: randomNik({ districtCode, birthYear: 2015 }).nik }, 'AGE_OUT_OF_RANGE'],
      [{ nik: randomNik({ districtCode, birthYear: 1940 }).nik }, 'AGE_OUT_OF_RANGE'],
      [{ fullName: '' }, 'NAME_REQUIRED'],
      [{ fullName: '<img src=x onerror=alert(1)>' }, 'NAME_INVALID'],
      [{ occupation: 'ASTRONOT' }, 'OCCUPATION_UNKNOWN'],
      [{ occupation: 'LAINNYA' }, 'OCCUPATION_OTHER_REQUIRED'],
      [{ phone: '021-555-1234' }, 'PHONE_NOT_MOBILE'],
      [{ declaredIncome: '1234567' }, 'INCOME_NOT_A_BRACKET'],
      [{ p3keDecile: 11 }, 'P3KE_DECILE_INVALID'],
      [{ isWageEarner: true }, 'WAGE_EARNER_NOT_ELIGIBLE'],
      [{ sex: 'X' }, 'SEX_INVALID'],
      [{ villageCode: (await villageIn(ctx.database, '35.14')).villageCode }, 'VILLAGE_OUT_OF_SCOPE'],
    ];
    for (const [overrides, code] of cases) {
      const response = await call(sampit, 'POST', '/api/workers', { ...good, villageCode, ...overrides });
      expect(response.statusCode, code).toBe(400);
      expect(response.json().error.code, JSON.stringify(overrides)).toBe(code);
    }
    const after = await ctx.database.db.selectFrom('workers').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow();
    expect(after.n).toBe(before.n);
  });

  it('refuses a NIK that is already registered, pointing at the existing worker when the caller may see it', async () => {
    const { input, response } = await register(sampit);
    const again = await call(agent, 'POST', '/api/workers', { ...input, fullName: 'Nama Lain' });
    expect(again.statusCode).toBe(409);
    expect(again.json().error).toMatchObject({ code: 'NIK_ALREADY_REGISTERED', details: { workerId: response.json().worker.id } });
  });

  it('queues probable duplicates (same name, birth date, regency, another NIK)', async () => {
    const { villageCode, districtCode } = await villageIn(ctx.database, '62.02');
    const first = randomNik({ districtCode, sex: 'L', birthYear: 1975 });
    const second = { ...first, nik: `${first.nik.slice(0, 12)}${String((Number(first.nik.slice(12)) % 9999) + 1).padStart(4, '0')}` };
    const a = await call(sampit, 'POST', '/api/workers', { nik: first.nik, fullName: 'Budi Santoso', villageCode, occupation: 'NELAYAN' });
    const b = await call(sampit, 'POST', '/api/workers', { nik: second.nik, fullName: 'budi  santoso.', villageCode, occupation: 'NELAYAN' });
    expect(a.statusCode).toBe(201);
    expect(b.json().probableDuplicates).toBe(1);
    const idA = a.json().worker.id as string;
    const idB = b.json().worker.id as string;

    const queue = (await call(sampit, 'GET', '/api/workers/duplicates')).json().items as { id: string; a: { id: string }; b: { id: string } }[];
    const pair = queue.find((p) => [p.a.id, p.b.id].sort().join() === [idA, idB].sort().join());
    expect(pair).toBeDefined();
    expect((await call(pasuruan, 'GET', '/api/workers/duplicates')).json().items.some((p: { id: string }) => p.id === pair!.id)).toBe(false);
    expect((await call(pasuruan, 'POST', `/api/workers/duplicates/${pair!.id}/decision`, { decision: 'distinct' })).statusCode).toBe(404);
    expect((await call(sampit, 'POST', `/api/workers/duplicates/${pair!.id}/decision`, { decision: 'merge', keepWorkerId: '00000000-0000-7000-8000-000000000000' })).statusCode).toBe(400);

    const merged = await call(sampit, 'POST', `/api/workers/duplicates/${pair!.id}/decision`, { decision: 'merge', keepWorkerId: idA, note: 'KTP sama' });
    expect(merged.statusCode).toBe(204);
    expect((await call(sampit, 'GET', `/api/workers/${idB}`)).json()).toMatchObject({ status: 'merged', mergedInto: idA, can: { edit: false } });
    expect((await call(sampit, 'POST', `/api/workers/duplicates/${pair!.id}/decision`, { decision: 'distinct' })).statusCode).toBe(409);
    const history = (await call(sampit, 'GET', `/api/workers/${idB}/history`)).json().items as { action: string; reason: string }[];
    expect(history[0]).toMatchObject({ action: 'worker.merge', reason: 'KTP sama' });
  });
});

describe('privacy', () => {
  it('keeps no plaintext NIK or phone in the table', async () => {
    const { input } = await register(sampit, '62.02', { phone: '081299887766' });
    const dump = await sql<{ row: string }>`select row_to_json(w)::text as row from workers w`.execute(ctx.database.db);
    const all = dump.rows.map((r) => r.row).join('\n');
    expect(all).not.toContain(input.nik);
    expect(all).not.toContain('81299887766');
  });

  it('finds a worker by NIK through the blind index, in a POST body', async () => {
    const { input, response } = await register(sampit);
    const found = await call(sampit, 'POST', '/api/workers/lookup', { nik: input.nik });
    expect(found.statusCode).toBe(200);
    expect(found.json().id).toBe(response.json().worker.id);
    const other = await call(pasuruan, 'POST', '/api/workers/lookup', { nik: input.nik });
    expect(other.statusCode).toBe(404);
  });

  it('reveals the full NIK only to officers and admins, with a reason, and audits it', async () => {
    const { input, response } = await register(sampit);
    const id = response.json().worker.id as string;
    const noReason = await call(sampit, 'POST', `/api/workers/${id}/reveal`, {});
    expect(noReason.statusCode).toBe(400);
    const otherNeedsNote = await call(sampit, 'POST', `/api/workers/${id}/reveal`, { reason: 'OTHER' });
    expect(otherNeedsNote.statusCode).toBe(400);
    const revealed = await call(sampit, 'POST', `/api/workers/${id}/reveal`, { reason: 'VERIFICATION' });
    expect(revealed.json()).toEqual({ nik: input.nik, phone: '+6281234567890' });
    expect((await call(agent, 'POST', `/api/workers/${id}/reveal`, { reason: 'VERIFICATION' })).statusCode).toBe(403);
    expect((await call(donor, 'POST', `/api/workers/${id}/reveal`, { reason: 'VERIFICATION' })).statusCode).toBe(403);
    expect((await call(pasuruan, 'POST', `/api/workers/${id}/reveal`, { reason: 'VERIFICATION' })).statusCode).toBe(404);
    const audit = await ctx.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).where('action', '=', 'pii.reveal').execute();
    expect(audit).toHaveLength(1);
    expect(audit[0]!.reason).toBe('VERIFICATION');
    const auditText = JSON.stringify(await ctx.database.db.selectFrom('audit_log').selectAll().where('entity_id', '=', id).execute());
    expect(auditText).not.toContain(input.nik);
  });

  it('shows each role only what it may: gov users and jury get no worker at all', async () => {
    const { response } = await register(sampit);
    const id = response.json().worker.id as string;
    expect((await call(gov, 'GET', `/api/workers/${id}`)).statusCode).toBe(403);
    expect((await call(donor, 'GET', `/api/workers/${id}`)).statusCode).toBe(404);
    expect((await call(donor, 'GET', '/api/workers')).json().items).toEqual([]);
    const agentView = (await call(agent, 'GET', `/api/workers/${id}`)).json();
    expect(agentView.can).toEqual({ reveal: false, verify: false, edit: false });
    expect(agentView.maskedPhone).toBe('+62812****7890');
  });
});

describe('region isolation: the Sampit officer and a Pasuruan worker', () => {
  it('cannot read, list, find, verify, modify or reveal it', async () => {
    const { input, response } = await register(pasuruan, '35.14');
    expect(response.statusCode).toBe(201);
    const id = response.json().worker.id as string;
    expect((await call(sampit, 'GET', `/api/workers/${id}`)).statusCode).toBe(404);
    expect((await call(sampit, 'POST', `/api/workers/${id}/verify`)).statusCode).toBe(404);
    expect((await call(sampit, 'PATCH', `/api/workers/${id}`, { fullName: 'Diubah' })).statusCode).toBe(404);
    expect((await call(sampit, 'GET', `/api/workers/${id}/history`)).statusCode).toBe(404);
    expect((await call(sampit, 'POST', '/api/workers/lookup', { nik: input.nik })).statusCode).toBe(404);
    const list = (await call(sampit, 'GET', `/api/workers?q=${encodeURIComponent(input.fullName.toLowerCase())}`)).json();
    expect(list.items).toEqual([]);
    const region = (await call(sampit, 'GET', '/api/workers?region=35.14&limit=200')).json();
    expect(region.items).toEqual([]);
    const exported = await call(sampit, 'GET', '/api/workers/export?region=35.14');
    expect(exported.statusCode).toBe(200);
    expect(exported.body).not.toContain(input.fullName);
    // The admin sees it.
    expect((await call(admin, 'GET', `/api/workers/${id}`)).statusCode).toBe(200);
  });
});

describe('verification, corrections and history', () => {
  it('verifies once, corrects with audit before/after, and tells the story', async () => {
    const { response } = await register(agent);
    const id = response.json().worker.id as string;
    const verified = await call(sampit, 'POST', `/api/workers/${id}/verify`);
    expect(verified.json()).toMatchObject({ status: 'verified', can: { verify: false } });
    expect((await call(sampit, 'POST', `/api/workers/${id}/verify`)).statusCode).toBe(409);
    const patched = await call(sampit, 'PATCH', `/api/workers/${id}`, { occupation: 'NELAYAN', phone: '' });
    expect(patched.json()).toMatchObject({ occupation: { code: 'NELAYAN' }, maskedPhone: null });
    const bad = await call(sampit, 'PATCH', `/api/workers/${id}`, { villageCode: '35.14.01.2001' });
    expect(bad.json().error.code).toBe('VILLAGE_OUT_OF_SCOPE');
    const history = (await call(sampit, 'GET', `/api/workers/${id}/history`)).json().items as { action: string; changes: { field: string }[] }[];
    expect(history.map((h) => h.action)).toEqual(['worker.update', 'worker.verify', 'worker.register']);
    expect(history[0]!.changes.map((c) => c.field).sort()).toEqual(['maskedPhone', 'occupationCode']);
  });
});

describe('exports', () => {
  it('are masked, formula-safe, typed in XLSX, audited, and refused to agents and donors', async () => {
    const { input } = await register(sampit, '62.02', { fullName: "D'Silva Amanah", occupation: 'PEMULUNG' });
    const csv = await call(sampit, 'GET', '/api/workers/export?occupation=PEMULUNG&format=csv');
    expect(csv.headers['content-disposition']).toMatch(/^attachment; filename\*=UTF-8''pekerja-\d{4}-\d{2}-\d{2}\.csv$/);
    expect(csv.body).toContain("D'Silva Amanah");
    expect(csv.body).toContain(`${input.nik.slice(0, 4)}********${input.nik.slice(-4)}`);
    expect(csv.body).not.toContain(input.nik);
    expect(csv.body).toContain("'+62812****7890"); // a phone starting with + is escaped
    const xlsx = await call(sampit, 'GET', '/api/workers/export?occupation=PEMULUNG&format=xlsx');
    const { default: ExcelJS } = await import('exceljs');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const row = sheet.getRow(2);
    expect(typeof row.getCell(9).value).toBe('number');
    expect(row.getCell(1).formula).toBeUndefined();
    const audit = await ctx.database.db.selectFrom('audit_log').select(['after']).where('action', '=', 'pii.export').orderBy('at', 'desc').limit(1).executeTakeFirstOrThrow();
    expect(audit.after).toMatchObject({ format: 'xlsx', masked: true });
    expect((await call(agent, 'GET', '/api/workers/export')).statusCode).toBe(403);
    expect((await call(donor, 'GET', '/api/workers/export')).statusCode).toBe(403);
  });
});

describe('search', () => {
  it('filters and pages with a cursor, never repeating a worker', async () => {
    for (const word of ['Satu', 'Dua', 'Tiga', 'Empat', 'Lima']) await register(sampit, '62.02', { fullName: `Halaman Uji ${word}`, occupation: 'MARBOT' });
    const seen = new Set<string>();
    let cursor: string | null = null;
    do {
      const url: string = `/api/workers?occupation=MARBOT&q=halaman uji&sort=name&limit=2${cursor ? `&cursor=${cursor}` : ''}`;
      const page = (await call(sampit, 'GET', url)).json() as { items: { id: string; occupation: { code: string } }[]; nextCursor: string | null };
      for (const w of page.items) {
        expect(seen.has(w.id)).toBe(false);
        expect(w.occupation.code).toBe('MARBOT');
        seen.add(w.id);
      }
      cursor = page.nextCursor;
    } while (cursor);
    expect(seen.size).toBeGreaterThanOrEqual(5);
    expect((await call(sampit, 'GET', '/api/workers?cursor=rusak')).statusCode).toBe(400);
    expect((await call(sampit, 'GET', "/api/workers?q=' OR 1=1--")).statusCode).toBe(200);
  });
});
