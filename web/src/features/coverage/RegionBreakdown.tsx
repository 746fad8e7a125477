import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { regionQuery } from '../regions/api';
import { regionsCoverageQuery, type RegionCoverage } from './api';

const LEAF_DEPTH = 4;

type BreadcrumbProps = { parent: string | undefined; top: string | undefined };

/** Where the table is in the region tree; the viewer can go up to its own working area, no further. */
function Breadcrumb({ parent, top }: BreadcrumbProps) {
  const { t } = useTranslation();
  const region = useQuery({ ...regionQuery(parent ?? ''), enabled: Boolean(parent) });
  if (!parent) return null;
  const chain = [...(region.data?.ancestors ?? []), ...(region.data ? [region.data.region] : [])];
  const depthOfTop = top ? top.split('.').length : 0;
  const visible = chain.filter((item) => item.code.split('.').length >= depthOfTop);
  return (
    <nav className="breadcrumb" aria-label={t('regions.breadcrumb')} data-testid="coverage-breadcrumb">
      <ol>
        {top ? null : (
          <li>
            <Link to="/coverage">{t('regions.allProvinces')}</Link>
          </li>
        )}
        {visible.map((item) => (
          <li key={item.code}>
            {item.code === parent ? (
              <span aria-current="page">{item.name}</span>
            ) : (
              <Link to="/coverage" search={item.code === top ? {} : { region: item.code }}>
                {item.name}
              </Link>
            )}
          </li>
        ))}
      </ol>
    </nav>
  );
}

function Row({ row }: { row: RegionCoverage }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const isLeaf = row.code.split('.').length >= LEAF_DEPTH;
  const name = row.name ?? row.code;
  const cell = (label: string, value: number) => (
    <td className="cell-money" data-label={label}>
      {formatNumber(value, lang)}
    </td>
  );
  return (
    <tr data-testid="coverage-region-row" data-code={row.code}>
      <td className="cell-title">
        {isLeaf ? (
          <span className="cell-strong">{name}</span>
        ) : (
          <Link to="/coverage" search={{ region: row.code }} className="cell-strong" data-testid="coverage-region-link">
            {name}
          </Link>
        )}
        <code className="cell-sub">{row.code}</code>
      </td>
      {cell(t('coverage.regions.colTotal'), row.total)}
      {cell(t('coverage.filters.active'), row.active)}
      {cell(t('coverage.filters.expiring'), row.expiring)}
      {cell(t('coverage.filters.arrears'), row.arrears)}
      {cell(t('coverage.filters.ended'), row.ended)}
      {cell(t('coverage.filters.self'), row.selfPaying)}
    </tr>
  );
}

/** States per child region, one level at a time: province → regency → district → village. */
export function RegionBreakdown({ parent, top }: { parent: string | undefined; top: string | undefined }) {
  const { t, i18n } = useTranslation();
  const regions = useQuery(regionsCoverageQuery(parent, i18n.language));
  const items = regions.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="coverage-regions-title" data-testid="coverage-regions">
      <div className="section-head">
        <h2 id="coverage-regions-title">{t('coverage.regions.title')}</h2>
        <p className="muted small">{t('coverage.regions.intro')}</p>
      </div>
      <Breadcrumb parent={parent} top={top} />
      {regions.isPending ? <Loading /> : null}
      {regions.isError ? <ErrorNotice error={regions.error} onRetry={() => void regions.refetch()} /> : null}
      {regions.data && items.length === 0 ? <p className="empty">{t('coverage.regions.none')}</p> : null}
      {items.length > 0 ? (
        <div className={regions.isPlaceholderData ? 'table-wrap is-stale' : 'table-wrap'}>
          <table className="table table-stack coverage-table coverage-numbers" data-testid="coverage-regions-table">
            <caption className="visually-hidden">{t('coverage.regions.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('coverage.regions.colRegion')}</th>
                <th scope="col" className="cell-money">
                  {t('coverage.regions.colTotal')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.filters.active')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.filters.expiring')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.filters.arrears')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.filters.ended')}
                </th>
                <th scope="col" className="cell-money">
                  {t('coverage.filters.self')}
                </th>
              </tr>
            </thead>
            <tbody>
              {items.map((row) => (
                <Row key={row.code} row={row} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
