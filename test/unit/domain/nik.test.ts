import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isKpjFormat, maskPhone, normalizeMobile } from '../../../src/domain/contact.ts';
import { ymd } from '../../../src/domain/dates.ts';
import { type DomainError } from '../../../src/domain/errors.ts';
import { formatNik, maskNik, parseNik, type RegionCodeLookup } from '../../../src/domain/nik.ts';

/** A small region tree: Sidoarjo (35.15) with Sukodono (35.15.14), Kotawaringin Timur (62.02). */
const regions: RegionCodeLookup = {
  hasProvince: (c) => ['35', '62'].includes(c),
  hasRegency: (c) => ['35.15', '62.02', '62.71'].includes(c),
  hasDistrict: (c) => ['35.15.14', '62.02.05', '62.71.01'].includes(c),
};
const today = '2026-11-24';

function codes(nik: string, options: Partial<Parameters<typeof parseNik>[1]> = {}) {
  const result = parseNik(nik, { regions, today, ...options });
  return result.isValid ? [] : result.errors.map((e) => e.code);
}

describe('NIK', () => {
  it('parses the worked example of domain.md §8.1: Sidoarjo, Sukodono, a woman born 5 August 1968', () => {
    const result = parseNik('3515144508680002', { regions, today });
    expect(result).toEqual({
      isValid: true,
      warnings: [],
      parts: {
        nik: '3515144508680002',
        provinceCode: '35',
        regencyCode: '35.15',
        districtCode: '35.15.14',
        birthDate: '1968-08-05',
        sex: 'P',
        serial: '0002',
      },
    });
  });

  it('reads a man (day 01–31) and infers the century from today', () => {
    const r = parseNik('6202051203050007', { regions, today });
    expect(r.isValid && r.parts).toMatchObject({ birthDate: '2005-03-12', sex: 'L' });
    // 25-12-26 would be after today in 2026, so it is 1926.
    const old = parseNik('6202052512260001', { regions, today });
    expect(old.isValid && old.parts.birthDate).toBe('1926-12-25');
  });

  it('accepts spaces people type between the digit groups', () => {
    expect(parseNik('3515 1445 0868 0002', { regions, today }).isValid).toBe(true);
  });

  it('names each structural error with its own code', () => {
    expect(codes('351514450868000')).toEqual(['NIK_LENGTH']);
    expect(codes('35151445086800021')).toEqual(['NIK_LENGTH']);
    expect(codes('35151445O8680002')).toEqual(['NIK_FORMAT']);
    expect(codes('3515143208680002')).toEqual(['NIK_DAY_INVALID']); // day 32
    expect(codes('3515140008680002')).toEqual(['NIK_DAY_INVALID']);
    expect(codes('3515147208680002')).toEqual(['NIK_DAY_INVALID']); // 72 − 40 = 32
    expect(codes('3515141513680002')).toEqual(['NIK_MONTH_INVALID']);
    expect(codes('3515143102680002')).toEqual(['NIK_DATE_INVALID']); // 31 February
    expect(codes('3515142902010002')).toEqual(['NIK_DATE_INVALID']); // 29 Feb 2001 / 1901
    expect(codes('3515144508680000')).toEqual(['NIK_SERIAL_ZERO']);
    expect(codes('9915144508680002')).toEqual(['NIK_PROVINCE_UNKNOWN']);
    expect(codes('3500144508680002')).toEqual(['NIK_REGENCY_CODE_INVALID']);
    expect(codes('3570144508680002')).toEqual(['NIK_REGENCY_CODE_INVALID']);
    expect(codes('3599144508680002')).toEqual(['NIK_REGENCY_UNKNOWN']);
    expect(codes('3515004508680002')).toEqual(['NIK_DISTRICT_CODE_INVALID']);
    expect(codes('3515143208680000')).toEqual(['NIK_DAY_INVALID', 'NIK_SERIAL_ZERO']);
  });

  it('accepts 29 February in a leap year', () => {
    expect(codes('3515146902000002')).toEqual([]); // woman, 29 Feb 2000
  });

  it('treats an unknown district as a warning by default and as an error when configured', () => {
    const warned = parseNik('3515994508680002', { regions, today });
    expect(warned.isValid).toBe(true);
    expect(warned.warnings.map((w) => w.code)).toEqual(['NIK_DISTRICT_UNKNOWN']);
    expect(codes('3515994508680002', { unknownDistrict: 'error' })).toEqual(['NIK_DISTRICT_UNKNOWN']);
  });

  it('warns, never refuses, when the recorded birth date or sex differ (Dukcapil keeps such NIKs)', () => {
    const r = parseNik('3515144508680002', { regions, today, recorded: { birthDate: '1968-08-06', sex: 'L' } });
    expect(r.isValid).toBe(true);
    expect(r.warnings.map((w) => w.code)).toEqual(['NIK_BIRTH_DATE_MISMATCH', 'NIK_SEX_MISMATCH']);
  });

  it('uses the recorded birth date to choose the century', () => {
    const r = parseNik('6202050101200001', { regions, today, recorded: { birthDate: '1920-01-01' } });
    expect(r.isValid && r.parts.birthDate).toBe('1920-01-01');
  });

  it('checks only the structure when no region tree is given', () => {
    expect(parseNik('3515144508680002', { today }).isValid).toBe(true);
    expect(codes('9915144508680002', { regions: undefined })).toEqual(['NIK_PROVINCE_UNKNOWN']);
  });

  it('masks all but the region prefix and the last four digits', () => {
    expect(maskNik('3515144508680002')).toBe('3515********0002');
  });

  it('re-formats every NIK that parses to itself', () => {
    const nik = fc
      .record({
        district: fc.constantFrom('351514', '620205', '627101'),
        day: fc.integer({ min: 1, max: 71 }),
        month: fc.integer({ min: 1, max: 12 }),
        yy: fc.integer({ min: 0, max: 99 }),
        serial: fc.integer({ min: 0, max: 9999 }),
      })
      .map(({ district, day, month, yy, serial }) =>
        [district, String(day).padStart(2, '0'), String(month).padStart(2, '0'), String(yy).padStart(2, '0'), String(serial).padStart(4, '0')].join(''),
      );
    fc.assert(
      fc.property(nik, (value) => {
        const r = parseNik(value, { regions, today });
        if (!r.isValid) return;
        expect(formatNik(r.parts)).toBe(value);
        expect(r.parts.birthDate <= today).toBe(true);
        expect(r.parts.birthDate).toBe(ymd(Number(r.parts.birthDate.slice(0, 4)), Number(r.parts.birthDate.slice(5, 7)), Number(r.parts.birthDate.slice(8, 10))));
      }),
    );
  });
});

