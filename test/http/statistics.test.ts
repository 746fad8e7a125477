import ExcelJS from 'exceljs';
import { gunzipSync } from 'node:zlib';
import type { FastifyInstance } from 'fastify';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildApp } from '../../src/app.ts';
import { bumpStatRevision, refreshStatistics } from '../../src/modules/statistics/refresh.ts';
import { authHeaders, newUser, signIn, testConfig, type Session } from '../helpers/context.ts';
import { isolatedDatabase } from '../helpers/isolated.ts';
import { multipartFile } from '../helpers/upload.ts';

/**
 * Coverage statistics over a database of their own (the figures are national: other test files'
 * workers would change them): imports through the dry-run flow, the arithmetic, the refusal to mix
 * denominator definitions, small-cell suppression and region scope, exports.
 */
let iso: Awaited<ReturnType<typeof isolatedDatabase>>;
let app: FastifyInstance;
let admin: Session;
let officer: Session; // Papua Tengah branch: Nabire (94.01) only
let gov: Session; // Provinsi Kalimantan Selatan (63)

beforeAll(async () => {
  iso = await isolatedDatabase();
  const config = testConfig({ DATABASE_URL: iso.url, PUBLIC_STATS_PER_MINUTE: '1000' });
  app = await buildApp({ config: { ...config, databaseMode: config.databaseMode }, database: iso.database, isWebServed: false });
  await app.ready();
  admin = await signIn(app, await newUser(iso.database, { role: 'admin' }));
  officer = await signIn(app, await newUser(iso.database, { role: 'officer', regionScopes: ['94.01'] }));
  gov = await signIn(app, await newUser(iso.database, { role: 'gov', regionScopes: ['63'] }));
}, 120_000);
afterAll(async () => {
  await app?.close();
  await iso?.close();
});

const get = (session: Session | null, url: string) => app.inject({ method: 'GET', url, headers: session ? authHeaders(session) : {} });

