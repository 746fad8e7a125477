import { addDays, ageOn, birthdayAt, splitDate, ymd, type IsoDate } from './dates.ts';
import { DomainError, type DomainIssue } from './errors.ts';
import { formatRupiah, minRupiah, percentOf, sumRupiah, type Rupiah } from './money.ts';
import { benefitVersionOn, SCHOOL_LEVELS, type BenefitVersion, type ChildLevel, type RuleBook, type SchoolLevel, type TransportMode } from './rules/index.ts';

/**
 * Benefits of informal workers, itemised (domain.md §2, PP 82/2019, Permenaker 5/2021). Every item
 * carries its amount, the formula it came from and the regulation. "Upah" is the declared income.
 */
export const BENEFIT_TYPES = [
  'JKM',
  'JKK_DEATH',
  'JKK_TOTAL_DISABILITY',
  'JKK_PARTIAL_DISABILITY',
  'JKK_TEMPORARY_INCAPACITY',
] as const;
export type BenefitType = (typeof BENEFIT_TYPES)[number];

export type BenefitItemCode =
  | 'JKM_LUMP_SUM'
  | 'PERIODIC'
  | 'FUNERAL'
  | 'JKK_DEATH_LUMP_SUM'
  | 'TOTAL_DISABILITY'
  | 'PARTIAL_DISABILITY'
  | 'INCAPACITY_FULL'
  | 'INCAPACITY_HALF'
  | 'TRANSPORT_LAND'
  | 'TRANSPORT_SEA'
  | 'TRANSPORT_AIR'
  | 'HOME_CARE'
  | 'MEDICAL'
  | 'SCHOLARSHIP';

export type BenefitItem = { code: BenefitItemCode; amount: Rupiah; basis: string; regulation: string; child?: number };

export type ChildInput = { birthDate: IsoDate; level: string };

export type BenefitInput = {
  type: string;
  eventDate: IsoDate;
  declaredIncome: Rupiah;
  contributionMonths?: number;
  children?: readonly ChildInput[];
  incapacityMonths?: number;
  /** Percent of disability from the medical assessment, 1–100 (may have two decimals: 12.5). */
  disabilityPercent?: number;
  /** Or a row of the disability table. */
  disabilityCode?: string;
  /** Costs claimed, each capped by the rules. */
  transport?: Partial<Record<TransportMode, Rupiah>>;
  homeCare?: Rupiah;
  medical?: Rupiah;
};

export type ScholarshipYear = { schoolYearStarts: IsoDate; level: SchoolLevel; amount: Rupiah };
export type ScholarshipChild = {
  index: number;
  isEligible: boolean;
  reason: 'OK' | 'AGE_LIMIT' | 'MAX_CHILDREN';
  years: ScholarshipYear[];
  total: Rupiah;
};

export type BenefitResult = {
  type: BenefitType;
  eventDate: IsoDate;
  benefitVersionId: string;
  total: Rupiah;
  items: BenefitItem[];
  scholarship: {
    isEligible: boolean;
    reason: 'OK' | 'NOT_APPLICABLE' | 'CONTRIBUTION_MONTHS' | 'NO_CHILDREN';
    minContributionMonths: number | null;
    children: ScholarshipChild[];
  };
  /** Parts the rules do not compute (unverified amounts, assumptions). Codes; the UI words them. */
  notes: string[];
};

const MAX_CHILDREN_INPUT = 10;
/** Assumed age of entering kindergarten for a child not yet at school (our assumption). */
const TK_ENTRY_AGE = 4;

