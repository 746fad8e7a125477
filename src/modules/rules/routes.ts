import type { FastifyRequest } from 'fastify';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { BENEFIT_NOTE_MESSAGES, simulateBenefit } from '../../domain/benefits.ts';
import { jakartaToday, parseIsoDate } from '../../domain/dates.ts';
import { DomainError, domainMessage, type DomainIssue } from '../../domain/errors.ts';
import { parseRupiah, type Rupiah } from '../../domain/money.ts';
import { maskNik, parseNik } from '../../domain/nik.ts';
import { quoteContribution, workersForBudget, type Quote } from '../../domain/quote.ts';
import type { RuleBook } from '../../domain/rules/index.ts';
import { localeOf } from '../../http/error-handler.ts';
import { allow } from '../../http/policy.ts';
import { presentRegulation, presentRuleBook, presentSource, ZRuleBook } from './presenters.ts';
import { regionCache } from '../regions/region-cache.ts';
import { ZBenefitBody, ZBenefitResponse, ZNikBody, ZNikResponse, ZQuoteBody, ZQuoteResponse } from './schemas.ts';

/**
 * Public tools: generous for people, closed to scrapers. Signed-in staff are counted per user, so
 * a branch office behind one address checking NIKs live is not throttled as one visitor.
 */
const PUBLIC_RATE_LIMIT = { max: 120, timeWindow: 60_000, keyGenerator: (r: FastifyRequest) => (r.actor ? `user:${r.actor.userId}` : `ip:${r.ip}`) };

/** Collects every input problem before failing, so the caller can fix them all at once. */
function collect<T>(issues: DomainIssue[], fn: () => T): T | undefined {
  try {
    return fn();
  } catch (error) {
    if (!(error instanceof DomainError)) throw error;
    issues.push(...error.issues);
    return undefined;
  }
}

const money = (amount: Rupiah) => amount.toString();

/**
 * The rules as a public API: quotes, benefit simulations, NIK checks and the rule book itself
 * (every number with its regulation and date). No sign-in; rate-limited per address.
 */
export const ruleRoutes: FastifyPluginAsyncZod = async (app) => {
  const book = app.deps.config.rules;
  const db = app.deps.database.db;

  app.post(
    '/quotes',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_RATE_LIMIT },
      schema: {
        tags: ['aturan'],
        summary: 'Hitung iuran: per pekerja per bulan, dan untuk N pekerja × M bulan (atau berapa pekerja untuk sebuah anggaran)',
        body: ZQuoteBody,
        response: { 200: ZQuoteResponse },
      },
    },
    async (request) => {
      const body = request.body;
      const issues: DomainIssue[] = [];
      const declaredIncome = body.declaredIncome === undefined ? 1_000_000n : collect(issues, () => parseRupiah(body.declaredIncome!, 'declaredIncome'));
      const budget = body.budget === undefined ? undefined : collect(issues, () => parseRupiah(body.budget!, 'budget'));
      const startDate = body.date === undefined ? jakartaToday() : collect(issues, () => parseIsoDate(body.date!, 'date'));
      if (issues.length > 0 || declaredIncome === undefined || startDate === undefined) throw new DomainError(issues);
      const input = { programs: body.programs, declaredIncome, months: body.months, startDate, occupationCode: body.occupation ?? null };
      if (budget !== undefined) {
        const result = workersForBudget(book, { ...input, budget });
        const quote = result.quote ?? quoteContribution(book, { ...input, workers: 1 });
        return presentQuote(book, quote, { workers: result.workers, budget, remainder: result.remainder }, localeOf(request));
      }
      return presentQuote(book, quoteContribution(book, { ...input, workers: body.workers ?? Number.NaN }), null, localeOf(request));
    },
  );

  app.post(
    '/benefits/simulate',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_RATE_LIMIT },
      schema: {
        tags: ['aturan'],
        summary: 'Simulasi manfaat JKM dan JKK, rinci per komponen dengan dasar hitung dan regulasinya',
        body: ZBenefitBody,
        response: { 200: ZBenefitResponse },
      },
    },
    async (request) => {
      const body = request.body;
      const issues: DomainIssue[] = [];
      const eventDate = collect(issues, () => parseIsoDate(body.eventDate, 'eventDate'));
      const declaredIncome = body.declaredIncome === undefined ? 1_000_000n : collect(issues, () => parseRupiah(body.declaredIncome!, 'declaredIncome'));
      const optionalMoney = (value: string | undefined, field: string) => (value === undefined ? undefined : collect(issues, () => parseRupiah(value, field)));
      const transport = {
        LAND: optionalMoney(body.transport?.LAND, 'transport.LAND'),
        SEA: optionalMoney(body.transport?.SEA, 'transport.SEA'),
        AIR: optionalMoney(body.transport?.AIR, 'transport.AIR'),
      };
      const homeCare = optionalMoney(body.homeCare, 'homeCare');
      const medical = optionalMoney(body.medical, 'medical');
      const children = (body.children ?? []).map((child, i) => ({
        birthDate: collect(issues, () => parseIsoDate(child.birthDate, `children.${i}.birthDate`)) ?? '0000-00-00',
        level: child.level,
      }));
      if (issues.length > 0 || !eventDate || declaredIncome === undefined) throw new DomainError(issues);
      const result = simulateBenefit(book, {
        type: body.type,
        eventDate,
        declaredIncome,
        contributionMonths: body.contributionMonths,
        children,
        incapacityMonths: body.incapacityMonths,
        disabilityPercent: body.disabilityPercent,
        disabilityCode: body.disabilityCode,
        transport,
        homeCare,
        medical,
      });
      const locale = localeOf(request);
      return {
        type: result.type,
        eventDate: result.eventDate,
        benefitVersion: result.benefitVersionId,
        total: money(result.total),
        items: result.items.map((item) => ({
          code: item.code,
          amount: money(item.amount),
          basis: item.basis,
          child: item.child ?? null,
          regulation: presentRegulation(book, item.regulation),
        })),
        scholarship: {
          ...result.scholarship,
          children: result.scholarship.children.map((c) => ({
            ...c,
            total: money(c.total),
            years: c.years.map((y) => ({ ...y, amount: money(y.amount) })),
          })),
        },
        notes: result.notes.map((code) => ({ code, message: BENEFIT_NOTE_MESSAGES[code]?.[locale] ?? code })),
      };
    },
  );

  app.post(
    '/nik/check',
    {
      config: { policy: allow.public, rateLimit: PUBLIC_RATE_LIMIT },
      schema: {
        tags: ['aturan'],
        summary: 'Periksa struktur NIK: wilayah, tanggal lahir, jenis kelamin, nomor urut (NIK tidak dicatat di log)',
        body: ZNikBody,
        response: { 200: ZNikResponse },
      },
    },
    async (request) => {
      const body = request.body;
      const issues: DomainIssue[] = [];
      const recordedBirthDate = body.birthDate === undefined ? undefined : collect(issues, () => parseIsoDate(body.birthDate!, 'birthDate'));
      if (issues.length > 0) throw new DomainError(issues);
      const lookup = await regionCache(db);
      const result = parseNik(body.nik, {
        regions: lookup,
        today: jakartaToday(),
        recorded: { birthDate: recordedBirthDate, sex: body.sex },
        unknownDistrict: book.settings.nik.unknownDistrict,
      });
      if (!result.isValid) throw new DomainError(result.errors);
      const locale = localeOf(request);
      const { parts } = result;
      const named = (code: string) => ({ code, currentCode: lookup.currentCode(code), name: lookup.nameOf(lookup.currentCode(code)) });
      return {
        isValid: true as const,
        maskedNik: maskNik(parts.nik),
        province: named(parts.provinceCode),
        regency: named(parts.regencyCode),
        district: named(parts.districtCode),
        birthDate: parts.birthDate,
        sex: parts.sex,
        serial: parts.serial,
        warnings: result.warnings.map((w) => ({ code: w.code, message: domainMessage(w, locale) })),
      };
    },
  );

  app.get(
    '/rules',
    {
      config: { policy: allow.public },
      schema: {
        tags: ['aturan'],
        summary: 'Buku aturan: tarif, diskon, manfaat, tabel cacat, hari libur dan pengaturan — masing-masing dengan regulasi dan tanggalnya',
        response: { 200: ZRuleBook },
      },
    },
    async () => presentRuleBook(book),
  );

};

