import { useId, useRef, useState, type FormEvent, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatPercent, formatRupiah } from '../../lib/format';
import { postBenefit, useSimulation, type BenefitBody, type BenefitSimulation, type Regulation, type RuleBook } from './api';
import { describedBy, MoneyInput, Segmented } from './fields';
import { parseCount, parsePercent, toDecimalString, todayIso } from './input';
import { FieldIssues, IssueSummary, issuesFor, issuesOf, type Issue } from './issues';
import {
  BENEFIT_TYPES,
  CHILD_LEVELS,
  isBenefitItemCode,
  isBenefitType,
  isChildLevel,
  isChildReason,
  isScholarshipReason,
  occupationName,
  type BenefitType,
  type ChildLevel,
} from './labels';
import { RegulationList, RegulationRef } from './sources';

type Child = { key: number; birthDate: string; level: ChildLevel };
type DisabilityMode = 'percent' | 'code';
type Costs = { LAND: string; SEA: string; AIR: string; homeCare: string; medical: string };

const MAX_CHILDREN = 10;
const NO_COSTS: Costs = { LAND: '', SEA: '', AIR: '', homeCare: '', medical: '' };
/** Types where the scholarship for children applies (PP 82/2019, Permenaker 5/2021). */
const WITH_CHILDREN: readonly BenefitType[] = ['JKM', 'JKK_DEATH', 'JKK_TOTAL_DISABILITY'];

