import { useId, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth, formatNumber, formatPercent, formatRupiah, monthNames } from '../../lib/format';
import { postQuote, useSimulation, type Quote, type QuoteBody, type RuleBook } from './api';
import { describedBy, MoneyInput, Segmented } from './fields';
import { firstDayIso, parseCount, thisMonth, toDecimalString, type YearMonth } from './input';
import { FieldIssues, IssueSummary, issuesFor, issuesOf, type Issue } from './issues';
import { isOccupationGroup, isProgram, occupationName } from './labels';
import { RegulationList, SourceRef } from './sources';

type Mode = 'workers' | 'budget';

const DEFAULT_MONTHS = [1, 3, 6, 12] as const;
const DEFAULT_INCOME = '1000000';
/** Start months offered: two years back to two years ahead, and back to the newest discount. */
const YEARS_AROUND = 2;

function startYears(rules: RuleBook | undefined, currentYear: number): number[] {
  const discountYears = (rules?.discounts ?? []).map((discount) => Number(discount.from.slice(0, 4)));
  const first = Math.min(currentYear - YEARS_AROUND, ...(discountYears.length > 0 ? [Math.max(...discountYears)] : []));
  return Array.from({ length: currentYear + YEARS_AROUND - first + 1 }, (_, index) => first + index);
}

function allowedMonthsOf(rules: RuleBook | undefined): readonly number[] {
  const value = rules?.settings.find((setting) => setting.key === 'quote.allowedMonths')?.value;
  if (Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === 'number')) return value;
  return DEFAULT_MONTHS;
}

/** The rate table in force on a day (brackets can change with a new table). */
function rateVersionOn(rules: RuleBook | undefined, day: string) {
  const rates = rules?.rates ?? [];
  return rates.find((rate) => rate.effectiveFrom <= day && (rate.effectiveTo === null || rate.effectiveTo >= day)) ?? rates[0];
}

