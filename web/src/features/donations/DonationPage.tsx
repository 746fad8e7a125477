import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_ROLES, DONATION_ROLES } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDate, formatDateTime, formatMonth, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { rulesQuery } from '../simulasi/api';
import { isProgram, occupationName } from '../simulasi/labels';
import { MaskedNik } from '../workers/parts';
import {
  donationOptionsQuery,
  donationQuery,
  donationWorkersQuery,
  invoiceUrl,
  isAwaitingNews,
  POLL_FOR_MS,
  POLL_INTERVAL_MS,
  receiptUrl,
  rememberPaymentReturn,
  useCancelDonation,
  type Donation,
  type DonationOptions,
} from './api';
import { isGateway } from './labels';
import { BackToDonations, DonationNotFound, DonationStatusBadge, isNotFound, methodName, monthsText, PaymentStatusBadge, periodText, programsText, workersText } from './parts';
import { PoolAllocation, PoolRule, RenewalLinks, RenewalOffer, RenewPanel } from './continuity';
import { BankTransferInstructions, PayPanel } from './PayPanel';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** Who the donation protects, in one sentence. */
function SelectionText({ donation }: { donation: Donation }) {
  const { t, i18n } = useTranslation();
  const rules = useQuery(rulesQuery);
  const workers = workersText(t, donation.workerCount, i18n.language);
  if (donation.selection === 'pool') return <>{t('donations.detail.selectionPool')}</>;
  if (donation.selection === 'self') return <>{t('donations.detail.selectionSelf')}</>;
  if (!donation.cohort) return <>{t('donations.detail.selectionList', { workers })}</>;
  const region = donation.cohort.regionName ?? donation.cohort.regionCode;
  const occupations = (rules.data?.occupations ?? []).filter((item) => donation.cohort?.occupations.includes(item.code));
  return (
    <>
      {t('donations.detail.selectionCohort', { workers, region })}
      <span className="cell-sub">
        {occupations.length > 0 ? occupations.map((item) => occupationName(item, i18n.language)).join(', ') : t('donations.wizard.occupationsAll')}
      </span>
    </>
  );
}

