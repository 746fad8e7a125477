import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth, formatNumber } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { forecastsQuery, type Forecasts } from './api';

type Item = Forecasts['items'][number];

/** A regency belongs to the region shown when it is inside it, or the region is inside the regency. */
function isWithin(item: Item, region: string | undefined): boolean {
  if (!region) return true;
  return item.regencyCode === region || item.regencyCode.startsWith(`${region}.`) || region.startsWith(`${item.regencyCode}.`);
}

/** Active workers whose paid protection runs out within 30, 60 and 90 days if nothing more is paid. */
export function ForecastsTable({ region }: { region: string | undefined }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const forecasts = useQuery(forecastsQuery(lang));
  const items = (forecasts.data?.items ?? []).filter((item) => isWithin(item, region));
  const total = items.reduce((sum, item) => ({ d30: sum.d30 + item.d30, d60: sum.d60 + item.d60, d90: sum.d90 + item.d90 }), { d30: 0, d60: 0, d90: 0 });
  const run = forecasts.data?.run ?? null;
  const cell = (label: string, value: number) => (
    <td className="cell-money" data-label={label}>
      {formatNumber(value, lang)}
    </td>
  );
  return (
    <section className="section" aria-labelledby="forecasts-title" data-testid="coverage-forecasts">
      <div className="section-head">
        <h2 id="forecasts-title">{t('coverage.forecasts.title')}</h2>
        {run ? (
          <p className="muted small" data-testid="forecasts-run">
            {t('coverage.forecasts.fromRun', { month: formatMonth(run.month, lang), date: formatDate(run.asOf, lang) })}
          </p>
        ) : null}
      </div>
      <p className="muted small">{t('coverage.forecasts.intro')}</p>
      {forecasts.isPending ? <Loading /> : null}
      {forecasts.isError ? <ErrorNotice error={forecasts.error} onRetry={() => void forecasts.refetch()} /> : null}
      {forecasts.data && !run ? <p className="empty">{t('coverage.forecasts.noRun')}</p> : null}
      {forecasts.data && run && items.length === 0 ? <p className="empty">{t('coverage.forecasts.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack coverage-table coverage-numbers" data-testid="forecasts-table">
            <caption className="visually-hidden">{t('coverage.forecasts.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.forecasts.colRegency')}</th>
                <th scope="col" className="cell-money">
                  {t('coverage.forecasts.col30')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.forecasts.col60')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.forecasts.col90')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((item) => (
                <tr key={item.regencyCode} data-testid="forecast-row" data-code={item.regencyCode}>
                  <td className="cell-title">
                    <span className="cell-strong">{item.regency ?? item.regencyCode}</span>
                  </td>
                  {cell(t('coverage.forecasts.col30'), item.d30)}
                  {cell(t('coverage.forecasts.col60'), item.d60)}
                  {cell(t('coverage.forecasts.col90'), item.d90)}
                </tr>
              ))}
            </tbody>
            {items.length > 1 ? (
              <tfoot>
                <tr>
                  <th scope="row" className="cell-head">
                    {t('coverage.forecasts.total')}
                  </th>
                  {cell(t('coverage.forecasts.col30'), total.d30)}
                  {cell(t('coverage.forecasts.col60'), total.d60)}
                  {cell(t('coverage.forecasts.col90'), total.d90)}
                </tr>
              </tfoot>
            ) : null}
          </table>
        </div>
      ) : null}
    </section>
  );
}
