/**
 * Errors of the pure domain rules: a stable code, the offending field and parameters, and a message
 * in Bahasa Indonesia and English built from them. The HTTP layer answers them with 400 and the
 * error shape; the UI shows `message` in the user's language.
 */
export type Locale = 'id' | 'en';

type Params = Record<string, string | number>;
type Template = (p: Params) => string;

const t = (id: Template, en: Template) => ({ id, en });

/** Every code the domain rules can raise, with its messages. Codes are stable: never rename one. */
export const DOMAIN_MESSAGES = {
  // Money and amounts
  AMOUNT_TOO_SMALL: t(
    (p) => `Jumlah minimal ${p.min} (iuran satu pekerja sebulan); yang diisi ${p.value}.`,
    (p) => `The minimum is ${p.min} (one worker for one month); got ${p.value}.`,
  ),
  AMOUNT_INVALID: t(
    (p) => `Jumlah "${p.value}" bukan angka rupiah yang sah (contoh: 1000000 atau Rp 1.000.000).`,
    (p) => `"${p.value}" is not a valid rupiah amount (e.g. 1000000 or Rp 1.000.000).`,
  ),
  AMOUNT_NEGATIVE: t(
    (p) => `Jumlah tidak boleh negatif: ${p.value}.`,
    (p) => `The amount must not be negative: ${p.value}.`,
  ),
  AMOUNT_TOO_LARGE: t(
    (p) => `Jumlah terlalu besar: ${p.value}.`,
    (p) => `The amount is too large: ${p.value}.`,
  ),
  // Dates
  DATE_INVALID: t(
    (p) => `"${p.value}" bukan tanggal yang sah (format TTTT-BB-HH, misalnya 2026-01-31).`,
    (p) => `"${p.value}" is not a valid date (format YYYY-MM-DD, e.g. 2026-01-31).`,
  ),
  MONTH_INVALID: t(
    (p) => `"${p.value}" bukan bulan yang sah (format TTTT-BB, misalnya 2026-01).`,
    (p) => `"${p.value}" is not a valid month (format YYYY-MM, e.g. 2026-01).`,
  ),
  // NIK
  NIK_FORMAT: t(
    () => 'NIK hanya boleh berisi angka.',
    () => 'A NIK contains digits only.',
  ),
  NIK_LENGTH: t(
    (p) => `NIK harus 16 angka; yang diisi ${p.length} angka.`,
    (p) => `A NIK has 16 digits; this one has ${p.length}.`,
  ),
  NIK_PROVINCE_UNKNOWN: t(
    (p) => `Kode provinsi ${p.code} pada NIK (angka 1–2) tidak dikenal.`,
    (p) => `Province code ${p.code} in the NIK (digits 1–2) does not exist.`,
  ),
  NIK_REGENCY_CODE_INVALID: t(
    (p) => `Kode kabupaten/kota ${p.code} pada NIK (angka 3–4) tidak sah: kabupaten 01–69, kota 71–99.`,
    (p) => `Regency/city code ${p.code} in the NIK (digits 3–4) is invalid: regencies 01–69, cities 71–99.`,
  ),
  NIK_REGENCY_UNKNOWN: t(
    (p) => `Kabupaten/kota ${p.code} pada NIK tidak ada dalam daftar wilayah Kemendagri.`,
    (p) => `Regency/city ${p.code} in the NIK is not in the Kemendagri region list.`,
  ),
  NIK_DISTRICT_CODE_INVALID: t(
    () => 'Kode kecamatan pada NIK (angka 5–6) tidak boleh 00.',
    () => 'The district code in the NIK (digits 5–6) cannot be 00.',
  ),
  NIK_DISTRICT_UNKNOWN: t(
    (p) => `Kecamatan ${p.code} pada NIK tidak ada dalam daftar wilayah Kemendagri (mungkin kode lama sebelum pemekaran).`,
    (p) => `District ${p.code} in the NIK is not in the Kemendagri region list (perhaps a code from before a split).`,
  ),
  NIK_DAY_INVALID: t(
    (p) => `Tanggal lahir ${p.day} pada NIK (angka 7–8) tidak sah: 01–31 untuk laki-laki, 41–71 untuk perempuan.`,
    (p) => `Birth day ${p.day} in the NIK (digits 7–8) is invalid: 01–31 for men, 41–71 for women.`,
  ),
  NIK_MONTH_INVALID: t(
    (p) => `Bulan lahir ${p.month} pada NIK (angka 9–10) tidak sah: 01–12.`,
    (p) => `Birth month ${p.month} in the NIK (digits 9–10) is invalid: 01–12.`,
  ),
  NIK_DATE_INVALID: t(
    (p) => `Tanggal lahir pada NIK (${p.date}) tidak ada di kalender.`,
    (p) => `The birth date in the NIK (${p.date}) does not exist.`,
  ),
  NIK_SERIAL_ZERO: t(
    () => 'Nomor urut NIK (angka 13–16) tidak boleh 0000.',
    () => 'The NIK serial (digits 13–16) cannot be 0000.',
  ),
  NIK_BIRTH_DATE_MISMATCH: t(
    (p) => `Tanggal lahir pada NIK (${p.fromNik}) berbeda dengan tanggal lahir yang dicatat (${p.recorded}).`,
    (p) => `The birth date in the NIK (${p.fromNik}) differs from the recorded birth date (${p.recorded}).`,
  ),
  NIK_SEX_MISMATCH: t(
    (p) => `Jenis kelamin pada NIK (${p.fromNik}) berbeda dengan yang dicatat (${p.recorded}).`,
    (p) => `The sex in the NIK (${p.fromNik}) differs from the recorded sex (${p.recorded}).`,
  ),
  KPJ_FORMAT: t(
    () => 'Nomor KPJ harus tepat 11 angka.',
    () => 'A KPJ number has exactly 11 digits.',
  ),
  KPJ_CHECK_DIGIT: t(
    () => 'Nomor KPJ tidak cocok dengan angka pemeriksanya: periksa kembali angka yang diketik.',
    () => 'The KPJ number does not match its check digit: check the digits typed.',
  ),
  PHONE_INVALID: t(
    (p) => `Nomor telepon "${p.value}" tidak sah.`,
    (p) => `Phone number "${p.value}" is invalid.`,
  ),
  PHONE_NOT_MOBILE: t(
    () => 'Nomor harus nomor ponsel Indonesia (08… atau +628…), 10–13 angka.',
    () => 'The number must be an Indonesian mobile number (08… or +628…), 10–13 digits.',
  ),
  // Worker registration
  NAME_REQUIRED: t(() => 'Nama lengkap wajib diisi.', () => 'Full name is required.'),
  NAME_INVALID: t(
    () => 'Nama hanya boleh berisi huruf, spasi, titik, koma, apostrof dan tanda hubung (paling banyak 150 karakter).',
    () => 'A name may contain letters, spaces, dots, commas, apostrophes and hyphens only (at most 150 characters).',
  ),
  NIK_REQUIRED: t(() => 'NIK wajib diisi.', () => 'NIK is required.'),
  BIRTH_DATE_IN_FUTURE: t(
    (p) => `Tanggal lahir ${p.value} ada di masa depan.`,
    (p) => `Birth date ${p.value} is in the future.`,
  ),
  AGE_OUT_OF_RANGE: t(
    (p) => `Umur ${p.age} tahun di luar batas pendaftaran (${p.min}–${p.max} tahun).`,
    (p) => `Age ${p.age} is outside the enrolment limits (${p.min}–${p.max} years).`,
  ),
  SEX_INVALID: t(
    (p) => `Jenis kelamin "${p.value}" tidak dikenal: isi L (laki-laki) atau P (perempuan).`,
    (p) => `Unknown sex "${p.value}": use L (male) or P (female).`,
  ),
  VILLAGE_REQUIRED: t(() => 'Kode desa/kelurahan domisili wajib diisi.', () => 'The village code of domicile is required.'),
  VILLAGE_UNKNOWN: t(
    (p) => `Kode desa/kelurahan ${p.value} tidak ada dalam daftar wilayah Kemendagri (format 62.02.05.2001).`,
    (p) => `Village code ${p.value} is not in the Kemendagri region list (format 62.02.05.2001).`,
  ),
  VILLAGE_OUT_OF_SCOPE: t(
    (p) => `Desa/kelurahan ${p.value} di luar wilayah kerja Anda.`,
    (p) => `Village ${p.value} is outside your working area.`,
  ),
  OCCUPATION_REQUIRED: t(() => 'Pekerjaan wajib diisi.', () => 'Occupation is required.'),
  OCCUPATION_UNKNOWN: t(
    (p) => `Pekerjaan "${p.value}" tidak ada dalam daftar; pakai kode (mis. PETANI, NELAYAN) atau LAINNYA dengan keterangan.`,
    (p) => `Occupation "${p.value}" is not in the list; use a code (e.g. PETANI, NELAYAN) or LAINNYA with a description.`,
  ),
  OCCUPATION_OTHER_REQUIRED: t(
    () => 'Pekerjaan LAINNYA perlu keterangan pekerjaannya.',
    () => 'Occupation LAINNYA needs a description.',
  ),
  P3KE_DECILE_INVALID: t(
    (p) => `Desil P3KE "${p.value}" tidak sah: isi 1–10 atau kosongkan.`,
    (p) => `P3KE decile "${p.value}" is invalid: use 1–10 or leave it empty.`,
  ),
  FLAG_INVALID: t(
    (p) => `Nilai "${p.value}" tidak dikenal: isi ya/tidak.`,
    (p) => `Unknown value "${p.value}": use yes/no (ya/tidak).`,
  ),
  WAGE_EARNER_NOT_ELIGIBLE: t(
    () => 'Penerima upah (pekerja formal) tidak dapat didaftarkan sebagai pekerja rentan bukan penerima upah.',
    () => 'A wage earner (formal worker) cannot be registered as an informal worker.',
  ),
  NIK_EXCEL_NUMBER: t(
    () => 'NIK tersimpan sebagai angka di Excel sehingga angka terakhirnya hilang. Format kolom NIK sebagai Teks lalu ketik ulang.',
    () => 'The NIK is stored as a number in Excel, which loses its last digit. Format the NIK column as Text and type it again.',
  ),
  NIK_ALREADY_REGISTERED: t(
    () => 'NIK ini sudah terdaftar.',
    () => 'This NIK is already registered.',
  ),
  DUPLICATE_IN_FILE: t(
    (p) => `NIK ini sama dengan baris ${p.firstRow} di berkas yang sama.`,
    (p) => `This NIK repeats row ${p.firstRow} of the same file.`,
  ),
  PROBABLE_DUPLICATE: t(
    () => 'Mungkin ganda: nama, tanggal lahir dan kabupaten sama dengan pekerja yang sudah terdaftar (NIK berbeda). Petugas akan memeriksa.',
    () => 'Possible duplicate: same name, birth date and regency as a registered worker (different NIK). An officer will review it.',
  ),
  // Rates and quotes
  PROGRAM_UNKNOWN: t(
    (p) => `Program "${p.value}" tidak dikenal. Pilihan: JKK, JKM, JHT.`,
    (p) => `Unknown programme "${p.value}". Choose from JKK, JKM, JHT.`,
  ),
  PROGRAM_DUPLICATE: t(
    (p) => `Program ${p.value} disebut dua kali.`,
    (p) => `Programme ${p.value} is listed twice.`,
  ),
  PROGRAMS_REQUIRED: t(
    () => 'Pilih program: JKK dan JKM wajib untuk pekerja bukan penerima upah; JHT boleh ditambah.',
    () => 'Choose programmes: JKK and JKM are mandatory for informal workers; JHT may be added.',
  ),
  PROGRAMS_JKK_JKM_REQUIRED: t(
    () => 'JKK dan JKM wajib diambil bersama untuk pekerja bukan penerima upah (PP 44/2015); JHT hanya tambahan.',
    () => 'JKK and JKM are mandatory together for informal workers (PP 44/2015); JHT is only an addition.',
  ),
  MONTHS_NOT_ALLOWED: t(
    (p) => `Masa bayar ${p.value} bulan tidak diizinkan. Pilihan: 1, 3, 6 atau 12 bulan.`,
    (p) => `A payment period of ${p.value} months is not allowed. Choose 1, 3, 6 or 12 months.`,
  ),
  WORKERS_INVALID: t(
    (p) => `Jumlah pekerja harus bilangan bulat 1 sampai ${p.max}; yang diisi ${p.value}.`,
    (p) => `The number of workers must be a whole number from 1 to ${p.max}; got ${p.value}.`,
  ),
  INCOME_NOT_A_BRACKET: t(
    (p) => `Penghasilan ${p.value} bukan salah satu tingkat penghasilan yang berlaku pada ${p.date}. Tingkat yang berlaku: ${p.brackets}.`,
    (p) => `Income ${p.value} is not one of the income brackets in force on ${p.date}. Brackets: ${p.brackets}.`,
  ),
  NO_RATE_IN_FORCE: t(
    (p) => `Tidak ada tabel iuran yang berlaku pada ${p.date}.`,
    (p) => `No contribution table is in force on ${p.date}.`,
  ),
  // Benefits
  BENEFIT_TYPE_UNKNOWN: t(
    (p) => `Jenis manfaat "${p.value}" tidak dikenal.`,
    (p) => `Unknown benefit type "${p.value}".`,
  ),
  NO_BENEFIT_RULES_IN_FORCE: t(
    (p) => `Tidak ada aturan manfaat yang berlaku pada ${p.date}.`,
    (p) => `No benefit rules are in force on ${p.date}.`,
  ),
  CONTRIBUTION_MONTHS_INVALID: t(
    (p) => `Masa iur harus bilangan bulat 0 atau lebih (bulan); yang diisi ${p.value}.`,
    (p) => `Contribution months must be a whole number, 0 or more; got ${p.value}.`,
  ),
  INCAPACITY_MONTHS_INVALID: t(
    (p) => `Lama tidak mampu bekerja harus 0–120 bulan; yang diisi ${p.value}.`,
    (p) => `Months of incapacity must be 0–120; got ${p.value}.`,
  ),
  DISABILITY_PERCENT_INVALID: t(
    (p) => `Persentase cacat harus 1–100; yang diisi ${p.value}.`,
    (p) => `The disability percentage must be 1–100; got ${p.value}.`,
  ),
  DISABILITY_REQUIRED: t(
    () => 'Isi persentase cacat atau pilih bagian tubuh dari tabel cacat.',
    () => 'Give a disability percentage or choose a body part from the disability table.',
  ),
  DISABILITY_CODE_UNKNOWN: t(
    (p) => `Kode cacat "${p.value}" tidak ada dalam tabel.`,
    (p) => `Disability code "${p.value}" is not in the table.`,
  ),
  SCHOOL_LEVEL_UNKNOWN: t(
    (p) => `Jenjang sekolah "${p.value}" tidak dikenal. Pilihan: BELUM_SEKOLAH, TK, SD, SMP, SMA, PT.`,
    (p) => `Unknown school level "${p.value}". Choose BELUM_SEKOLAH, TK, SD, SMP, SMA, PT.`,
  ),
  CHILD_BORN_AFTER_EVENT: t(
    (p) => `Anak ke-${p.index} lahir sesudah tanggal kejadian.`,
    (p) => `Child ${p.index} was born after the event date.`,
  ),
  TOO_MANY_CHILDREN: t(
    (p) => `Paling banyak ${p.max} anak boleh dimasukkan.`,
    (p) => `At most ${p.max} children may be given.`,
  ),
  // Heirs
  RELATIONSHIP_UNKNOWN: t(
    (p) => `Hubungan "${p.value}" tidak dikenal.`,
    (p) => `Unknown relationship "${p.value}".`,
  ),
  // Coverage statistics
  STATS_DEFINITION_MISMATCH: t(
    (p) => `Angka cakupan dengan definisi penyebut berbeda (${p.a} dan ${p.b}) tidak boleh dibandingkan atau dijumlahkan.`,
    (p) => `Coverage figures with different denominator definitions (${p.a} and ${p.b}) cannot be compared or summed.`,
  ),
  STATS_DATE_MISMATCH: t(
    (p) => `Angka cakupan dengan tanggal acuan berbeda (${p.a} dan ${p.b}) tidak boleh dijumlahkan.`,
    (p) => `Coverage figures with different reference dates (${p.a} and ${p.b}) cannot be summed.`,
  ),
  STATS_DENOMINATOR_INVALID: t(
    () => 'Penyebut angka cakupan harus lebih dari 0 dan pembilang tidak boleh negatif.',
    () => 'A coverage denominator must be above 0 and the numerator must not be negative.',
  ),
  STATS_DEFINITION_UNKNOWN: t(
    (p) => `Definisi penyebut "${p.value}" tidak dikenal (pilih PENDUDUK_BEKERJA, ANGKATAN_KERJA, POTENSI_BPS atau SEMESTA_PBPU).`,
    (p) => `Unknown denominator definition "${p.value}" (use PENDUDUK_BEKERJA, ANGKATAN_KERJA, POTENSI_BPS or SEMESTA_PBPU).`,
  ),
  STATS_VALUE_REQUIRED: t(
    (p) => `Kolom ${p.column} wajib diisi.`,
    (p) => `Column ${p.column} is required.`,
  ),
  STATS_REGION_UNKNOWN: t(
    (p) => `Kode wilayah "${p.value}" tidak dikenal (contoh: 62 untuk provinsi, 62.02 untuk kabupaten/kota).`,
    (p) => `Unknown region code "${p.value}" (e.g. 62 for a province, 62.02 for a regency or city).`,
  ),
  STATS_REGION_LEVEL: t(
    (p) => `Wilayah ${p.value} adalah kecamatan atau desa: angka statistik diimpor per provinsi atau kabupaten/kota.`,
    (p) => `Region ${p.value} is a district or village: statistics are imported per province or regency/city.`,
  ),
  STATS_REGION_OUT_OF_SCOPE: t(
    (p) => `Wilayah ${p.value} di luar wilayah kerja Anda.`,
    (p) => `Region ${p.value} is outside your working area.`,
  ),
  STATS_SEGMENT_UNKNOWN: t(
    (p) => `Segmen "${p.value}" tidak dikenal (pilih ${p.allowed}).`,
    (p) => `Unknown segment "${p.value}" (use ${p.allowed}).`,
  ),
  STATS_DATE_IN_FUTURE: t(
    (p) => `Tanggal acuan ${p.value} ada di masa depan.`,
    (p) => `The reference date ${p.value} is in the future.`,
  ),
  STATS_COUNT_INVALID: t(
    (p) => `Jumlah "${p.value}" bukan bilangan bulat ${p.min === 0 ? 'nol atau lebih' : 'lebih dari nol'} (contoh: 1786809 atau 1.786.809).`,
    (p) => `"${p.value}" is not a whole number ${p.min === 0 ? 'of zero or more' : 'above zero'} (e.g. 1786809 or 1.786.809).`,
  ),
  STATS_SOURCE_INVALID: t(
    () => 'Sumber wajib diisi (nama lembaga, publikasi dan tanggalnya), paling panjang 300 karakter.',
    () => 'The source is required (institution, publication and its date), at most 300 characters.',
  ),
  STATS_ROW_REPEATED: t(
    (p) => `Baris ini mengulang wilayah, segmen, definisi dan tanggal baris ${p.firstRow}.`,
    (p) => `This row repeats the region, segment, definition and date of row ${p.firstRow}.`,
  ),
} satisfies Record<string, { id: Template; en: Template }>;

export type DomainErrorCode = keyof typeof DOMAIN_MESSAGES;

export type DomainIssue = { code: DomainErrorCode; field?: string; params?: Params };

export function domainMessage(issue: DomainIssue, locale: Locale): string {
  return DOMAIN_MESSAGES[issue.code][locale](issue.params ?? {});
}

export function isDomainErrorCode(code: string): code is DomainErrorCode {
  return Object.hasOwn(DOMAIN_MESSAGES, code);
}

/** A rule was broken by the input. Carries every issue found, the first one names the error. */
export class DomainError extends Error {
  override name = 'DomainError';
  readonly issues: DomainIssue[];

  constructor(issues: DomainIssue | DomainIssue[]) {
    const list = Array.isArray(issues) ? issues : [issues];
    if (list.length === 0) throw new Error('DomainError needs at least one issue');
    super(list.map((i) => i.code).join(', '));
    this.issues = list;
  }

  get code(): DomainErrorCode {
    return this.issues[0]!.code;
  }
}

export function fail(code: DomainErrorCode, options: { field?: string; params?: Params } = {}): never {
  throw new DomainError({ code, ...options });
}