async function upload(session: Session, kind: string, name: string, content: string | Buffer) {
  const file = multipartFile(name, content);
  const boundary = file.headers['content-type'].split('boundary=')[1]!;
  // The "kind" field goes before the file.
  const payload = Buffer.concat([Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="kind"\r\n\r\n${kind}\r\n`), file.payload]);
  return app.inject({ method: 'POST', url: '/api/statistics/imports', headers: { ...authHeaders(session, 'POST'), ...file.headers }, payload });
}

const commit = (session: Session, id: string, mode: string) =>
  app.inject({ method: 'POST', url: `/api/statistics/imports/${id}/commit`, headers: authHeaders(session, 'POST'), payload: { mode } });

const DENOMINATORS = [
  'kode_wilayah,segmen,definisi,tanggal_acuan,jumlah_pekerja,sumber',
  '63,FORMAL,PENDUDUK_BEKERJA,2025-08-31,1.000.000,BPS Kalsel 2025',
  '63,INFORMAL,PENDUDUK_BEKERJA,2025-08-31,1.200.000,BPS Kalsel 2025',
  '63,TOTAL,PENDUDUK_BEKERJA,2025-08-31,2200000,BPS Kalsel 2025',
  '6301,INFORMAL,penduduk bekerja,2025-08-31,100000,BPS Kalsel 2025',
  '61,TOTAL,POTENSI_BPS,2022-11-30,1786809,BPJAMSOSTEK Kalbar',
  '99.99,TOTAL,PENDUDUK_BEKERJA,2025-08-31,100,BPS', // unknown region
  '63.01.01,TOTAL,PENDUDUK_BEKERJA,2025-08-31,100,BPS', // a district
  '63,PNS,PENDUDUK_BEKERJA,2025-08-31,100,BPS', // segment
  '63,TOTAL,KIRA_KIRA,2025-08-31,100,BPS', // definition
  '63,TOTAL,PENDUDUK_BEKERJA,2099-01-01,100,BPS', // future
  '63,TOTAL,PENDUDUK_BEKERJA,2025-08-31,12.5,BPS', // not a count
  '63,TOTAL,PENDUDUK_BEKERJA,2025-08-31,100,', // no source
  '63,FORMAL,PENDUDUK_BEKERJA,2025-08-31,999,BPS lagi', // repeats row 2
].join('\n');

const PARTICIPANTS = [
  'kode_wilayah,segmen,tanggal_acuan,jumlah_peserta,sumber',
  '63,PU,2025-08-31,464400,BPJS Banjarmasin',
  '63,BPU,2025-08-31,127200,BPJS Banjarmasin',
  '63,JAKON,2025-08-31,50000,BPJS Banjarmasin',
  '63.01,BPU,2025-08-31,7,BPJS Banjarmasin',
  '61,PU,2022-11-30,491512,BPJS Kalbar',
  '61,BPU,2022-11-30,118140,BPJS Kalbar',
  '61,JAKON,2022-11-30,58067,BPJS Kalbar',
].join('\n');

describe('importing official figures: dry run, every bad row, then commit', () => {
  it('reports every bad row with its column and message, commits nothing all-or-nothing, the valid rows on request', async () => {
    const checked = await upload(admin, 'denominators', 'bps.csv', DENOMINATORS);
    expect(checked.statusCode).toBe(201);
    const body = checked.json();
    expect(body).toMatchObject({ status: 'checked', totalRows: 13, validRows: 5, errorRows: 8 });
    expect(body.issues.map((i: { rowNumber: number; column: string; code: string }) => [i.rowNumber, i.column, i.code])).toEqual([
      [7, 'kode_wilayah', 'STATS_REGION_UNKNOWN'],
      [8, 'kode_wilayah', 'STATS_REGION_LEVEL'],
      [9, 'segmen', 'STATS_SEGMENT_UNKNOWN'],
      [10, 'definisi', 'STATS_DEFINITION_UNKNOWN'],
      [11, 'tanggal_acuan', 'STATS_DATE_IN_FUTURE'],
      [12, 'jumlah_pekerja', 'STATS_COUNT_INVALID'],
      [13, 'sumber', 'STATS_SOURCE_INVALID'],
      [14, null, 'STATS_ROW_REPEATED'],
    ]);
    expect(body.issues[7].message).toBe('Baris ini mengulang wilayah, segmen, definisi dan tanggal baris 2.');
    // Nothing is saved by the check.
    expect((await iso.database.db.selectFrom('stat_denominators').select(sql<number>`count(*)::int`.as('n')).executeTakeFirstOrThrow()).n).toBe(0);

    const refused = await commit(admin, body.id, 'all_or_nothing');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error.code).toBe('IMPORT_HAS_ERRORS');
    const saved = await commit(admin, body.id, 'valid_only');
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toMatchObject({ status: 'committed', committedRows: 5, mode: 'valid_only' });
    expect((await commit(admin, body.id, 'valid_only')).json().error.code).toBe('IMPORT_NOT_READY');

    const participants = await upload(admin, 'participants', 'bpjs.csv', PARTICIPANTS);
    expect(participants.json()).toMatchObject({ validRows: 7, errorRows: 0 });
    expect((await commit(admin, participants.json().id, 'all_or_nothing')).statusCode).toBe(200);
  });

  it('reads Excel too, and refuses files without the columns', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Peserta');
    sheet.addRow(['Kode Wilayah', 'Segmen', 'Tanggal Acuan', 'Jumlah Peserta', 'Sumber']);
    sheet.addRow(['63.01', 'PU', new Date(Date.UTC(2025, 7, 31)), 30000, 'BPJS']);
    sheet.addRow(['63.01', 'JAKON', new Date(Date.UTC(2025, 7, 31)), 'banyak', 'BPJS']);
    const xlsx = Buffer.from(await book.xlsx.writeBuffer());
    const checked = await upload(admin, 'participants', 'peserta.xlsx', xlsx);
    expect(checked.json()).toMatchObject({ fileKind: 'xlsx', validRows: 1, errorRows: 1 });
    expect(checked.json().issues[0]).toMatchObject({ rowNumber: 3, column: 'jumlah_peserta', message: 'Jumlah "banyak" bukan bilangan bulat nol atau lebih (contoh: 1786809 atau 1.786.809).' });
    expect((await app.inject({ method: 'POST', url: `/api/statistics/imports/${checked.json().id}/discard`, headers: authHeaders(admin, 'POST') })).json().status).toBe('discarded');

    const noColumns = await upload(admin, 'participants', 'salah.csv', 'wilayah,angka\n63,5');
    expect(noColumns.statusCode).toBe(422);
    expect(noColumns.json().error).toMatchObject({ code: 'FILE_COLUMNS_MISSING', details: { missing: ['segmen', 'tanggal_acuan', 'jumlah_peserta', 'sumber'] } });
  });

  it('keeps a regional importer inside their regions', async () => {
    const checked = await upload(gov, 'denominators', 'bps.csv', DENOMINATORS.split('\n').slice(0, 6).join('\n'));
    expect(checked.json().issues.filter((i: { code: string }) => i.code === 'STATS_REGION_OUT_OF_SCOPE').map((i: { rowNumber: number }) => i.rowNumber)).toEqual([6]);
    // Someone else's import does not exist for them.
    expect((await get(officer, `/api/statistics/imports/${checked.json().id}`)).statusCode).toBe(404);
    expect((await get(null, '/api/statistics/imports')).statusCode).toBe(401);
  });
});

describe('figures: arithmetic, one definition at a time', () => {
  it('computes formal, informal and total coverage with their sources, and the gap', async () => {
    const res = await get(null, '/api/public/statistics?definition=PENDUDUK_BEKERJA');
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.selection).toMatchObject({ date: '2025-08-31', definition: 'PENDUDUK_BEKERJA' });
    expect(body.provinces).toHaveLength(38);
    const kalsel = body.provinces.find((p: { code: string }) => p.code === '63');
    expect(kalsel.figures.FORMAL).toMatchObject({ percentBp: 4644, participants: 464_400, denominator: 1_000_000, gap: 535_600, denominatorSource: 'BPS Kalsel 2025', participantsSource: 'BPJS Banjarmasin' });
    expect(kalsel.figures.INFORMAL.percentBp).toBe(1060);
    expect(kalsel.figures.TOTAL).toMatchObject({ participants: 641_600, percentBp: 2916 });
    // A province without figures of this definition has none — not those of another definition.
    const kalbar = body.provinces.find((p: { code: string }) => p.code === '61');
    expect(kalbar.figures).toEqual({ FORMAL: null, INFORMAL: null, TOTAL: null });
    // The national figure needs all 38 provinces.
    expect(body.national.TOTAL).toBeNull();
    expect(body.nationalNote.TOTAL).toBe('INCOMPLETE');
    expect(body.dates).toEqual(['2025-08-31', '2022-11-30']);
  });

  it('shows a figure of another definition only when that definition is chosen', async () => {
    const body = (await get(null, '/api/public/statistics?date=2022-11-30&definition=POTENSI_BPS')).json();
    const kalbar = body.provinces.find((p: { code: string }) => p.code === '61');
    expect(kalbar.figures.TOTAL).toMatchObject({ percentBp: 3737, definition: 'POTENSI_BPS', denominatorDate: '2022-11-30' });
    expect(body.provinces.filter((p: { figures: { TOTAL: unknown } }) => p.figures.TOTAL !== null)).toHaveLength(1);
    const mixed = (await get(null, '/api/public/statistics?date=2022-11-30&definition=PENDUDUK_BEKERJA')).json();
    expect(mixed.provinces.every((p: { figures: { TOTAL: unknown } }) => p.figures.TOTAL === null)).toBe(true);
    expect((await get(null, '/api/public/statistics?date=2020-01-01')).statusCode).toBe(404);
    expect((await get(null, '/api/public/statistics?definition=SEMAUNYA')).statusCode).toBe(400);
  });

  it('hides an official count below 10 in public, shows it to the region staff', async () => {
    const pub = (await get(null, '/api/public/statistics/regions/63')).json();
    // Its trend has no point at Kalimantan Barat's date of another definition.
    expect(pub.trend).toEqual([{ date: '2025-08-31', FORMAL: 4644, INFORMAL: 1060, TOTAL: 2916 }]);
    const tanahLaut = pub.children.find((c: { code: string }) => c.code === '63.01');
    expect(tanahLaut.figures.INFORMAL).toMatchObject({ percentBp: null, participants: null, gap: null, denominator: 100_000 });
    const staff = (await get(gov, '/api/statistics/regions/63')).json();
    expect(staff.children.find((c: { code: string }) => c.code === '63.01').figures.INFORMAL).toMatchObject({ participants: 7, percentBp: 1 });
  });
});

describe('answers kept per revision of the figures', () => {
  it('serves the same answer compressed when asked, and a new one once an import is committed', async () => {
    const plain = await get(null, '/api/public/statistics');
    const zipped = await app.inject({ method: 'GET', url: '/api/public/statistics', headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers['vary']).toContain('accept-encoding');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());

    const before = plain.json().provinces.find((p: { code: string }) => p.code === '63').figures.FORMAL.participants;
    const changed = await upload(admin, 'participants', 'ralat.csv', 'kode_wilayah,segmen,tanggal_acuan,jumlah_peserta,sumber\n63,PU,2025-08-31,464401,BPJS ralat');
    expect((await commit(admin, changed.json().id, 'all_or_nothing')).statusCode).toBe(200);
    const after = (await get(null, '/api/public/statistics')).json().provinces.find((p: { code: string }) => p.code === '63').figures.FORMAL;
    expect(after.participants).toBe(before + 1);
    expect(after.participantsSource).toBe('BPJS ralat; BPJS Banjarmasin'); // PU, then BPU and JAKON
    const back = await upload(admin, 'participants', 'ralat.csv', 'kode_wilayah,segmen,tanggal_acuan,jumlah_peserta,sumber\n63,PU,2025-08-31,464400,BPJS Banjarmasin');
    expect((await commit(admin, back.json().id, 'all_or_nothing')).statusCode).toBe(200);
  });
});

describe('Lingkaran counts: small cells and region scope', () => {
  // Papua Tengah: Nabire 3 protected workers, Puncak Jaya 25, Paniai 40, Mimika 0.
  beforeAll(async () => {
    const db = iso.database.db;
    const donorA = '0190c0de-0000-7000-8000-00000000000a';
    const donorB = '0190c0de-0000-7000-8000-00000000000b';
    await db
      .insertInto('donor_orgs')
      .values([
        { id: donorA, type: 'SWASTA', legal_name: 'PT Bersedia Tampil', display_name: 'PT Bersedia Tampil', region_code: null, is_public_name_consented: true },
        { id: donorB, type: 'SWASTA', legal_name: 'PT Tanpa Nama', display_name: 'PT Tanpa Nama', region_code: null, is_public_name_consented: false },
      ])
      .execute();
    const groups = [
      { regency: '94.01', n: 3, donor: donorA },
      { regency: '94.02', n: 25, donor: donorA },
      { regency: '94.03', n: 28, donor: donorA },
      { regency: '94.03', n: 12, donor: donorB },
    ];
    let serial = 0;
    for (const g of groups) {
      const village = (await db.selectFrom('regions').select('code').where('code', 'like', `${g.regency}.%`).where('level', '=', 4).limit(1).executeTakeFirstOrThrow()).code;
      for (let i = 0; i < g.n; i++) {
        serial += 1;
        const { rows } = await sql<{ id: string }>`
          insert into workers (id, nik_ciphertext, nik_key_id, nik_bidx, nik_last4, nik_prefix4, full_name, name_norm, birth_date, sex,
                               village_code, regency_code, occupation_code, status, verified_at, source)
          values (gen_random_uuid(), '\\x00'::bytea, 'k1', decode(md5(${`uji-statistik-${serial}`}), 'hex'), '0000', '9401', 'Warga Uji', 'warga uji',
                  date '1980-01-01', 'L', ${village}, ${g.regency}, 'PETANI', 'verified', now(), 'import')
          returning id`.execute(db);
        await sql`
          insert into coverage_states (worker_id, program, state, unpaid_months, starts_on, paid_through, protected_until, run_length, last_source, last_donor_org_id, as_of)
          values (${rows[0]!.id}::uuid, 'JKM', 'ACTIVE', 0, date '2026-01-01', date '2026-12-01', date '2026-12-31', 12, 'donation', ${g.donor}::uuid, current_date)`.execute(db);
      }
    }
    await refreshStatistics(db);
  });

  it('never shows a group below 10 publicly, nor a cell that would reveal it by subtraction', async () => {
    const body = (await get(null, '/api/public/statistics/regions/94')).json();
    const counts = Object.fromEntries(body.children.map((c: { code: string; lingkaran: { protected: number | null } }) => [c.code, c.lingkaran.protected]));
    expect(counts['94.01']).toBeNull(); // 3 people
    expect(counts['94.02']).toBeNull(); // 25, hidden so that 68 − 40 − 25 cannot give Nabire's 3
    expect(counts['94.03']).toBe(40);
    expect(counts['94.04']).toBe(0);
    expect(body.row.lingkaran.protected).toBe(68);
    expect(body.detail).toBeNull();
    // The totals card and the national table agree with what the province shows.
    const national = (await get(null, '/api/public/statistics')).json();
    expect(national.totals).toMatchObject({ workersProtected: 68, workersRegistered: 68, donors: 0, claimsPaid: 0 });
    expect(national.provinces.find((p: { code: string }) => p.code === '94').lingkaran.protected).toBe(68);
  });

  it('names only donors that consented, and hides their small counts', async () => {
    const paniai = (await get(null, '/api/public/statistics/regions/94.03')).json();
    expect(paniai.donors).toEqual({ named: [{ name: 'PT Bersedia Tampil', type: 'SWASTA', protected: 28 }], unnamedDonors: 1 });
    const nabire = (await get(null, '/api/public/statistics/regions/94.01')).json();
    expect(nabire.donors.named).toEqual([{ name: 'PT Bersedia Tampil', type: 'SWASTA', protected: null }]);
    expect(nabire.row.lingkaran.protected).toBeNull();
  });

  it('officers see their branch regions exactly and in depth, other regions as the public does', async () => {
    const own = (await get(officer, '/api/statistics/regions/94.01')).json();
    expect(own.row.isExact).toBe(true);
    expect(own.row.lingkaran.protected).toBe(3);
    expect(own.detail).toMatchObject({ registered: 3, protected: 3, inArrears: 0, ended: 0 });
    const province = (await get(officer, '/api/statistics/regions/94')).json();
    const cells = Object.fromEntries(province.children.map((c: { code: string; lingkaran: { protected: number | null } }) => [c.code, c.lingkaran.protected]));
    expect(cells).toMatchObject({ '94.01': 3, '94.02': null, '94.03': 40 });
    expect(province.detail).toBeNull();
    const adminView = (await get(admin, '/api/statistics/regions/94')).json();
    expect(adminView.children.find((c: { code: string }) => c.code === '94.02').lingkaran.protected).toBe(25);
    expect((await get(null, '/api/statistics/regions/94')).statusCode).toBe(401);
  });
});

describe('exports', () => {
  it('writes every table as CSV and XLSX with hidden cells as "<10" and formula-like text neutralised', async () => {
    await iso.database.db.updateTable('stat_denominators').set({ source: '=HYPERLINK("http://x")' }).where('region_code', '=', '63').where('segment', '=', 'FORMAL').execute();
    await bumpStatRevision(iso.database.db);
    const csv = await get(null, '/api/public/statistics/export?table=regencies&region=94&format=csv');
    expect(csv.statusCode).toBe(200);
    expect(csv.headers['content-type']).toContain('text/csv');
    const lines = csv.body.replace(/^\ufeff/, '').trim().split('\r\n');
    expect(lines[0]).toContain('kode_wilayah,wilayah');
    expect(lines.find((l) => l.startsWith('94.01'))).toContain('<10');
    const provinces = await get(null, '/api/public/statistics/export?table=provinces&format=csv');
    const kalsel = provinces.body.split('\r\n').find((l) => l.startsWith('63,'))!;
    expect(kalsel).toContain('"46,44"');
    expect(kalsel).toContain(`'=HYPERLINK`);
    const xlsx = await get(null, '/api/public/statistics/export?table=provinces&format=xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    expect(sheet.rowCount).toBe(39);
    const row = sheet.getRows(2, 38)!.find((r) => r.getCell(1).value === '63')!;
    expect(row.getCell(5).value).toBe(46.44);
    expect((await get(null, '/api/public/statistics/export?table=trend&region=63&format=csv')).statusCode).toBe(200);
    expect((await get(null, '/api/public/statistics/export?table=regencies&format=csv')).statusCode).toBe(400);
  });
});
