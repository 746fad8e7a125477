import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatRupiah } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { rememberPaymentReturn, useStartPayment, type Donation, type DonationOptions, type DonationPayment } from './api';
import { useIdempotencyKey } from './idempotency';
import { isGateway, isPaymentMethod, type PaymentMethod } from './labels';
import { methodName, PaymentStatusBadge } from './parts';

type PayPanelProps = { donation: Donation; options: DonationOptions; onClose: () => void; onBankTransfer: () => void };

/** Choose how to pay: a gateway takes the payer to its own page; a bank transfer gets a reference code. */
export function PayPanel({ donation, options, onClose, onBankTransfer }: PayPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const methods = options.methods.filter(isPaymentMethod);
  const [method, setMethod] = useState<PaymentMethod | null>(methods[0] ?? null);
  const start = useStartPayment(donation.id);
  const idempotency = useIdempotencyKey('payment');
  const [isLeaving, setIsLeaving] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!method || start.isPending || isLeaving) return;
    start.mutate(
      { method, key: idempotency.keyFor({ donation: donation.id, method }) },
      {
        onSuccess: (answer) => {
          if (!isGateway(method)) {
            onBankTransfer();
            return;
          }
          if (!answer.redirectUrl) {
            start.reset();
            return;
          }
          // Leaving for the gateway: remember the way back, then go.
          setIsLeaving(true);
          rememberPaymentReturn(answer.orderId, donation.id);
          window.location.assign(answer.redirectUrl);
        },
        onError: (error) => idempotency.settle(error),
      },
    );
  };

  return (
    <form className="card form pay-panel" onSubmit={onSubmit} aria-labelledby={`${id}-title`} data-testid="pay-panel">
      <h2 id={`${id}-title`}>{t('donations.pay.title')}</h2>
      <p className="muted small">{t('donations.pay.intro', { amount: formatRupiah(donation.total), due: formatDate(donation.dueDate, i18n.language) })}</p>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t('donations.pay.methodLegend')}</legend>
        {methods.map((option) => (
          <label key={option} className="choice" data-testid={`pay-method-${option}`}>
            <input type="radio" name={`${id}-method`} value={option} checked={method === option} onChange={() => setMethod(option)} />
            <span>
              <span className="choice-title">
                {t(`donations.methods.${option}`)}
                {option === 'simulator' ? <span className="pill pill-warn pill-inline">{t('donations.pay.demo')}</span> : null}
              </span>
              <span className="muted small">{t(`donations.methodHints.${option}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {start.isError ? <ErrorNotice error={start.error} testId="pay-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="pay-submit" disabled={!method || start.isPending || isLeaving}>
          {isLeaving
            ? t('donations.pay.leaving')
            : start.isPending
              ? t('donations.pay.starting')
              : method && isGateway(method)
                ? t('donations.pay.submitGateway', { method: methodName(t, method) })
                : t('donations.pay.submitTransfer')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose} disabled={isLeaving}>
          {t('donations.pay.close')}
        </button>
      </div>
    </form>
  );
}

type BankTransferProps = { donation: Donation; payment: DonationPayment; options: DonationOptions };

/** Where to send the money and the code to quote, set apart so it cannot be missed. */
export function BankTransferInstructions({ donation, payment, options }: BankTransferProps) {
  const { t, i18n } = useTranslation();
  const [copied, setCopied] = useState<'yes' | 'no' | null>(null);
  const isLarge = BigInt(payment.amount) >= BigInt(options.bankApprovalAbove);
  const copy = async () => {
    try {
      await navigator.clipboard.writeText(payment.referenceCode ?? '');
      setCopied('yes');
    } catch {
      setCopied('no');
    }
  };
  return (
    <section className="bank-transfer" aria-labelledby="bank-transfer-title" data-testid="bank-transfer">
      <div className="bank-transfer-head">
        <h2 id="bank-transfer-title">{t('donations.bank.title')}</h2>
        <PaymentStatusBadge status={payment.status} testId="bank-transfer-status" />
      </div>
      {payment.status === 'awaiting_approval' ? (
        <p className="notice notice-info">{t('donations.bank.awaitingApproval')}</p>
      ) : (
        <ol className="bank-steps">
          <li>
            <span className="bank-label">{t('donations.bank.amount')}</span>
            <strong className="bank-value bank-amount" data-testid="bank-amount">
              {formatRupiah(payment.amount)}
            </strong>
            <span className="muted small">{t('donations.bank.exact')}</span>
          </li>
          <li>
            <span className="bank-label">{t('donations.bank.account')}</span>
            <strong className="bank-value" data-testid="bank-account">
              {options.bankAccount}
            </strong>
          </li>
          <li>
            <span className="bank-label">{t('donations.bank.reference')}</span>
            <span className="bank-reference-row">
              <code className="bank-reference" data-testid="bank-reference">
                {payment.referenceCode}
              </code>
              <button type="button" className="button button-secondary button-small" onClick={() => void copy()}>
                {t('donations.bank.copy')}
              </button>
            </span>
            <span className="muted small" role="status">
              {copied === 'yes' ? t('donations.bank.copied') : copied === 'no' ? t('donations.bank.copyFailed') : t('donations.bank.referenceHint')}
            </span>
          </li>
        </ol>
      )}
      {payment.status === 'awaiting_approval' ? null : (
        <>
          <p className="small">{t('donations.bank.after', { due: formatDate(donation.dueDate, i18n.language) })}</p>
          {isLarge ? <p className="muted small">{t('donations.bank.large', { amount: formatRupiah(options.bankApprovalAbove) })}</p> : null}
        </>
      )}
    </section>
  );
}