export function simulateBenefit(book: RuleBook, input: BenefitInput): BenefitResult {
  const issues: DomainIssue[] = [];
  if (!BENEFIT_TYPES.includes(input.type as BenefitType)) {
    throw new DomainError({ code: 'BENEFIT_TYPE_UNKNOWN', field: 'type', params: { value: input.type } });
  }
  const type = input.type as BenefitType;
  const rules = benefitVersionOn(book, input.eventDate);
  const months = input.contributionMonths ?? 0;
  if (!Number.isInteger(months) || months < 0 || months > 1200) {
    issues.push({ code: 'CONTRIBUTION_MONTHS_INVALID', field: 'contributionMonths', params: { value: String(input.contributionMonths) } });
  }
  const children = input.children ?? [];
  if (children.length > MAX_CHILDREN_INPUT) issues.push({ code: 'TOO_MANY_CHILDREN', field: 'children', params: { max: MAX_CHILDREN_INPUT } });
  children.forEach((child, i) => {
    if (!(child.level === 'BELUM_SEKOLAH' || SCHOOL_LEVELS.includes(child.level as SchoolLevel))) {
      issues.push({ code: 'SCHOOL_LEVEL_UNKNOWN', field: `children.${i}.level`, params: { value: child.level } });
    }
    if (child.birthDate > input.eventDate) issues.push({ code: 'CHILD_BORN_AFTER_EVENT', field: `children.${i}.birthDate`, params: { index: i + 1 } });
  });

  const income = input.declaredIncome;
  const items: BenefitItem[] = [];
  const notes: string[] = [];
  const add = (code: BenefitItemCode, amount: Rupiah, basis: string, regulation: string) => {
    items.push({ code, amount, basis, regulation });
  };

  switch (type) {
    case 'JKM': {
      const r = rules.jkm;
      add('JKM_LUMP_SUM', r.lumpSum, 'santunan kematian', r.source.regulation);
      add('PERIODIC', r.periodic, 'santunan berkala 24 bulan, dibayar sekaligus', r.source.regulation);
      add('FUNERAL', r.funeral, 'biaya pemakaman', r.source.regulation);
      break;
    }
    case 'JKK_DEATH': {
      const r = rules.jkkDeath;
      add('JKK_DEATH_LUMP_SUM', income * BigInt(r.incomeMultiplier), `${r.incomeMultiplier} × ${formatRupiah(income)}`, r.source.regulation);
      add('PERIODIC', r.periodic, 'santunan berkala 24 bulan, dibayar sekaligus', r.source.regulation);
      add('FUNERAL', r.funeral, 'biaya pemakaman', r.source.regulation);
      break;
    }
    case 'JKK_TOTAL_DISABILITY': {
      const r = rules.totalDisability;
      const amount = percentOf(income * BigInt(r.multiplier), r.basisPoints);
      add('TOTAL_DISABILITY', amount, `${r.basisPoints / 100} % × ${r.multiplier} × ${formatRupiah(income)}`, r.source.regulation);
      notes.push('TOTAL_DISABILITY_PERIODIC_NOT_COMPUTED');
      break;
    }
    case 'JKK_PARTIAL_DISABILITY': {
      const bp = disabilityBasisPoints(book, input, issues);
      if (bp !== null) {
        const r = rules.partialDisability;
        const amount = percentOf(income * BigInt(r.multiplier), bp);
        add('PARTIAL_DISABILITY', amount, `${formatPercent(bp)} × ${r.multiplier} × ${formatRupiah(income)}`, r.source.regulation);
        if (input.disabilityCode) notes.push('DISABILITY_TABLE_UNVERIFIED');
      }
      break;
    }
    case 'JKK_TEMPORARY_INCAPACITY': {
      const m = input.incapacityMonths;
      if (m === undefined || !Number.isInteger(m) || m < 0 || m > 120) {
        issues.push({ code: 'INCAPACITY_MONTHS_INVALID', field: 'incapacityMonths', params: { value: String(m) } });
        break;
      }
      const r = rules.temporaryIncapacity;
      const full = Math.min(m, r.fullMonths);
      const later = Math.max(m - r.fullMonths, 0);
      if (full > 0) {
        add('INCAPACITY_FULL', percentOf(income, r.fullBasisPoints) * BigInt(full), `${full} × ${r.fullBasisPoints / 100} % × ${formatRupiah(income)}`, r.source.regulation);
      }
      if (later > 0) {
        add('INCAPACITY_HALF', percentOf(income, r.laterBasisPoints) * BigInt(later), `${later} × ${r.laterBasisPoints / 100} % × ${formatRupiah(income)}`, r.source.regulation);
      }
      break;
    }
  }

  if (type !== 'JKM') addCareCosts(rules, input, add);
  if (issues.length > 0) throw new DomainError(issues);

  const scholarship = scholarshipFor(rules, { type, eventDate: input.eventDate, contributionMonths: months, children });
  if (children.some((c) => c.level === 'BELUM_SEKOLAH')) notes.push('SCHOLARSHIP_TK_ENTRY_AGE_ASSUMED');
  for (const child of scholarship.children) {
    if (child.total > 0n) {
      items.push({
        code: 'SCHOLARSHIP',
        amount: child.total,
        basis: `${child.years.length} tahun: ${child.years.map((y) => y.level).filter((l, i, a) => a.indexOf(l) === i).join(', ')}`,
        regulation: rules.scholarship.source.regulation,
        child: child.index,
      });
    }
  }
  return {
    type,
    eventDate: input.eventDate,
    benefitVersionId: rules.id,
    total: sumRupiah(items.map((i) => i.amount)),
    items,
    scholarship,
    notes,
  };
}

