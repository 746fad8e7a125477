import { z } from 'zod';
import { OCCUPATIONS } from '../../domain/occupations.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { REGION_HISTORY } from '../../domain/rules/region-history.ts';
import { regulationOf } from '../../domain/rules/index.ts';
import type { Source } from '../../domain/rules/regulations.ts';
import { SETTING_SOURCES } from '../../domain/rules/settings.ts';
import { ZRateOut, ZRegulationOut, ZSourceOut } from './schemas.ts';

export function presentRegulation(book: RuleBook, id: string) {
  const r = regulationOf(book, id);
  return { id, title: r?.title ?? id, date: r?.date ?? null, url: r?.url ?? null };
}

export function presentSource(book: RuleBook, source: Source) {
  const r = regulationOf(book, source.regulation);
  return {
    regulation: source.regulation,
    title: r?.title ?? source.regulation,
    date: r?.date ?? null,
    url: r?.url ?? null,
    status: source.status,
    note: source.note ?? null,
  };
}

const money = z.string();

export const ZRuleBook = z
  .object({
    regulations: z.array(ZRegulationOut),
    rates: z.array(
      z.object({
        id: z.string(),
        effectiveFrom: z.string(),
        effectiveTo: z.string().nullable(),
        programs: z.array(z.object({ program: z.string(), rate: ZRateOut, source: ZSourceOut })),
        brackets: z.array(money),
        bracketsSource: ZSourceOut,
      }),
    ),
    discounts: z.array(
      z.object({
        id: z.string(),
        nameId: z.string(),
        nameEn: z.string(),
        programs: z.array(z.string()),
        basisPoints: z.number().int(),
        from: z.string(),
        to: z.string(),
        occupationGroups: z.array(z.string()),
        occupations: z.array(z.string()),
        source: ZSourceOut,
      }),
    ),
    benefits: z.array(
      z.object({
        id: z.string(),
        effectiveFrom: z.string(),
        effectiveTo: z.string().nullable(),
        items: z.array(z.object({ key: z.string(), value: z.string(), source: ZSourceOut })),
        scholarshipLevels: z.array(z.object({ level: z.string(), yearly: money, maxYears: z.number().int() })),
      }),
    ),
    disabilityTable: z.object({
      rows: z.array(z.object({ code: z.string(), nameId: z.string(), nameEn: z.string(), basisPoints: z.number().int() })),
      source: ZSourceOut,
    }),
    holidays: z.array(
      z.object({
        year: z.number().int(),
        source: ZSourceOut,
        days: z.array(z.object({ date: z.string(), nameId: z.string(), kind: z.enum(['LIBUR_NASIONAL', 'CUTI_BERSAMA']) })),
      }),
    ),
    settings: z.array(z.object({ key: z.string(), value: z.unknown(), source: ZSourceOut.nullable() })),
    regionHistory: z.object({
      changes: z.array(z.object({ oldCode: z.string(), currentCode: z.string(), name: z.string() })),
      source: ZSourceOut,
    }),
    occupations: z.array(z.object({ code: z.string(), nameId: z.string(), nameEn: z.string(), group: z.string() })),
  })
  .meta({ id: 'RuleBook' });

function flattenSettings(value: unknown, prefix = ''): { key: string; value: unknown }[] {
  if (value && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([k, v]) => flattenSettings(v, prefix ? `${prefix}.${k}` : k));
  }
  return [{ key: prefix, value }];
}

