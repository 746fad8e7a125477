import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { createTestContext, testConfig, testDatabase, type TestContext } from '../helpers/context.ts';

let ctx: TestContext;
beforeAll(async () => {
  ctx = await createTestContext();
});
afterAll(async () => {
  await ctx.close();
});

const post = (url: string, payload: unknown, headers: Record<string, string> = {}) => ctx.app.inject({ method: 'POST', url, payload: payload as object, headers });

describe('POST /api/quotes', () => {
  it('prices 100 workers × 6 months of JKK + JKM at Rp 1.000.000: Rp 16.800 a month, Rp 10.080.000 in all', async () => {
    const response = await post('/api/quotes', { programs: ['JKK', 'JKM'], declaredIncome: '1000000', workers: 100, months: 6, date: '2026-01-01' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body).toMatchObject({ perWorkerMonthly: '16800', perWorker: '100800', total: '10080000', workers: 100, coveredUntil: '2026-06-30' });
    expect(body.lines.map((l: { program: string; monthly: string }) => [l.program, l.monthly])).toEqual([
      ['JKK', '10000'],
      ['JKM', '6800'],
    ]);
    expect(body.lines[0].rate).toEqual({ kind: 'percent', basisPoints: 100 });
    expect(body.lines[1].source).toMatchObject({ regulation: 'PP-44-2015', status: 'VERIFIED' });
    expect(body.regulations.map((r: { id: string }) => r.id)).toContain('PP-44-2015');
  });

  it('with JHT, Rp 36.800; a budget tells how many workers it protects', async () => {
    const jht = await post('/api/quotes', { programs: ['JKK', 'JKM', 'JHT'], workers: 1, months: 1, date: '2026-01-01' });
    expect(jht.json().perWorkerMonthly).toBe('36800');
    const budget = await post('/api/quotes', { programs: ['JKK', 'JKM'], budget: 'Rp 100.000.000', months: 12, date: '2026-01-01' });
    expect(budget.json()).toMatchObject({ workers: 496, total: '99993600', budget: { amount: '100000000', remainder: '6400' } });
  });

  it('answers bad input with 400 and a specific code, never 500', async () => {
    const cases: [object, string][] = [
      [{ programs: ['JKK', 'JKM'], workers: 1, months: 5 }, 'MONTHS_NOT_ALLOWED'],
      [{ programs: ['JKK', 'JKP'], workers: 1, months: 1 }, 'PROGRAM_UNKNOWN'],
      [{ programs: ['JKK', 'JKM'], workers: 1, months: 1, declaredIncome: '-1000000' }, 'AMOUNT_NEGATIVE'],
      [{ programs: ['JKK', 'JKM'], workers: 1, months: 1, declaredIncome: '1500000' }, 'INCOME_NOT_A_BRACKET'],
      [{ programs: ['JKK', 'JKM'], workers: 1, months: 1, date: '2026-02-30' }, 'DATE_INVALID'],
      [{ programs: ['JKK', 'JKM'], workers: 1, months: 1, date: 'kemarin' }, 'DATE_INVALID'],
      [{ programs: ['JKK', 'JKM'], workers: 0, months: 1 }, 'WORKERS_INVALID'],
      [{ programs: ['JKK', 'JKM'], months: 1 }, 'WORKERS_INVALID'],
      [{ programs: 'JKK', workers: 1, months: 1 }, 'VALIDATION_FAILED'],
      [{ programs: ['JKK', 'JKM'], workers: 1, months: 1, extra: true }, 'VALIDATION_FAILED'],
    ];
    for (const [payload, code] of cases) {
      const response = await post('/api/quotes', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code, JSON.stringify(payload)).toBe(code);
    }
  });

  it('reports every problem at once, in the caller’s language', async () => {
    const response = await post('/api/quotes', { programs: ['XYZ'], workers: 0, months: 5 }, { 'accept-language': 'en' });
    const { error } = response.json();
    expect(error.details.issues.map((i: { code: string }) => i.code)).toEqual(['PROGRAM_UNKNOWN', 'MONTHS_NOT_ALLOWED', 'WORKERS_INVALID']);
    expect(error.message).toBe('Unknown programme "XYZ". Choose from JKK, JKM, JHT.');
    const id = await post('/api/quotes', { programs: ['JKK', 'JKM'], workers: 1, months: 5 });
    expect(id.json().error.message).toBe('Masa bayar 5 bulan tidak diizinkan. Pilihan: 1, 3, 6 atau 12 bulan.');
  });
});

describe('POST /api/benefits/simulate', () => {
  it('JKM: Rp 42.000.000 itemised with the regulation', async () => {
    const response = await post('/api/benefits/simulate', { type: 'JKM', eventDate: '2026-11-01', contributionMonths: 6 });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.total).toBe('42000000');
    expect(body.items.map((i: { code: string; amount: string }) => [i.code, i.amount])).toEqual([
      ['JKM_LUMP_SUM', '20000000'],
      ['PERIODIC', '12000000'],
      ['FUNERAL', '10000000'],
    ]);
    expect(body.items[0].regulation).toMatchObject({ id: 'PP-82-2019' });
    expect(body.scholarship).toMatchObject({ isEligible: false, reason: 'CONTRIBUTION_MONTHS' });
  });

  it('JKK death with a child at SMA: the Tangerang figure', async () => {
    const response = await post('/api/benefits/simulate', {
      type: 'JKK_DEATH',
      eventDate: '2026-11-01',
      declaredIncome: '3131321',
      children: [{ birthDate: '2011-06-01', level: 'SMA' }],
    });
    expect(response.json().total).toBe('241303408');
  });

  it('answers bad input with specific codes', async () => {
    const cases: [object, string][] = [
      [{ type: 'JKM', eventDate: '2026-13-01' }, 'DATE_INVALID'],
      [{ type: 'PENSIUN', eventDate: '2026-11-01' }, 'BENEFIT_TYPE_UNKNOWN'],
      [{ type: 'JKM', eventDate: '2026-11-01', declaredIncome: '-5' }, 'AMOUNT_NEGATIVE'],
      [{ type: 'JKK_PARTIAL_DISABILITY', eventDate: '2026-11-01', disabilityPercent: 0 }, 'DISABILITY_PERCENT_INVALID'],
      [{ type: 'JKM', eventDate: '2026-11-01', children: [{ birthDate: '2020-01-01', level: 'KULIAH' }] }, 'SCHOOL_LEVEL_UNKNOWN'],
      [{ type: 'JKK_DEATH', eventDate: '2026-11-01', transport: { LAND: 'lima juta' } }, 'AMOUNT_INVALID'],
    ];
    for (const [payload, code] of cases) {
      const response = await post('/api/benefits/simulate', payload);
      expect(response.statusCode, JSON.stringify(payload)).toBe(400);
      expect(response.json().error.code, JSON.stringify(payload)).toBe(code);
    }
  });
});

