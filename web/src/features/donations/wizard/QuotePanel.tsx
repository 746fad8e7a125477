import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth, formatNumber, formatPercent, formatRupiah } from '../../../lib/format';
import { ErrorNotice } from '../../common/ErrorNotice';
import { issuesOf } from '../../simulasi/issues';
import { isProgram } from '../../simulasi/labels';
import { liveQuoteQuery, type QuoteBody } from '../api';
import { monthsText, workersText } from '../parts';

type QuotePanelProps = { body: QuoteBody | null; isList: boolean };

/** On a phone the price sits below the form: its total is repeated beside the buttons. */
export function InlineTotal({ body }: { body: QuoteBody | null }) {
  const { t, i18n } = useTranslation();
  const quote = useQuery({ ...liveQuoteQuery(body ?? { programs: [], months: 0 }, i18n.language), enabled: body !== null });
  if (!body || !quote.data || quote.isError) return null;
  return (
    <p className="wizard-inline-total" aria-hidden="true">
      <span>{t('donations.wizard.quoteTotal')}</span>
      <strong>{formatRupiah(quote.data.total)}</strong>
    </p>
  );
}

/** The price of the donation as it is being set up, from the public quote, line by line. */
export function QuotePanel({ body, isList }: QuotePanelProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const quote = useQuery({ ...liveQuoteQuery(body ?? { programs: [], months: 0 }, lang), enabled: body !== null });
  const data = body ? quote.data : undefined;
  const problems = quote.isError ? issuesOf(quote.error, t('simulasi.form.fieldInvalid')) : null;

  return (
    <section className="card quote-panel" aria-labelledby="quote-panel-title" aria-busy={quote.isFetching} data-testid="wizard-quote">
      <h2 id="quote-panel-title">{t('donations.wizard.quoteTitle')}</h2>
      {body === null ? <p className="muted">{t('donations.wizard.quoteIdle')}</p> : null}
      {body !== null && quote.isPending ? <p className="muted">{t('simulasi.form.calculating')}</p> : null}
      {body !== null && quote.isError ? (
        problems ? (
          <div className="notice notice-error" role="alert">
            <ul className="issue-list">
              {problems.map((problem, index) => (
                <li key={index}>{problem.message}</li>
              ))}
            </ul>
          </div>
        ) : (
          <ErrorNotice error={quote.error} onRetry={() => void quote.refetch()} />
        )
      ) : null}
      {data && !quote.isError ? (
        <div className={quote.isPlaceholderData ? 'is-stale' : undefined}>
          <ul className="figures sim-figures">
            <li className="figure">
              <span className="figure-value" data-testid="wizard-quote-protected">
                {t('simulasi.quote.protectedValue', { workers: formatNumber(data.workers, lang), months: data.months })}
              </span>
              <span className="figure-label">{t('donations.wizard.quoteWorkersMonths')}</span>
            </li>
            <li className="figure">
              <span className="figure-value">{formatRupiah(data.perWorkerMonthly)}</span>
              <span className="figure-label">{t('simulasi.quote.perWorkerMonthly')}</span>
            </li>
            <li className="figure figure-total figure-wide">
              <span className="figure-value" data-testid="wizard-quote-total">
                {formatRupiah(data.total)}
              </span>
              <span className="figure-label">{t('donations.wizard.quoteTotal')}</span>
            </li>
          </ul>
          <p className="small">
            {t('simulasi.quote.periodValue', { from: formatDate(data.coveredFrom, lang), until: formatDate(data.coveredUntil, lang) })}
          </p>
          <div className="table-wrap">
            <table className="table sim-table quote-lines" data-testid="wizard-quote-lines">
              <caption className="visually-hidden">{t('simulasi.quote.itemsTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('simulasi.quote.colProgram')}</th>
                  <th scope="col" className="cell-money">
                    {t('donations.detail.colLineTotal')}
                  </th>
                </tr>
              </thead>
              <tbody>
                {data.lines.map((line) => (
                  <tr key={line.program} data-program={line.program}>
                    <th scope="row" className="cell-head">
                      <span className="cell-strong">
                        {line.program} · {isProgram(line.program) ? t(`simulasi.programs.${line.program}`) : line.program}
                      </span>
                      <span className="cell-sub">
                        {line.rate.kind === 'percent'
                          ? t('simulasi.quote.ratePercentShort', { percent: formatPercent(line.rate.basisPoints, lang) })
                          : t('simulasi.quote.rateFlatShort', { amount: formatRupiah(line.rate.amount) })}
                      </span>
                      {line.rate.kind === 'percent' ? (
                        <span className="cell-sub">{t('donations.wizard.quoteLineMonthly', { amount: formatRupiah(line.monthly) })}</span>
                      ) : null}
                    </th>
                    <td className="cell-money">{formatRupiah(line.total)}</td>
                  </tr>
                ))}
              </tbody>
              <tfoot>
                <tr>
                  <th scope="row" className="cell-head">
                    {t('simulasi.quote.sum')}
                  </th>
                  <td className="cell-money">{formatRupiah(data.total)}</td>
                </tr>
              </tfoot>
            </table>
          </div>
          <p className="muted small">
            {t('donations.wizard.quoteFormula', {
              perWorker: formatRupiah(data.perWorker),
              months: monthsText(t, data.months),
              workers: workersText(t, data.workers, lang),
            })}
          </p>
          {data.discounts.length > 0 ? (
            <div className="quote-discounts">
              <p className="notice-title">{t('simulasi.quote.discountsTitle')}</p>
              <ul className="plain-list small">
                {data.discounts.map((discount) => (
                  <li key={discount.id}>
                    {discount.name}: {formatPercent(discount.basisPoints, lang)} ·{' '}
                    {discount.months.map((month) => formatMonth(month, lang)).join(', ')}
                  </li>
                ))}
              </ul>
            </div>
          ) : null}
          {isList ? <p className="hint">{t('donations.wizard.quoteListNote')}</p> : null}
        </div>
      ) : null}
    </section>
  );
}
