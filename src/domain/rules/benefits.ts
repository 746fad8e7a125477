import type { IsoDate } from '../dates.ts';
import type { BasisPoints, Rupiah } from '../money.ts';
import type { Source } from './regulations.ts';

/**
 * Benefit rules for informal workers, domain.md §2 (PP 82/2019 and Permenaker 5/2021). "Upah" in
 * the formulas is the declared income the contributions were paid on. Effective-dated like rates:
 * the version in force on the event date applies.
 */
export type SchoolLevel = 'TK' | 'SD' | 'SMP' | 'SMA' | 'PT';
export const SCHOOL_LEVELS: readonly SchoolLevel[] = ['TK', 'SD', 'SMP', 'SMA', 'PT'];
/** A child not yet at school receives the scholarship when entering school (from TK). */
export type ChildLevel = SchoolLevel | 'BELUM_SEKOLAH';

export type TransportMode = 'LAND' | 'SEA' | 'AIR';

export type BenefitVersion = {
  id: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  jkm: { lumpSum: Rupiah; periodic: Rupiah; funeral: Rupiah; source: Source };
  jkkDeath: { incomeMultiplier: number; periodic: Rupiah; funeral: Rupiah; source: Source };
  /** Total permanent disability: percent × multiplier × income (70 % × 80 = 56 × income). */
  totalDisability: { basisPoints: BasisPoints; multiplier: number; source: Source; periodicNote: string };
  /** Partial disability: table percent × multiplier × income. */
  partialDisability: { multiplier: number; source: Source };
  /** Temporary incapacity (STMB): a share of income per month, full for the first months. */
  temporaryIncapacity: { fullMonths: number; fullBasisPoints: BasisPoints; laterBasisPoints: BasisPoints; source: Source };
  transportCaps: Record<TransportMode, Rupiah> & { source: Source };
  homeCare: { cap: Rupiah; maxMonths: number; source: Source };
  scholarship: {
    levels: Record<SchoolLevel, { yearly: Rupiah; maxYears: number }>;
    maxChildren: number;
    endAge: number;
    /** Minimum months of contributions for a death not caused by work; none for a work accident. */
    minContributionMonthsNonWork: number;
    source: Source;
  };
};

export const BENEFIT_VERSIONS: readonly BenefitVersion[] = [
  {
    id: 'PP-82-2019',
    effectiveFrom: '2019-12-02',
    effectiveTo: null,
    jkm: {
      lumpSum: 20_000_000n,
      periodic: 12_000_000n,
      funeral: 10_000_000n,
      source: { regulation: 'PP-82-2019', status: 'VERIFIED', note: 'Rp 42 juta = 20 + 12 + 10' },
    },
    jkkDeath: {
      incomeMultiplier: 48,
      periodic: 12_000_000n,
      funeral: 10_000_000n,
      source: { regulation: 'PP-82-2019', status: 'VERIFIED', note: '48 × upah + santunan berkala + biaya pemakaman' },
    },
    totalDisability: {
      basisPoints: 7_000,
      multiplier: 80,
      source: { regulation: 'PP-82-2019', status: 'VERIFIED', note: '70 % × 80 × upah (= 56 × upah)' },
      periodicNote: 'Santunan berkala cacat total tetap belum terverifikasi besarannya: tidak dihitung.',
    },
    partialDisability: {
      multiplier: 80,
      source: { regulation: 'PP-82-2019', status: 'VERIFIED', note: '% tabel × 80 × upah' },
    },
    temporaryIncapacity: {
      fullMonths: 12,
      fullBasisPoints: 10_000,
      laterBasisPoints: 5_000,
      source: { regulation: 'PP-82-2019', status: 'VERIFIED', note: '100 % upah 12 bulan pertama, sesudahnya 50 % sampai sembuh' },
    },
    transportCaps: {
      LAND: 5_000_000n,
      SEA: 2_000_000n,
      AIR: 10_000_000n,
      source: { regulation: 'PP-82-2019', status: 'VERIFIED', note: 'darat/sungai/danau Rp 5 juta, laut Rp 2 juta, udara Rp 10 juta' },
    },
    homeCare: {
      cap: 20_000_000n,
      maxMonths: 12,
      source: { regulation: 'PP-82-2019', status: 'VERIFIED', note: 'perawatan di rumah paling lama 1 tahun, paling banyak Rp 20 juta' },
    },
    scholarship: {
      levels: {
        TK: { yearly: 1_500_000n, maxYears: 2 },
        SD: { yearly: 1_500_000n, maxYears: 6 },
        SMP: { yearly: 2_000_000n, maxYears: 3 },
        SMA: { yearly: 3_000_000n, maxYears: 3 },
        PT: { yearly: 12_000_000n, maxYears: 5 },
      },
      maxChildren: 2,
      endAge: 23,
      minContributionMonthsNonWork: 36,
      source: {
        regulation: 'PERMENAKER-5-2021',
        status: 'VERIFIED',
        note: 'Per anak per tahun; paling banyak 2 anak; berakhir umur 23, menikah atau bekerja; masa iur ≥ 3 tahun bila bukan kecelakaan kerja',
      },
    },
  },
];

