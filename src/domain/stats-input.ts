import { isIsoDate, type IsoDate } from './dates.ts';
import type { DomainIssue } from './errors.ts';
import { DENOMINATOR_DEFINITIONS, PARTICIPANT_SEGMENTS, SEGMENTS, type DenominatorDefinition, type ParticipantSegment, type Segment } from './stats.ts';

/**
 * One row of an imported statistics file, checked: BPS workforce denominators or BPJS participant
 * counts, by region (province or regency/city), segment, reference date, with their source. Every
 * problem of a row is reported at once, each with its column.
 */
export type StatImportKind = 'denominators' | 'participants';

export type DenominatorRow = { regionCode: string; segment: Segment; definition: DenominatorDefinition; referenceDate: IsoDate; workers: number; source: string };
export type ParticipantRow = { regionCode: string; segment: ParticipantSegment; referenceDate: IsoDate; participants: number; source: string };
export type StatRow = DenominatorRow | ParticipantRow;

export type StatColumn = { field: string; header: string; aliases: readonly string[]; example: string; hint: string };

const REGION: StatColumn = { field: 'regionCode', header: 'kode_wilayah', aliases: ['kode', 'kode_wilayah', 'region_code', 'wilayah'], example: '62.02', hint: 'Kode Kemendagri provinsi (62) atau kabupaten/kota (62.02); 6202 juga diterima' };
const DATE: StatColumn = { field: 'referenceDate', header: 'tanggal_acuan', aliases: ['tanggal', 'tanggal_acuan', 'reference_date', 'date'], example: '2025-08-31', hint: 'TTTT-BB-HH' };
const SOURCE: StatColumn = { field: 'source', header: 'sumber', aliases: ['sumber', 'source'], example: 'BPS, Sakernas Agustus 2025', hint: 'Lembaga, publikasi dan tanggalnya' };

export const STAT_COLUMNS: Record<StatImportKind, readonly StatColumn[]> = {
  denominators: [
    REGION,
    { field: 'segment', header: 'segmen', aliases: ['segmen', 'segment'], example: 'INFORMAL', hint: 'FORMAL, INFORMAL atau TOTAL' },
    { field: 'definition', header: 'definisi', aliases: ['definisi', 'definition', 'definisi_penyebut'], example: 'PENDUDUK_BEKERJA', hint: DENOMINATOR_DEFINITIONS.join(', ') },
    DATE,
    { field: 'value', header: 'jumlah_pekerja', aliases: ['jumlah', 'jumlah_pekerja', 'pekerja', 'workers', 'value'], example: '215243', hint: 'Bilangan bulat lebih dari nol' },
    SOURCE,
  ],
  participants: [
    REGION,
    { field: 'segment', header: 'segmen', aliases: ['segmen', 'segment'], example: 'BPU', hint: 'PU (penerima upah), BPU (bukan penerima upah) atau JAKON (jasa konstruksi)' },
    DATE,
    { field: 'value', header: 'jumlah_peserta', aliases: ['jumlah', 'jumlah_peserta', 'peserta', 'participants', 'value'], example: '40196', hint: 'Peserta aktif, bilangan bulat nol atau lebih' },
    SOURCE,
  ],
};

const SEGMENT_ALIASES: Record<StatImportKind, Record<string, string>> = {
  denominators: { formal: 'FORMAL', informal: 'INFORMAL', total: 'TOTAL', semua: 'TOTAL', jumlah: 'TOTAL' },
  participants: {
    pu: 'PU',
    bpu: 'BPU',
    jakon: 'JAKON',
    penerima_upah: 'PU',
    bukan_penerima_upah: 'BPU',
    jasa_konstruksi: 'JAKON',
    formal: 'PU',
    informal: 'BPU',
    konstruksi: 'JAKON',
  },
};

const key = (value: string) => value.normalize('NFKC').trim().toLowerCase().replace(/[\s.\-/]+/g, '_');

/** "62.02", "6202", "62" → the dotted Kemendagri code; anything else is returned trimmed (and then unknown). */
export function normaliseRegionCode(value: string): string {
  const v = value.trim();
  if (/^\d{4}$/.test(v)) return `${v.slice(0, 2)}.${v.slice(2)}`;
  return v;
}

/** "1.786.809", "1786809", "1 786 809" → 1786809; decimals and words are not counts. */
export function parseCount(value: string): number | null {
  const v = value.trim().replace(/[\s\u00a0]/g, '');
  const digits = /^\d{1,3}(\.\d{3})+$/.test(v) ? v.replace(/\./g, '') : /^\d{1,3}(,\d{3})+$/.test(v) ? v.replace(/,/g, '') : v;
  if (!/^\d{1,15}$/.test(digits)) return null;
  return Number(digits);
}