/** Contributions of N workers × M months, or how many workers a budget protects. */
export function DonorTab({ rules }: { rules: RuleBook | undefined }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [mode, setMode] = useState<Mode>('workers');
  const [workers, setWorkers] = useState('');
  const [budget, setBudget] = useState('');
  const [hasJht, setHasJht] = useState(false);
  const [income, setIncome] = useState(DEFAULT_INCOME);
  const [months, setMonths] = useState(12);
  const [start, setStart] = useState<YearMonth>(thisMonth);
  const [occupation, setOccupation] = useState('');
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const simulation = useSimulation('quote', postQuote);
  const { query } = simulation;

  const serverIssues = issuesOf(query.error, t('simulasi.form.fieldInvalid')) ?? [];
  const issues = localIssues.length > 0 ? localIssues : serverIssues;
  const hasIssue = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${id}-${field}-issue`;

  const allowedMonths = allowedMonthsOf(rules);
  const rate = rateVersionOn(rules, firstDayIso(start));
  const brackets = rate?.brackets ?? [DEFAULT_INCOME];
  const programRate = (program: string) => rate?.programs.find((item) => item.program === program)?.rate;
  const rateText = (program: string) => {
    const value = programRate(program);
    if (!value) return '';
    return value.kind === 'percent'
      ? t('simulasi.quote.ratePercentShort', { percent: formatPercent(value.basisPoints, i18n.language) })
      : t('simulasi.quote.rateFlatShort', { amount: formatRupiah(value.amount) });
  };

  const occupations = rules?.occupations ?? [];
  const groups = [...new Set(occupations.map((item) => item.group))];
  const chosenOccupation = occupations.find((item) => item.code === occupation);
  const occupationDiscounts = chosenOccupation
    ? (rules?.discounts ?? []).filter(
        (discount) => discount.occupationGroups.includes(chosenOccupation.group) || discount.occupations.includes(chosenOccupation.code),
      )
    : [];

  const years = startYears(rules, thisMonth().year);
  const names = monthNames(i18n.language);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Issue[] = [];
    const body: QuoteBody = {
      programs: hasJht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'],
      declaredIncome: income,
      months,
      date: firstDayIso(start),
    };
    if (occupation) body.occupation = occupation;
    if (mode === 'workers') {
      const count = parseCount(workers);
      if (count.kind === 'empty') problems.push({ field: 'workers', message: t('simulasi.form.workersRequired') });
      else if (count.kind === 'invalid') problems.push({ field: 'workers', message: t('simulasi.form.wholeNumber') });
      else body.workers = count.value;
    } else if (!budget.trim()) {
      problems.push({ field: 'budget', message: t('simulasi.form.budgetRequired') });
    } else {
      body.budget = toDecimalString(budget);
    }
    setLocalIssues(problems);
    if (problems.length > 0) {
      simulation.reset();
      return;
    }
    simulation.submit(body);
  };

  return (
    <div className="sim-layout">
      <form className="card form sim-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="quote-form">
        <h2 id={`${id}-title`}>{t('simulasi.quote.formTitle')}</h2>
        <p className="muted small">{t('simulasi.quote.formIntro')}</p>

        <Segmented<Mode>
          name={`${id}-mode`}
          legend={t('simulasi.quote.modeLegend')}
          options={[
            { value: 'workers', label: t('simulasi.quote.modeWorkers') },
            { value: 'budget', label: t('simulasi.quote.modeBudget') },
          ]}
          value={mode}
          onChange={(next) => {
            setMode(next);
            setLocalIssues([]);
          }}
          testId="quote-mode"
        />

        {mode === 'workers' ? (
          <div className="field">
            <label htmlFor={`${id}-workers`}>{t('simulasi.quote.workers')}</label>
            <input
              id={`${id}-workers`}
              data-testid="quote-workers"
              inputMode="numeric"
              autoComplete="off"
              placeholder={t('simulasi.quote.workersPlaceholder')}
              value={workers}
              onChange={(event) => setWorkers(event.target.value)}
              aria-invalid={hasIssue('workers')}
              aria-describedby={describedBy(hasIssue('workers') && issueId('workers'))}
            />
            <FieldIssues issues={issues} field="workers" id={issueId('workers')} />
          </div>
        ) : (
          <div className="field">
            <label htmlFor={`${id}-budget`}>{t('simulasi.quote.budget')}</label>
            <MoneyInput
              id={`${id}-budget`}
              testId="quote-budget"
              value={budget}
              onChange={setBudget}
              placeholder={t('simulasi.quote.budgetPlaceholder')}
              isInvalid={hasIssue('budget')}
              describedBy={describedBy(`${id}-budget-hint`, hasIssue('budget') && issueId('budget'))}
            />
            <p className="hint" id={`${id}-budget-hint`}>
              {t('simulasi.quote.budgetHint')}
            </p>
            <FieldIssues issues={issues} field="budget" id={issueId('budget')} />
          </div>
        )}

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
              <input type="checkbox" data-testid="quote-jht" checked={hasJht} onChange={(event) => setHasJht(event.target.checked)} />
              <span>
                <strong>JHT</strong> {t('simulasi.programs.JHT')}
                <span className="check-sub">
                  {rateText('JHT')} · {t('simulasi.quote.optional')}
                </span>
              </span>
            </label>
          </div>
          <p className="hint">{t('simulasi.quote.programsHint')}</p>
          <FieldIssues issues={issues} field="programs" id={issueId('programs')} />
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-income`}>{t('simulasi.quote.income')}</label>
          <select
            id={`${id}-income`}
            data-testid="quote-income"
            value={income}
            onChange={(event) => setIncome(event.target.value)}
            aria-invalid={hasIssue('declaredIncome')}
            aria-describedby={describedBy(`${id}-income-hint`, hasIssue('declaredIncome') && issueId('declaredIncome'))}
          >
            {brackets.map((bracket) => (
              <option key={bracket} value={bracket}>
                {formatRupiah(bracket)}
              </option>
            ))}
          </select>
          <p className="hint" id={`${id}-income-hint`}>
            {t('simulasi.quote.incomeHint')}
          </p>
          <FieldIssues issues={issues} field="declaredIncome" id={issueId('declaredIncome')} />
        </div>

        <Segmented<number>
          name={`${id}-months`}
          legend={t('simulasi.quote.months')}
          options={allowedMonths.map((value) => ({ value, label: t(value === 1 ? 'simulasi.units.monthsOne' : 'simulasi.units.monthsOther', { n: value }) }))}
          value={months}
          onChange={setMonths}
          testId="quote-months"
        />
        <FieldIssues issues={issues} field="months" id={issueId('months')} />

        <fieldset className="field">
          <legend>{t('simulasi.quote.startMonth')}</legend>
          <div className="inline-fields">
            <label className="visually-hidden" htmlFor={`${id}-start-month`}>
              {t('simulasi.quote.startMonthMonth')}
            </label>
            <select
              id={`${id}-start-month`}
              data-testid="quote-start-month"
              value={start.month}
              onChange={(event) => setStart({ ...start, month: Number(event.target.value) })}
              aria-invalid={hasIssue('date')}
            >
              {names.map((name, index) => (
                <option key={name} value={index + 1}>
                  {name}
                </option>
              ))}
            </select>
            <label className="visually-hidden" htmlFor={`${id}-start-year`}>
              {t('simulasi.quote.startMonthYear')}
            </label>
            <select
              id={`${id}-start-year`}
              data-testid="quote-start-year"
              value={start.year}
              onChange={(event) => setStart({ ...start, year: Number(event.target.value) })}
              aria-invalid={hasIssue('date')}
            >
              {years.map((year) => (
                <option key={year} value={year}>
                  {year}
                </option>
              ))}
            </select>
          </div>
          <FieldIssues issues={issues} field="date" id={issueId('date')} />
        </fieldset>

        <div className="field">
          <label htmlFor={`${id}-occupation`}>{t('simulasi.quote.occupation')}</label>
          <select
            id={`${id}-occupation`}
            data-testid="quote-occupation"
            value={occupation}
            onChange={(event) => setOccupation(event.target.value)}
            aria-invalid={hasIssue('occupation')}
            aria-describedby={`${id}-occupation-hint`}
          >
            <option value="">{t('simulasi.quote.occupationNone')}</option>
            {groups.map((group) => (
              <optgroup key={group} label={isOccupationGroup(group) ? t(`simulasi.occupationGroups.${group}`) : group}>
                {occupations
                  .filter((item) => item.group === group)
                  .map((item) => (
                    <option key={item.code} value={item.code}>
                      {occupationName(item, i18n.language)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <div className="hint" id={`${id}-occupation-hint`}>
            {chosenOccupation && occupationDiscounts.length > 0 ? (
              <ul className="plain-list hint-list">
                {occupationDiscounts.map((discount) => (
                  <li key={discount.id}>
                    {t('simulasi.quote.discountWindow', {
                      name: i18n.language === 'en' ? discount.nameEn : discount.nameId,
                      from: formatDate(discount.from, i18n.language),
                      to: formatDate(discount.to, i18n.language),
                    })}
                  </li>
                ))}
              </ul>
            ) : chosenOccupation ? (
              t('simulasi.quote.noDiscountForOccupation')
            ) : (
              t('simulasi.quote.occupationHint')
            )}
          </div>
          <FieldIssues issues={issues} field="occupation" id={issueId('occupation')} />
        </div>

        <IssueSummary issues={issues} error={query.error} testId="quote-error" onRetry={() => void query.refetch()} />
        <button type="submit" className="button button-primary button-block" data-testid="quote-submit" disabled={query.isFetching}>
          {query.isFetching ? t('simulasi.form.calculating') : t('simulasi.quote.submit')}
        </button>
      </form>

      <div className="sim-result" aria-busy={query.isFetching}>
        {query.data && !query.isError && localIssues.length === 0 ? (
          <QuoteResult quote={query.data} headingRef={simulation.resultRef} isStale={query.isPlaceholderData} />
        ) : (
          <p className="empty sim-empty">{t('simulasi.quote.empty')}</p>
        )}
      </div>
    </div>
  );
}

type QuoteResultProps = { quote: Quote; headingRef: RefObject<HTMLHeadingElement | null>; isStale: boolean };

function QuoteResult({ quote, headingRef, isStale }: QuoteResultProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const monthsLabel = t(quote.months === 1 ? 'simulasi.units.monthsOne' : 'simulasi.units.monthsOther', { n: quote.months });
  const workersLabel = t(quote.workers === 1 ? 'simulasi.units.workersOne' : 'simulasi.units.workersOther', {
    n: formatNumber(quote.workers, lang),
  });
  const hasVaryingMonths = new Set(quote.monthly.map((month) => month.perWorker)).size > 1;
  const isBudgetTooSmall = quote.budget !== null && quote.workers === 0;
  const income = formatRupiah(quote.declaredIncome);

  return (
    <section className={isStale ? 'sim-result-body is-stale' : 'sim-result-body'} aria-labelledby="quote-result-title" data-testid="quote-result">
      <h2 id="quote-result-title" ref={headingRef} tabIndex={-1}>
        {t('simulasi.quote.resultTitle')}
      </h2>

      {isBudgetTooSmall && quote.budget ? (
        <div className="notice notice-warn" data-testid="quote-budget-too-small">
          <p>
            {t('simulasi.quote.budgetTooSmall', {
              budget: formatRupiah(quote.budget.amount),
              months: monthsLabel,
              needed: formatRupiah(quote.perWorker),
            })}
          </p>
        </div>
      ) : null}

      <ul className="figures sim-figures">
        <li className="figure">
          <span className="figure-value" data-testid="quote-protected">
            {t('simulasi.quote.protectedValue', { workers: formatNumber(quote.workers, lang), months: quote.months })}
          </span>
          <span className="figure-label">{t('simulasi.quote.protectedLabel', { workers: workersLabel, months: monthsLabel })}</span>
        </li>
        <li className="figure">
          <span className="figure-value" data-testid="quote-per-worker-monthly">
            {formatRupiah(quote.perWorkerMonthly)}
          </span>
          <span className="figure-label">
            {hasVaryingMonths ? t('simulasi.quote.perWorkerMonthlyFirst') : t('simulasi.quote.perWorkerMonthly')}
          </span>
        </li>
        <li className="figure figure-total figure-wide">
          <span className="figure-value" data-testid="quote-total">
            {formatRupiah(quote.total)}
          </span>
          <span className="figure-label">{t('simulasi.quote.total')}</span>
        </li>
        {quote.budget ? (
          <li className="figure figure-wide">
            <span className="figure-value" data-testid="quote-remainder">
              {formatRupiah(quote.budget.remainder)}
            </span>
            <span className="figure-label">{t('simulasi.quote.remainder', { budget: formatRupiah(quote.budget.amount) })}</span>
          </li>
        ) : null}
      </ul>

      <dl className="facts sim-facts">
        <dt>{t('simulasi.quote.period')}</dt>
        <dd data-testid="quote-period">
          {t('simulasi.quote.periodValue', { from: formatDate(quote.coveredFrom, lang), until: formatDate(quote.coveredUntil, lang) })}
        </dd>
        <dt>{t('simulasi.quote.perWorker')}</dt>
        <dd>
          {formatRupiah(quote.perWorker)} ({monthsLabel})
        </dd>
        <dt>{t('simulasi.quote.income')}</dt>
        <dd>{income}</dd>
      </dl>

      <h3>{t('simulasi.quote.itemsTitle')}</h3>
      <div className="table-wrap">
        <table className="table table-stack sim-table" data-testid="quote-lines">
          <caption className="visually-hidden">{t('simulasi.quote.itemsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('simulasi.quote.colProgram')}</th>
              <th scope="col" className="cell-money">
                {t('simulasi.quote.colMonthly')}
              </th>
              <th scope="col" className="cell-money">
                {t('simulasi.quote.colTotal', { workers: workersLabel, months: monthsLabel })}
              </th>
            </tr>
          </thead>
          <tbody>
            {quote.lines.map((line) => (
              <tr key={line.program} data-program={line.program}>
                <th scope="row" className="cell-head">
                  <span className="cell-strong">
                    {line.program} · {isProgram(line.program) ? t(`simulasi.programs.${line.program}`) : line.program}
                  </span>
                  <span className="cell-sub">
                    {line.rate.kind === 'percent'
                      ? t('simulasi.quote.ratePercent', { percent: formatPercent(line.rate.basisPoints, lang), income })
                      : t('simulasi.quote.rateFlat', { amount: formatRupiah(line.rate.amount) })}
                  </span>
                  {line.monthlyDiscount !== '0' ? (
                    <span className="cell-sub">
                      {t('simulasi.quote.lineDiscount', { discount: formatRupiah(line.monthlyDiscount), base: formatRupiah(line.monthlyBase) })}
                    </span>
                  ) : null}
                  <span className="cell-sub">
                    {t('simulasi.quote.linePerWorker', { amount: formatRupiah(line.perWorker), months: monthsLabel })}
                  </span>
                  <span className="cell-sub">
                    <SourceRef source={line.source} />
                  </span>
                </th>
                <td className="cell-money" data-label={t('simulasi.quote.colMonthly')}>
                  {formatRupiah(line.monthly)}
                </td>
                <td className="cell-money" data-label={t('simulasi.quote.colTotal', { workers: workersLabel, months: monthsLabel })}>
                  {formatRupiah(line.total)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="cell-head">
                {t('simulasi.quote.sum')}
              </th>
              <td className="cell-money" data-label={t('simulasi.quote.colMonthly')}>
                {formatRupiah(quote.perWorkerMonthly)}
              </td>
              <td className="cell-money" data-label={t('simulasi.quote.colTotal', { workers: workersLabel, months: monthsLabel })}>
                {formatRupiah(quote.total)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>

      {hasVaryingMonths ? (
        <>
          <h3>{t('simulasi.quote.monthlyTitle')}</h3>
          <p className="muted small">{t('simulasi.quote.monthlyIntro')}</p>
          <ul className="month-list" data-testid="quote-monthly">
            {quote.monthly.map((month) => (
              <li key={month.month}>
                <span>{formatMonth(month.month, lang)}</span>
                <span className="cell-money">{formatRupiah(month.perWorker)}</span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      {quote.discounts.length > 0 ? (
        <>
          <h3>{t('simulasi.quote.discountsTitle')}</h3>
          <ul className="link-list" data-testid="quote-discounts">
            {quote.discounts.map((discount) => (
              <li key={discount.id}>
                <span className="link-list-title">{discount.name}</span>
                <span>
                  {t('simulasi.quote.discountDetail', {
                    percent: formatPercent(discount.basisPoints, lang),
                    programs: discount.programs.join(', '),
                    months: discount.months.map((month) => formatMonth(month, lang)).join(', '),
                  })}
                </span>
                <span>
                  <SourceRef source={discount.source} hasNote />
                </span>
              </li>
            ))}
          </ul>
        </>
      ) : null}

      <h3>{t('simulasi.regulationsTitle')}</h3>
      <RegulationList regulations={quote.regulations} testId="quote-regulations" />
    </section>
  );
}
