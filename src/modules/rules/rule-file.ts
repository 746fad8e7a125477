import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { isIsoDate } from '../../domain/dates.ts';
import { OCCUPATIONS } from '../../domain/occupations.ts';
import { DEFAULT_RULE_BOOK, type RuleBook, type RuleSettings } from '../../domain/rules/index.ts';

/**
 * A deployment's own rule rows, from the JSON file named by RULES_FILE: new regulations, rate
 * versions, discounts and holiday years are added to the defaults (a changed rate is a new dated
 * row), settings override the defaults key by key. Validated at start; a bad file stops the start
 * with the path of each problem. See docs/rules.md for the format.
 */
const ZDate = z.string().refine(isIsoDate, 'tanggal TTTT-BB-HH');
const ZMoney = z.string().regex(/^\d+$/, 'rupiah utuh sebagai string angka').transform((v) => BigInt(v));
const ZSource = z.strictObject({
  regulation: z.string().min(1),
  status: z.enum(['VERIFIED', 'DERIVED', 'UNVERIFIED', 'CONFLICT']),
  note: z.string().optional(),
});
const ZRate = z.discriminatedUnion('kind', [
  z.strictObject({ kind: z.literal('percent'), basisPoints: z.number().int().min(0).max(10_000), source: ZSource }),
  z.strictObject({ kind: z.literal('flat'), amount: ZMoney, source: ZSource }),
]);
const programList = z.array(z.enum(['JKK', 'JKM', 'JHT'])).min(1);

const ZRuleFile = z.strictObject({
  regulations: z
    .array(z.strictObject({ id: z.string().min(1), title: z.string().min(1), date: ZDate.nullable(), url: z.string().url().nullable() }))
    .default([]),
  rates: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        effectiveFrom: ZDate,
        effectiveTo: ZDate.nullable().default(null),
        rates: z.strictObject({ JKK: ZRate, JKM: ZRate, JHT: ZRate }),
        brackets: z.array(ZMoney).min(1),
        bracketsSource: ZSource,
      }),
    )
    .default([]),
  discounts: z
    .array(
      z.strictObject({
        id: z.string().min(1),
        nameId: z.string().min(1),
        nameEn: z.string().min(1),
        programs: programList,
        basisPoints: z.number().int().min(1).max(10_000),
        from: ZDate,
        to: ZDate,
        occupationGroups: z.array(z.enum(['pertanian', 'perikanan', 'perdagangan', 'transportasi', 'konstruksi', 'jasa', 'keagamaan', 'lainnya'])).optional(),
        occupations: z.array(z.enum(OCCUPATIONS.map((o) => o.code) as [string, ...string[]])).optional(),
        source: ZSource,
      }),
    )
    .default([]),
  holidays: z
    .array(
      z.strictObject({
        year: z.number().int().min(2000).max(2200),
        source: ZSource,
        days: z.array(z.strictObject({ date: ZDate, nameId: z.string().min(1), kind: z.enum(['LIBUR_NASIONAL', 'CUTI_BERSAMA']) })),
      }),
    )
    .default([]),
  settings: z
    .strictObject({
      coverage: z
        .strictObject({
          graceMonths: z.number().int().min(0).max(24),
          claimsDuringArrears: z.enum(['covered', 'covered_if_paid', 'not_covered']),
          dueDay: z.number().int().min(1).max(28),
        })
        .partial(),
      eligibility: z.strictObject({ minAge: z.number().int().min(0).max(100), maxAge: z.number().int().min(0).max(120) }).partial(),
      quote: z
        .strictObject({ allowedMonths: z.array(z.number().int().min(1).max(60)).min(1), maxWorkers: z.number().int().min(1).max(100_000_000) })
        .partial(),
      nik: z.strictObject({ unknownDistrict: z.enum(['error', 'warning']) }).partial(),
      sla: z
        .strictObject({
          jkmWorkingDays: z.number().int().min(1).max(60),
          jkkWorkingDays: z.number().int().min(1).max(60),
          jkkLatePenaltyBasisPointsPerDay: z.number().int().min(0).max(10_000),
          penaltyDays: z.enum(['calendar', 'working']),
          isCutiBersamaHoliday: z.boolean(),
        })
        .partial(),
      claims: z.strictObject({ jkkExpiryYears: z.number().int().min(1).nullable(), jkmExpiryYears: z.number().int().min(1).nullable() }).partial(),
      stats: z.strictObject({ minPublicCell: z.number().int().min(1).max(1000), annualGrowthTargetBasisPoints: z.number().int().min(0).max(100_000) }).partial(),
      cards: z.strictObject({ kpjSeries: z.string().regex(/^\d{1,3}$/, 'seri KPJ: 1 sampai 3 angka') }).partial(),
    })
    .partial()
    .default({}),
});