/**
 * Partial-disability percentages by body part. [UNVERIFIED] The table of PP 44/2015 Lampiran was not
 * in the sources consulted (domain.md §2.2); these rows are the anatomical-loss table as commonly
 * reproduced from PP 14/1993 and must be checked before a real claim relies on them. Officers may
 * always enter the percentage from the medical assessment directly.
 */
export type DisabilityRow = { code: string; nameId: string; nameEn: string; basisPoints: BasisPoints };

export const DISABILITY_TABLE: { rows: readonly DisabilityRow[]; source: Source } = {
  source: {
    regulation: 'PP-14-1993-LAMPIRAN',
    status: 'UNVERIFIED',
    note: 'Tabel Lampiran PP 44/2015 belum diperiksa; baris ini dari tabel PP 14/1993 yang lazim dikutip.',
  },
  rows: [
    { code: 'LENGAN_KANAN_BAHU', nameId: 'Lengan kanan dari sendi bahu ke bawah', nameEn: 'Right arm from the shoulder down', basisPoints: 4_000 },
    { code: 'LENGAN_KIRI_BAHU', nameId: 'Lengan kiri dari sendi bahu ke bawah', nameEn: 'Left arm from the shoulder down', basisPoints: 3_500 },
    { code: 'LENGAN_KANAN_SIKU', nameId: 'Lengan kanan dari atau dari atas siku ke bawah', nameEn: 'Right arm from the elbow down', basisPoints: 3_500 },
    { code: 'LENGAN_KIRI_SIKU', nameId: 'Lengan kiri dari atau dari atas siku ke bawah', nameEn: 'Left arm from the elbow down', basisPoints: 3_000 },
    { code: 'TANGAN_KANAN', nameId: 'Tangan kanan dari pergelangan ke bawah', nameEn: 'Right hand from the wrist down', basisPoints: 3_200 },
    { code: 'TANGAN_KIRI', nameId: 'Tangan kiri dari pergelangan ke bawah', nameEn: 'Left hand from the wrist down', basisPoints: 2_800 },
    { code: 'KEDUA_KAKI_PAHA', nameId: 'Kedua belah kaki dari pangkal paha ke bawah', nameEn: 'Both legs from the hip down', basisPoints: 7_000 },
    { code: 'KAKI_PAHA', nameId: 'Sebelah kaki dari pangkal paha ke bawah', nameEn: 'One leg from the hip down', basisPoints: 3_500 },
    { code: 'KEDUA_KAKI_MATA_KAKI', nameId: 'Kedua belah kaki dari mata kaki ke bawah', nameEn: 'Both feet from the ankle down', basisPoints: 5_000 },
    { code: 'KAKI_MATA_KAKI', nameId: 'Sebelah kaki dari mata kaki ke bawah', nameEn: 'One foot from the ankle down', basisPoints: 2_500 },
    { code: 'KEDUA_MATA', nameId: 'Penglihatan kedua belah mata', nameEn: 'Sight of both eyes', basisPoints: 7_000 },
    { code: 'SEBELAH_MATA', nameId: 'Penglihatan sebelah mata', nameEn: 'Sight of one eye', basisPoints: 3_500 },
    { code: 'PENDENGARAN_KEDUA', nameId: 'Pendengaran kedua belah telinga', nameEn: 'Hearing of both ears', basisPoints: 4_000 },
    { code: 'PENDENGARAN_SEBELAH', nameId: 'Pendengaran sebelah telinga', nameEn: 'Hearing of one ear', basisPoints: 2_000 },
    { code: 'IBU_JARI_KANAN', nameId: 'Ibu jari tangan kanan', nameEn: 'Right thumb', basisPoints: 1_500 },
    { code: 'IBU_JARI_KIRI', nameId: 'Ibu jari tangan kiri', nameEn: 'Left thumb', basisPoints: 1_200 },
    { code: 'TELUNJUK_KANAN', nameId: 'Jari telunjuk tangan kanan', nameEn: 'Right index finger', basisPoints: 900 },
    { code: 'TELUNJUK_KIRI', nameId: 'Jari telunjuk tangan kiri', nameEn: 'Left index finger', basisPoints: 700 },
  ],
};