function Lines({ donation }: { donation: Donation }) {
  const { t, i18n } = useTranslation();
  const workers = workersText(t, donation.workerCount, i18n.language);
  return (
    <section className="section" aria-labelledby="lines-title">
      <h2 id="lines-title">{t('donations.detail.linesTitle')}</h2>
      <div className="table-wrap">
        <table className="table table-stack sim-table donation-lines" data-testid="donation-lines">
          <caption className="visually-hidden">{t('donations.detail.linesTitle')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('simulasi.quote.colProgram')}</th>
              <th scope="col" className="cell-money">
                {t('donations.detail.colMonthly')}
              </th>
              <th scope="col" className="cell-money">
                {t('donations.detail.colPerWorker', { months: monthsText(t, donation.months) })}
              </th>
            </tr>
          </thead>
          <tbody>
            {donation.lines.map((line) => (
              <tr key={line.program}>
                <th scope="row" className="cell-head">
                  <span className="cell-strong">{line.program}</span>
                  <span className="cell-sub">{isProgram(line.program) ? t(`simulasi.programs.${line.program}`) : line.program}</span>
                </th>
                <td className="cell-money" data-label={t('donations.detail.colMonthly')}>
                  {formatRupiah(line.monthly)}
                </td>
                <td className="cell-money" data-label={t('donations.detail.colPerWorker', { months: monthsText(t, donation.months) })}>
                  {formatRupiah(line.perWorker)}
                </td>
              </tr>
            ))}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="cell-head">
                {t('donations.detail.perWorkerTotal')}
              </th>
              <td className="cell-money" data-label={t('donations.detail.colMonthly')}>
                {formatRupiah(donation.perWorkerMonthly)}
              </td>
              <td className="cell-money" data-label={t('donations.detail.colPerWorker', { months: monthsText(t, donation.months) })}>
                {formatRupiah(donation.perWorker)}
              </td>
            </tr>
          </tfoot>
        </table>
      </div>
      <p className="donation-total-line">
        <span>{t('donations.detail.totalFormula', { workers, perWorker: formatRupiah(donation.perWorker) })}</span>
        <strong className="donation-total" data-testid="donation-total">
          {formatRupiah(donation.total)}
        </strong>
      </p>
      {donation.selection === 'list' ? <p className="muted small">{t('donations.detail.listPricing')}</p> : null}
      {donation.discounts.length > 0 ? (
        <div className="notice notice-info" data-testid="donation-discounts">
          <p className="notice-title">{t('simulasi.quote.discountsTitle')}</p>
          <ul className="plain-list">
            {donation.discounts.map((discount) => (
              <li key={discount.id}>
                {discount.name}: {discount.months.map((month) => formatMonth(month, i18n.language)).join(', ')}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  );
}

function Payments({ donation }: { donation: Donation }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="section" aria-labelledby="payments-title">
      <h2 id="payments-title">{t('donations.detail.paymentsTitle')}</h2>
      {donation.payments.length === 0 ? (
        <p className="empty">{t('donations.detail.paymentsNone')}</p>
      ) : (
        <div className="table-wrap">
          <table className="table table-stack" data-testid="donation-payments">
            <caption className="visually-hidden">{t('donations.detail.paymentsTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('donations.detail.colMethod')}</th>
                <th scope="col">{t('donations.detail.colReference')}</th>
                <th scope="col" className="cell-money">
                  {t('donations.detail.colAmount')}
                </th>
                <th scope="col">{t('donations.detail.colStatus')}</th>
                <th scope="col">{t('donations.detail.colStarted')}</th>
              </tr>
            </thead>
            <tbody>
              {donation.payments.map((payment) => (
                <tr key={payment.id} data-testid="payment-row" data-method={payment.method} data-status={payment.status}>
                  <td className="cell-title">
                    <span className="cell-strong">{methodName(t, payment.method)}</span>
                  </td>
                  <td data-label={t('donations.detail.colReference')}>
                    <code className="cell-codes">{payment.referenceCode ?? payment.orderId}</code>
                  </td>
                  <td className="cell-money" data-label={t('donations.detail.colAmount')}>
                    {formatRupiah(payment.amount)}
                  </td>
                  <td data-label={t('donations.detail.colStatus')}>
                    <PaymentStatusBadge status={payment.status} />
                    {payment.settledAt ? <span className="cell-sub">{formatDateTime(payment.settledAt, i18n.language)}</span> : null}
                  </td>
                  <td data-label={t('donations.detail.colStarted')} className="nowrap">
                    {formatDateTime(payment.createdAt, i18n.language)}
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

/** After payment: who is protected, what was skipped, and where the rest of the money is. */
function Allocation({ donation, isDonor }: { donation: Donation; isDonor: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const isDone = donation.status === 'allocated';
  const hasRemainder = BigInt(donation.allocation.remainder) > 0n;
  return (
    <section className="section allocation" aria-labelledby="allocation-title" data-testid="donation-allocation">
      <div className="section-head">
        <h2 id="allocation-title">{t('donations.allocation.title')}</h2>
        {donation.allocatedAt ? <p className="muted small">{t('donations.allocation.at', { at: formatDateTime(donation.allocatedAt, lang) })}</p> : null}
      </div>
      {isDone ? null : (
        <p className="notice notice-info" role="status">
          {t('donations.allocation.running')}
        </p>
      )}
      <ul className="figures money-figures allocation-figures">
        <li className="figure figure-total">
          <span className="figure-value" data-testid="allocation-workers">
            {formatNumber(donation.allocation.workers, lang)}
          </span>
          <span className="figure-label">{t('donations.allocation.workers', { of: formatNumber(donation.workerCount, lang) })}</span>
        </li>
        <li className="figure">
          <span className="figure-value" data-testid="allocation-amount">
            {formatRupiah(donation.allocation.amount)}
          </span>
          <span className="figure-label">{t('donations.allocation.amount')}</span>
        </li>
        <li className="figure">
          <span className="figure-value" data-testid="allocation-skipped">
            {formatNumber(donation.allocation.skippedWorkerMonths, lang)}
          </span>
          <span className="figure-label">{t('donations.allocation.skipped')}</span>
        </li>
        <li className="figure">
          <span className="figure-value" data-testid="allocation-remainder">
            {formatRupiah(donation.allocation.remainder)}
          </span>
          <span className="figure-label">{t('donations.allocation.remainder')}</span>
        </li>
      </ul>
      {isDone && (donation.allocation.skippedWorkerMonths > 0 || hasRemainder) ? (
        <p className="allocation-note" data-testid="allocation-note">
          {t('donations.allocation.skippedNote', { months: formatNumber(donation.allocation.skippedWorkerMonths, lang), remainder: formatRupiah(donation.allocation.remainder) })}{' '}
          {isDonor ? <Link to="/donations/fund">{t('donations.links.fund')}</Link> : null}
        </p>
      ) : null}
      {isDone && donation.allocation.skippedWorkerMonths === 0 && !hasRemainder ? <p className="muted small">{t('donations.allocation.allIn')}</p> : null}
    </section>
  );
}

function ProtectedWorkers({ donation, isPaid }: { donation: Donation; isPaid: boolean }) {
  const { t, i18n } = useTranslation();
  const version = `${donation.status}:${donation.allocation.workers}`;
  const workers = useQuery(donationWorkersQuery(donation.id, version));
  const rules = useQuery(rulesQuery);
  const occupationOf = (code: string) => {
    const item = rules.data?.occupations.find((occupation) => occupation.code === code);
    return item ? occupationName(item, i18n.language) : code;
  };
  const items = workers.data?.items ?? [];
  // The server counts covered rows per programme; shown as months when every programme is covered alike.
  const programs = Math.max(1, donation.programs.length);
  return (
    <section className="section" aria-labelledby="protected-title">
      <div className="section-head">
        <h2 id="protected-title">{isPaid ? t('donations.protected.title') : t('donations.protected.titleNamed')}</h2>
        {workers.data ? (
          <p className="muted small" data-testid="protected-count">
            {t('donations.protected.count', { workers: workersText(t, items.length, i18n.language) })}
          </p>
        ) : null}
      </div>
      <p className="muted small">{t('donations.protected.privacy')}</p>
      {workers.isPending ? <Loading /> : null}
      {workers.isError ? <ErrorNotice error={workers.error} onRetry={() => void workers.refetch()} /> : null}
      {workers.data && items.length === 0 ? <p className="empty">{t('donations.protected.none')}</p> : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack" data-testid="donation-workers">
            <caption className="visually-hidden">{t('donations.protected.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('workers.table.name')}</th>
                <th scope="col">{t('workers.fields.regency')}</th>
                <th scope="col">{t('workers.table.occupation')}</th>
                {isPaid ? <th scope="col">{t('donations.protected.months')}</th> : null}
              </tr>
            </thead>
            <tbody>
              {items.map((worker) => (
                <tr key={worker.id} data-testid="protected-row">
                  <td className="cell-title">
                    <span className="cell-strong">{worker.fullName}</span>
                    <span className="cell-sub">
                      <MaskedNik value={worker.maskedNik} />
                    </span>
                  </td>
                  <td data-label={t('workers.fields.regency')}>
                    <span className="cell-value">{worker.regency ?? '—'}</span>
                  </td>
                  <td data-label={t('workers.table.occupation')}>
                    <span className="cell-value">{occupationOf(worker.occupation)}</span>
                  </td>
                  {isPaid ? (
                    <td data-label={t('donations.protected.months')} className="nowrap">
                      {worker.coveredMonths === 0
                        ? t('donations.protected.coveredElsewhere')
                        : worker.coveredMonths % programs === 0
                          ? monthsText(t, worker.coveredMonths / programs)
                          : t('donations.protected.programMonthsValue', { n: worker.coveredMonths })}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

type Panel = 'none' | 'pay' | 'cancel' | 'renew';

function DonationView({ donation, options, isCreated, isPolling }: { donation: Donation; options: DonationOptions; isCreated: boolean; isPolling: boolean }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const user = useUser();
  const [panel, setPanel] = useState<Panel>('none');
  const [status, setStatus] = useState<string | null>(isCreated ? t('donations.detail.created') : null);
  const cancel = useCancelDonation(donation.id, lang);
  const bankPayment = donation.payments.find((payment) => payment.method === 'bank_transfer' && (payment.status === 'pending' || payment.status === 'awaiting_approval'));
  const gatewayPayment = donation.payments.find((payment) => isGateway(payment.method) && payment.status === 'pending');
  const isPaid = donation.status === 'paid' || donation.status === 'allocated';
  // A confirmed transfer waiting for its second approver is money already received: no second payment.
  const canPay = donation.can.pay && bankPayment?.status !== 'awaiting_approval';
  const isPool = donation.selection === 'pool';
  const hasWorkers = !isPool && (isPaid || donation.selection === 'list');

  const onCancel = () => {
    cancel.mutate(undefined, {
      onSuccess: () => {
        setPanel('none');
        setStatus(t('donations.detail.cancelled'));
      },
    });
  };

  const resume = () => {
    if (!gatewayPayment?.redirectUrl) return;
    rememberPaymentReturn(gatewayPayment.orderId, donation.id);
    window.location.assign(gatewayPayment.redirectUrl);
  };

  return (
    <div className="page donation-page" data-testid="donation-page" data-donation-id={donation.id} data-status={donation.status}>
      <BackToDonations />
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('donations.detail.eyebrow')}</p>
          <h1 data-testid="donation-number">{donation.number}</h1>
          <p className="worker-subtitle">
            <DonationStatusBadge status={donation.status} testId="donation-status" />
            <span className="muted">{donation.donor.name}</span>
          </p>
        </div>
        <div className="page-actions">
          {canPay && panel !== 'pay' ? (
            <button type="button" className="button button-primary" data-testid="pay-open" onClick={() => setPanel('pay')}>
              {bankPayment || gatewayPayment ? t('donations.detail.payOther') : t('donations.detail.pay')}
            </button>
          ) : null}
          {donation.can.renew && panel !== 'renew' ? (
            <button type="button" className="button button-primary" data-testid="renew-open" onClick={() => setPanel('renew')}>
              {t('donations.renew.button')}
            </button>
          ) : null}
          <a href={invoiceUrl(donation.id)} className="button button-secondary" target="_blank" rel="noopener" data-testid="donation-invoice">
            {t('donations.detail.invoice')}
          </a>
          {donation.can.receipt ? (
            <a href={receiptUrl(donation.id)} className="button button-secondary" target="_blank" rel="noopener" data-testid="donation-receipt">
              {t('donations.detail.receipt')}
            </a>
          ) : null}
          {donation.status === 'allocated' && !isPool && user && CARD_ROLES.includes(user.role) ? (
            <Link to="/cards" search={{ donationId: donation.id }} className="button button-secondary" data-testid="donation-cards">
              {t('cards.links.printWorkers')}
            </Link>
          ) : null}
          {donation.can.cancel && panel !== 'cancel' ? (
            <button type="button" className="button button-secondary" data-testid="cancel-open" onClick={() => setPanel('cancel')}>
              {t('donations.detail.cancel')}
            </button>
          ) : null}
        </div>
      </header>

      <p className="status-line" role="status" aria-live="polite" data-testid="donation-status-line">
        {status}
      </p>
      <p className="muted small donation-status-hint" data-testid="donation-status-hint">
        {t(`donations.statusHint.${donation.status}`)}
        {isPolling ? ` ${t('donations.detail.checking')}` : ''}
      </p>

      <RenewalLinks donation={donation} />
      {donation.can.renew && panel !== 'renew' ? <RenewalOffer donation={donation} /> : null}
      {panel === 'renew' && donation.can.renew ? <RenewPanel donation={donation} onClose={() => setPanel('none')} /> : null}

      {panel === 'pay' && canPay ? (
        <PayPanel
          donation={donation}
          options={options}
          onClose={() => setPanel('none')}
          onBankTransfer={() => {
            setPanel('none');
            setStatus(t('donations.bank.started'));
          }}
        />
      ) : null}

      {panel === 'cancel' && donation.can.cancel ? (
        <div className="notice notice-warn cancel-confirm" role="alertdialog" aria-labelledby="cancel-title" data-testid="cancel-confirm">
          <p className="notice-title" id="cancel-title">
            {t('donations.detail.cancelTitle', { number: donation.number })}
          </p>
          <p>{t('donations.detail.cancelBody')}</p>
          {cancel.isError ? <ErrorNotice error={cancel.error} /> : null}
          <div className="form-actions">
            <button type="button" className="button button-danger" data-testid="cancel-confirm-yes" disabled={cancel.isPending} onClick={onCancel}>
              {cancel.isPending ? t('donations.detail.cancelling') : t('donations.detail.cancelYes')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setPanel('none')}>
              {t('donations.detail.cancelNo')}
            </button>
          </div>
        </div>
      ) : null}

      {gatewayPayment && donation.status === 'awaiting_payment' ? (
        <div className="notice notice-info" data-testid="gateway-pending">
          <p>{t('donations.detail.gatewayPending', { method: methodName(t, gatewayPayment.method) })}</p>
          {gatewayPayment.redirectUrl ? (
            <button type="button" className="button button-secondary button-small" data-testid="gateway-resume" onClick={resume}>
              {t('donations.detail.gatewayResume')}
            </button>
          ) : null}
        </div>
      ) : null}

      {bankPayment && donation.status === 'awaiting_payment' ? <BankTransferInstructions donation={donation} payment={bankPayment} options={options} /> : null}

      {isPaid && isPool ? <PoolAllocation donation={donation} /> : null}
      {isPaid && !isPool ? <Allocation donation={donation} isDonor={user?.role === 'donor'} /> : null}

      <div className="worker-columns">
        <section className="section card" aria-labelledby="summary-title">
          <h2 id="summary-title">{t('donations.detail.summaryTitle')}</h2>
          <dl className="facts worker-facts">
            <Fact label={t('donations.detail.donor')} testId="donation-donor">
              {donation.donor.name}
            </Fact>
            <Fact label={isPool ? t('donations.detail.purpose') : t('donations.detail.workers')} testId="donation-workers-text">
              <SelectionText donation={donation} />
            </Fact>
            {isPool ? null : (
              <>
                <Fact label={t('donations.detail.programs')}>{programsText(donation.programs)}</Fact>
                <Fact label={t('donations.detail.income')}>{formatRupiah(donation.declaredIncome)}</Fact>
                <Fact label={t('donations.detail.period')} testId="donation-period">
                  {periodText(donation.startMonth, donation.endMonth, lang)} ({monthsText(t, donation.months)})
                </Fact>
              </>
            )}
          </dl>
        </section>
        <section className="section card" aria-labelledby="invoice-title">
          <h2 id="invoice-title">{t('donations.detail.invoiceTitle')}</h2>
          <dl className="facts worker-facts">
            <Fact label={t('donations.detail.total')}>
              <strong>{formatRupiah(donation.total)}</strong>
            </Fact>
            <Fact label={t('donations.detail.createdAt')}>{formatDateTime(donation.createdAt, lang)}</Fact>
            <Fact label={t('donations.detail.dueDate')} testId="donation-due">
              {formatDate(donation.dueDate, lang)}
            </Fact>
            <Fact label={t('donations.detail.paidAt')} testId="donation-paid-at">
              {donation.paidAt ? formatDateTime(donation.paidAt, lang) : <span className="muted">{t('donations.detail.notPaid')}</span>}
            </Fact>
          </dl>
        </section>
      </div>

      {isPool ? <PoolRule /> : <Lines donation={donation} />}
      <Payments donation={donation} />
      {donation.cohort ? (
        <section className="section" aria-labelledby="rule-title">
          <h2 id="rule-title">{t('donations.wizard.ruleTitle')}</h2>
          <p className="callout">{donation.cohort.rule === options.cohortRule.id ? options.cohortRule.text : donation.cohort.rule}</p>
        </section>
      ) : null}
      {hasWorkers ? <ProtectedWorkers donation={donation} isPaid={isPaid} /> : null}
    </div>
  );
}

function DonationContent({ id, isCreated }: { id: string; isCreated: boolean }) {
  const { t, i18n } = useTranslation();
  // Back from a gateway, or just paid by transfer: ask again every few seconds for a minute.
  const [pollUntil] = useState(() => Date.now() + POLL_FOR_MS);
  const donation = useQuery({
    ...donationQuery(id, i18n.language),
    refetchInterval: (query) => (query.state.data && isAwaitingNews(query.state.data) && Date.now() < pollUntil ? POLL_INTERVAL_MS : false),
  });
  const options = useQuery(donationOptionsQuery(i18n.language));
  useDocumentTitle(donation.data ? `${donation.data.number} · ${t('nav.donations')}` : t('nav.donations'));

  if (donation.isPending || options.isPending) return <Loading />;
  if (donation.isError) {
    if (isNotFound(donation.error)) return <DonationNotFound />;
    return (
      <div className="page narrow">
        <ErrorNotice error={donation.error} onRetry={() => void donation.refetch()} />
      </div>
    );
  }
  if (options.isError) {
    return (
      <div className="page narrow">
        <ErrorNotice error={options.error} onRetry={() => void options.refetch()} />
      </div>
    );
  }
  const isPolling = isAwaitingNews(donation.data) && Date.now() < pollUntil;
  return <DonationView donation={donation.data} options={options.data} isCreated={isCreated} isPolling={isPolling} />;
}

/** One donation: its invoice, how to pay it, its payments, and the workers it protects. */
export function DonationPage({ id, isCreated }: { id: string; isCreated: boolean }) {
  return (
    <RoleGate roles={DONATION_ROLES}>
      <DonationContent id={id} isCreated={isCreated} />
    </RoleGate>
  );
}
