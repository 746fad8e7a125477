import { describe, expect, it } from 'vitest';
import { DomainError } from '../../../src/domain/errors.ts';
import { dammDigit, formatKpj, isDammValid, makeKpj, parseIssuedKpj } from '../../../src/domain/kpj.ts';

describe('KPJ numbers issued by Lingkaran', () => {
  it('are 11 digits: series, zero-padded sequence, Damm check digit', () => {
    expect(makeKpj('9', 1)).toMatch(/^9000000001\d$/);
    expect(makeKpj('9', 123_456_789)).toMatch(/^9123456789\d$/);
    expect(isDammValid(makeKpj('9', 42))).toBe(true);
    // The published Damm example: 572 → check digit 4.
    expect(dammDigit('572')).toBe(4);
    expect(() => makeKpj('9', 1_000_000_000)).toThrow(/does not fit/);
    expect(formatKpj('90000000427')).toBe('9000 0000 427');
  });

  it('catch every single mistyped digit and every swap of two neighbouring digits', () => {
    for (let seq = 1; seq <= 400; seq += 7) {
      const kpj = makeKpj('9', seq * 7919);
      for (let i = 0; i < kpj.length; i++) {
        for (let d = 0; d <= 9; d++) {
          if (String(d) === kpj[i]) continue;
          const typo = kpj.slice(0, i) + d + kpj.slice(i + 1);
          expect(isDammValid(typo), `${kpj} → ${typo}`).toBe(false);
        }
        if (i < kpj.length - 1 && kpj[i] !== kpj[i + 1]) {
          const swapped = kpj.slice(0, i) + kpj[i + 1] + kpj[i] + kpj.slice(i + 2);
          expect(isDammValid(swapped), `${kpj} → ${swapped}`).toBe(false);
        }
      }
    }
  });

  it('reject a typed number of our series with a wrong check digit, and accept numbers recorded from BPJS', () => {
    const kpj = makeKpj('9', 77);
    expect(parseIssuedKpj(`${kpj.slice(0, 4)} ${kpj.slice(4)}`, '9')).toBe(kpj);
    const typo = kpj.slice(0, 10) + String((Number(kpj[10]) + 1) % 10);
    expect(() => parseIssuedKpj(typo, '9')).toThrow(DomainError);
    try {
      parseIssuedKpj(typo, '9');
    } catch (error) {
      expect((error as DomainError).issues[0]?.code).toBe('KPJ_CHECK_DIGIT');
    }
    expect(parseIssuedKpj('12345678901', '9')).toBe('12345678901');
  });
});
