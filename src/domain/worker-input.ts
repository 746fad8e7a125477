import { normalizeMobile } from './contact.ts';
import { ageOn, isIsoDate, ymd, type IsoDate } from './dates.ts';
import { DomainError, type DomainIssue } from './errors.ts';
import { parseRupiah, type Rupiah } from './money.ts';
import { parseNik, type RegionCodeLookup, type Sex } from './nik.ts';
import { OCCUPATIONS, OTHER_OCCUPATION_CODE, occupationByCode } from './occupations.ts';
import { rateVersionOn, type RuleBook } from './rules/index.ts';

/**
 * A worker as people type it (a form, a row of a CSV or Excel file) → a checked, normalised worker
 * or every problem with the field it belongs to. Pure: the region tree, the caller's scope and
 * today come in the context.
 */
export type WorkerInput = {
  nik?: string | null;
  fullName?: string | null;
  birthDate?: string | null;
  sex?: string | null;
  villageCode?: string | null;
  occupation?: string | null;
  occupationOther?: string | null;
  declaredIncome?: string | null;
  phone?: string | null;
  isDtks?: string | boolean | null;
  p3keDecile?: string | number | null;
  isWageEarner?: string | boolean | null;
};

export type CheckedWorker = {
  nik: string;
  fullName: string;
  nameNorm: string;
  birthDate: IsoDate;
  sex: Sex;
  villageCode: string;
  regencyCode: string;
  occupationCode: string;
  occupationOther: string | null;
  incomeBracket: Rupiah;
  phone: string | null;
  isDtks: boolean;
  p3keDecile: number | null;
  isWageEarner: boolean;
};

export type WorkerCheckContext = {
  book: RuleBook;
  regions: RegionCodeLookup;
  /** Village code (dotted, 10 digits) → whether it exists. */
  hasVillage: (code: string) => boolean;
  /** Region-code prefixes the caller may register in; null = everywhere. */
  scopes: readonly string[] | null;
  today: IsoDate;
  /** The age limits apply at first enrolment only (false when correcting a registered worker). */
  isAgeChecked?: boolean;
};

export type WorkerCheck = { worker: CheckedWorker | null; errors: DomainIssue[]; warnings: DomainIssue[] };

const NAME_RE = /^[\p{L}][\p{L}\p{M} .,'’-]*$/u;

/** The form of a name used to find probable duplicates: lower case, letters and single spaces. */
export function normalizeName(name: string): string {
  return name
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\s]/gu, '')
    .replace(/\s+/g, ' ')
    .trim();
}

/** "62.02.05.2001" or "6202052001" → "62.02.05.2001". */
export function normalizeVillageCode(value: string): string {
  const compact = value.replace(/[\s.]/g, '');
  if (!/^\d{10}$/.test(compact)) return value.trim();
  return `${compact.slice(0, 2)}.${compact.slice(2, 4)}.${compact.slice(4, 6)}.${compact.slice(6)}`;
}

const TRUE_WORDS = new Set(['ya', 'y', 'yes', 'true', '1', 'benar']);
const FALSE_WORDS = new Set(['tidak', 'tdk', 't', 'no', 'n', 'false', '0', 'bukan', '']);

function parseFlag(value: string | boolean | null | undefined, field: string, errors: DomainIssue[]): boolean {
  if (typeof value === 'boolean') return value;
  const text = (value ?? '').trim().toLowerCase();
  if (TRUE_WORDS.has(text)) return true;
  if (FALSE_WORDS.has(text)) return false;
  errors.push({ code: 'FLAG_INVALID', field, params: { value: String(value) } });
  return false;
}

const SEX_WORDS: Record<string, Sex> = {
  l: 'L', 'laki-laki': 'L', 'laki laki': 'L', lakilaki: 'L', pria: 'L', m: 'L', male: 'L',
  p: 'P', perempuan: 'P', wanita: 'P', f: 'P', female: 'P', w: 'P',
};

/** Accepts YYYY-MM-DD, DD-MM-YYYY and DD/MM/YYYY (how dates arrive from spreadsheets and forms). */
export function parseFlexibleDate(value: string): IsoDate | null {
  const text = value.trim();
  if (isIsoDate(text)) return text;
  const m = /^(\d{1,2})[-/.](\d{1,2})[-/.](\d{4})$/.exec(text);
  if (!m) return null;
  const date = ymd(Number(m[3]), Number(m[2]), Number(m[1]));
  return isIsoDate(date) ? date : null;
}

function findOccupation(value: string): string | null {
  const text = value.trim();
  const upper = text.toUpperCase().replace(/[\s-]+/g, '_');
  if (occupationByCode(upper)) return upper;
  const lower = text.toLowerCase();
  const byName = OCCUPATIONS.find((o) => o.nameId.toLowerCase() === lower || o.nameEn.toLowerCase() === lower);
  return byName?.code ?? null;
}