function presentQuote(book: RuleBook, quote: Quote, budget: { workers: number; budget: Rupiah; remainder: Rupiah } | null, locale: 'id' | 'en') {
  const workers = budget ? budget.workers : quote.workers;
  const scale = (amount: Rupiah) => money(budget ? (amount * BigInt(workers)) / BigInt(quote.workers) : amount);
  const regulationIds = new Set<string>();
  const lines = quote.lines.map((line) => {
    regulationIds.add(line.rate.source.regulation);
    return {
      program: line.program,
      rate: line.rate.kind === 'percent' ? { kind: 'percent' as const, basisPoints: line.rate.basisPoints } : { kind: 'flat' as const, amount: money(line.rate.amount) },
      monthlyBase: money(line.monthlyBase),
      monthlyDiscount: money(line.monthlyDiscount),
      monthly: money(line.monthly),
      perWorker: money(line.perWorker),
      total: scale(line.total),
      source: presentSource(book, line.rate.source),
    };
  });
  for (const d of quote.discounts) regulationIds.add(d.source.regulation);
  return {
    programs: quote.programs,
    declaredIncome: money(quote.declaredIncome),
    workers,
    months: quote.months,
    startMonth: quote.startMonth,
    endMonth: quote.endMonth,
    coveredFrom: quote.coveredFrom,
    coveredUntil: quote.coveredUntil,
    perWorkerMonthly: money(quote.perWorkerMonthly),
    perWorker: money(quote.perWorker),
    total: scale(quote.total),
    lines,
    monthly: quote.monthly.map((m) => ({ month: m.month, perWorker: money(m.total), rateVersion: m.rateVersionId })),
    discounts: quote.discounts.map((d) => ({
      id: d.id,
      name: locale === 'en' ? d.nameEn : d.nameId,
      basisPoints: d.basisPoints,
      programs: [...d.programs],
      months: d.months,
      source: presentSource(book, d.source),
    })),
    budget: budget ? { amount: money(budget.budget), remainder: money(budget.remainder) } : null,
    regulations: [...regulationIds].map((id) => presentRegulation(book, id)),
  };
}
