import { isValidYmd, ymd, type IsoDate } from './dates.ts';
import type { DomainIssue } from './errors.ts';

/**
 * NIK (Nomor Induk Kependudukan), domain.md §8.1: 16 digits `PP KK CC DDMMYY SSSS` — province,
 * regency/city and district of first registration, birth date (women: day + 40), serial from 0001.
 * A NIK never changes, even after a move or when its embedded date is wrong, so a recorded birth
 * date or sex that differs is a warning, never an error (Dukcapil keeps such NIKs).
 */
export type Sex = 'L' | 'P';

/** Region codes in the dotted Kemendagri form: '62', '62.02', '62.02.05'. */
export type RegionCodeLookup = {
  hasProvince: (code: string) => boolean;
  hasRegency: (code: string) => boolean;
  hasDistrict: (code: string) => boolean;
};

export type NikParts = {
  nik: string;
  provinceCode: string;
  regencyCode: string;
  districtCode: string;
  birthDate: IsoDate;
  sex: Sex;
  serial: string;
};

export type NikResult =
  | { isValid: true; parts: NikParts; warnings: DomainIssue[] }
  | { isValid: false; errors: DomainIssue[]; warnings: DomainIssue[] };

export type NikOptions = {
  /** The region tree plus historical codes; without it only the structure is checked. */
  regions?: RegionCodeLookup;
  /** Reference date for the century: a birth date is never after it. */
  today: IsoDate;
  /** Recorded birth date and sex, to warn when they differ from the NIK and to pick the century. */
  recorded?: { birthDate?: IsoDate; sex?: Sex };
  /**
   * What an unknown district code is. Districts split and are renumbered often, and a NIK keeps the
   * code of first registration, so by default it is a warning (configuration: nik.unknownDistrict).
   */
  unknownDistrict?: 'error' | 'warning';
};

/** Province codes in use since 2022 (Permendagri 58/2021; 93–96 from UU 14/15/16/29 of 2022). */
export const PROVINCE_CODES: readonly string[] = [
  '11', '12', '13', '14', '15', '16', '17', '18', '19', '21', '31', '32', '33', '34', '35', '36',
  '51', '52', '53', '61', '62', '63', '64', '65', '71', '72', '73', '74', '75', '76', '81', '82',
  '91', '92', '93', '94', '95', '96',
];

/** Removes the spaces and dashes people type inside a NIK ("3515 1445 0868 0002"). */
export function normalizeNik(input: string): string {
  return String(input).replace(/[\s\u00a0-]/g, '');
}

