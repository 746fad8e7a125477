import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../../../src/config.ts';
import { coverageStatusOn, workingCalendar } from '../../../src/domain/calendar.ts';
import { quoteContribution } from '../../../src/domain/quote.ts';
import { DEFAULT_RULE_BOOK } from '../../../src/domain/rules/index.ts';
import { mergeRuleFile, type RuleFileError } from '../../../src/modules/rules/rule-file.ts';
import { TEST_SECRETS } from '../../helpers/env.ts';

const source = { regulation: 'PERMENAKER-X-2027', status: 'VERIFIED' };
const ruleFile = {
  regulations: [{ id: 'PERMENAKER-X-2027', title: 'Permenaker X/2027 (contoh)', date: '2026-10-01', url: null }],
  rates: [
    {
      id: 'BPU-2027',
      effectiveFrom: '2027-01-01',
      rates: {
        JKK: { kind: 'percent', basisPoints: 100, source },
        JKM: { kind: 'flat', amount: '7500', source },
        JHT: { kind: 'percent', basisPoints: 200, source },
      },
      brackets: ['1000000', '1300000', '20700000'],
      bracketsSource: source,
    },
  ],
  holidays: [{ year: 2027, source, days: [{ date: '2027-01-01', nameId: 'Tahun Baru 2027 Masehi', kind: 'LIBUR_NASIONAL' }] }],
  settings: { coverage: { graceMonths: 1 } },
};

describe('the rule file (RULES_FILE): a changed rate is a new dated row', () => {
  it('adds rate rows, brackets, holidays and settings to the defaults', () => {
    const book = mergeRuleFile(DEFAULT_RULE_BOOK, ruleFile);
    const q = quoteContribution(book, { programs: ['JKK', 'JKM'], declaredIncome: 1_000_000n, workers: 1, months: 3, startDate: '2026-11-01' });
    expect(q.monthly.map((m) => m.total)).toEqual([16_800n, 16_800n, 17_500n]);
    expect(quoteContribution(book, { programs: ['JKK', 'JKM'], declaredIncome: 1_300_000n, workers: 1, months: 1, startDate: '2027-02-01' }).perWorkerMonthly).toBe(13_000n + 7_500n);
    expect(book.holidays.map((y) => y.year)).toEqual([2025, 2026, 2027]);
    const status = coverageStatusOn(book, workingCalendar(book), { paidMonths: ['2026-01'], startsOn: null, on: '2026-03-20' });
    expect(status.state).toBe('ENDED');
    expect(DEFAULT_RULE_BOOK.settings.coverage.graceMonths).toBe(3);
  });

  it('refuses a bad file, naming every problem', () => {
    const problems = (json: unknown) => {
      try {
        mergeRuleFile(DEFAULT_RULE_BOOK, json);
        return [];
      } catch (error) {
        return (error as RuleFileError).problems;
      }
    };
    expect(problems({ rates: [{ ...ruleFile.rates[0], effectiveFrom: '2027-02-30' }] })[0]).toMatch(/^RULES_FILE: rates\.0\.effectiveFrom: /);
    expect(problems({ rates: ruleFile.rates })).toEqual(['RULES_FILE: regulasi "PERMENAKER-X-2027" tidak dikenal; tambahkan di "regulations"']);
    expect(problems({ ...ruleFile, rates: [{ ...ruleFile.rates[0], id: 'BPU-2015' }] })).toEqual([
      'RULES_FILE: versi tarif "BPU-2015" sudah ada; tarif baru adalah baris baru dengan id baru',
    ]);
    expect(problems({ settings: { coverage: { graceMonths: -1 } } })[0]).toMatch(/settings\.coverage\.graceMonths/);
    expect(problems({ settings: { eligibility: { minAge: 70 } } })).toEqual(['RULES_FILE: settings.eligibility: minAge lebih besar dari maxAge']);
    expect(problems({ rules: [] })[0]).toMatch(/RULES_FILE: \(akar\): /);
  });

  it('is read at start: a broken file stops the start with a clear line', () => {
    const dir = mkdtempSync(path.join(tmpdir(), 'lingkaran-rules-'));
    const good = path.join(dir, 'rules.json');
    writeFileSync(good, JSON.stringify(ruleFile));
    const env = { DATABASE_URL: 'postgres://x@127.0.0.1:1/x', ...TEST_SECRETS };
    expect(loadConfig({ ...env, RULES_FILE: good }).rules.rates.map((r) => r.id)).toEqual(['BPU-2015', 'BPU-2027']);
    const broken = path.join(dir, 'broken.json');
    writeFileSync(broken, '{ "rates": [ ');
    expect(() => loadConfig({ ...env, RULES_FILE: broken })).toThrow(ConfigError);
    expect(() => loadConfig({ ...env, RULES_FILE: broken })).toThrow(/RULES_FILE: .*broken\.json tidak dapat dibaca sebagai JSON/);
  });
});
