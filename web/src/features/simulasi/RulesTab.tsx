import type { UseQueryResult } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber, formatPercent, formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import type { RuleBook, RuleSource, SourceStatus } from './api';
import { benefitKey, isChildLevel, isOccupationGroup, isProgram, isSettingValue, occupationName, settingKey } from './labels';
import { RegulationList, RegulationRef, StatusBadge } from './sources';

type Row = { key: string; label: ReactNode; value: ReactNode; source: RuleSource };

const STATUSES: readonly SourceStatus[] = ['VERIFIED', 'DERIVED', 'UNVERIFIED', 'CONFLICT'];
const WHOLE = /^-?\d+$/;

/** How a value of the rule book reads: a unit per key (the key names the unit, the book does not). */
type Unit = 'money' | 'percent' | 'times' | 'months' | 'years' | 'children' | 'workingDays' | 'dayOfMonth' | 'bpPerDay' | 'monthsList' | 'number';

const BENEFIT_UNITS: Record<string, Unit> = {
  'jkkDeath.incomeMultiplier': 'times',
  'totalDisability.percent': 'percent',
  'totalDisability.multiplier': 'times',
  'partialDisability.multiplier': 'times',
  'temporaryIncapacity.fullMonths': 'months',
  'temporaryIncapacity.laterPercent': 'percent',
  'scholarship.maxChildren': 'children',
  'scholarship.endAge': 'years',
  'scholarship.minContributionMonthsNonWork': 'months',
};

const SETTING_UNITS: Record<string, Unit> = {
  'coverage.graceMonths': 'months',
  'coverage.dueDay': 'dayOfMonth',
  'eligibility.minAge': 'years',
  'eligibility.maxAge': 'years',
  'quote.allowedMonths': 'monthsList',
  'quote.maxWorkers': 'number',
  'sla.jkmWorkingDays': 'workingDays',
  'sla.jkkWorkingDays': 'workingDays',
  'sla.jkkLatePenaltyBasisPointsPerDay': 'bpPerDay',
  'claims.jkkExpiryYears': 'years',
  'claims.jkmExpiryYears': 'years',
  'stats.minPublicCell': 'number',
};

function formatValue(value: unknown, unit: Unit | undefined, t: TFunction, lang: string): string {
  if (value === null || value === undefined) return t('simulasi.rules.notSet');
  if (typeof value === 'boolean') return value ? t('simulasi.rules.yes') : t('simulasi.rules.no');
  if (Array.isArray(value)) {
    const list = value.map((item) => formatValue(item, 'number', t, lang)).join(', ');
    return unit === 'monthsList' ? t('simulasi.units.monthsOther', { n: list }) : list;
  }
  if (typeof value === 'string' && !/^-?\d+(\.\d+)?$/.test(value)) return isSettingValue(value) ? t(`simulasi.rules.settingValues.${value}`) : value;
  const number = Number(value);
  const n = formatNumber(number, lang);
  switch (unit) {
    case 'money':
      return typeof value === 'string' && WHOLE.test(value) ? formatRupiah(value) : n;
    case 'percent':
      return formatPercent(Math.round(number * 100), lang);
    case 'bpPerDay':
      return t('simulasi.units.perDay', { value: formatPercent(number, lang) });
    case 'times':
      return t('simulasi.units.timesIncome', { n });
    case 'months':
      return t(number === 1 ? 'simulasi.units.monthsOne' : 'simulasi.units.monthsOther', { n });
    case 'years':
      return t(number === 1 ? 'simulasi.units.yearsOne' : 'simulasi.units.yearsOther', { n });
    case 'children':
      return t(number === 1 ? 'simulasi.units.childrenOne' : 'simulasi.units.childrenOther', { n });
    case 'workingDays':
      return t(number === 1 ? 'simulasi.units.workingDaysOne' : 'simulasi.units.workingDaysOther', { n });
    case 'dayOfMonth':
      return t('simulasi.units.dayOfMonth', { n });
    default:
      return n;
  }
}

/** Rows from one source often share its note (the JKM figures): say it once, on the first of them. */
function isSameNote(previous: RuleSource | undefined, source: RuleSource): boolean {
  return previous !== undefined && previous.regulation === source.regulation && previous.note === source.note;
}