export function parseNik(input: string, options: NikOptions): NikResult {
  const nik = normalizeNik(input);
  const errors: DomainIssue[] = [];
  const warnings: DomainIssue[] = [];
  const field = 'nik';
  if (!/^\d*$/.test(nik)) return { isValid: false, errors: [{ code: 'NIK_FORMAT', field }], warnings };
  if (nik.length !== 16) return { isValid: false, errors: [{ code: 'NIK_LENGTH', field, params: { length: nik.length } }], warnings };

  const pp = nik.slice(0, 2);
  const kk = nik.slice(2, 4);
  const cc = nik.slice(4, 6);
  const provinceCode = pp;
  const regencyCode = `${pp}.${kk}`;
  const districtCode = `${pp}.${kk}.${cc}`;

  const isKnownProvince = options.regions ? options.regions.hasProvince(provinceCode) : PROVINCE_CODES.includes(pp);
  if (!isKnownProvince) errors.push({ code: 'NIK_PROVINCE_UNKNOWN', field, params: { code: provinceCode } });
  const kkNumber = Number(kk);
  if (kkNumber === 0 || kkNumber === 70) {
    errors.push({ code: 'NIK_REGENCY_CODE_INVALID', field, params: { code: kk } });
  } else if (isKnownProvince && options.regions && !options.regions.hasRegency(regencyCode)) {
    errors.push({ code: 'NIK_REGENCY_UNKNOWN', field, params: { code: regencyCode } });
  }
  if (cc === '00') {
    errors.push({ code: 'NIK_DISTRICT_CODE_INVALID', field });
  } else if (errors.length === 0 && options.regions && !options.regions.hasDistrict(districtCode)) {
    const issue: DomainIssue = { code: 'NIK_DISTRICT_UNKNOWN', field, params: { code: districtCode } };
    (options.unknownDistrict === 'error' ? errors : warnings).push(issue);
  }

  const rawDay = Number(nik.slice(6, 8));
  const month = Number(nik.slice(8, 10));
  const yy = Number(nik.slice(10, 12));
  const isDayValid = (rawDay >= 1 && rawDay <= 31) || (rawDay >= 41 && rawDay <= 71);
  if (!isDayValid) errors.push({ code: 'NIK_DAY_INVALID', field, params: { day: nik.slice(6, 8) } });
  if (month < 1 || month > 12) errors.push({ code: 'NIK_MONTH_INVALID', field, params: { month: nik.slice(8, 10) } });
  const sex: Sex = rawDay > 40 ? 'P' : 'L';
  const day = rawDay > 40 ? rawDay - 40 : rawDay;
  let birthDate: IsoDate | null = null;
  if (isDayValid && month >= 1 && month <= 12) {
    birthDate = inferBirthDate({ day, month, yy, today: options.today, recorded: options.recorded?.birthDate });
    if (!birthDate) {
      errors.push({ code: 'NIK_DATE_INVALID', field, params: { date: `${nik.slice(6, 8)}-${nik.slice(8, 10)}-${nik.slice(10, 12)}` } });
    }
  }

  const serial = nik.slice(12, 16);
  if (serial === '0000') errors.push({ code: 'NIK_SERIAL_ZERO', field });

  if (errors.length > 0 || !birthDate) return { isValid: false, errors, warnings };

  const recorded = options.recorded;
  if (recorded?.birthDate && recorded.birthDate !== birthDate) {
    warnings.push({ code: 'NIK_BIRTH_DATE_MISMATCH', field, params: { fromNik: birthDate, recorded: recorded.birthDate } });
  }
  if (recorded?.sex && recorded.sex !== sex) {
    warnings.push({ code: 'NIK_SEX_MISMATCH', field, params: { fromNik: sex, recorded: recorded.sex } });
  }
  return { isValid: true, parts: { nik, provinceCode, regencyCode, districtCode, birthDate, sex, serial }, warnings };
}

/**
 * The century of a two-digit year: the recorded birth date's when its last two digits agree,
 * otherwise the latest century that does not put the birth after `today`. Null when the day does
 * not exist in that month in any candidate year (29 February is checked in the year chosen).
 */
function inferBirthDate(input: { day: number; month: number; yy: number; today: IsoDate; recorded?: IsoDate }): IsoDate | null {
  const { day, month, yy, today } = input;
  const candidates: number[] = [];
  if (input.recorded && Number(input.recorded.slice(2, 4)) === yy) candidates.push(Number(input.recorded.slice(0, 2)) * 100 + yy);
  const todayYear = Number(today.slice(0, 4));
  for (let century = Math.floor(todayYear / 100); century >= Math.floor(todayYear / 100) - 1; century--) {
    candidates.push(century * 100 + yy);
  }
  for (const year of candidates) {
    if (!isValidYmd(year, month, day)) continue;
    const date = ymd(year, month, day);
    if (date <= today) return date;
  }
  return null;
}

/** Re-assembles a NIK from its parts (the inverse of parseNik). */
export function formatNik(parts: Omit<NikParts, 'nik'>): string {
  const [pp, kk, cc] = parts.districtCode.split('.');
  const [, mm, dd] = parts.birthDate.split('-');
  const day = parts.sex === 'P' ? Number(dd) + 40 : Number(dd);
  return `${pp}${kk}${cc}${String(day).padStart(2, '0')}${mm}${parts.birthDate.slice(2, 4)}${parts.serial}`;
}

/** '3515144508680002' → '3515********0002' (domain.md §9: what a donor may see). */
export function maskNik(nik: string): string {
  return `${nik.slice(0, 4)}********${nik.slice(-4)}`;
}

/** The masked NIK from what is stored in clear (region prefix and last four digits). */
export function maskedNikFrom(prefix4: string, last4: string): string {
  return `${prefix4}********${last4}`;
}
