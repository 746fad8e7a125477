import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addMonths, jakartaToday, lastDayOf, monthOf } from '../../src/domain/dates.ts';
import { isCheckedCode, luhnDigit, newId } from '../../src/lib/ids.ts';
import { SELF_CHECK_FLOOR_MS } from '../../src/modules/coverage/self-check.ts';
import { checkLedger } from '../../src/modules/ledger/check.ts';
import { authHeaders, newUser, signIn, type Session } from '../helpers/context.ts';
import { randomName, randomNik, villageIn } from '../helpers/factories.ts';
import { createListeningContext } from '../helpers/listening.ts';

let ctx: Awaited<ReturnType<typeof createListeningContext>>;
let admin: Session;
let officer: Session;
let checker: Session;
let donor: Session;
let otherDonor: Session;
let donorOrgId: string;
const M0 = monthOf(jakartaToday());

beforeAll(async () => {
  ctx = await createListeningContext();
  admin = await signIn(ctx.app, await newUser(ctx.database, { role: 'admin' }));
  officer = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  checker = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  donorOrgId = newId();
  await ctx.database.db.insertInto('donor_orgs').values({ id: donorOrgId, type: 'SWASTA', legal_name: `PT Lanjut ${randomName()}`, display_name: 'PT Lanjut Uji', region_code: null }).execute();
  donor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor', donorOrgId }));
  otherDonor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor' }));
});
afterAll(async () => {
  await ctx?.close();
});

const call = (session: Session | null, method: 'GET' | 'POST', url: string, payload?: object) =>
  ctx.app.inject({ method, url, headers: session ? authHeaders(session, method) : {}, ...(payload ? { payload } : {}) });

type Registered = { id: string; nik: string; birthDate: string; fullName: string };

async function verifiedWorker(): Promise<Registered> {
  const { villageCode, districtCode } = await villageIn(ctx.database, '62.02');
  const { nik } = randomNik({ districtCode });
  const fullName = `Warga ${randomName()} ${randomName()}`;
  const created = await call(officer, 'POST', '/api/workers', { nik, fullName, villageCode, occupation: 'NELAYAN' });
  expect(created.statusCode).toBe(201);
  const worker = created.json().worker;
  expect((await call(checker, 'POST', `/api/workers/${worker.id}/verify`)).statusCode).toBe(200);
  return { id: worker.id, nik, birthDate: worker.birthDate, fullName };
}