function formatPercent(basisPoints: number): string {
  const whole = Math.trunc(basisPoints / 100);
  const fraction = basisPoints % 100;
  return fraction === 0 ? `${whole} %` : `${whole},${String(fraction).padStart(2, '0').replace(/0$/, '')} %`;
}

function disabilityBasisPoints(book: RuleBook, input: BenefitInput, issues: DomainIssue[]): number | null {
  if (input.disabilityCode) {
    const row = book.disability.rows.find((r) => r.code === input.disabilityCode);
    if (!row) {
      issues.push({ code: 'DISABILITY_CODE_UNKNOWN', field: 'disabilityCode', params: { value: input.disabilityCode } });
      return null;
    }
    return row.basisPoints;
  }
  const percent = input.disabilityPercent;
  if (percent === undefined) {
    issues.push({ code: 'DISABILITY_REQUIRED', field: 'disabilityPercent' });
    return null;
  }
  const bp = Math.round(percent * 100);
  if (!Number.isFinite(percent) || Math.abs(percent * 100 - bp) > 1e-9 || bp < 100 || bp > 10_000) {
    issues.push({ code: 'DISABILITY_PERCENT_INVALID', field: 'disabilityPercent', params: { value: String(percent) } });
    return null;
  }
  return bp;
}

function addCareCosts(
  rules: BenefitVersion,
  input: BenefitInput,
  add: (code: BenefitItemCode, amount: Rupiah, basis: string, regulation: string) => void,
) {
  const caps = rules.transportCaps;
  const modes: [TransportMode, BenefitItemCode][] = [
    ['LAND', 'TRANSPORT_LAND'],
    ['SEA', 'TRANSPORT_SEA'],
    ['AIR', 'TRANSPORT_AIR'],
  ];
  for (const [mode, code] of modes) {
    const claimed = input.transport?.[mode];
    if (claimed === undefined || claimed === 0n) continue;
    add(code, minRupiah(claimed, caps[mode]), `biaya ${formatRupiah(claimed)}, paling banyak ${formatRupiah(caps[mode])}`, caps.source.regulation);
  }
  if (input.homeCare !== undefined && input.homeCare > 0n) {
    const cap = rules.homeCare.cap;
    add('HOME_CARE', minRupiah(input.homeCare, cap), `biaya ${formatRupiah(input.homeCare)}, paling banyak ${formatRupiah(cap)}`, rules.homeCare.source.regulation);
  }
  if (input.medical !== undefined && input.medical > 0n) {
    add('MEDICAL', input.medical, 'sesuai kebutuhan medis, tanpa batas biaya', rules.transportCaps.source.regulation);
  }
}

const LEVEL_ORDER: readonly SchoolLevel[] = SCHOOL_LEVELS;