/** A family's view: what it would receive after a death, a disability or time off work. */
export function BenefitTab({ rules }: { rules: RuleBook | undefined }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [type, setType] = useState<BenefitType>('JKM');
  const [eventDate, setEventDate] = useState(todayIso);
  const [income, setIncome] = useState('1.000.000');
  const [contributionMonths, setContributionMonths] = useState('');
  const [disabilityMode, setDisabilityMode] = useState<DisabilityMode>('percent');
  const [disabilityPercent, setDisabilityPercent] = useState('');
  const [disabilityCode, setDisabilityCode] = useState('');
  const [incapacityMonths, setIncapacityMonths] = useState('');
  const [children, setChildren] = useState<Child[]>([]);
  const [costs, setCosts] = useState<Costs>(NO_COSTS);
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const nextChildKey = useRef(1);
  const simulation = useSimulation('benefit', postBenefit);
  const { query } = simulation;

  const serverIssues = issuesOf(query.error, t('simulasi.form.fieldInvalid')) ?? [];
  const issues = localIssues.length > 0 ? localIssues : serverIssues;
  const hasIssue = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${id}-${field.replaceAll('.', '-')}-issue`;
  const isJkk = type !== 'JKM';
  const hasChildren = WITH_CHILDREN.includes(type);
  // Benefit rules are dated: read the minimum from the version in force on the event date.
  const benefitVersion =
    rules?.benefits.find((version) => version.effectiveFrom <= eventDate && (version.effectiveTo === null || version.effectiveTo >= eventDate)) ??
    rules?.benefits[0];
  const minMonths = benefitVersion?.items.find((item) => item.key === 'scholarship.minContributionMonthsNonWork')?.value;

  const addChild = () => {
    const key = nextChildKey.current;
    nextChildKey.current += 1;
    setChildren((list) => [...list, { key, birthDate: '', level: 'SD' }]);
  };
  const updateChild = (key: number, change: Partial<Child>) =>
    setChildren((list) => list.map((child) => (child.key === key ? { ...child, ...change } : child)));
  const removeChild = (key: number) => setChildren((list) => list.filter((child) => child.key !== key));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const problems: Issue[] = [];
    const body: BenefitBody = { type, eventDate };
    if (!eventDate) problems.push({ field: 'eventDate', message: t('simulasi.form.dateRequired') });
    if (income.trim()) body.declaredIncome = toDecimalString(income);

    // Months of contributions matter only for the JKM scholarship (a work accident needs none).
    const months = isJkk ? ({ kind: 'empty' } as const) : parseCount(contributionMonths);
    if (months.kind === 'invalid') problems.push({ field: 'contributionMonths', message: t('simulasi.form.wholeNumber') });
    if (months.kind === 'number') body.contributionMonths = months.value;

    if (type === 'JKK_PARTIAL_DISABILITY') {
      if (disabilityMode === 'code') {
        if (disabilityCode) body.disabilityCode = disabilityCode;
        else problems.push({ field: 'disabilityCode', message: t('simulasi.form.disabilityCodeRequired') });
      } else {
        const percent = parsePercent(disabilityPercent);
        if (percent.kind === 'invalid') problems.push({ field: 'disabilityPercent', message: t('simulasi.form.percentInvalid') });
        // Empty is sent as nothing: the server names what is missing (DISABILITY_REQUIRED).
        if (percent.kind === 'number') body.disabilityPercent = percent.value;
      }
    }
    if (type === 'JKK_TEMPORARY_INCAPACITY') {
      const incapacity = parseCount(incapacityMonths);
      if (incapacity.kind === 'invalid') problems.push({ field: 'incapacityMonths', message: t('simulasi.form.wholeNumber') });
      if (incapacity.kind === 'number') body.incapacityMonths = incapacity.value;
    }
    if (hasChildren && children.length > 0) {
      children.forEach((child, index) => {
        if (!child.birthDate) problems.push({ field: `children.${index}.birthDate`, message: t('simulasi.form.birthDateRequired', { n: index + 1 }) });
      });
      body.children = children.map((child) => ({ birthDate: child.birthDate, level: child.level }));
    }
    if (isJkk) {
      const transport: NonNullable<BenefitBody['transport']> = {};
      for (const mode of ['LAND', 'SEA', 'AIR'] as const) {
        if (costs[mode].trim()) transport[mode] = toDecimalString(costs[mode]);
      }
      if (Object.keys(transport).length > 0) body.transport = transport;
      if (costs.homeCare.trim()) body.homeCare = toDecimalString(costs.homeCare);
      if (costs.medical.trim()) body.medical = toDecimalString(costs.medical);
    }

    setLocalIssues(problems);
    if (problems.length > 0) {
      simulation.reset();
      return;
    }
    simulation.submit(body);
  };

  const costField = (field: keyof Costs, apiField: string) => (
    <div className="field" key={field}>
      <label htmlFor={`${id}-cost-${field}`}>{t(`simulasi.benefit.costs.${field}`)}</label>
      <MoneyInput
        id={`${id}-cost-${field}`}
        testId={`benefit-cost-${field}`}
        value={costs[field]}
        onChange={(value) => setCosts((current) => ({ ...current, [field]: value }))}
        isInvalid={hasIssue(apiField)}
        describedBy={describedBy(hasIssue(apiField) && issueId(apiField))}
      />
      <FieldIssues issues={issues} field={apiField} id={issueId(apiField)} />
    </div>
  );

  return (
    <div className="sim-layout">
      <form className="card form sim-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="benefit-form">
        <h2 id={`${id}-title`}>{t('simulasi.benefit.formTitle')}</h2>
        <p className="muted small">{t('simulasi.benefit.formIntro')}</p>

        <fieldset className="field" aria-describedby={describedBy(hasIssue('type') && issueId('type'))}>
          <legend>{t('simulasi.benefit.type')}</legend>
          <div className="check-list" data-testid="benefit-type">
            {BENEFIT_TYPES.map((option) => (
              <label key={option} className="check" data-testid={`benefit-type-${option}`}>
                <input
                  type="radio"
                  name={`${id}-type`}
                  value={option}
                  checked={type === option}
                  onChange={() => {
                    setType(option);
                    setLocalIssues([]);
                  }}
                />
                <span>{t(`simulasi.benefit.types.${option}`)}</span>
              </label>
            ))}
          </div>
          <FieldIssues issues={issues} field="type" id={issueId('type')} />
        </fieldset>

        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-date`}>{t('simulasi.benefit.eventDate')}</label>
            <input
              id={`${id}-date`}
              data-testid="benefit-date"
              type="date"
              value={eventDate}
              onChange={(event) => setEventDate(event.target.value)}
              aria-invalid={hasIssue('eventDate')}
              aria-describedby={describedBy(hasIssue('eventDate') && issueId('eventDate'))}
            />
            <FieldIssues issues={issues} field="eventDate" id={issueId('eventDate')} />
          </div>
          {isJkk ? null : (
            <div className="field">
              <label htmlFor={`${id}-months`}>{t('simulasi.benefit.contributionMonths')}</label>
              <input
                id={`${id}-months`}
                data-testid="benefit-contribution-months"
                inputMode="numeric"
                autoComplete="off"
                placeholder="0"
                value={contributionMonths}
                onChange={(event) => setContributionMonths(event.target.value)}
                aria-invalid={hasIssue('contributionMonths')}
                aria-describedby={describedBy(`${id}-months-hint`, hasIssue('contributionMonths') && issueId('contributionMonths'))}
              />
              <p className="hint" id={`${id}-months-hint`}>
                {t('simulasi.benefit.contributionMonthsHint', { months: minMonths ?? '36' })}
              </p>
              <FieldIssues issues={issues} field="contributionMonths" id={issueId('contributionMonths')} />
            </div>
          )}
        </div>

        <div className="field">
          <label htmlFor={`${id}-income`}>{t('simulasi.benefit.income')}</label>
          <MoneyInput
            id={`${id}-income`}
            testId="benefit-income"
            value={income}
            onChange={setIncome}
            isInvalid={hasIssue('declaredIncome')}
            describedBy={describedBy(`${id}-income-hint`, hasIssue('declaredIncome') && issueId('declaredIncome'))}
          />
          <p className="hint" id={`${id}-income-hint`}>
            {isJkk ? t('simulasi.benefit.incomeHintJkk') : t('simulasi.benefit.incomeHintJkm')}
          </p>
          <FieldIssues issues={issues} field="declaredIncome" id={issueId('declaredIncome')} />
        </div>

        {type === 'JKK_PARTIAL_DISABILITY' ? (
          <>
            <Segmented<DisabilityMode>
              name={`${id}-disability-mode`}
              legend={t('simulasi.benefit.disabilityLegend')}
              options={[
                { value: 'percent', label: t('simulasi.benefit.disabilityByPercent') },
                { value: 'code', label: t('simulasi.benefit.disabilityByPart') },
              ]}
              value={disabilityMode}
              onChange={setDisabilityMode}
              testId="benefit-disability-mode"
            />
            {disabilityMode === 'percent' ? (
              <div className="field">
                <label htmlFor={`${id}-percent`}>{t('simulasi.benefit.disabilityPercent')}</label>
                <div className="input-affix input-affix-end">
                  <input
                    id={`${id}-percent`}
                    data-testid="benefit-disability-percent"
                    inputMode="decimal"
                    autoComplete="off"
                    placeholder="25"
                    value={disabilityPercent}
                    onChange={(event) => setDisabilityPercent(event.target.value)}
                    aria-invalid={hasIssue('disabilityPercent')}
                    aria-describedby={describedBy(`${id}-percent-hint`, hasIssue('disabilityPercent') && issueId('disabilityPercent'))}
                  />
                  <span className="input-affix-text" aria-hidden="true">
                    %
                  </span>
                </div>
                <p className="hint" id={`${id}-percent-hint`}>
                  {t('simulasi.benefit.disabilityPercentHint')}
                </p>
                <FieldIssues issues={issues} field="disabilityPercent" id={issueId('disabilityPercent')} />
              </div>
            ) : (
              <div className="field">
                <label htmlFor={`${id}-part`}>{t('simulasi.benefit.disabilityPart')}</label>
                <select
                  id={`${id}-part`}
                  data-testid="benefit-disability-code"
                  value={disabilityCode}
                  onChange={(event) => setDisabilityCode(event.target.value)}
                  aria-invalid={hasIssue('disabilityCode')}
                  aria-describedby={describedBy(hasIssue('disabilityCode') && issueId('disabilityCode'))}
                >
                  <option value="">{t('simulasi.benefit.disabilityPartChoose')}</option>
                  {(rules?.disabilityTable.rows ?? []).map((row) => (
                    <option key={row.code} value={row.code}>
                      {occupationName(row, i18n.language)} — {formatPercent(row.basisPoints, i18n.language)}
                    </option>
                  ))}
                </select>
                <FieldIssues issues={issues} field="disabilityCode" id={issueId('disabilityCode')} />
              </div>
            )}
          </>
        ) : null}

        {type === 'JKK_TEMPORARY_INCAPACITY' ? (
          <div className="field">
            <label htmlFor={`${id}-incapacity`}>{t('simulasi.benefit.incapacityMonths')}</label>
            <input
              id={`${id}-incapacity`}
              data-testid="benefit-incapacity-months"
              inputMode="numeric"
              autoComplete="off"
              value={incapacityMonths}
              onChange={(event) => setIncapacityMonths(event.target.value)}
              aria-invalid={hasIssue('incapacityMonths')}
              aria-describedby={describedBy(`${id}-incapacity-hint`, hasIssue('incapacityMonths') && issueId('incapacityMonths'))}
            />
            <p className="hint" id={`${id}-incapacity-hint`}>
              {t('simulasi.benefit.incapacityHint')}
            </p>
            <FieldIssues issues={issues} field="incapacityMonths" id={issueId('incapacityMonths')} />
          </div>
        ) : null}

        {hasChildren ? (
          <fieldset className="field children-field">
            <legend>{t('simulasi.benefit.children')}</legend>
            <p className="hint">{t('simulasi.benefit.childrenHint')}</p>
            {children.length > 0 ? (
              <ol className="child-list">
                {children.map((child, index) => {
                  const birthField = `children.${index}.birthDate`;
                  const levelField = `children.${index}.level`;
                  return (
                    <li key={child.key} className="child-row" data-testid={`child-${index}`}>
                      <span className="child-number" aria-hidden="true">
                        {index + 1}
                      </span>
                      <div className="field">
                        <label htmlFor={`${id}-child-${child.key}-birth`}>{t('simulasi.benefit.childBirthDate', { n: index + 1 })}</label>
                        <input
                          id={`${id}-child-${child.key}-birth`}
                          data-testid={`child-birth-${index}`}
                          type="date"
                          value={child.birthDate}
                          onChange={(event) => updateChild(child.key, { birthDate: event.target.value })}
                          aria-invalid={hasIssue(birthField)}
                          aria-describedby={describedBy(hasIssue(birthField) && issueId(birthField))}
                        />
                        <FieldIssues issues={issues} field={birthField} id={issueId(birthField)} />
                      </div>
                      <div className="field">
                        <label htmlFor={`${id}-child-${child.key}-level`}>{t('simulasi.benefit.childLevel', { n: index + 1 })}</label>
                        <select
                          id={`${id}-child-${child.key}-level`}
                          data-testid={`child-level-${index}`}
                          value={child.level}
                          onChange={(event) => {
                            if (isChildLevel(event.target.value)) updateChild(child.key, { level: event.target.value });
                          }}
                          aria-invalid={hasIssue(levelField)}
                        >
                          {CHILD_LEVELS.map((level) => (
                            <option key={level} value={level}>
                              {t(`simulasi.levels.${level}`)}
                            </option>
                          ))}
                        </select>
                        <FieldIssues issues={issues} field={levelField} id={issueId(levelField)} />
                      </div>
                      <button
                        type="button"
                        className="button button-secondary button-small child-remove"
                        data-testid={`child-remove-${index}`}
                        onClick={() => removeChild(child.key)}
                      >
                        {t('simulasi.benefit.childRemove')}
                        <span className="visually-hidden"> {t('simulasi.benefit.childNumber', { n: index + 1 })}</span>
                      </button>
                    </li>
                  );
                })}
              </ol>
            ) : null}
            <FieldIssues issues={issues} field="children" id={issueId('children')} exact />
            <button
              type="button"
              className="button button-secondary"
              data-testid="child-add"
              onClick={addChild}
              disabled={children.length >= MAX_CHILDREN}
            >
              {t('simulasi.benefit.childAdd')}
            </button>
          </fieldset>
        ) : null}

        {isJkk ? (
          <details className="field costs">
            <summary>{t('simulasi.benefit.costsTitle')}</summary>
            <p className="hint">{t('simulasi.benefit.costsHint')}</p>
            <div className="form-grid">
              {costField('LAND', 'transport.LAND')}
              {costField('SEA', 'transport.SEA')}
              {costField('AIR', 'transport.AIR')}
              {costField('homeCare', 'homeCare')}
              {costField('medical', 'medical')}
            </div>
          </details>
        ) : null}

        <IssueSummary issues={issues} error={query.error} testId="benefit-error" onRetry={() => void query.refetch()} />
        <button type="submit" className="button button-primary button-block" data-testid="benefit-submit" disabled={query.isFetching}>
          {query.isFetching ? t('simulasi.form.calculating') : t('simulasi.benefit.submit')}
        </button>
      </form>

      <div className="sim-result" aria-busy={query.isFetching}>
        {query.data && !query.isError && localIssues.length === 0 ? (
          <BenefitResult result={query.data} headingRef={simulation.resultRef} isStale={query.isPlaceholderData} />
        ) : (
          <p className="empty sim-empty">{t('simulasi.benefit.empty')}</p>
        )}
      </div>
    </div>
  );
}