function RuleTable({ rows, caption, testId }: { rows: readonly Row[]; caption: string; testId: string }) {
  const { t } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-stack rule-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('simulasi.rules.colRule')}</th>
            <th scope="col">{t('simulasi.rules.colValue')}</th>
            <th scope="col">{t('simulasi.rules.colSource')}</th>
            <th scope="col">{t('simulasi.rules.colStatus')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, index) => (
            <tr key={row.key} data-key={row.key}>
              <th scope="row" className="cell-head">
                {row.label}
              </th>
              <td className="cell-value" data-label={t('simulasi.rules.colValue')}>
                {row.value}
              </td>
              <td className="cell-source" data-label={t('simulasi.rules.colSource')}>
                <RegulationRef regulation={row.source} />
                {row.source.note && !isSameNote(rows[index - 1]?.source, row.source) ? (
                  <span className="source-note">{row.source.note}</span>
                ) : null}
              </td>
              <td className="cell-status" data-label={t('simulasi.rules.colStatus')}>
                <StatusBadge status={row.source.status} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function Section({ id, title, intro, children }: { id: string; title: string; intro?: ReactNode; children: ReactNode }) {
  return (
    <section className="section rule-section" aria-labelledby={id} data-testid={id}>
      <h3 id={id}>{title}</h3>
      {intro ? <p className="muted small">{intro}</p> : null}
      {children}
    </section>
  );
}

/** Every number the simulations use, with its regulation, date and how sure we are of it. */
export function RulesTab({ rules }: { rules: UseQueryResult<RuleBook> }) {
  const { t } = useTranslation();
  return (
    <div className="rules" data-testid="rules">
      <div className="card rules-intro">
        <h2>{t('simulasi.rules.title')}</h2>
        <p>{t('simulasi.rules.intro')}</p>
        <ul className="status-legend" aria-label={t('simulasi.rules.legend')}>
          {STATUSES.map((status) => (
            <li key={status}>
              <StatusBadge status={status} /> <span>{t(`simulasi.status.${status}.hint`)}</span>
            </li>
          ))}
        </ul>
      </div>
      {rules.isPending ? <Loading /> : null}
      {rules.isError ? <ErrorNotice error={rules.error} onRetry={() => void rules.refetch()} /> : null}
      {rules.data ? <RuleBookView book={rules.data} /> : null}
    </div>
  );
}

function RuleBookView({ book }: { book: RuleBook }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const programLabel = (program: string) => (isProgram(program) ? `${program} · ${t(`simulasi.programs.${program}`)}` : program);

  return (
    <>
      {book.rates.map((rate) => (
        <Section
          key={rate.id}
          id={`rules-rates-${rate.id}`}
          title={t('simulasi.rules.ratesTitle')}
          intro={t('simulasi.rules.inForce', {
            from: formatDate(rate.effectiveFrom, lang),
            to: rate.effectiveTo ? formatDate(rate.effectiveTo, lang) : t('simulasi.rules.now'),
          })}
        >
          <RuleTable
            caption={t('simulasi.rules.ratesTitle')}
            testId="rules-rates"
            rows={[
              ...rate.programs.map(
                (item): Row => ({
                  key: item.program,
                  label: programLabel(item.program),
                  value:
                    item.rate.kind === 'percent'
                      ? t('simulasi.quote.ratePercentShort', { percent: formatPercent(item.rate.basisPoints, lang) })
                      : t('simulasi.quote.rateFlatShort', { amount: formatRupiah(item.rate.amount) }),
                  source: item.source,
                }),
              ),
              {
                key: 'brackets',
                label: t('simulasi.rules.brackets'),
                value: rate.brackets.map((bracket) => formatRupiah(bracket)).join(', '),
                source: rate.bracketsSource,
              },
            ]}
          />
        </Section>
      ))}

      <Section id="rules-discounts" title={t('simulasi.rules.discountsTitle')}>
        <RuleTable
          caption={t('simulasi.rules.discountsTitle')}
          testId="rules-discounts-table"
          rows={book.discounts.map(
            (discount): Row => ({
              key: discount.id,
              label: lang === 'en' ? discount.nameEn : discount.nameId,
              value: (
                <>
                  <span className="cell-strong">
                    −{formatPercent(discount.basisPoints, lang)} {discount.programs.join(', ')}
                  </span>
                  <span className="cell-sub">
                    {formatDate(discount.from, lang)} – {formatDate(discount.to, lang)}
                  </span>
                  <span className="cell-sub">
                    {discount.occupationGroups.length + discount.occupations.length === 0
                      ? t('simulasi.rules.allOccupations')
                      : [
                          ...discount.occupationGroups.map((group) => (isOccupationGroup(group) ? t(`simulasi.occupationGroups.${group}`) : group)),
                          ...discount.occupations,
                        ].join(', ')}
                  </span>
                </>
              ),
              source: discount.source,
            }),
          )}
        />
      </Section>

      {book.benefits.map((version) => {
        const scholarshipSource = version.items.find((item) => item.key === 'scholarship.maxChildren')?.source;
        const rows: Row[] = version.items.map((item) => {
          const key = benefitKey(item.key);
          return {
            key: item.key,
            label: key ? t(`simulasi.rules.benefitLabels.${key}`) : item.key,
            value: formatValue(item.value, BENEFIT_UNITS[item.key] ?? 'money', t, lang),
            source: item.source,
          };
        });
        if (scholarshipSource) {
          for (const level of version.scholarshipLevels) {
            rows.push({
              key: `scholarship-${level.level}`,
              label: t('simulasi.rules.scholarshipLevel', { level: isChildLevel(level.level) ? t(`simulasi.levels.${level.level}`) : level.level }),
              value: t(level.maxYears === 1 ? 'simulasi.rules.perYearOne' : 'simulasi.rules.perYearOther', {
                amount: formatRupiah(level.yearly),
                n: level.maxYears,
              }),
              source: scholarshipSource,
            });
          }
        }
        return (
          <Section
            key={version.id}
            id={`rules-benefits-${version.id}`}
            title={t('simulasi.rules.benefitsTitle')}
            intro={t('simulasi.rules.inForce', {
              from: formatDate(version.effectiveFrom, lang),
              to: version.effectiveTo ? formatDate(version.effectiveTo, lang) : t('simulasi.rules.now'),
            })}
          >
            <RuleTable caption={t('simulasi.rules.benefitsTitle')} testId="rules-benefits" rows={rows} />
          </Section>
        );
      })}

      <Section id="rules-disability" title={t('simulasi.rules.disabilityTitle')}>
        <p className="source-block">
          <RegulationRef regulation={book.disabilityTable.source} /> <StatusBadge status={book.disabilityTable.source.status} />
          {book.disabilityTable.source.note ? <span className="source-note">{book.disabilityTable.source.note}</span> : null}
        </p>
        <details className="card-details">
          <summary>{t('simulasi.rules.disabilityShow', { n: book.disabilityTable.rows.length })}</summary>
          <ul className="month-list">
            {book.disabilityTable.rows.map((row) => (
              <li key={row.code}>
                <span>{occupationName(row, lang)}</span>
                <span className="cell-money">{formatPercent(row.basisPoints, lang)}</span>
              </li>
            ))}
          </ul>
        </details>
      </Section>

      <Section id="rules-holidays" title={t('simulasi.rules.holidaysTitle')} intro={t('simulasi.rules.holidaysIntro')}>
        <ul className="link-list">
          {book.holidays.map((year) => {
            const national = year.days.filter((day) => day.kind === 'LIBUR_NASIONAL').length;
            const collective = year.days.length - national;
            return (
              <li key={year.year} data-testid={`rules-holidays-${year.year}`}>
                <span className="link-list-head">
                  <span className="link-list-title">{year.year}</span>
                  <StatusBadge status={year.source.status} />
                </span>
                <span>{t('simulasi.rules.holidayCounts', { national, collective })}</span>
                <span>
                  <RegulationRef regulation={year.source} />
                  {year.source.note ? <span className="source-note">{year.source.note}</span> : null}
                </span>
                <details>
                  <summary>{t('simulasi.rules.holidaysShow')}</summary>
                  <ul className="month-list">
                    {year.days.map((day) => (
                      <li key={day.date}>
                        <span>
                          {formatDate(day.date, lang)} — {day.nameId}
                        </span>
                        <span className="muted small">{t(`simulasi.rules.holidayKinds.${day.kind}`)}</span>
                      </li>
                    ))}
                  </ul>
                </details>
              </li>
            );
          })}
        </ul>
      </Section>

      <Section id="rules-settings" title={t('simulasi.rules.settingsTitle')} intro={t('simulasi.rules.settingsIntro')}>
        <RuleTable
          caption={t('simulasi.rules.settingsTitle')}
          testId="rules-settings-table"
          rows={book.settings.flatMap((setting): Row[] => {
            if (!setting.source) return [];
            const key = settingKey(setting.key);
            return [
              {
                key: setting.key,
                label: key ? t(`simulasi.rules.settingLabels.${key}`) : setting.key,
                value: formatValue(setting.value, SETTING_UNITS[setting.key], t, lang),
                source: setting.source,
              },
            ];
          })}
        />
        {book.settings.some((setting) => !setting.source) ? (
          <p className="muted small">
            {t('simulasi.rules.settingsWithoutSource', {
              keys: book.settings
                .filter((setting) => !setting.source)
                .map((setting) => setting.key)
                .join(', '),
            })}
          </p>
        ) : null}
      </Section>

      <Section id="rules-regions" title={t('simulasi.rules.regionsTitle')}>
        <p className="source-block">
          {t('simulasi.rules.regionsCount', { n: book.regionHistory.changes.length })}{' '}
          <RegulationRef regulation={book.regionHistory.source} /> <StatusBadge status={book.regionHistory.source.status} />
          {book.regionHistory.source.note ? <span className="source-note">{book.regionHistory.source.note}</span> : null}
        </p>
        <details className="card-details">
          <summary>{t('simulasi.rules.regionsShow')}</summary>
          <ul className="month-list">
            {book.regionHistory.changes.map((change) => (
              <li key={change.oldCode}>
                <span>{change.name}</span>
                <span className="muted small">
                  <code>{change.oldCode}</code> → <code>{change.currentCode}</code>
                </span>
              </li>
            ))}
          </ul>
        </details>
      </Section>

      <Section id="rules-regulations" title={t('simulasi.rules.regulationsTitle')}>
        <RegulationList regulations={book.regulations} />
      </Section>
    </>
  );
}