/**
 * The scholarship (beasiswa) per child: from the child's current level onward, every level's
 * yearly amount for its maximum years, stopping at the age limit; at most `maxChildren` children
 * (the first eligible ones, in the order given). A death not caused by work needs the minimum
 * months of contributions; a work-accident death or total disability does not.
 */
export function scholarshipFor(
  rules: BenefitVersion,
  input: { type: BenefitType; eventDate: IsoDate; contributionMonths: number; children: readonly ChildInput[] },
): BenefitResult['scholarship'] {
  const s = rules.scholarship;
  const applies = input.type === 'JKM' || input.type === 'JKK_DEATH' || input.type === 'JKK_TOTAL_DISABILITY';
  const minMonths = input.type === 'JKM' ? s.minContributionMonthsNonWork : null;
  if (!applies) return { isEligible: false, reason: 'NOT_APPLICABLE', minContributionMonths: null, children: [] };
  if (minMonths !== null && input.contributionMonths < minMonths) {
    return { isEligible: false, reason: 'CONTRIBUTION_MONTHS', minContributionMonths: minMonths, children: [] };
  }
  if (input.children.length === 0) return { isEligible: true, reason: 'NO_CHILDREN', minContributionMonths: minMonths, children: [] };

  let granted = 0;
  const children = input.children.map((child, i): ScholarshipChild => {
    const limit = birthdayAt(child.birthDate, s.endAge);
    if (input.eventDate >= limit) return { index: i + 1, isEligible: false, reason: 'AGE_LIMIT', years: [], total: 0n };
    if (granted >= s.maxChildren) return { index: i + 1, isEligible: false, reason: 'MAX_CHILDREN', years: [], total: 0n };
    granted += 1;
    const years: ScholarshipYear[] = [];
    let start = input.eventDate;
    let level: ChildLevel = child.level as ChildLevel;
    if (level === 'BELUM_SEKOLAH') {
      start = maxEntry(child.birthDate, input.eventDate);
      level = 'TK';
    }
    for (const l of LEVEL_ORDER.slice(LEVEL_ORDER.indexOf(level))) {
      for (let y = 0; y < s.levels[l].maxYears; y++) {
        if (start >= limit) break;
        years.push({ schoolYearStarts: start, level: l, amount: s.levels[l].yearly });
        start = nextYear(start);
      }
    }
    return { index: i + 1, isEligible: true, reason: 'OK', years, total: sumRupiah(years.map((y) => y.amount)) };
  });
  return { isEligible: true, reason: 'OK', minContributionMonths: minMonths, children };
}

function maxEntry(birthDate: IsoDate, eventDate: IsoDate): IsoDate {
  const entry = birthdayAt(birthDate, TK_ENTRY_AGE);
  return ageOn(birthDate, eventDate) >= TK_ENTRY_AGE ? eventDate : entry;
}

function nextYear(date: IsoDate): IsoDate {
  const { year, month, day } = splitDate(date);
  return month === 2 && day === 29 ? addDays(ymd(year + 1, 2, 28), 1) : ymd(year + 1, month, day);
}

/** Words for the notes of a simulation. */
export const BENEFIT_NOTE_MESSAGES: Record<string, { id: string; en: string }> = {
  TOTAL_DISABILITY_PERIODIC_NOT_COMPUTED: {
    id: 'Santunan berkala cacat total tetap belum dihitung: besarannya belum terverifikasi.',
    en: 'The periodic benefit for total permanent disability is not computed: its amount is unverified.',
  },
  DISABILITY_TABLE_UNVERIFIED: {
    id: 'Persentase dari tabel cacat belum diperiksa terhadap Lampiran PP 44/2015; pakai hasil penilaian dokter.',
    en: 'The disability-table percentage is not yet checked against PP 44/2015; use the medical assessment.',
  },
  SCHOLARSHIP_TK_ENTRY_AGE_ASSUMED: {
    id: 'Anak yang belum sekolah dihitung mulai TK pada umur 4 tahun (perkiraan).',
    en: 'A child not yet at school is counted from kindergarten at age 4 (an estimate).',
  },
};