type BenefitResultProps = { result: BenefitSimulation; headingRef: RefObject<HTMLHeadingElement | null>; isStale: boolean };

function uniqueRegulations(result: BenefitSimulation): Regulation[] {
  const seen = new Map<string, Regulation>();
  for (const item of result.items) seen.set(item.regulation.id, item.regulation);
  return [...seen.values()];
}

function BenefitResult({ result, headingRef, isStale }: BenefitResultProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const { scholarship } = result;
  const itemLabel = (code: string, child: number | null) => {
    const label = isBenefitItemCode(code) ? t(`simulasi.benefit.items.${code}`) : code;
    return child === null ? label : t('simulasi.benefit.itemForChild', { label, n: child });
  };
  const levelLabel = (level: string) => (isChildLevel(level) ? t(`simulasi.levels.${level}`) : level);

  return (
    <section className={isStale ? 'sim-result-body is-stale' : 'sim-result-body'} aria-labelledby="benefit-result-title" data-testid="benefit-result">
      <h2 id="benefit-result-title" ref={headingRef} tabIndex={-1}>
        {t('simulasi.benefit.resultTitle')}
      </h2>
      <p className="muted">
        {isBenefitType(result.type) ? t(`simulasi.benefit.types.${result.type}`) : result.type} ·{' '}
        {t('simulasi.benefit.onDate', { date: formatDate(result.eventDate, lang) })}
      </p>

      <ul className="figures sim-figures">
        <li className="figure figure-total figure-wide">
          <span className="figure-value" data-testid="benefit-total">
            {formatRupiah(result.total)}
          </span>
          <span className="figure-label">{t('simulasi.benefit.total')}</span>
        </li>
      </ul>

      <h3>{t('simulasi.benefit.itemsTitle')}</h3>
      <div className="table-wrap">
        <table className="table sim-table" data-testid="benefit-items">
          <caption className="visually-hidden">{t('simulasi.benefit.itemsTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('simulasi.benefit.colItem')}</th>
              <th scope="col" className="cell-money">
                {t('simulasi.benefit.colAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {result.items.map((item, index) => (
              <tr key={`${item.code}-${index}`} data-code={item.code}>
                <th scope="row" className="cell-head">
                  <span className="cell-strong">{itemLabel(item.code, item.child)}</span>
                  <span className="cell-sub">
                    {t('simulasi.benefit.basis')}: {item.basis}
                  </span>
                  <span className="cell-sub">
                    <RegulationRef regulation={item.regulation} />
                  </span>
                </th>
                <td className="cell-money">{formatRupiah(item.amount)}</td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="cell-head">
                {t('simulasi.benefit.total')}
              </th>
              <td className="cell-money">{formatRupiah(result.total)}</td>
            </tr>
          </tfoot>
        </table>
      </div>

      <h3>{t('simulasi.benefit.scholarshipTitle')}</h3>
      <div data-testid="benefit-scholarship">
        {scholarship.reason !== 'OK' && isScholarshipReason(scholarship.reason) ? (
          <p className="muted">
            {t(`simulasi.benefit.scholarshipReasons.${scholarship.reason}`, { months: scholarship.minContributionMonths ?? '' })}
          </p>
        ) : null}
        {scholarship.children.length > 0 ? (
          <ul className="link-list">
            {scholarship.children.map((child) => (
              <li key={child.index} data-testid={`scholarship-child-${child.index}`}>
                <span className="link-list-head scholarship-head">
                  <span className="link-list-title">{t('simulasi.benefit.childNumber', { n: child.index })}</span>
                  {child.isEligible ? <span className="cell-money">{formatRupiah(child.total)}</span> : null}
                </span>
                {child.isEligible ? (
                  <>
                    <span>
                      {t(child.years.length === 1 ? 'simulasi.benefit.scholarshipYearsOne' : 'simulasi.benefit.scholarshipYearsOther', {
                        n: child.years.length,
                        levels: [...new Set(child.years.map((year) => levelLabel(year.level)))].join(', '),
                      })}
                    </span>
                    <details className="years">
                      <summary>{t('simulasi.benefit.scholarshipPerYear')}</summary>
                      <table className="table year-table">
                        <thead>
                          <tr>
                            <th scope="col">{t('simulasi.benefit.colYearStarts')}</th>
                            <th scope="col">{t('simulasi.benefit.colLevel')}</th>
                            <th scope="col" className="cell-money">
                              {t('simulasi.benefit.colAmount')}
                            </th>
                          </tr>
                        </thead>
                        <tbody>
                          {child.years.map((year) => (
                            <tr key={year.schoolYearStarts}>
                              <td>{formatDate(year.schoolYearStarts, lang)}</td>
                              <td>{levelLabel(year.level)}</td>
                              <td className="cell-money">{formatRupiah(year.amount)}</td>
                            </tr>
                          ))}
                        </tbody>
                      </table>
                    </details>
                  </>
                ) : (
                  <span>{isChildReason(child.reason) ? t(`simulasi.benefit.childReasons.${child.reason}`) : child.reason}</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
      </div>

      {result.notes.length > 0 ? (
        <div className="notice notice-info" data-testid="benefit-notes">
          <p className="notice-title">{t('simulasi.benefit.notesTitle')}</p>
          <ul className="plain-list">
            {result.notes.map((note) => (
              <li key={note.code}>{note.message}</li>
            ))}
          </ul>
        </div>
      ) : null}

      <h3>{t('simulasi.regulationsTitle')}</h3>
      <RegulationList regulations={uniqueRegulations(result)} testId="benefit-regulations" />
    </section>
  );
}
