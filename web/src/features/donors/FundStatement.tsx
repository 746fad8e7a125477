import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { isEntryKind } from '../donations/labels';
import { statementQuery, type StatementLine } from './api';

function KindText({ line }: { line: StatementLine }) {
  const { t } = useTranslation();
  return <>{isEntryKind(line.kind) ? t(`donations.fund.kinds.${line.kind}`) : line.kind}</>;
}

/**
 * A donor's fund: what came in (payments), what went out (allocations into coverage months,
 * refunds), and the balance after each — newest first. Money left over from an allocation stays
 * here for the next donation.
 */
export function FundStatement({ orgId, headingLevel = 2 }: { orgId: string; headingLevel?: 2 | 3 }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const statement = useQuery(statementQuery(orgId));
  const Heading = headingLevel === 2 ? 'h2' : 'h3';

  if (statement.isPending) return <Loading />;
  if (statement.isError) return <ErrorNotice error={statement.error} onRetry={() => void statement.refetch()} />;
  const { balance, items } = statement.data;
  const moneyIn = items.reduce((sum, line) => sum + BigInt(line.moneyIn), 0n);
  const moneyOut = items.reduce((sum, line) => sum + BigInt(line.moneyOut), 0n);

  return (
    <div className="fund-statement" data-testid="fund-statement">
      <ul className="figures money-figures fund-figures">
        <li className="figure figure-total">
          <span className="figure-value" data-testid="fund-balance">
            {formatRupiah(balance)}
          </span>
          <span className="figure-label">{t('donations.fund.balance')}</span>
        </li>
        <li className="figure">
          <span className="figure-value">{formatRupiah(moneyIn)}</span>
          <span className="figure-label">{t('donations.fund.totalIn')}</span>
        </li>
        <li className="figure">
          <span className="figure-value">{formatRupiah(moneyOut)}</span>
          <span className="figure-label">{t('donations.fund.totalOut')}</span>
        </li>
      </ul>
      <p className="muted small">{t('donations.fund.balanceHint')}</p>

      <section className="section" aria-labelledby="fund-lines-title">
        <div className="section-head">
          <Heading id="fund-lines-title">{t('donations.fund.linesTitle')}</Heading>
          <p className="muted small">{t('donations.fund.linesCount', { n: formatNumber(items.length, lang) })}</p>
        </div>
        {items.length === 0 ? (
          <p className="empty" data-testid="fund-empty">
            {t('donations.fund.empty')}
          </p>
        ) : (
          <div className="table-wrap">
            <table className="table table-stack fund-table" data-testid="fund-table">
              <caption className="visually-hidden">{t('donations.fund.linesTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('donations.fund.colWhat')}</th>
                  <th scope="col">{t('donations.fund.colDonation')}</th>
                  <th scope="col" className="cell-money">
                    {t('donations.fund.colIn')}
                  </th>
                  <th scope="col" className="cell-money">
                    {t('donations.fund.colOut')}
                  </th>
                  <th scope="col" className="cell-money">
                    {t('donations.fund.colBalance')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {items.map((line, index) => (
                  <tr key={`${line.at}-${index}`} data-testid="fund-row" data-kind={line.kind}>
                    <td className="cell-title">
                      <span className="cell-strong">
                        <KindText line={line} />
                      </span>
                      <span className="cell-sub">{formatDateTime(line.at, lang)}</span>
                      {line.memo ? <span className="cell-sub">{line.memo}</span> : null}
                    </td>
                    <td data-label={t('donations.fund.colDonation')}>
                      {line.donationId && line.donationNumber ? (
                        <Link to="/donations/$id" params={{ id: line.donationId }}>
                          {line.donationNumber}
                        </Link>
                      ) : (
                        <span className="muted">—</span>
                      )}
                    </td>
                    <td className="cell-money money-in" data-label={t('donations.fund.colIn')}>
                      {line.moneyIn === '0' ? '—' : formatRupiah(line.moneyIn)}
                    </td>
                    <td className="cell-money money-out" data-label={t('donations.fund.colOut')}>
                      {line.moneyOut === '0' ? '—' : formatRupiah(line.moneyOut)}
                    </td>
                    <td className="cell-money" data-label={t('donations.fund.colBalance')}>
                      {formatRupiah(line.balance)}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>
    </div>
  );
}
