import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useUser } from '../../app/session';
import { formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { isSelfPayOrder } from '../coverage/api';
import { paymentReturnFor } from '../donations/api';
import { LanguageSwitch } from '../shell/LanguageSwitch';
import { Logo } from '../shell/Logo';
import { fetchSimulatorTransaction, paySimulator, SIMULATOR_OFF, type SimulatorOutcome, type SimulatorPayment } from './api';

const OUTCOMES: readonly SimulatorOutcome[] = ['settlement', 'deny', 'expire'];

function isSimulatorStatus(status: string): status is 'pending' | 'settlement' | 'deny' | 'expire' | 'cancel' | 'refund' | 'chargeback' {
  return ['pending', 'settlement', 'deny', 'expire', 'cancel', 'refund', 'chargeback'].includes(status);
}

/**
 * Back to the donation this order pays, when this tab came from it; otherwise to the list. A worker's
 * own payment (MDR-…) goes back to "lanjut mandiri", which needs no sign-in.
 */
function BackToDonation({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const user = useUser();
  const donationId = paymentReturnFor(orderId);
  if (isSelfPayOrder(orderId)) {
    return (
      <Link to="/mandiri" className="button button-primary" data-testid="simulator-back">
        {t('simulator.backToMandiri')}
      </Link>
    );
  }
  if (!user) {
    return (
      <Link to="/login" className="button button-primary" data-testid="simulator-back">
        {t('simulator.signInToReturn')}
      </Link>
    );
  }
  return donationId ? (
    <Link to="/donations/$id" params={{ id: donationId }} className="button button-primary" data-testid="simulator-back">
      {t('simulator.back')}
    </Link>
  ) : (
    <Link to="/donations" className="button button-primary" data-testid="simulator-back">
      {t('simulator.back')}
    </Link>
  );
}

type Outcome = { outcome: SimulatorOutcome; status: string; notificationsSent: number };

/** What happened, and the way back to the donation. */
function Done({ orderId, result }: { orderId: string; result: Outcome }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-success simulator-done" role="status" data-testid="simulator-done" data-outcome={result.status}>
      <p className="notice-title">{t(`simulator.done.${result.outcome}`)}</p>
      <p>{result.notificationsSent === 0 ? t('simulator.done.noNotification') : t('simulator.done.notifications', { n: result.notificationsSent })}</p>
      <p>
        <BackToDonation orderId={orderId} />
      </p>
    </div>
  );
}

function PayForm({ orderId, amount, onDone }: { orderId: string; amount: string; onDone: (result: Outcome) => void }) {
  const { t } = useTranslation();
  const [misbehaviour, setMisbehaviour] = useState({ duplicate: false, staleAfter: false, lose: false });
  const pay = useMutation({
    mutationFn: (payment: SimulatorPayment) => paySimulator(orderId, payment),
    onSuccess: (answer, payment) => onDone({ outcome: payment.outcome, status: answer.status, notificationsSent: answer.notificationsSent }),
  });

  return (
    <div className="simulator-form">
      <p className="simulator-amount">
        <span className="muted">{t('simulator.amount')}</span>
        <strong data-testid="simulator-amount">{formatRupiah(amount)}</strong>
      </p>
      <div className="simulator-buttons">
        {OUTCOMES.map((outcome) => (
          <button
            key={outcome}
            type="button"
            className={outcome === 'settlement' ? 'button button-primary' : 'button button-secondary'}
            data-testid={`simulator-${outcome}`}
            disabled={pay.isPending}
            onClick={() => pay.mutate({ outcome, ...misbehaviour })}
          >
            {t(`simulator.outcomes.${outcome}`)}
          </button>
        ))}
      </div>
      {pay.isPending ? (
        <p className="muted small" role="status">
          {t('simulator.sending')}
        </p>
      ) : null}
      {pay.isError ? <ErrorNotice error={pay.error} testId="simulator-error" /> : null}
      <details className="simulator-advanced" data-testid="simulator-advanced">
        <summary>{t('simulator.advanced')}</summary>
        <p className="muted small">{t('simulator.advancedIntro')}</p>
        <div className="check-list">
          {(['duplicate', 'staleAfter', 'lose'] as const).map((key) => (
            <label key={key} className="check">
              <input
                type="checkbox"
                data-testid={`simulator-${key}`}
                checked={misbehaviour[key]}
                onChange={(event) => setMisbehaviour((current) => ({ ...current, [key]: event.target.checked }))}
              />
              <span>
                {t(`simulator.misbehaviour.${key}`)}
                <span className="check-sub">{t(`simulator.misbehaviourHints.${key}`)}</span>
              </span>
            </label>
          ))}
        </div>
      </details>
    </div>
  );
}

function SimulatorContent({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const [result, setResult] = useState<Outcome | null>(null);
  const transaction = useQuery({
    queryKey: ['simulator', orderId] as const,
    queryFn: () => fetchSimulatorTransaction(orderId),
    retry: false,
    staleTime: 0,
  });

  if (transaction.isPending) return <Loading />;
  if (transaction.isError) {
    const isOff = isApiError(transaction.error) && transaction.error.code === SIMULATOR_OFF;
    const isMissing = isApiError(transaction.error) && transaction.error.code === 'NOT_FOUND';
    if (isOff || isMissing) {
      return (
        <div className="notice notice-warn" data-testid="simulator-unavailable">
          <p className="notice-title">{isOff ? t('simulator.off') : t('simulator.missing')}</p>
          <p>{isOff ? t('simulator.offBody') : t('simulator.missingBody', { orderId })}</p>
          <p>
            {isSelfPayOrder(orderId) ? <Link to="/mandiri">{t('simulator.backToMandiri')}</Link> : <Link to="/donations">{t('simulator.back')}</Link>}
          </p>
        </div>
      );
    }
    return <ErrorNotice error={transaction.error} onRetry={() => void transaction.refetch()} />;
  }

  const { status, amount } = transaction.data;
  return (
    <div className="simulator-card card" data-testid="simulator-card" data-status={status}>
      <dl className="facts simulator-facts">
        <dt>{t('simulator.order')}</dt>
        <dd>
          <code data-testid="simulator-order">{orderId}</code>
        </dd>
        <dt>{t('simulator.status')}</dt>
        <dd data-testid="simulator-status">{isSimulatorStatus(status) ? t(`simulator.statuses.${status}`) : status}</dd>
      </dl>
      {result ? (
        <Done orderId={orderId} result={result} />
      ) : status === 'pending' ? (
        <PayForm
          orderId={orderId}
          amount={amount}
          onDone={(outcome) => {
            setResult(outcome);
            void queryClient.invalidateQueries({ queryKey: ['simulator', orderId] });
          }}
        />
      ) : (
        <div className="notice notice-info" data-testid="simulator-finished">
          <p>{t('simulator.finished', { amount: formatRupiah(amount) })}</p>
          <p>
            <BackToDonation orderId={orderId} />
          </p>
        </div>
      )}
    </div>
  );
}

/**
 * The built-in payment simulator's pay page (public, like a gateway's): a demo of the payment
 * step, including the ways real gateways misbehave. No real money moves.
 */
export function SimulatorPayPage({ orderId }: { orderId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('simulator.title'));
  return (
    <div className="simulator-layout">
      <header className="login-topbar">
        <Logo />
        <div className="topbar-end">
          <LanguageSwitch />
        </div>
      </header>
      <main id="main" className="simulator-main">
        <div className="simulator-banner" role="note" data-testid="simulator-banner">
          <strong>{t('simulator.banner')}</strong>
          <span>{t('simulator.bannerSub')}</span>
        </div>
        <h1>{t('simulator.title')}</h1>
        <p className="lead">{t('simulator.lead')}</p>
        <SimulatorContent orderId={orderId} />
      </main>
    </div>
  );
}
