import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { poolQuery } from './api';

type PoolCardProps = {
  /** The gift page shows the balance and the rule only, not the pool's recent spending. */
  isCompact?: boolean;
};

/** The continuity pool: what is in it, whom it covered, and the published rule of who comes first. */
export function PoolCard({ isCompact = false }: PoolCardProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const pool = useQuery(poolQuery(lang));
  return (
    <section className="section" aria-labelledby="pool-title" data-testid="coverage-pool">
      <div className="section-head">
        <h2 id="pool-title">{t('coverage.pool.title')}</h2>
      </div>
      <p className="muted small">{t('coverage.pool.intro')}</p>
      {pool.isPending ? <Loading /> : null}
      {pool.isError ? <ErrorNotice error={pool.error} onRetry={() => void pool.refetch()} /> : null}
      {pool.data ? (
        <>
          <ul className="figures money-figures pool-figures">
            <li className="figure figure-total">
              <span className="figure-value" data-testid="pool-balance">
                {formatRupiah(pool.data.balance)}
              </span>
              <span className="figure-label">{t('coverage.pool.balance')}</span>
            </li>
            <li className="figure">
              <span className="figure-value" data-testid="pool-workers">
                {formatNumber(pool.data.workersCovered, lang)}
              </span>
              <span className="figure-label">{t('coverage.pool.workersCovered', { months: formatNumber(pool.data.workerMonths, lang) })}</span>
            </li>
            {isCompact ? null : (
              <>
                <li className="figure">
                  <span className="figure-value">{formatRupiah(pool.data.contributed)}</span>
                  <span className="figure-label">{t('coverage.pool.contributed')}</span>
                </li>
                <li className="figure">
                  <span className="figure-value">{formatRupiah(pool.data.spent)}</span>
                  <span className="figure-label">{t('coverage.pool.spent')}</span>
                </li>
              </>
            )}
          </ul>
          <div className="callout pool-rule" data-testid="pool-rule">
            <p className="notice-title">{t('coverage.pool.ruleTitle')}</p>
            <p>{pool.data.rule}</p>
            <p className="muted small">{t('coverage.pool.ruleWhy')}</p>
          </div>
          {isCompact ? null : pool.data.recent.length === 0 ? (
            <p className="empty">{t('coverage.pool.noneSpent')}</p>
          ) : (
            <div className="table-wrap">
              <table className="table table-stack" data-testid="pool-recent">
                <caption className="visually-hidden">{t('coverage.pool.recentTitle')}</caption>
                <thead>
                  <tr>
                    <th scope="col">{t('coverage.pool.colAt')}</th>
                    <th scope="col">{t('coverage.pool.colMemo')}</th>
                    <th scope="col" className="cell-money">
                      {t('coverage.pool.colAmount')}
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {pool.data.recent.map((entry, index) => (
                    <tr key={`${entry.at}-${index}`}>
                      <td className="cell-title nowrap">
                        <span className="cell-strong">{formatDateTime(entry.at, lang)}</span>
                      </td>
                      <td data-label={t('coverage.pool.colMemo')} className="cell-long">
                        {entry.memo ?? '—'}
                      </td>
                      <td className="cell-money" data-label={t('coverage.pool.colAmount')}>
                        {formatRupiah(entry.amount)}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
        </>
      ) : null}
    </section>
  );
}