export function checkWorker(input: WorkerInput, ctx: WorkerCheckContext): WorkerCheck {
  const errors: DomainIssue[] = [];
  const warnings: DomainIssue[] = [];
  const { settings } = ctx.book;

  // Full name
  const fullName = (input.fullName ?? '').replace(/\s+/g, ' ').trim();
  if (!fullName) errors.push({ code: 'NAME_REQUIRED', field: 'fullName' });
  else if (fullName.length > 150 || !NAME_RE.test(fullName)) errors.push({ code: 'NAME_INVALID', field: 'fullName' });

  // Recorded birth date and sex (optional: taken from the NIK when empty)
  let birthDate: IsoDate | null = null;
  const birthText = (input.birthDate ?? '').trim();
  if (birthText) {
    birthDate = parseFlexibleDate(birthText);
    if (!birthDate) errors.push({ code: 'DATE_INVALID', field: 'birthDate', params: { value: birthText } });
    else if (birthDate > ctx.today) {
      errors.push({ code: 'BIRTH_DATE_IN_FUTURE', field: 'birthDate', params: { value: birthDate } });
      birthDate = null;
    }
  }
  let sex: Sex | null = null;
  const sexText = (input.sex ?? '').trim().toLowerCase();
  if (sexText) {
    sex = SEX_WORDS[sexText] ?? null;
    if (!sex) errors.push({ code: 'SEX_INVALID', field: 'sex', params: { value: input.sex ?? '' } });
  }

  // NIK
  const nikText = (input.nik ?? '').trim();
  let nik: string | null = null;
  if (!nikText) {
    errors.push({ code: 'NIK_REQUIRED', field: 'nik' });
  } else {
    const parsed = parseNik(nikText, {
      regions: ctx.regions,
      today: ctx.today,
      recorded: { birthDate: birthDate ?? undefined, sex: sex ?? undefined },
      unknownDistrict: settings.nik.unknownDistrict,
    });
    if (!parsed.isValid) errors.push(...parsed.errors);
    else {
      nik = parsed.parts.nik;
      birthDate ??= parsed.parts.birthDate;
      sex ??= parsed.parts.sex;
    }
    warnings.push(...parsed.warnings);
  }

  // Age at enrolment (configuration: eligibility.minAge / maxAge)
  if (birthDate && ctx.isAgeChecked !== false) {
    const age = ageOn(birthDate, ctx.today);
    const { minAge, maxAge } = settings.eligibility;
    if (age < minAge || age > maxAge) errors.push({ code: 'AGE_OUT_OF_RANGE', field: 'birthDate', params: { age, min: minAge, max: maxAge } });
  }

  // Domicile village
  const villageText = (input.villageCode ?? '').trim();
  let villageCode: string | null = null;
  if (!villageText) errors.push({ code: 'VILLAGE_REQUIRED', field: 'villageCode' });
  else {
    const code = normalizeVillageCode(villageText);
    if (!ctx.hasVillage(code)) errors.push({ code: 'VILLAGE_UNKNOWN', field: 'villageCode', params: { value: villageText } });
    else if (ctx.scopes && !ctx.scopes.some((s) => code === s || code.startsWith(`${s}.`))) {
      errors.push({ code: 'VILLAGE_OUT_OF_SCOPE', field: 'villageCode', params: { value: code } });
    } else villageCode = code;
  }

  // Occupation
  const occupationText = (input.occupation ?? '').trim();
  const occupationOther = (input.occupationOther ?? '').trim().slice(0, 100) || null;
  let occupationCode: string | null = null;
  if (!occupationText) errors.push({ code: 'OCCUPATION_REQUIRED', field: 'occupation' });
  else {
    occupationCode = findOccupation(occupationText);
    if (!occupationCode) errors.push({ code: 'OCCUPATION_UNKNOWN', field: 'occupation', params: { value: occupationText } });
    else if (occupationCode === OTHER_OCCUPATION_CODE && !occupationOther) {
      errors.push({ code: 'OCCUPATION_OTHER_REQUIRED', field: 'occupationOther' });
    }
  }

  // Declared income: one of the brackets in force today (default the lowest)
  let incomeBracket: Rupiah | null = null;
  const brackets = rateVersionOn(ctx.book, ctx.today).brackets;
  const incomeText = (input.declaredIncome ?? '').trim();
  if (!incomeText) incomeBracket = brackets[0] ?? null;
  else {
    try {
      const amount = parseRupiah(incomeText, 'declaredIncome');
      if (brackets.includes(amount)) incomeBracket = amount;
      else {
        errors.push({
          code: 'INCOME_NOT_A_BRACKET',
          field: 'declaredIncome',
          params: { value: incomeText, date: ctx.today, brackets: brackets.map((b) => b.toString()).join(', ') },
        });
      }
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push(...error.issues);
    }
  }

  // Phone (optional)
  let phone: string | null = null;
  const phoneText = (input.phone ?? '').trim();
  if (phoneText) {
    try {
      phone = normalizeMobile(phoneText);
    } catch (error) {
      if (!(error instanceof DomainError)) throw error;
      errors.push(...error.issues);
    }
  }

  // Poverty flags and wage-earner status
  const isDtks = parseFlag(input.isDtks, 'isDtks', errors);
  let p3keDecile: number | null = null;
  const decileText = String(input.p3keDecile ?? '').trim();
  if (decileText) {
    const n = Number(decileText);
    if (!Number.isInteger(n) || n < 1 || n > 10) errors.push({ code: 'P3KE_DECILE_INVALID', field: 'p3keDecile', params: { value: decileText } });
    else p3keDecile = n;
  }
  const isWageEarner = parseFlag(input.isWageEarner, 'isWageEarner', errors);
  if (isWageEarner) errors.push({ code: 'WAGE_EARNER_NOT_ELIGIBLE', field: 'isWageEarner' });

  if (errors.length > 0 || !nik || !birthDate || !sex || !villageCode || !occupationCode || incomeBracket === null) {
    return { worker: null, errors, warnings };
  }
  return {
    worker: {
      nik,
      fullName,
      nameNorm: normalizeName(fullName),
      birthDate,
      sex,
      villageCode,
      regencyCode: villageCode.slice(0, 5),
      occupationCode,
      occupationOther: occupationCode === OTHER_OCCUPATION_CODE ? occupationOther : null,
      incomeBracket,
      phone,
      isDtks,
      p3keDecile,
      isWageEarner,
    },
    errors,
    warnings,
  };
}
