import { z } from 'zod';

/**
 * Request schemas stay loose on meaning (strings, numbers) so the domain rules can answer a bad
 * value with its own specific code (MONTHS_NOT_ALLOWED, PROGRAM_UNKNOWN, …) instead of a generic
 * validation failure. Money travels as decimal strings.
 */
export const ZMoneyString = z.string().max(40).meta({ description: 'Rupiah utuh sebagai string desimal', examples: ['1000000'] });
const ZMoney = z.string().meta({ description: 'Rupiah utuh sebagai string desimal', examples: ['16800'] });
const ZDate = z.string().max(40).meta({ description: 'Tanggal TTTT-BB-HH', examples: ['2026-01-01'] });

export const ZSourceOut = z
  .object({
    regulation: z.string(),
    title: z.string(),
    date: z.string().nullable(),
    url: z.string().nullable(),
    status: z.enum(['VERIFIED', 'DERIVED', 'UNVERIFIED', 'CONFLICT']),
    note: z.string().nullable(),
  })
  .meta({ id: 'RuleSource' });

export const ZRegulationOut = z
  .object({ id: z.string(), title: z.string(), date: z.string().nullable(), url: z.string().nullable() })
  .meta({ id: 'Regulation' });

export const ZRateOut = z.union([
  z.object({ kind: z.literal('percent'), basisPoints: z.number().int() }),
  z.object({ kind: z.literal('flat'), amount: ZMoney }),
]);

export const ZQuoteBody = z
  .strictObject({
    programs: z.array(z.string().max(20)).max(10).meta({ description: 'JKK dan JKM wajib; JHT boleh ditambah', examples: [['JKK', 'JKM']] }),
    declaredIncome: ZMoneyString.optional().meta({ description: 'Penghasilan yang dilaporkan (tingkat penghasilan); bawaan Rp 1.000.000', examples: ['1000000'] }),
    workers: z.number().optional().meta({ description: 'Jumlah pekerja (atau isi budget)', examples: [100] }),
    budget: ZMoneyString.optional().meta({ description: 'Anggaran: berapa pekerja yang terlindungi olehnya', examples: ['100000000'] }),
    months: z.number().meta({ description: 'Masa bayar: 1, 3, 6 atau 12 bulan', examples: [6] }),
    date: ZDate.optional().meta({ description: 'Hari dalam bulan iuran pertama; bawaan hari ini (WIB)', examples: ['2026-01-01'] }),
    occupation: z.string().max(40).optional().meta({ description: 'Kode pekerjaan, untuk diskon per kelompok pekerjaan', examples: ['OJEK'] }),
  })
  .meta({
    id: 'QuoteRequest',
    examples: [{ programs: ['JKK', 'JKM'], declaredIncome: '1000000', workers: 100, months: 6, date: '2026-01-01' }],
  });

const ZQuoteLine = z.object({
  program: z.enum(['JKK', 'JKM', 'JHT']),
  rate: ZRateOut,
  monthlyBase: ZMoney,
  monthlyDiscount: ZMoney,
  monthly: ZMoney,
  perWorker: ZMoney,
  total: ZMoney,
  source: ZSourceOut,
});

export const ZQuoteResponse = z
  .object({
    programs: z.array(z.enum(['JKK', 'JKM', 'JHT'])),
    declaredIncome: ZMoney,
    workers: z.number().int(),
    months: z.number().int(),
    startMonth: z.string(),
    endMonth: z.string(),
    coveredFrom: z.string(),
    coveredUntil: z.string(),
    perWorkerMonthly: ZMoney,
    perWorker: ZMoney,
    total: ZMoney,
    lines: z.array(ZQuoteLine),
    monthly: z.array(z.object({ month: z.string(), perWorker: ZMoney, rateVersion: z.string() })),
    discounts: z.array(
      z.object({ id: z.string(), name: z.string(), basisPoints: z.number().int(), programs: z.array(z.string()), months: z.array(z.string()), source: ZSourceOut }),
    ),
    budget: z.object({ amount: ZMoney, remainder: ZMoney }).nullable(),
    regulations: z.array(ZRegulationOut),
  })
  .meta({ id: 'Quote' });

export const ZBenefitBody = z
  .strictObject({
    type: z.string().max(40).meta({ description: 'JKM, JKK_DEATH, JKK_TOTAL_DISABILITY, JKK_PARTIAL_DISABILITY, JKK_TEMPORARY_INCAPACITY', examples: ['JKM'] }),
    eventDate: ZDate,
    declaredIncome: ZMoneyString.optional(),
    contributionMonths: z.number().optional().meta({ description: 'Masa iur dalam bulan (beasiswa JKM perlu ≥ 36)' }),
    children: z
      .array(z.strictObject({ birthDate: ZDate, level: z.string().max(20).meta({ description: 'BELUM_SEKOLAH, TK, SD, SMP, SMA, PT' }) }))
      .max(20)
      .optional(),
    incapacityMonths: z.number().optional(),
    disabilityPercent: z.number().optional(),
    disabilityCode: z.string().max(40).optional(),
    transport: z.strictObject({ LAND: ZMoneyString.optional(), SEA: ZMoneyString.optional(), AIR: ZMoneyString.optional() }).optional(),
    homeCare: ZMoneyString.optional(),
    medical: ZMoneyString.optional(),
  })
  .meta({
    id: 'BenefitRequest',
    examples: [{ type: 'JKM', eventDate: '2026-11-01', declaredIncome: '1000000', contributionMonths: 40, children: [{ birthDate: '2015-03-01', level: 'SD' }] }],
  });

export const ZBenefitResponse = z
  .object({
    type: z.string(),
    eventDate: z.string(),
    benefitVersion: z.string(),
    total: ZMoney,
    items: z.array(z.object({ code: z.string(), amount: ZMoney, basis: z.string(), child: z.number().int().nullable(), regulation: ZRegulationOut })),
    scholarship: z.object({
      isEligible: z.boolean(),
      reason: z.string(),
      minContributionMonths: z.number().int().nullable(),
      children: z.array(
        z.object({
          index: z.number().int(),
          isEligible: z.boolean(),
          reason: z.string(),
          total: ZMoney,
          years: z.array(z.object({ schoolYearStarts: z.string(), level: z.string(), amount: ZMoney })),
        }),
      ),
    }),
    notes: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .meta({ id: 'BenefitSimulation' });

export const ZNikBody = z
  .strictObject({
    nik: z.string().max(40).meta({ description: 'NIK 16 angka (spasi boleh)' }),
    birthDate: ZDate.optional().meta({ description: 'Tanggal lahir yang dicatat: peringatan bila berbeda dari NIK' }),
    sex: z.enum(['L', 'P']).optional(),
  })
  .meta({ id: 'NikCheckRequest', examples: [{ nik: '3515144508680002' }] });

const ZNamedRegion = z.object({ code: z.string(), currentCode: z.string(), name: z.string().nullable() });

export const ZNikResponse = z
  .object({
    isValid: z.literal(true),
    maskedNik: z.string(),
    province: ZNamedRegion,
    regency: ZNamedRegion,
    district: ZNamedRegion,
    birthDate: z.string(),
    sex: z.enum(['L', 'P']),
    serial: z.string(),
    warnings: z.array(z.object({ code: z.string(), message: z.string() })),
  })
  .meta({ id: 'NikCheck' });