async function payWithSimulator(orderId: string) {
  const paid = await fetch(`${ctx.baseUrl}/simulator/midtrans/pay/${encodeURIComponent(orderId)}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ outcome: 'settlement' }),
  });
  expect(paid.status).toBe(200);
}

/** A donation by the donor for these workers, paid through the simulator (allocated at once: no queue). */
async function donated(workerIds: string[], months: number, startMonth: string): Promise<string> {
  const created = await call(officer, 'POST', '/api/donations', { donorOrgId, programs: ['JKK', 'JKM'], months, startMonth, selection: { kind: 'list', workerIds } });
  expect(created.statusCode).toBe(201);
  const started = await call(donor, 'POST', `/api/donations/${created.json().id}/payments`, { method: 'simulator' });
  await payWithSimulator(started.json().orderId);
  return created.json().id;
}

let covered: Registered;

describe('a worker covered by a donation', () => {
  it('shows the state in lists, filters, exports and a timeline of who paid each month', async () => {
    covered = await verifiedWorker();
    const donationId = await donated([covered.id], 3, M0);
    const worker = (await call(officer, 'GET', `/api/workers/${covered.id}`)).json();
    expect(worker.coverage).toMatchObject({ state: 'ACTIVE', protectedUntil: lastDayOf(addMonths(M0, 2)), source: 'donation', unpaidMonths: 0 });

    const active = (await call(officer, 'GET', '/api/workers?coverage=active&limit=200')).json().items.map((w: { id: string }) => w.id);
    expect(active).toContain(covered.id);
    const none = (await call(officer, 'GET', '/api/workers?coverage=none&limit=200')).json().items.map((w: { id: string }) => w.id);
    expect(none).not.toContain(covered.id);
    const csv = (await call(checker, 'GET', `/api/workers/export?format=csv&q=${encodeURIComponent(covered.fullName.toLowerCase().slice(6))}`)).body;
    expect(csv.split('\n')[0]).toContain('Status perlindungan');
    expect(csv).toContain(`ACTIVE,${lastDayOf(addMonths(M0, 2))}`);

    const timeline = await call(officer, 'GET', `/api/workers/${covered.id}/coverage`);
    expect(timeline.statusCode).toBe(200);
    const body = timeline.json();
    expect(body.programs.map((p: { program: string; state: string }) => `${p.program}:${p.state}`).sort()).toEqual(['JKK:ACTIVE', 'JKM:ACTIVE']);
    expect(body.timeline.slice(0, 3).map((m: { month: string; status: string }) => `${m.month}:${m.status}`)).toEqual([0, 1, 2].map((i) => `${addMonths(M0, i)}:paid`));
    expect(body.timeline[0].programs[0].payer).toMatchObject({ kind: 'donation', name: 'PT Lanjut Uji' });
    expect(body.timeline.at(-1)).toMatchObject({ month: addMonths(M0, 3), status: 'upcoming' });
    // The donor sees its own name; another donor does not see the worker at all.
    expect((await call(donor, 'GET', `/api/workers/${covered.id}/coverage`)).json().timeline[0].programs[0].payer.name).toBe('PT Lanjut Uji');
    expect((await call(otherDonor, 'GET', `/api/workers/${covered.id}/coverage`)).statusCode).toBe(404);
    expect((await call(donor, 'GET', `/api/donations/${donationId}`)).json().can.renew).toBe(true);
  });

  it('gives officers, regional viewers and donors a summary within their reach', async () => {
    const summary = (await call(officer, 'GET', '/api/coverage/summary')).json();
    expect(summary.states.ACTIVE).toBeGreaterThanOrEqual(1);
    expect(summary.total).toBe(Object.values(summary.states as Record<string, number>).reduce((s, n) => s + n, 0));
    expect(summary.continuity).toHaveLength(6);
    expect((await call(officer, 'GET', '/api/coverage/summary?region=32.73')).statusCode).toBe(404);
    const own = (await call(donor, 'GET', '/api/coverage/summary')).json();
    const protectedByDonor = await ctx.database.db
      .selectFrom('coverage_months')
      .select((eb) => eb.fn.count<string>('worker_id').distinct().as('n'))
      .where('donor_org_id', '=', donorOrgId)
      .executeTakeFirstOrThrow();
    expect(own.total).toBe(Number(protectedByDonor.n));
    expect(own.continuity).toEqual([]);
    const regions = (await call(officer, 'GET', '/api/coverage/regions?parent=62')).json().items;
    expect(regions.map((r: { code: string }) => r.code)).toEqual(['62.02']);
    expect(regions[0]).toMatchObject({ name: expect.stringMatching(/Kotawaringin Timur/i) });
    expect((await call(officer, 'GET', '/api/coverage/regions?parent=32')).statusCode).toBe(404);
  });
});

describe('public self-check', () => {
  const check = (nik: string, birthDate: string) => ctx.app.inject({ method: 'POST', url: '/api/self-check', payload: { nik, birthDate } });

  it('tells the worker whether and until when they are covered, with a masked name', async () => {
    const r = await check(covered.nik, covered.birthDate);
    expect(r.statusCode).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({ isMatch: true, isCovered: true });
    expect(body.maskedName).toMatch(/^W\*+ [A-Z]\*+ [A-Z]\*+$/);
    expect(body.maskedName).not.toContain(covered.fullName.split(' ')[1]);
    expect(body.programs).toEqual(
      expect.arrayContaining([expect.objectContaining({ program: 'JKM', state: 'ACTIVE', protectedUntil: lastDayOf(addMonths(M0, 2)) })]),
    );
    const audit = await ctx.database.db.selectFrom('audit_log').select('action').where('entity_id', '=', covered.id).where('action', '=', 'pii.self_check').execute();
    expect(audit).toHaveLength(1);
  });

  it('answers an unknown NIK and a wrong birth date alike, in shape and in time', async () => {
    const { districtCode } = await villageIn(ctx.database, '62.02');
    const unknown = randomNik({ districtCode });
    const wrongDate = covered.birthDate.replace(/^(\d{4})/, (y) => String(Number(y) - 1));
    const timed = async (nik: string, birthDate: string) => {
      const started = performance.now();
      const r = await check(nik, birthDate);
      return { ms: performance.now() - started, status: r.statusCode, body: r.json() };
    };
    const a = [await timed(unknown.nik, unknown.birthDate), await timed(unknown.nik, unknown.birthDate)];
    const b = [await timed(covered.nik, wrongDate), await timed(covered.nik, wrongDate)];
    for (const r of [...a, ...b]) {
      expect(r.status).toBe(200);
      expect(r.body).toEqual({ isMatch: false, maskedName: null, isCovered: false, programs: [] });
      expect(r.ms).toBeGreaterThanOrEqual(SELF_CHECK_FLOOR_MS - 5);
    }
    const mean = (xs: { ms: number }[]) => xs.reduce((s, x) => s + x.ms, 0) / xs.length;
    expect(Math.abs(mean(a) - mean(b))).toBeLessThan(100);
  });

  it('tells a mistyped NIK precisely, and limits how often anyone may ask', async () => {
    const r = await check('3202', '1990-01-01');
    expect(r.statusCode).toBe(400);
    expect(r.json().error.details.issues[0]).toMatchObject({ code: 'NIK_LENGTH', field: 'nik' });
    let limited: Awaited<ReturnType<typeof check>> | null = null;
    for (let i = 0; i < 11 && !limited; i++) {
      const next = await check('3202', '1990-01-01');
      if (next.statusCode === 429) limited = next;
    }
    expect(limited?.headers['retry-after']).toBeDefined();
  });
});

describe('lanjut mandiri (continuing alone)', () => {
  let code: string;

  it('gives staff the worker’s payment code; donors may not', async () => {
    expect((await call(donor, 'POST', `/api/workers/${covered.id}/self-pay-code`)).statusCode).toBe(403);
    const r = await call(officer, 'POST', `/api/workers/${covered.id}/self-pay-code`);
    expect(r.statusCode).toBe(200);
    code = r.json().code;
    expect(code).toMatch(/^LM\d{10}$/);
    expect((await call(checker, 'POST', `/api/workers/${covered.id}/self-pay-code`)).json().code).toBe(code);
  });

  it('shows a masked name and the prices from the first unpaid month; refuses mistyped and unknown codes', async () => {
    const r = await ctx.app.inject({ method: 'POST', url: '/api/self-pay/lookup', payload: { code } });
    expect(r.statusCode).toBe(200);
    const view = r.json();
    expect(view).toMatchObject({ state: 'ACTIVE', firstMonth: addMonths(M0, 3), methods: ['simulator'], lastPayment: null });
    expect(view.maskedName).toMatch(/^W\*+/);
    expect(view.options.map((o: { months: number }) => o.months)).toEqual([1, 3, 6, 12]);
    expect(view.options[0]).toMatchObject({ from: addMonths(M0, 3), to: addMonths(M0, 3) });
    const last = code.at(-1)!;
    const mistyped = code.slice(0, -1) + String((Number(last) + 1) % 10);
    const bad = await ctx.app.inject({ method: 'POST', url: '/api/self-pay/lookup', payload: { code: mistyped } });
    expect(bad.statusCode).toBe(422);
    expect(bad.json().error.code).toBe('SELF_PAY_CODE_INVALID');
    // A well-formed code nobody holds (the check digit is right, the code was never issued).
    const body = code.slice(2, 11) === '100000000' ? '100000001' : '100000000';
    const unknown = `LM${body}${luhnDigit(body)}`;
    expect(isCheckedCode(unknown, 'LM', 9)).toBe(true);
    const missing = await ctx.app.inject({ method: 'POST', url: '/api/self-pay/lookup', payload: { code: unknown } });
    expect(missing.statusCode).toBe(404);
    expect(missing.json().error.code).toBe('SELF_PAY_CODE_UNKNOWN');
  });

  it('pays through a gateway; the payment extends coverage like any other and the worker is told', async () => {
    const pay = () => ctx.app.inject({ method: 'POST', url: '/api/self-pay/payments', payload: { code, months: 3, method: 'simulator' } });
    const first = await pay();
    expect(first.statusCode).toBe(201);
    const started = first.json();
    expect(started).toMatchObject({ from: addMonths(M0, 3), to: addMonths(M0, 5) });
    expect(started.number).toMatch(/^MDR-\d{4}-\d{6}$/);
    // A second click pays the same invoice.
    expect((await pay()).json().orderId).toBe(started.orderId);
    const bank = await ctx.app.inject({ method: 'POST', url: '/api/self-pay/payments', payload: { code, months: 3, method: 'bank_transfer' } });
    expect(bank.statusCode).toBe(400);

    await payWithSimulator(started.orderId);
    const months = await ctx.database.db.selectFrom('coverage_months').select(['period_month', 'source']).where('worker_id', '=', covered.id).where('program', '=', 'JKM').orderBy('period_month').execute();
    expect(months.map((m) => `${monthOf(m.period_month)}:${m.source}`)).toEqual([0, 1, 2, 3, 4, 5].map((i) => `${addMonths(M0, i)}:${i < 3 ? 'donation' : 'self'}`));
    const view = (await ctx.app.inject({ method: 'POST', url: '/api/self-pay/lookup', payload: { code } })).json();
    expect(view).toMatchObject({ protectedUntil: lastDayOf(addMonths(M0, 5)), firstMonth: addMonths(M0, 6), lastPayment: { status: 'allocated', number: started.number } });
    const timeline = (await call(officer, 'GET', `/api/workers/${covered.id}/coverage`)).json();
    expect(timeline.timeline[3].programs[0].payer).toMatchObject({ kind: 'self', donationNumber: started.number });
    const messages = (await call(officer, 'GET', `/api/messages?recipientId=${covered.id}`)).json().items;
    expect(messages.map((m: { template: string }) => m.template)).toContain('worker_self_pay_paid');
    expect((await call(donor, 'GET', '/api/messages')).statusCode).toBe(403);
    expect((await checkLedger(ctx.database.db)).filter((r) => r.violations > 0)).toEqual([]);
  });
});

describe('renewal and the continuity pool', () => {
  it('renews the same workers for the same period in one step, once', async () => {
    const workers = [await verifiedWorker(), await verifiedWorker()];
    const donationId = await donated(
      workers.map((w) => w.id),
      3,
      addMonths(M0, 1),
    );
    expect((await call(otherDonor, 'POST', `/api/donations/${donationId}/renew`)).statusCode).toBe(404);
    const renewed = await call(donor, 'POST', `/api/donations/${donationId}/renew`);
    expect(renewed.statusCode).toBe(201);
    expect(renewed.json()).toMatchObject({ status: 'awaiting_payment', workerCount: 2, months: 3, startMonth: addMonths(M0, 4), renews: { id: donationId }, can: { renew: false } });
    const old = (await call(donor, 'GET', `/api/donations/${donationId}`)).json();
    expect(old).toMatchObject({ renewedBy: { id: renewed.json().id }, can: { renew: false } });
    const again = await call(donor, 'POST', `/api/donations/${donationId}/renew`);
    expect(again.statusCode).toBe(409);
    // Cancelled, it may be renewed again.
    expect((await call(donor, 'POST', `/api/donations/${renewed.json().id}/cancel`)).statusCode).toBe(200);
    expect((await call(donor, 'POST', `/api/donations/${donationId}/renew`)).statusCode).toBe(201);
  });

  it('takes gifts of any amount from one worker-month into the pool, moved through the ledger', async () => {
    const before = (await call(donor, 'GET', '/api/coverage/pool')).json();
    expect(before.rule).toMatch(/paling lama terlindungi/);
    const small = await call(donor, 'POST', '/api/donations/pool', { amount: '10000' });
    expect(small.statusCode).toBe(400);
    expect(small.json().error).toMatchObject({ code: 'AMOUNT_TOO_SMALL', message: 'Jumlah minimal Rp 16.800 (iuran satu pekerja sebulan); yang diisi Rp 10.000.' });
    const gift = await call(donor, 'POST', '/api/donations/pool', { amount: 'Rp 250.000' });
    expect(gift.statusCode).toBe(201);
    expect(gift.json()).toMatchObject({ selection: 'pool', total: '250000', workerCount: 0 });
    const started = await call(donor, 'POST', `/api/donations/${gift.json().id}/payments`, { method: 'simulator' });
    await payWithSimulator(started.json().orderId);
    expect((await call(donor, 'GET', `/api/donations/${gift.json().id}`)).json()).toMatchObject({ status: 'allocated', allocation: { amount: '250000' } });
    const after = (await call(donor, 'GET', '/api/coverage/pool')).json();
    expect(BigInt(after.balance) - BigInt(before.balance)).toBe(250_000n);
    expect((await checkLedger(ctx.database.db)).filter((r) => r.violations > 0)).toEqual([]);
  });
});

describe('monthly runs by hand', () => {
  it('are started by an admin only, for this month or the last', async () => {
    expect((await call(officer, 'POST', '/api/coverage/runs', { month: M0 })).statusCode).toBe(403);
    expect((await call(admin, 'POST', '/api/coverage/runs', { month: addMonths(M0, 1) })).statusCode).toBe(409);
    const old = await call(admin, 'POST', '/api/coverage/runs', { month: addMonths(M0, -2) });
    expect(old.json().error).toMatchObject({ code: 'INVALID_STATE', details: { reason: 'too_old' } });
    const bad = await call(admin, 'POST', '/api/coverage/runs', { month: '2026-13' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.code).toBe('MONTH_INVALID');
    expect((await call(officer, 'GET', '/api/coverage/runs')).statusCode).toBe(200);
  });
});
