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

/** BPJS participant segments: PU wage earners (formal), BPU non-wage earners (informal), JAKON construction. */
export const PARTICIPANT_SEGMENTS = ['PU', 'BPU', 'JAKON'] as const;
export type ParticipantSegment = (typeof PARTICIPANT_SEGMENTS)[number];
export const SEGMENTS = ['FORMAL', 'INFORMAL', 'TOTAL'] as const;

/**
 * Which participants count over which workforce (domain.md §6.1): formal = PU ÷ formal workers,
 * informal = BPU ÷ informal workers, total = PU + BPU + JAKON ÷ all workers (the Kalimantan
 * figure of Nov 2024 adds construction to the total). A segment whose participants are not all
 * reported has no numerator: a partial sum would understate coverage silently.
 */
export const SEGMENT_NUMERATOR: Record<Segment, readonly ParticipantSegment[]> = {
  FORMAL: ['PU'],
  INFORMAL: ['BPU'],
  TOTAL: ['PU', 'BPU', 'JAKON'],
};

export function numeratorOf(segment: Segment, participants: Partial<Record<ParticipantSegment, bigint>>): bigint | null {
  let sum = 0n;
  for (const part of SEGMENT_NUMERATOR[segment]) {
    const value = participants[part];
    if (value === undefined) return null;
    sum += value;
  }
  return sum;
}

/**
 * Change between two figures of one region: percentage points (basis points of coverage) and the
 * relative rise of participants (basis points; 2000 = +20 %, the Permendagri 15/2024 yearly target).
 * Refuses figures of different definitions, like every comparison.
 */
export function coverageGrowth(previous: CoverageFigure, current: CoverageFigure): { pointsBp: number; participantsBp: number | null } {
  const pointsBp = compareCoverage(previous, current);
  const participantsBp =
    previous.numerator === 0n ? null : Number(((current.numerator - previous.numerator) * 10_000n * 2n + previous.numerator) / (previous.numerator * 2n));
  return { pointsBp, participantsBp };
}

/**
 * Small-cell suppression for public tables (reliability.md P-09). Counts of people from 1 to k−1 are
 * never shown. So that a hidden cell cannot be recovered by subtraction, the hidden cells of a
 * group hold together either nobody or at least k people when the group's total is published; when
 * the total itself is hidden (`parent: 'hidden'`, e.g. a province hidden in the national table),
 * at least k people are hidden among its parts, so the parts never add up to it. When the hidden
 * cells hold too few, the smallest shown non-zero cells are hidden too. Zero is shown (it
 * describes nobody). Returns which cells are hidden, by index.
 */
export function suppressedCells(counts: readonly number[], k: number, options: { parent: 'published' | 'hidden' } = { parent: 'published' }): boolean[] {
  const hidden = counts.map((n) => n > 0 && n < k);
  const hiddenSum = () => counts.reduce((sum, n, i) => sum + (hidden[i] ? n : 0), 0);
  const tooFew = () => (options.parent === 'hidden' ? hiddenSum() < k : hiddenSum() > 0 && hiddenSum() < k);
  while (tooFew()) {
    let pick = -1;
    counts.forEach((n, i) => {
      if (!hidden[i] && n > 0 && (pick < 0 || n < counts[pick]!)) pick = i;
    });
    if (pick < 0) break; // every non-zero cell is hidden: the group's total is below k and hidden by its own rule
    hidden[pick] = true;
  }
  return hidden;
}
