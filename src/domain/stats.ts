import type { IsoDate } from './dates.ts';
import { fail } from './errors.ts';

/**
 * Coverage statistics (domain.md §6.1): coverage = participants ÷ a workforce denominator. Sources
 * mix denominators, so a figure always carries the definition and reference date of its
 * denominator, and figures with different definitions are never compared or summed.
 */
export const DENOMINATOR_DEFINITIONS = ['PENDUDUK_BEKERJA', 'ANGKATAN_KERJA', 'POTENSI_BPS', 'SEMESTA_PBPU'] as const;
export type DenominatorDefinition = (typeof DENOMINATOR_DEFINITIONS)[number];

export const DEFINITION_LABELS: Record<DenominatorDefinition, { id: string; en: string }> = {
  PENDUDUK_BEKERJA: { id: 'Penduduk bekerja (BPS)', en: 'Employed population (BPS)' },
  ANGKATAN_KERJA: { id: 'Angkatan kerja (BPS)', en: 'Labour force (BPS)' },
  POTENSI_BPS: { id: 'Potensi: data BPS dikurangi ASN, TNI dan Polri', en: 'Potential: BPS data minus civil servants, military and police' },
  SEMESTA_PBPU: { id: 'Semesta PBPU (indikator Bappenas 06.02.021)', en: 'All informal workers (Bappenas indicator 06.02.021)' },
};

export type Segment = 'FORMAL' | 'INFORMAL' | 'TOTAL';

export type CoverageFigure = {
  regionCode: string;
  segment: Segment;
  numerator: bigint;
  denominator: bigint;
  definition: DenominatorDefinition;
  referenceDate: IsoDate;
  source: string;
};

export function coverageFigure(input: CoverageFigure): CoverageFigure {
  if (!DENOMINATOR_DEFINITIONS.includes(input.definition)) fail('STATS_DEFINITION_UNKNOWN', { field: 'definition', params: { value: String(input.definition) } });
  if (input.denominator <= 0n || input.numerator < 0n) fail('STATS_DENOMINATOR_INVALID', { field: 'denominator' });
  return input;
}

/** Coverage in basis points (41,30 % → 4130), rounded half up. */
export function coverageBasisPoints(figure: CoverageFigure): number {
  return Number((figure.numerator * 10_000n * 2n + figure.denominator) / (figure.denominator * 2n));
}

/** Coverage as Indonesians write it: 4130 bp → "41,30 %". */
export function formatCoverage(figure: CoverageFigure, decimals = 2): string {
  const scale = 10n ** BigInt(decimals);
  const scaled = (figure.numerator * 100n * scale * 2n + figure.denominator) / (figure.denominator * 2n);
  const whole = scaled / scale;
  const fraction = (scaled % scale).toString().padStart(decimals, '0');
  return decimals > 0 ? `${whole},${fraction} %` : `${whole} %`;
}

/** The uncovered workers: the gap a campaign can close. */
export function coverageGap(figure: CoverageFigure): bigint {
  return figure.denominator > figure.numerator ? figure.denominator - figure.numerator : 0n;
}

function assertComparable(a: CoverageFigure, b: CoverageFigure): void {
  if (a.definition !== b.definition) fail('STATS_DEFINITION_MISMATCH', { params: { a: a.definition, b: b.definition } });
}

/** Percentage-point difference b − a in basis points; refuses different definitions. */
export function compareCoverage(a: CoverageFigure, b: CoverageFigure): number {
  assertComparable(a, b);
  return coverageBasisPoints(b) - coverageBasisPoints(a);
}

/** Sums figures of several regions (same segment, definition and date) into one. */
export function sumCoverage(figures: readonly CoverageFigure[], regionCode: string): CoverageFigure {
  const first = figures[0];
  if (!first) fail('STATS_DENOMINATOR_INVALID');
  for (const f of figures) {
    assertComparable(first, f);
    if (f.referenceDate !== first.referenceDate) fail('STATS_DATE_MISMATCH', { params: { a: first.referenceDate, b: f.referenceDate } });
  }
  return coverageFigure({
    regionCode,
    segment: first.segment,
    numerator: figures.reduce((s, f) => s + f.numerator, 0n),
    denominator: figures.reduce((s, f) => s + f.denominator, 0n),
    definition: first.definition,
    referenceDate: first.referenceDate,
    source: [...new Set(figures.map((f) => f.source))].join('; '),
  });
}
