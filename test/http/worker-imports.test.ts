import ExcelJS from 'exceljs';
import { sql } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { whenImportSettled } from '../../src/modules/workers/import/service.ts';
import { authHeaders, createTestContext, newUser, signIn, type Session, type TestContext } from '../helpers/context.ts';
import { randomName, randomNik, villageIn } from '../helpers/factories.ts';
import { multipartFile, zipWithDeclaredSizes } from '../helpers/upload.ts';

let ctx: TestContext;
let officer: Session; // Sampit, 62.02
let other: Session;
let village: { villageCode: string; districtCode: string };
let pasuruanVillage: string;

beforeAll(async () => {
  ctx = await createTestContext();
  officer = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  other = await signIn(ctx.app, await newUser(ctx.database, { role: 'officer', regionScopes: ['62.02'] }));
  village = await villageIn(ctx.database, '62.02');
  pasuruanVillage = (await villageIn(ctx.database, '35.14')).villageCode;
});
afterAll(async () => {
  await ctx.close();
});

const HEADER = 'nik,nama_lengkap,tanggal_lahir,jenis_kelamin,kode_desa,pekerjaan,no_hp,dtks,desil_p3ke';

function goodRow(overrides: Partial<Record<'nik' | 'name' | 'birth' | 'sex' | 'village' | 'job' | 'phone', string>> = {}) {
  const person = randomNik({ districtCode: village.districtCode });
  return [
    overrides.nik ?? person.nik,
    overrides.name ?? `Warga ${randomName()}`,
    overrides.birth ?? '',
    overrides.sex ?? '',
    overrides.village ?? village.villageCode,
    overrides.job ?? 'PETANI',
    overrides.phone ?? '081234567890',
    'ya',
    '2',
  ].join(',');
}

async function upload(session: Session, fileName: string, content: Buffer | string) {
  const { payload, headers } = multipartFile(fileName, content);
  const response = await ctx.app.inject({ method: 'POST', url: '/api/workers/imports', payload, headers: { ...headers, ...authHeaders(session, 'POST') } });
  if (response.statusCode === 202) await whenImportSettled(response.json().id);
  return response;
}

const get = (session: Session, url: string) => ctx.app.inject({ method: 'GET', url, headers: authHeaders(session) });
const status = async (id: string) => (await get(officer, `/api/workers/imports/${id}`)).json();

async function commit(session: Session, id: string, mode: 'valid_only' | 'all_or_nothing') {
  const response = await ctx.app.inject({ method: 'POST', url: `/api/workers/imports/${id}/commit`, payload: { mode }, headers: authHeaders(session, 'POST') });
  if (response.statusCode === 202) await whenImportSettled(id);
  return response;
}

async function countWorkers(importId: string) {
  const row = await ctx.database.db.selectFrom('workers').select(sql<number>`count(*)::int`.as('n')).where('import_id', '=', importId).executeTakeFirstOrThrow();
  return row.n;
}