/** The whole rule book, every number beside the regulation and date it comes from. */
export function presentRuleBook(book: RuleBook): z.infer<typeof ZRuleBook> {
  const str = (n: bigint) => n.toString();
  return {
    regulations: book.regulations.map((r) => presentRegulation(book, r.id)),
    rates: book.rates.map((v) => ({
      id: v.id,
      effectiveFrom: v.effectiveFrom,
      effectiveTo: v.effectiveTo,
      programs: (['JKK', 'JKM', 'JHT'] as const).map((program) => {
        const rate = v.rates[program];
        return {
          program,
          rate: rate.kind === 'percent' ? { kind: 'percent' as const, basisPoints: rate.basisPoints } : { kind: 'flat' as const, amount: str(rate.amount) },
          source: presentSource(book, rate.source),
        };
      }),
      brackets: v.brackets.map(str),
      bracketsSource: presentSource(book, v.bracketsSource),
    })),
    discounts: book.discounts.map((d) => ({
      id: d.id,
      nameId: d.nameId,
      nameEn: d.nameEn,
      programs: [...d.programs],
      basisPoints: d.basisPoints,
      from: d.from,
      to: d.to,
      occupationGroups: [...(d.occupationGroups ?? [])],
      occupations: [...(d.occupations ?? [])],
      source: presentSource(book, d.source),
    })),
    benefits: book.benefits.map((b) => ({
      id: b.id,
      effectiveFrom: b.effectiveFrom,
      effectiveTo: b.effectiveTo,
      items: [
        { key: 'jkm.lumpSum', value: str(b.jkm.lumpSum), source: presentSource(book, b.jkm.source) },
        { key: 'jkm.periodic', value: str(b.jkm.periodic), source: presentSource(book, b.jkm.source) },
        { key: 'jkm.funeral', value: str(b.jkm.funeral), source: presentSource(book, b.jkm.source) },
        { key: 'jkkDeath.incomeMultiplier', value: String(b.jkkDeath.incomeMultiplier), source: presentSource(book, b.jkkDeath.source) },
        { key: 'jkkDeath.periodic', value: str(b.jkkDeath.periodic), source: presentSource(book, b.jkkDeath.source) },
        { key: 'jkkDeath.funeral', value: str(b.jkkDeath.funeral), source: presentSource(book, b.jkkDeath.source) },
        { key: 'totalDisability.percent', value: String(b.totalDisability.basisPoints / 100), source: presentSource(book, b.totalDisability.source) },
        { key: 'totalDisability.multiplier', value: String(b.totalDisability.multiplier), source: presentSource(book, b.totalDisability.source) },
        { key: 'partialDisability.multiplier', value: String(b.partialDisability.multiplier), source: presentSource(book, b.partialDisability.source) },
        { key: 'temporaryIncapacity.fullMonths', value: String(b.temporaryIncapacity.fullMonths), source: presentSource(book, b.temporaryIncapacity.source) },
        { key: 'temporaryIncapacity.laterPercent', value: String(b.temporaryIncapacity.laterBasisPoints / 100), source: presentSource(book, b.temporaryIncapacity.source) },
        { key: 'transportCaps.LAND', value: str(b.transportCaps.LAND), source: presentSource(book, b.transportCaps.source) },
        { key: 'transportCaps.SEA', value: str(b.transportCaps.SEA), source: presentSource(book, b.transportCaps.source) },
        { key: 'transportCaps.AIR', value: str(b.transportCaps.AIR), source: presentSource(book, b.transportCaps.source) },
        { key: 'homeCare.cap', value: str(b.homeCare.cap), source: presentSource(book, b.homeCare.source) },
        { key: 'scholarship.maxChildren', value: String(b.scholarship.maxChildren), source: presentSource(book, b.scholarship.source) },
        { key: 'scholarship.endAge', value: String(b.scholarship.endAge), source: presentSource(book, b.scholarship.source) },
        { key: 'scholarship.minContributionMonthsNonWork', value: String(b.scholarship.minContributionMonthsNonWork), source: presentSource(book, b.scholarship.source) },
      ],
      scholarshipLevels: Object.entries(b.scholarship.levels).map(([level, l]) => ({ level, yearly: str(l.yearly), maxYears: l.maxYears })),
    })),
    disabilityTable: { rows: [...book.disability.rows], source: presentSource(book, book.disability.source) },
    holidays: book.holidays.map((y) => ({ year: y.year, source: presentSource(book, y.source), days: [...y.days] })),
    settings: flattenSettings(book.settings).map(({ key, value }) => {
      const source = SETTING_SOURCES[key];
      return { key, value, source: source ? presentSource(book, source) : null };
    }),
    regionHistory: { changes: [...REGION_HISTORY.changes], source: presentSource(book, REGION_HISTORY.source) },
    occupations: OCCUPATIONS.map((o) => ({ ...o })),
  };
}
