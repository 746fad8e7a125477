import type { IsoDate } from '../dates.ts';
import type { BasisPoints, Rupiah } from '../money.ts';
import type { OccupationGroup } from '../occupations.ts';
import type { Source } from './regulations.ts';

/**
 * Contribution rates for informal workers (BPU), domain.md §1.2. Effective-dated: a change of rate
 * is a new row with a later `effectiveFrom`, never an edit of an old one. The row in force on a
 * date is the latest whose effectiveFrom ≤ date (and, if set, effectiveTo ≥ date).
 */
export type Program = 'JKK' | 'JKM' | 'JHT';
export const PROGRAMS: readonly Program[] = ['JKK', 'JKM', 'JHT'];

export type ProgramRate =
  | { kind: 'percent'; basisPoints: BasisPoints; source: Source }
  | { kind: 'flat'; amount: Rupiah; source: Source };

export type RateVersion = {
  id: string;
  effectiveFrom: IsoDate;
  effectiveTo: IsoDate | null;
  rates: Record<Program, ProgramRate>;
  /** Declared-income brackets (penghasilan) a worker may choose, ascending. */
  brackets: readonly Rupiah[];
  bracketsSource: Source;
};

export type Discount = {
  id: string;
  nameId: string;
  nameEn: string;
  programs: readonly Program[];
  basisPoints: BasisPoints;
  /** First and last day of the contribution months it applies to. */
  from: IsoDate;
  to: IsoDate;
  /** Limits; an empty or absent list means "everyone". */
  occupationGroups?: readonly OccupationGroup[];
  occupations?: readonly string[];
  source: Source;
};

export const RATE_VERSIONS: readonly RateVersion[] = [
  {
    id: 'BPU-2015',
    effectiveFrom: '2015-07-01',
    effectiveTo: null,
    rates: {
      JKK: { kind: 'percent', basisPoints: 100, source: { regulation: 'PP-44-2015', status: 'VERIFIED', note: 'JKK BPU 1 % dari penghasilan yang dilaporkan' } },
      JKM: { kind: 'flat', amount: 6_800n, source: { regulation: 'PP-44-2015', status: 'VERIFIED', note: 'JKM BPU Rp 6.800 per bulan, tidak bergantung penghasilan' } },
      JHT: { kind: 'percent', basisPoints: 200, source: { regulation: 'PP-46-2015', status: 'VERIFIED', note: 'JHT BPU 2 % dari penghasilan yang dilaporkan (sukarela)' } },
    },
    brackets: [1_000_000n, 20_700_000n],
    bracketsSource: {
      regulation: 'PP-44-2015',
      status: 'UNVERIFIED',
      note:
        'Hanya tingkat terendah (Rp 1.000.000) dan tertinggi (Rp 20.700.000, dari iuran JKK maksimum Rp 207.000) yang terverifikasi; ' +
        'tingkat di antaranya ditambahkan sebagai data setelah diperiksa pada Lampiran PP 44/2015 / Permenaker 5/2021.',
    },
  },
];

export const DISCOUNTS: readonly Discount[] = [
  {
    id: 'COVID-2020-JKM',
    nameId: 'Keringanan iuran JKM 99 % (COVID-19)',
    nameEn: 'JKM contribution relief 99 % (COVID-19)',
    programs: ['JKM'],
    basisPoints: 9_900,
    from: '2020-08-01',
    to: '2021-01-31',
    source: { regulation: 'PP-49-2020', status: 'UNVERIFIED', note: 'Besaran 99 % terverifikasi; periode Agustus 2020–Januari 2021 belum diperiksa.' },
  },
  {
    id: 'STIMULUS-2025-TRANSPORT',
    nameId: 'Diskon 50 % JKK dan JKM pekerja transportasi (stimulus 2025)',
    nameEn: '50 % JKK and JKM discount for transport workers (2025 stimulus)',
    programs: ['JKK', 'JKM'],
    basisPoints: 5_000,
    from: '2025-10-01',
    to: '2026-03-31',
    occupationGroups: ['transportasi'],
    source: {
      regulation: 'STIMULUS-2025-TRANSPORT',
      status: 'CONFLICT',
      note: 'Diskon 50 % selama 6 bulan terverifikasi; bulan mulai (Oktober 2025) belum diperiksa. Dikutip "Rp 10.800", aritmetika 50 % × 16.800 = Rp 8.400.',
    },
  },
];