describe('importing a CSV: dry run, every bad row reported, then commit', () => {
  it('reports each bad row with row, column and code, keeps the good ones, and adds nothing on re-upload', async () => {
    const duplicate = randomNik({ districtCode: village.districtCode }).nik;
    const kid = randomNik({ districtCode: village.districtCode, birthYear: 2016 }).nik;
    const lines = [
      HEADER,
      goodRow(), // 2
      goodRow({ nik: duplicate }), // 3
      goodRow({ nik: duplicate }), // 4: duplicate in file
      goodRow({ nik: '123' }), // 5: NIK length
      goodRow({ village: '62.02.99.9999' }), // 6: unknown village
      goodRow({ village: pasuruanVillage }), // 7: out of scope
      goodRow({ birth: '2099-01-01' }), // 8: birth date in the future
      goodRow({ nik: kid }), // 9: age
      goodRow({ job: '=HYPERLINK("http://x")' }), // 10: occupation unknown (and a formula)
      goodRow({ phone: '+6591234567' }), // 11: not an Indonesian mobile
      goodRow({ name: '' }), // 12: name required
    ];
    const response = await upload(officer, 'daftar pekerja.csv', lines.join('\n'));
    expect(response.statusCode).toBe(202);
    const id = response.json().id as string;
    const checked = await status(id);
    expect(checked).toMatchObject({ status: 'validated', totalRows: 11, validRows: 2, errorRows: 9, fileName: 'daftar pekerja.csv' });
    const issues = (await get(officer, `/api/workers/imports/${id}/issues?severity=error`)).json().items as { row: number; column: string; code: string; message: string }[];
    expect(issues.map((i) => [i.row, i.column, i.code])).toEqual([
      [4, 'nik', 'DUPLICATE_IN_FILE'],
      [5, 'nik', 'NIK_LENGTH'],
      [6, 'kode_desa', 'VILLAGE_UNKNOWN'],
      [7, 'kode_desa', 'VILLAGE_OUT_OF_SCOPE'],
      [8, 'tanggal_lahir', 'BIRTH_DATE_IN_FUTURE'],
      [9, 'tanggal_lahir', 'AGE_OUT_OF_RANGE'],
      [10, 'pekerjaan', 'OCCUPATION_UNKNOWN'],
      [11, 'no_hp', 'PHONE_NOT_MOBILE'],
      [12, 'nama_lengkap', 'NAME_REQUIRED'],
    ]);
    expect(issues[0]!.message).toBe('NIK ini sama dengan baris 3 di berkas yang sama.');
    expect(await countWorkers(id)).toBe(0); // a dry run writes no worker

    // The error report is safe to open in Excel.
    const report = await get(officer, `/api/workers/imports/${id}/issues.csv`);
    expect(report.headers['content-type']).toContain('text/csv');
    expect(report.body).toContain('=HYPERLINK'); // inside the message text,
    expect(report.body).not.toMatch(/(^|[,\n])"?[=+@]/); // never at the start of a cell

    // All-or-nothing is refused while rows are bad; valid-only keeps the good ones.
    expect((await commit(officer, id, 'all_or_nothing')).json().error.code).toBe('IMPORT_HAS_ERRORS');
    expect(await countWorkers(id)).toBe(0);
    const done = await commit(officer, id, 'valid_only');
    expect(done.statusCode).toBe(202);
    expect(await status(id)).toMatchObject({ status: 'committed', committedRows: 2, mode: 'valid_only' });
    expect(await countWorkers(id)).toBe(2);
    expect((await commit(officer, id, 'valid_only')).json().error.code).toBe('IMPORT_NOT_READY');

    // The same file again adds nothing.
    const again = await upload(officer, 'daftar pekerja.csv', lines.join('\n'));
    const second = await status(again.json().id);
    expect(second).toMatchObject({ status: 'validated', validRows: 0, sameFileAs: id });
    expect((await commit(officer, again.json().id, 'valid_only')).statusCode).toBe(409);
  });

  it('commits all rows of a clean file with all_or_nothing, English headers, semicolons and DD/MM/YYYY dates', async () => {
    const people = [randomNik({ districtCode: village.districtCode, sex: 'P', birthYear: 1985 }), randomNik({ districtCode: village.districtCode, sex: 'L', birthYear: 1990 })];
    const rows = people.map((p) => {
      const [y, m, d] = p.birthDate.split('-');
      return [p.nik, `Warga ${randomName()}`, `${d}/${m}/${y}`, p.sex === 'P' ? 'Perempuan' : 'Laki-laki', village.villageCode.replaceAll('.', ''), 'Nelayan', ''].join(';');
    });
    const response = await upload(officer, 'list.csv', ['NIK;Full Name;Birth Date;Sex;Village Code;Occupation;Phone', ...rows].join('\r\n'));
    const id = response.json().id as string;
    expect(await status(id)).toMatchObject({ status: 'validated', validRows: 2, errorRows: 0, warningRows: 0 });
    await commit(officer, id, 'all_or_nothing');
    expect(await status(id)).toMatchObject({ status: 'committed', committedRows: 2 });
    const list = (await get(officer, `/api/workers?occupation=NELAYAN&limit=200`)).json().items as { maskedNik: string }[];
    for (const p of people) expect(list.map((w) => w.maskedNik)).toContain(`${p.nik.slice(0, 4)}********${p.nik.slice(-4)}`);
  });

  it('rolls an all-or-nothing commit back when a NIK was registered by someone else after the check', async () => {
    const person = randomNik({ districtCode: village.districtCode });
    const response = await upload(officer, 'balapan.csv', [HEADER, goodRow(), goodRow({ nik: person.nik })].join('\n'));
    const id = response.json().id as string;
    const direct = await ctx.app.inject({
      method: 'POST',
      url: '/api/workers',
      headers: authHeaders(other, 'POST'),
      payload: { nik: person.nik, fullName: 'Datang Duluan', villageCode: village.villageCode, occupation: 'PETANI' },
    });
    expect(direct.statusCode).toBe(201);
    await commit(officer, id, 'all_or_nothing');
    const after = await status(id);
    expect(after).toMatchObject({ status: 'validated', failure: { code: 'NIK_REGISTERED_MEANWHILE' }, errorRows: 1, validRows: 1 });
    expect(await countWorkers(id)).toBe(0);
    await commit(officer, id, 'valid_only');
    expect(await status(id)).toMatchObject({ status: 'committed', committedRows: 1 });
  });
});

describe('files that are refused', () => {
  it('missing columns, an empty file, an empty upload and text that is not UTF-8', async () => {
    const missing = await upload(officer, 'kurang.csv', 'nik,nama\n1,2\n');
    expect(await status(missing.json().id)).toMatchObject({ status: 'failed', failure: { code: 'FILE_COLUMNS_MISSING', details: { missing: ['villageCode', 'occupation'] } } });
    const headerOnly = await upload(officer, 'kosong.csv', `${HEADER}\n`);
    expect(await status(headerOnly.json().id)).toMatchObject({ status: 'failed', failure: { code: 'FILE_EMPTY' } });
    const nothing = await upload(officer, 'nol.csv', '');
    expect(nothing.statusCode).toBe(422);
    expect(nothing.json().error.code).toBe('FILE_EMPTY');
    const latin1 = await upload(officer, 'latin1.csv', Buffer.concat([Buffer.from(`${HEADER}\n`), Buffer.from([0x4e, 0xe9, 0xe9, 0x0a])]));
    expect(await status(latin1.json().id)).toMatchObject({ status: 'failed', failure: { code: 'FILE_NOT_TEXT' } });
  });

  it('a file whose bytes are not a list, whatever its name', async () => {
    const html = await upload(officer, 'daftar.xlsx', '<!DOCTYPE html><html><body>bukan daftar</body></html>');
    expect(html.statusCode).toBe(415);
    const exe = await upload(officer, 'daftar.csv', Buffer.concat([Buffer.from('MZ'), Buffer.alloc(64)]));
    expect(exe.statusCode).toBe(415);
    expect(exe.json().error.code).toBe('FILE_TYPE_UNSUPPORTED');
  });

  it('an upload above the size limit', async () => {
    const big = `${HEADER}\n${'x'.repeat(11 * 1024 * 1024)}`;
    const response = await upload(officer, 'besar.csv', big);
    expect(response.statusCode).toBe(413);
    expect(response.json().error.code).toBe('PAYLOAD_TOO_LARGE');
  });

  it('an XLSX bomb is refused from its directory, before anything is inflated', async () => {
    const before = process.memoryUsage().rss;
    const bombs = [
      zipWithDeclaredSizes([{ name: 'xl/workbook.xml', declaredSize: 1000 }, { name: 'xl/worksheets/sheet1.xml', declaredSize: 4_000_000_000 }]),
      zipWithDeclaredSizes(Array.from({ length: 300 }, (_, i) => ({ name: `xl/x${i}.xml`, declaredSize: 10 }))),
      zipWithDeclaredSizes([{ name: 'xl/workbook.xml', declaredSize: 1000 }, { name: 'xl/worksheets/sheet1.xml', declaredSize: 50_000_000 }]),
    ];
    for (const bomb of bombs) {
      const response = await upload(officer, 'bom.xlsx', bomb);
      expect(response.statusCode).toBe(422);
      expect(response.json().error.code).toBe('FILE_ZIP_BOMB');
    }
    expect(process.memoryUsage().rss - before).toBeLessThan(256 * 1024 * 1024);
  });
});

describe('importing Excel', () => {
  async function workbook(rows: (string | number | Date | null)[][]) {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('Pekerja');
    sheet.addRow(['NIK', 'Nama Lengkap', 'Tanggal Lahir', 'Kode Desa', 'Pekerjaan']);
    for (const row of rows) sheet.addRow(row);
    return Buffer.from(await book.xlsx.writeBuffer());
  }

  it('reads text NIKs, date cells and formula results; refuses a NIK stored as a number', async () => {
    const a = randomNik({ districtCode: village.districtCode, birthYear: 1979 });
    const b = randomNik({ districtCode: village.districtCode });
    const file = await workbook([
      [a.nik, `Warga ${randomName()}`, new Date(`${a.birthDate}T00:00:00Z`), village.villageCode, 'PKL'],
      [Number(b.nik), `Warga ${randomName()}`, null, village.villageCode, 'PKL'],
    ]);
    const response = await upload(officer, 'daftar.xlsx', file);
    expect(response.statusCode).toBe(202);
    const id = response.json().id as string;
    expect(await status(id)).toMatchObject({ status: 'validated', fileKind: 'xlsx', validRows: 1, errorRows: 1 });
    const issues = (await get(officer, `/api/workers/imports/${id}/issues`)).json().items;
    expect(issues).toMatchObject([{ row: 3, column: 'NIK', code: 'NIK_EXCEL_NUMBER' }]);
  });

  it('offers templates that import cleanly once filled in', async () => {
    const csv = await get(officer, '/api/workers/imports/template.csv');
    expect(csv.body.replace('\ufeff', '').trim()).toBe('nik,nama_lengkap,tanggal_lahir,jenis_kelamin,kode_desa,pekerjaan,pekerjaan_lainnya,penghasilan,no_hp,dtks,desil_p3ke,penerima_upah');
    const xlsx = await get(officer, '/api/workers/imports/template.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(xlsx.rawPayload as unknown as ArrayBuffer);
    const sheet = book.getWorksheet('Pekerja')!;
    const person = randomNik({ districtCode: village.districtCode });
    sheet.addRow([person.nik, `Warga ${randomName()}`, null, null, village.villageCode, 'MARBOT', null, null, '0812-1111-2222', 'tidak', null, 'tidak']);
    const filled = Buffer.from(await book.xlsx.writeBuffer());
    const response = await upload(officer, 'templat-terisi.xlsx', filled);
    expect(await status(response.json().id)).toMatchObject({ status: 'validated', validRows: 1, errorRows: 0 });
  });
});

describe('who may see an import', () => {
  it('is the one who made it (and admins)', async () => {
    const response = await upload(officer, 'milik-saya.csv', [HEADER, goodRow()].join('\n'));
    const id = response.json().id as string;
    expect((await get(other, `/api/workers/imports/${id}`)).statusCode).toBe(404);
    expect((await get(other, `/api/workers/imports/${id}/issues.csv`)).statusCode).toBe(404);
    const donor = await signIn(ctx.app, await newUser(ctx.database, { role: 'donor' }));
    expect((await get(donor, '/api/workers/imports')).statusCode).toBe(403);
  });
});
