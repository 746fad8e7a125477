import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatMonth, formatPercent, formatRupiah } from '../../../lib/format';
import { rulesQuery, type RuleBook } from '../../simulasi/api';
import { describedBy, Segmented } from '../../simulasi/fields';
import { FieldIssues, issuesFor, type Issue } from '../../simulasi/issues';
import { monthsText } from '../parts';
import { DEFAULT_INCOME, startMonthsFrom, type Draft } from './draft';

const DEFAULT_MONTH_CHOICES: readonly number[] = [1, 3, 6, 12];

/** The payable periods come from the rule book (settings quote.allowedMonths), as the server checks them. */
function monthChoicesOf(rules: RuleBook | undefined): readonly number[] {
  const value = rules?.settings.find((setting) => setting.key === 'quote.allowedMonths')?.value;
  if (Array.isArray(value) && value.length > 0 && value.every((item): item is number => typeof item === 'number')) return value;
  return DEFAULT_MONTH_CHOICES;
}

/** The rate table in force in a month (brackets can change with a new table). */
export function rateVersionIn(rules: RuleBook | undefined, yearMonth: string) {
  const day = `${yearMonth}-01`;
  const rates = rules?.rates ?? [];
  return rates.find((rate) => rate.effectiveFrom <= day && (rate.effectiveTo === null || rate.effectiveTo >= day)) ?? rates[0];
}

type ProgrammeStepProps = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  issues: readonly Issue[];
  idPrefix: string;
  firstMonth: string;
};

/** Step 2: programmes (JKK and JKM always, JHT optional), income bracket, months, first month. */
export function ProgrammeStep({ draft, onChange, issues, idPrefix, firstMonth }: ProgrammeStepProps) {
  const { t, i18n } = useTranslation();
  const rules = useQuery(rulesQuery);
  const rate = rateVersionIn(rules.data, draft.startMonth || firstMonth);
  const brackets = rate?.brackets ?? [DEFAULT_INCOME];
  const has = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${idPrefix}-${field}-issue`;
  const rateText = (program: string) => {
    const value = rate?.programs.find((item) => item.program === program)?.rate;
    if (!value) return '';
    return value.kind === 'percent'
      ? t('simulasi.quote.ratePercentShort', { percent: formatPercent(value.basisPoints, i18n.language) })
      : t('simulasi.quote.rateFlatShort', { amount: formatRupiah(value.amount) });
  };

  return (
    <>
      <fieldset className="field">
        <legend>{t('simulasi.quote.programs')}</legend>
        <div className="check-list">
          {(['JKK', 'JKM'] as const).map((program) => (
            <label key={program} className="check">
              <input type="checkbox" checked disabled />
              <span>
                <strong>{program}</strong> {t(`simulasi.programs.${program}`)}
                <span className="check-sub">
                  {rateText(program)} · {t('simulasi.quote.mandatory')}
                </span>
              </span>
            </label>
          ))}
          <label className="check">
            <input type="checkbox" data-testid="wizard-jht" checked={draft.hasJht} onChange={(event) => onChange({ hasJht: event.target.checked })} />
            <span>
              <strong>JHT</strong> {t('simulasi.programs.JHT')}
              <span className="check-sub">
                {rateText('JHT')} · {t('simulasi.quote.optional')}
              </span>
            </span>
          </label>
        </div>
        <p className="hint">{t('donations.wizard.programsHint')}</p>
        <FieldIssues issues={issues} field="programs" id={issueId('programs')} />
      </fieldset>

      <div className="field">
        <label htmlFor={`${idPrefix}-income`}>{t('simulasi.quote.income')}</label>
        <select
          id={`${idPrefix}-income`}
          data-testid="wizard-income"
          value={draft.income}
          onChange={(event) => onChange({ income: event.target.value })}
          aria-invalid={has('declaredIncome')}
          aria-describedby={describedBy(`${idPrefix}-income-hint`, has('declaredIncome') && issueId('declaredIncome'))}
        >
          {brackets.map((bracket) => (
            <option key={bracket} value={bracket}>
              {formatRupiah(bracket)}
            </option>
          ))}
        </select>
        <p className="hint" id={`${idPrefix}-income-hint`}>
          {t('simulasi.quote.incomeHint')}
        </p>
        <FieldIssues issues={issues} field="declaredIncome" id={issueId('declaredIncome')} />
      </div>

      <Segmented<number>
        name={`${idPrefix}-months`}
        legend={t('simulasi.quote.months')}
        options={monthChoicesOf(rules.data).map((value) => ({ value, label: monthsText(t, value) }))}
        value={draft.months}
        onChange={(months) => onChange({ months })}
        testId="wizard-months"
      />
      <FieldIssues issues={issues} field="months" id={issueId('months')} />

      <div className="field">
        <label htmlFor={`${idPrefix}-start`}>{t('donations.wizard.startMonth')}</label>
        <select
          id={`${idPrefix}-start`}
          data-testid="wizard-start"
          value={draft.startMonth}
          onChange={(event) => onChange({ startMonth: event.target.value })}
          aria-invalid={has('startMonth')}
          aria-describedby={describedBy(`${idPrefix}-start-hint`, has('startMonth') && issueId('startMonth'))}
        >
          {startMonthsFrom(firstMonth).map((month) => (
            <option key={month} value={month}>
              {formatMonth(month, i18n.language)}
            </option>
          ))}
        </select>
        <p className="hint" id={`${idPrefix}-start-hint`}>
          {t('donations.wizard.startMonthHint')}
        </p>
        <FieldIssues issues={issues} field="startMonth" id={issueId('startMonth')} />
      </div>
    </>
  );
}