describe('POST /api/nik/check', () => {
  it('parses a NIK against the real region tree and answers with the NIK masked', async () => {
    const response = await post('/api/nik/check', { nik: '3515144508680002' });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toMatchObject({
      isValid: true,
      maskedNik: '3515********0002',
      province: { code: '35', name: 'Jawa Timur' },
      regency: { code: '35.15', name: 'Kabupaten Sidoarjo' },
      district: { code: '35.15.14', name: 'Sukodono' },
      birthDate: '1968-08-05',
      sex: 'P',
    });
    expect(response.body).not.toContain('3515144508680002');
  });

  it('accepts a NIK from before the 2022 Papua split and names today’s region', async () => {
    const response = await post('/api/nik/check', { nik: '9101011203850001' });
    expect(response.statusCode).toBe(200);
    expect(response.json().regency).toEqual({ code: '91.01', currentCode: '93.01', name: 'Kabupaten Merauke' });
  });

  it('answers each structural error with its code', async () => {
    const cases: [string, string][] = [
      ['351514450868000', 'NIK_LENGTH'],
      ['3515143208680002', 'NIK_DAY_INVALID'],
      ['9915144508680002', 'NIK_PROVINCE_UNKNOWN'],
      ['3599144508680002', 'NIK_REGENCY_UNKNOWN'],
      ['3515144508680000', 'NIK_SERIAL_ZERO'],
    ];
    for (const [nik, code] of cases) {
      const response = await post('/api/nik/check', { nik });
      expect(response.statusCode, nik).toBe(400);
      expect(response.json().error.code, nik).toBe(code);
      expect(response.body, nik).not.toContain(nik);
    }
  });

  it('warns when the recorded birth date differs', async () => {
    const response = await post('/api/nik/check', { nik: '3515144508680002', birthDate: '1968-08-06', sex: 'P' });
    expect(response.json().warnings.map((w: { code: string }) => w.code)).toEqual(['NIK_BIRTH_DATE_MISMATCH']);
  });
});

describe('personal data in logs', () => {
  it('never writes a checked NIK to the log, valid or not', async () => {
    const lines: string[] = [];
    const config = testConfig({ LOG_LEVEL: 'trace' });
    const database = testDatabase(1);
    const app = await buildApp({ config, database, isWebServed: false, logStream: { write: (line) => lines.push(line) } });
    for (const nik of ['3515144508680002', '3515143208680002', '35151445086800']) {
      await app.inject({ method: 'POST', url: '/api/nik/check', payload: { nik } });
      await app.inject({ method: 'POST', url: `/api/nik/check?nik=${nik}`, payload: { nik } });
    }
    await app.close();
    await database.close();
    expect(lines.length).toBeGreaterThan(6);
    expect(lines.join('\n')).not.toMatch(/3515144508680002|3515143208680002|35151445086800/);
  });
});

describe('GET /api/rules', () => {
  it('shows every rate, benefit, holiday and setting with its regulation and date', async () => {
    const response = await ctx.app.inject({ method: 'GET', url: '/api/rules' });
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.rates[0].programs.find((p: { program: string }) => p.program === 'JKM')).toMatchObject({
      rate: { kind: 'flat', amount: '6800' },
      source: { regulation: 'PP-44-2015', date: '2015-06-30' },
    });
    expect(body.rates[0].bracketsSource.status).toBe('UNVERIFIED');
    expect(body.holidays.map((y: { year: number }) => y.year)).toEqual([2025, 2026]);
    const grace = body.settings.find((s: { key: string }) => s.key === 'coverage.graceMonths');
    expect(grace).toMatchObject({ value: 3, source: { status: 'VERIFIED' } });
    expect(body.settings.every((s: { source: unknown }) => s.source !== null)).toBe(true);
  });
});
