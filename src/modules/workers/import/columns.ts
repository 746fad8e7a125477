import type { WorkerInput } from '../../../domain/worker-input.ts';

/**
 * Import columns, matched by header in Bahasa Indonesia or English: case, spaces, dots, dashes
 * and underscores are ignored ("Tanggal Lahir", "tanggal_lahir", "Birth date" all match).
 */
export type ImportField = keyof WorkerInput;

export type ColumnSpec = { field: ImportField; header: string; headerEn: string; aliases: string[]; isRequired: boolean; example: string; hintId: string };

export const IMPORT_COLUMNS: readonly ColumnSpec[] = [
  { field: 'nik', header: 'nik', headerEn: 'nik', aliases: ['no_nik', 'nomor_nik', 'nomor_induk_kependudukan', 'national_id'], isRequired: true, example: '6202054508800003', hintId: '16 angka; format kolom sebagai Teks di Excel' },
  { field: 'fullName', header: 'nama_lengkap', headerEn: 'full_name', aliases: ['nama', 'name', 'nama_pekerja'], isRequired: true, example: 'Siti Aminah', hintId: 'sesuai KTP' },
  { field: 'birthDate', header: 'tanggal_lahir', headerEn: 'birth_date', aliases: ['tgl_lahir', 'date_of_birth', 'dob'], isRequired: false, example: '1980-08-05', hintId: 'TTTT-BB-HH atau HH-BB-TTTT; kosong = dari NIK' },
  { field: 'sex', header: 'jenis_kelamin', headerEn: 'sex', aliases: ['jk', 'kelamin', 'gender'], isRequired: false, example: 'P', hintId: 'L atau P; kosong = dari NIK' },
  { field: 'villageCode', header: 'kode_desa', headerEn: 'village_code', aliases: ['kode_kelurahan', 'kode_desa_kelurahan', 'kode_wilayah', 'village'], isRequired: true, example: '62.02.05.2001', hintId: 'kode Kemendagri desa/kelurahan domisili' },
  { field: 'occupation', header: 'pekerjaan', headerEn: 'occupation', aliases: ['kode_pekerjaan', 'occupation_code', 'profesi'], isRequired: true, example: 'PETANI', hintId: 'kode atau nama pekerjaan' },
  { field: 'occupationOther', header: 'pekerjaan_lainnya', headerEn: 'occupation_other', aliases: ['keterangan_pekerjaan'], isRequired: false, example: '', hintId: 'wajib bila pekerjaan LAINNYA' },
  { field: 'declaredIncome', header: 'penghasilan', headerEn: 'declared_income', aliases: ['penghasilan_dilaporkan', 'income'], isRequired: false, example: '1000000', hintId: 'tingkat penghasilan; kosong = Rp 1.000.000' },
  { field: 'phone', header: 'no_hp', headerEn: 'phone', aliases: ['telepon', 'nomor_hp', 'hp', 'mobile', 'phone_number'], isRequired: false, example: '081234567890', hintId: 'ponsel; format kolom sebagai Teks' },
  { field: 'isDtks', header: 'dtks', headerEn: 'is_dtks', aliases: ['terdaftar_dtks'], isRequired: false, example: 'ya', hintId: 'ya/tidak' },
  { field: 'p3keDecile', header: 'desil_p3ke', headerEn: 'p3ke_decile', aliases: ['p3ke', 'desil'], isRequired: false, example: '1', hintId: '1–10 atau kosong' },
  { field: 'isWageEarner', header: 'penerima_upah', headerEn: 'is_wage_earner', aliases: ['pekerja_formal', 'wage_earner'], isRequired: false, example: 'tidak', hintId: 'ya/tidak; penerima upah tidak dapat didaftarkan' },
];

export const normalizeHeader = (header: string) => header.normalize('NFKC').trim().toLowerCase().replace(/[\s.\-_/]+/g, '_').replace(/^_+|_+$/g, '');

const BY_NAME = new Map<string, ImportField>();
for (const column of IMPORT_COLUMNS) {
  for (const name of [column.header, column.headerEn, column.field, ...column.aliases]) BY_NAME.set(normalizeHeader(name), column.field);
}

export type HeaderMapping = { fields: (ImportField | null)[]; missing: ImportField[]; unknown: string[]; duplicated: string[] };

/** Matches a header row; a column appearing twice is refused (which one would be meant?). */
export function mapHeader(headers: readonly string[]): HeaderMapping {
  const seen = new Set<ImportField>();
  const duplicated: string[] = [];
  const unknown: string[] = [];
  const fields = headers.map((header) => {
    const normalized = normalizeHeader(header);
    if (!normalized) return null;
    const field = BY_NAME.get(normalized) ?? null;
    if (!field) unknown.push(header);
    else if (seen.has(field)) duplicated.push(header);
    else seen.add(field);
    return field && !duplicated.includes(header) ? field : null;
  });
  const missing = IMPORT_COLUMNS.filter((c) => c.isRequired && !seen.has(c.field)).map((c) => c.field);
  return { fields, missing, unknown, duplicated };
}

/** The header a field was read from, for error reports. */
export function headerOf(field: string, headers: readonly string[], mapping: HeaderMapping): string {
  const index = mapping.fields.indexOf(field as ImportField);
  return index >= 0 ? headers[index]! : field;
}
