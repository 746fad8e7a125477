import type { Source } from './regulations.ts';

/**
 * Rules that the sources leave open, disagree on, or that are our own policy: configuration with a
 * documented default, never a constant inside the flow code. Each setting names its source and
 * status; GET /api/rules shows the value in force beside it.
 */
export type RuleSettings = {
  coverage: {
    /** Months a worker may be unpaid before protection ends (ARREARS 1..grace, then ENDED). */
    graceMonths: number;
    /** Whether an event during arrears is covered: always, only once the arrears are paid, or not. */
    claimsDuringArrears: 'covered' | 'covered_if_paid' | 'not_covered';
    /** Day of the contribution month by which it is due (next working day if a holiday). */
    dueDay: number;
  };
  eligibility: { minAge: number; maxAge: number };
  quote: { allowedMonths: readonly number[]; maxWorkers: number };
  nik: { unknownDistrict: 'error' | 'warning' };
  sla: {
    jkmWorkingDays: number;
    jkkWorkingDays: number;
    /** JKK late penalty per day of delay, in basis points of the benefit. */
    jkkLatePenaltyBasisPointsPerDay: number;
    /** Whether penalty days are calendar days or working days. */
    penaltyDays: 'calendar' | 'working';
    /** Whether collective leave (cuti bersama) stops the service-level clock like a holiday. */
    isCutiBersamaHoliday: boolean;
  };
  claims: { jkkExpiryYears: number | null; jkmExpiryYears: number | null };
  heirs: { splitWithinTier: 'equal' };
  stats: {
    minPublicCell: number;
    /** Yearly rise of participants a region is expected to reach, in basis points (2000 = 20 %). */
    annualGrowthTargetBasisPoints: number;
  };
  /** Membership numbers issued by Lingkaran: the series prefix of our 11-digit KPJ numbers. */
  cards: { kpjSeries: string };
};

export const DEFAULT_SETTINGS: RuleSettings = {
  coverage: { graceMonths: 3, claimsDuringArrears: 'covered', dueDay: 15 },
  eligibility: { minAge: 15, maxAge: 65 },
  quote: { allowedMonths: [1, 3, 6, 12], maxWorkers: 1_000_000 },
  nik: { unknownDistrict: 'warning' },
  sla: {
    jkmWorkingDays: 3,
    jkkWorkingDays: 7,
    jkkLatePenaltyBasisPointsPerDay: 100,
    penaltyDays: 'calendar',
    isCutiBersamaHoliday: true,
  },
  claims: { jkkExpiryYears: 2, jkmExpiryYears: null },
  heirs: { splitWithinTier: 'equal' },
  stats: { minPublicCell: 10, annualGrowthTargetBasisPoints: 2000 },
  cards: { kpjSeries: '9' },
};

/** Where each setting's default comes from. Keys are the dotted paths of RuleSettings. */
export const SETTING_SOURCES: Record<string, Source> = {
  'coverage.graceMonths': {
    regulation: 'FAQ-BPU-2023',
    status: 'VERIFIED',
    note: 'Tunggakan boleh dibayar sampai 3 bulan; sesudah 3 bulan berturut-turut tidak membayar, kepesertaan nonaktif.',
  },
  'coverage.claimsDuringArrears': {
    regulation: 'FAQ-BPU-2023',
    status: 'UNVERIFIED',
    note: 'Apakah kejadian dalam masa tunggakan dijamin belum terverifikasi (domain.md §2.7); bawaan: dijamin selama masih dalam masa tenggang.',
  },
  'coverage.dueDay': { regulation: 'PP-44-2015', status: 'VERIFIED', note: 'Iuran BPU dibayar paling lambat tanggal 15 bulan iuran yang bersangkutan.' },
  'eligibility.minAge': { regulation: 'LINGKARAN', status: 'UNVERIFIED', note: 'Batas usia BPU saat ini belum terverifikasi (domain.md §3.2); dicek hanya saat pendaftaran pertama.' },
  'eligibility.maxAge': { regulation: 'LINGKARAN', status: 'CONFLICT', note: 'Sumber menyebut 56, 61, 64 dan 65 (domain.md §3.2); dicek hanya saat pendaftaran pertama.' },
  'quote.allowedMonths': { regulation: 'PP-44-2015', status: 'VERIFIED', note: 'Masa bayar 1, 3, 6 atau 12 bulan.' },
  'quote.maxWorkers': { regulation: 'LINGKARAN', status: 'DERIVED', note: 'Batas penawaran harga agar masukan tetap wajar.' },
  'nik.unknownDistrict': {
    regulation: 'UU-24-2013',
    status: 'DERIVED',
    note: 'NIK memakai kode wilayah pendaftaran pertama, termasuk kode sebelum pemekaran: kecamatan tak dikenal hanya peringatan.',
  },
  'sla.jkmWorkingDays': { regulation: 'PP-44-2015', status: 'VERIFIED', note: 'JKM dibayar paling lama 3 hari kerja (Pasal 40 ayat 3).' },
  'sla.jkkWorkingDays': { regulation: 'PP-44-2015', status: 'VERIFIED', note: 'JKK dibayar paling lama 7 hari kerja (Pasal 37 ayat 2).' },
  'sla.jkkLatePenaltyBasisPointsPerDay': { regulation: 'PP-44-2015', status: 'VERIFIED', note: 'Denda 1 % dari manfaat untuk setiap hari keterlambatan (Pasal 37 ayat 3).' },
  'sla.penaltyDays': { regulation: 'PP-44-2015', status: 'UNVERIFIED', note: '"Setiap hari keterlambatan": dibaca sebagai hari kalender.' },
  'sla.isCutiBersamaHoliday': { regulation: 'LINGKARAN', status: 'DERIVED', note: 'Kantor cabang tutup pada cuti bersama.' },
  'claims.jkkExpiryYears': { regulation: 'PP-44-2015', status: 'CONFLICT', note: 'Hak klaim JKK gugur 2 tahun sesudah kecelakaan (Pasal 26); perubahan sesudahnya belum diperiksa.' },
  'claims.jkmExpiryYears': { regulation: 'PP-44-2015', status: 'CONFLICT', note: 'BPJS (2024): tidak ada batas waktu klaim JKM; beberapa blog menyebut 30 hari atau 1 tahun.' },
  'heirs.splitWithinTier': { regulation: 'LINGKARAN', status: 'DERIVED', note: 'Regulasi tidak mengatur pembagian di antara ahli waris satu golongan: dibagi rata.' },
  'stats.minPublicCell': { regulation: 'LINGKARAN', status: 'DERIVED', note: 'Kelompok kurang dari 10 orang tidak pernah ditampilkan di publik.' },
  'stats.annualGrowthTargetBasisPoints': {
    regulation: 'PERMENDAGRI-15-2024',
    status: 'VERIFIED',
    note: 'Pedoman APBD 2025: daerah wajib menaikkan cakupan jamsostek sedikitnya 20 % dari tahun sebelumnya. Target tahunan dapat berubah: pengaturan.',
  },
  'cards.kpjSeries': {
    regulation: 'LINGKARAN',
    status: 'UNVERIFIED',
    note: 'Struktur nomor KPJ BPJS tidak dipublikasikan (domain.md §5): nomor terbitan Lingkaran = seri + urutan + angka pemeriksa Damm.',
  },
};