export class RuleFileError extends Error {
  override name = 'RuleFileError';
  constructor(readonly problems: string[]) {
    super(problems.join('\n'));
  }
}

/** The default rule book plus the rows of a rule file (already parsed JSON). */
export function mergeRuleFile(base: RuleBook, json: unknown): RuleBook {
  const parsed = ZRuleFile.safeParse(json);
  if (!parsed.success) {
    throw new RuleFileError(parsed.error.issues.map((i) => `RULES_FILE: ${i.path.join('.') || '(akar)'}: ${i.message}`));
  }
  const file = parsed.data;
  const regulations = [...base.regulations, ...file.regulations];
  const known = new Set(regulations.map((r) => r.id));
  const problems: string[] = [];
  const sources = [
    ...file.rates.flatMap((r) => [r.bracketsSource, r.rates.JKK.source, r.rates.JKM.source, r.rates.JHT.source]),
    ...file.discounts.map((d) => d.source),
    ...file.holidays.map((h) => h.source),
  ];
  for (const id of new Set(sources.map((source) => source.regulation))) {
    if (!known.has(id)) problems.push(`RULES_FILE: regulasi "${id}" tidak dikenal; tambahkan di "regulations"`);
  }
  const ids = [...base.rates, ...file.rates].map((r) => r.id);
  for (const id of ids.filter((id, i) => ids.indexOf(id) !== i)) problems.push(`RULES_FILE: versi tarif "${id}" sudah ada; tarif baru adalah baris baru dengan id baru`);
  for (const r of file.rates) if ([...r.brackets].sort((a, b) => (a < b ? -1 : 1)).some((b, i) => b !== r.brackets[i])) problems.push(`RULES_FILE: rates ${r.id}: brackets harus urut naik`);
  const s = file.settings;
  const settings: RuleSettings = {
    coverage: { ...base.settings.coverage, ...s.coverage },
    eligibility: { ...base.settings.eligibility, ...s.eligibility },
    quote: { ...base.settings.quote, ...s.quote },
    nik: { ...base.settings.nik, ...s.nik },
    sla: { ...base.settings.sla, ...s.sla },
    claims: { ...base.settings.claims, ...s.claims },
    heirs: base.settings.heirs,
    stats: { ...base.settings.stats, ...s.stats },
    cards: { ...base.settings.cards, ...s.cards },
  };
  if (settings.eligibility.minAge > settings.eligibility.maxAge) problems.push('RULES_FILE: settings.eligibility: minAge lebih besar dari maxAge');
  if (problems.length > 0) throw new RuleFileError(problems);
  return {
    ...base,
    regulations,
    rates: [...base.rates, ...file.rates],
    discounts: [...base.discounts, ...file.discounts],
    holidays: [...base.holidays.filter((y) => !file.holidays.some((h) => h.year === y.year)), ...file.holidays],
    settings,
  };
}

export function loadRuleBook(path: string | undefined): RuleBook {
  if (!path) return DEFAULT_RULE_BOOK;
  let json: unknown;
  try {
    json = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    throw new RuleFileError([`RULES_FILE: ${path} tidak dapat dibaca sebagai JSON (${(error as Error).message})`]);
  }
  return mergeRuleFile(DEFAULT_RULE_BOOK, json);
}