describe('KPJ and mobile numbers', () => {
  it('takes KPJ numbers of exactly 11 digits', () => {
    expect(isKpjFormat('12345678901')).toBe(true);
    expect(isKpjFormat('1234567890')).toBe(false);
    expect(isKpjFormat('1234567890a')).toBe(false);
  });

  it('normalises Indonesian mobile numbers to +62', () => {
    for (const input of ['0812-3456-7890', '081234567890', '+62 812 3456 7890', '6281234567890', '+62 0812 3456 7890', '(0812) 3456.7890']) {
      expect(normalizeMobile(input)).toBe('+6281234567890');
    }
    expect(normalizeMobile('0811234567')).toBe('+62811234567');
    expect(maskPhone('+6281234567890')).toBe('+62812****7890');
  });

  it('refuses landlines, foreign numbers and garbage with specific codes', () => {
    const codeOf = (v: string) => {
      try {
        normalizeMobile(v);
        return 'ok';
      } catch (error) {
        return (error as DomainError).code;
      }
    };
    expect(codeOf('021-5551234')).toBe('PHONE_NOT_MOBILE');
    expect(codeOf('+6591234567')).toBe('PHONE_NOT_MOBILE');
    expect(codeOf('0812')).toBe('PHONE_NOT_MOBILE');
    expect(codeOf('08123456789012')).toBe('PHONE_NOT_MOBILE');
    expect(codeOf('nomor saya')).toBe('PHONE_INVALID');
  });
});
