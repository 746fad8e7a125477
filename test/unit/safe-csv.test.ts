import { describe, expect, it } from 'vitest';
import { safeCell, safeCsv } from '../../src/lib/safe-csv.ts';

describe('spreadsheet-safe CSV (ASVS 1.2.10)', () => {
  it('neutralises every cell that a spreadsheet would run as a formula', () => {
    expect(['=HYPERLINK("http://x")', '+6281234', '@SUM(A1)', '\t=1+1', '-1+1', '\r=2'].map(safeCell)).toEqual([
      `'=HYPERLINK("http://x")`,
      `'+6281234`,
      `'@SUM(A1)`,
      `'\t=1+1`,
      `'-1+1`,
      `'\r=2`,
    ]);
    expect(safeCell('Siti Aminah')).toBe('Siti Aminah');
    expect(safeCell(16800n)).toBe('16800');
    expect(safeCell(null)).toBe('');
  });

  it('writes UTF-8 with a BOM and CRLF, quoting what needs quoting', () => {
    expect(safeCsv(['a', 'b'], [['x,y', '=1']])).toBe('\ufeffa,b\r\n"x,y",\'=1\r\n');
  });
});