export type StatRowContext = {
  today: IsoDate;
  /** 1 province, 2 regency/city, 3+ below, null unknown. */
  levelOf: (code: string) => number | null;
  /** Region-code prefixes the importer works in; null = everywhere. */
  scopes: readonly string[] | null;
};

export function checkStatRow(kind: StatImportKind, input: Record<string, string | null>, ctx: StatRowContext): { row: StatRow | null; issues: DomainIssue[] } {
  const issues: DomainIssue[] = [];
  const required = (field: string): string | null => {
    const value = input[field]?.trim() ?? '';
    if (value) return value;
    const column = STAT_COLUMNS[kind].find((c) => c.field === field)!;
    issues.push({ code: 'STATS_VALUE_REQUIRED', field, params: { column: column.header } });
    return null;
  };

  const rawRegion = required('regionCode');
  let regionCode: string | null = null;
  if (rawRegion !== null) {
    const code = normaliseRegionCode(rawRegion);
    const level = ctx.levelOf(code);
    if (level === null) issues.push({ code: 'STATS_REGION_UNKNOWN', field: 'regionCode', params: { value: rawRegion } });
    else if (level > 2) issues.push({ code: 'STATS_REGION_LEVEL', field: 'regionCode', params: { value: code } });
    else if (ctx.scopes && !ctx.scopes.some((s) => code === s || code.startsWith(`${s}.`)))
      issues.push({ code: 'STATS_REGION_OUT_OF_SCOPE', field: 'regionCode', params: { value: code } });
    else regionCode = code;
  }

  const rawSegment = required('segment');
  const allowed: readonly string[] = kind === 'denominators' ? SEGMENTS : PARTICIPANT_SEGMENTS;
  let segment: string | null = null;
  if (rawSegment !== null) {
    const candidate = rawSegment.trim().toUpperCase();
    segment = allowed.includes(candidate) ? candidate : (SEGMENT_ALIASES[kind][key(rawSegment)] ?? null);
    if (!segment) issues.push({ code: 'STATS_SEGMENT_UNKNOWN', field: 'segment', params: { value: rawSegment, allowed: allowed.join(', ') } });
  }

  let definition: DenominatorDefinition | null = null;
  if (kind === 'denominators') {
    const raw = required('definition');
    if (raw !== null) {
      const candidate = raw.trim().toUpperCase().replace(/[\s-]+/g, '_');
      if ((DENOMINATOR_DEFINITIONS as readonly string[]).includes(candidate)) definition = candidate as DenominatorDefinition;
      else issues.push({ code: 'STATS_DEFINITION_UNKNOWN', field: 'definition', params: { value: raw } });
    }
  }

  const rawDate = required('referenceDate');
  let referenceDate: IsoDate | null = null;
  if (rawDate !== null) {
    if (!isIsoDate(rawDate)) issues.push({ code: 'DATE_INVALID', field: 'referenceDate', params: { value: rawDate } });
    else if (rawDate > ctx.today) issues.push({ code: 'STATS_DATE_IN_FUTURE', field: 'referenceDate', params: { value: rawDate } });
    else referenceDate = rawDate as IsoDate;
  }

  const rawValue = required('value');
  let value: number | null = null;
  if (rawValue !== null) {
    const min = kind === 'denominators' ? 1 : 0;
    const parsed = parseCount(rawValue);
    if (parsed === null || parsed < min) issues.push({ code: 'STATS_COUNT_INVALID', field: 'value', params: { value: rawValue, min } });
    else value = parsed;
  }

  const source = input.source?.trim() ?? '';
  if (!source || source.length > 300) issues.push({ code: 'STATS_SOURCE_INVALID', field: 'source' });

  if (issues.length > 0 || regionCode === null || segment === null || referenceDate === null || value === null) return { row: null, issues };
  if (kind === 'denominators')
    return { row: { regionCode, segment: segment as Segment, definition: definition!, referenceDate, workers: value, source }, issues };
  return { row: { regionCode, segment: segment as ParticipantSegment, referenceDate, participants: value, source }, issues };
}

/** The identity of a row: a second row with the same identity in one file is refused. */
export function statRowKey(row: StatRow): string {
  return 'definition' in row ? `${row.regionCode}|${row.segment}|${row.definition}|${row.referenceDate}` : `${row.regionCode}|${row.segment}|${row.referenceDate}`;
}
