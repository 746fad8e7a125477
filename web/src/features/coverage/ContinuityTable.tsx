import { useTranslation } from 'react-i18next';
import { formatMonth, formatNumber } from '../../lib/format';
import type { Continuity } from './api';
import { shareText } from './parts';

/**
 * Of the workers whose sponsorship ended with a month, how many stayed covered the month after: by a
 * renewal or another donor, by the continuity pool, or paying themselves.
 */
export function ContinuityTable({ months }: { months: readonly Continuity[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const hasAny = months.some((month) => month.sponsorshipEnded > 0);
  const cell = (label: string, value: number, testId?: string) => (
    <td className="cell-money" data-label={label} data-testid={testId}>
      {formatNumber(value, lang)}
    </td>
  );
  return (
    <section className="section" aria-labelledby="continuity-title" data-testid="coverage-continuity">
      <div className="section-head">
        <h2 id="continuity-title">{t('coverage.continuity.title')}</h2>
      </div>
      <p className="muted small">{t('coverage.continuity.intro')}</p>
      {!hasAny ? (
        <p className="empty">{t('coverage.continuity.none')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-stack coverage-table coverage-numbers" data-testid="continuity-table">
            <caption className="visually-hidden">{t('coverage.continuity.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.continuity.colMonth')}</th>
                <th scope="col" className="cell-money">
                  {t('coverage.continuity.colEnded')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.continuity.colDonation')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.continuity.colPool')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.continuity.colSelf')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.continuity.colShare')}
                </th>
              </tr>
            </thead>
            <tbody>
              {months.map((month) => (
                <tr key={month.month} data-testid="continuity-row" data-month={month.month}>
                  <td className="cell-title">
                    <span className="cell-strong">{formatMonth(month.month, lang)}</span>
                  </td>
                  {cell(t('coverage.continuity.colEnded'), month.sponsorshipEnded)}
                  {cell(t('coverage.continuity.colDonation'), month.bySource.donation)}
                  {cell(t('coverage.continuity.colPool'), month.bySource.pool)}
                  {cell(t('coverage.continuity.colSelf'), month.bySource.self)}
                  <td className="cell-money" data-label={t('coverage.continuity.colShare')}>
                    <strong>{shareText(month.share, lang)}</strong>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </section>
  );
}
