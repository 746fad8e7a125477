import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { MONEY_DESK_ROLES } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { PaymentStatusBadge } from '../donations/parts';
import { describedBy } from '../simulasi/fields';
import { paymentsQuery, PROOF_MAX_BYTES, PROOF_TYPES, useApproveTransfer, useConfirmTransfer, type PaymentRow } from './api';

const PROOF_ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

function isProofType(type: string): boolean {
  return PROOF_TYPES.some((accepted) => accepted === type);
}

/** The officer's own confirmation cannot be approved by the same officer (segregation of duties). */
function isSameOfficer(error: unknown): boolean {
  return isApiError(error) && error.code === 'FORBIDDEN';
}

type ConfirmPanelProps = { payment: PaymentRow; onDone: (message: string) => void; onClose: () => void };

/** The money is on the bank statement: attach the proof and confirm. */
function ConfirmPanel({ payment, onDone, onClose }: ConfirmPanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const confirm = useConfirmTransfer();
  const [file, setFile] = useState<File | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (confirm.isPending) return;
    if (!file) return setProblem(t('payments.transfers.proofRequired'));
    // The server checks the file's first bytes again; the type from the browser is only a first guess.
    if (file.type && !isProofType(file.type)) return setProblem(t('payments.transfers.proofType'));
    if (file.size > PROOF_MAX_BYTES) return setProblem(t('payments.transfers.proofTooBig'));
    setProblem(null);
    confirm.mutate(
      { id: payment.id, proof: file },
      {
        onSuccess: (answer) =>
          onDone(
            answer.status === 'settled'
              ? t('payments.transfers.settled', { number: payment.donationNumber })
              : t('payments.transfers.needsSecond', { number: payment.donationNumber }),
          ),
      },
    );
  };

  const serverProblem =
    confirm.error && isApiError(confirm.error) && (confirm.error.code === 'FILE_TYPE_UNSUPPORTED' || confirm.error.code === 'FILE_REQUIRED')
      ? t('payments.transfers.proofType')
      : confirm.error && isApiError(confirm.error) && confirm.error.code === 'PAYLOAD_TOO_LARGE'
        ? t('payments.transfers.proofTooBig')
        : null;
  const message = problem ?? serverProblem;

  return (
    <form className="card form confirm-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="transfer-confirm-panel">
      <h2 id={`${id}-title`}>{t('payments.transfers.confirmTitle', { number: payment.donationNumber })}</h2>
      <dl className="facts worker-facts">
        <dt>{t('payments.transfers.donor')}</dt>
        <dd>{payment.donorName}</dd>
        <dt>{t('payments.transfers.amount')}</dt>
        <dd>
          <strong>{formatRupiah(payment.amount)}</strong>
        </dd>
        <dt>{t('payments.transfers.reference')}</dt>
        <dd>
          <code className="bank-reference bank-reference-small">{payment.referenceCode}</code>
        </dd>
      </dl>
      <p className="small">{t('payments.transfers.checkFirst')}</p>
      <div className="field">
        <label htmlFor={`${id}-proof`}>{t('payments.transfers.proof')}</label>
        <input
          id={`${id}-proof`}
          type="file"
          accept={PROOF_ACCEPT}
          data-testid="transfer-proof"
          onChange={(event) => {
            setFile(event.target.files?.[0] ?? null);
            setProblem(null);
          }}
          aria-invalid={message !== null}
          aria-describedby={describedBy(`${id}-proof-hint`, message && `${id}-proof-error`)}
        />
        <p className="hint" id={`${id}-proof-hint`}>
          {t('payments.transfers.proofHint')}
        </p>
        {message ? (
          <p className="field-error" id={`${id}-proof-error`} data-testid="transfer-proof-error">
            {message}
          </p>
        ) : null}
      </div>
      {payment.needsApproval ? <p className="notice notice-info">{t('payments.transfers.willNeedSecond')}</p> : null}
      {confirm.isError && !serverProblem ? <ErrorNotice error={confirm.error} testId="transfer-confirm-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="transfer-confirm-submit" disabled={confirm.isPending}>
          {confirm.isPending ? t('payments.transfers.confirming') : t('payments.transfers.confirmSubmit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('payments.transfers.close')}
        </button>
      </div>
    </form>
  );
}

type TransferTableProps = {
  rows: readonly PaymentRow[];
  testId: string;
  action: (row: PaymentRow) => ReactNode;
};

function TransferTable({ rows, testId, action }: TransferTableProps) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-wrap">
      <table className="table table-stack" data-testid={testId}>
        <caption className="visually-hidden">{t('payments.transfers.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('payments.transfers.reference')}</th>
            <th scope="col">{t('payments.transfers.donation')}</th>
            <th scope="col" className="cell-money">
              {t('payments.transfers.amount')}
            </th>
            <th scope="col">{t('payments.transfers.status')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('payments.transfers.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} data-testid="transfer-row" data-reference={row.referenceCode ?? ''} data-payment-id={row.id}>
              <td className="cell-title">
                <code className="cell-strong bank-reference-cell">{row.referenceCode}</code>
                <span className="cell-sub">{formatDateTime(row.createdAt, i18n.language)}</span>
              </td>
              <td data-label={t('payments.transfers.donation')}>
                <span className="cell-value">
                  <Link to="/donations/$id" params={{ id: row.donationId }}>
                    {row.donationNumber}
                  </Link>
                  <span className="cell-sub">{row.donorName}</span>
                </span>
              </td>
              <td className="cell-money" data-label={t('payments.transfers.amount')}>
                {formatRupiah(row.amount)}
              </td>
              <td data-label={t('payments.transfers.status')}>
                <span className="cell-value">
                  <PaymentStatusBadge status={row.status} />
                  {row.confirmedBy ? <span className="cell-sub">{t('payments.transfers.confirmedBy', { name: row.confirmedBy })}</span> : null}
                  {row.needsApproval && row.status === 'pending' ? <span className="cell-sub">{t('payments.transfers.secondNeeded')}</span> : null}
                </span>
              </td>
              <td className="cell-actions">{action(row)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function TransfersContent() {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const pending = useQuery(paymentsQuery({ method: 'bank_transfer', status: 'pending' }));
  const awaiting = useQuery(paymentsQuery({ method: 'bank_transfer', status: 'awaiting_approval' }));
  const approve = useApproveTransfer();
  const [open, setOpen] = useState<PaymentRow | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  useDocumentTitle(t('payments.transfers.title'));

  const onApprove = (row: PaymentRow) => {
    setStatus(null);
    approve.mutate(row.id, { onSuccess: () => setStatus(t('payments.transfers.approved', { number: row.donationNumber })) });
  };
  const approveError = approve.isError ? approve.error : null;
  const approveFailedFor = approveError ? approve.variables : null;

  return (
    <div className="page transfers-page" data-testid="transfers-page">
      <header className="page-head">
        <p className="eyebrow">{t('nav.donations')}</p>
        <h1>{t('payments.transfers.title')}</h1>
        <p className="lead">{t('payments.transfers.lead')}</p>
      </header>

      <p className="status-line" role="status" aria-live="polite" data-testid="transfers-status">
        {status}
      </p>

      {open ? (
        <ConfirmPanel
          key={open.id}
          payment={open}
          onClose={() => setOpen(null)}
          onDone={(message) => {
            setOpen(null);
            setStatus(message);
          }}
        />
      ) : null}

      <section className="section" aria-labelledby="pending-title">
        <div className="section-head">
          <h2 id="pending-title">{t('payments.transfers.pendingTitle')}</h2>
          {pending.data ? <p className="muted small">{t('payments.transfers.count', { n: formatNumber(pending.data.items.length, i18n.language) })}</p> : null}
        </div>
        <p className="muted small">{t('payments.transfers.pendingHint')}</p>
        {pending.isPending ? <Loading /> : null}
        {pending.isError ? <ErrorNotice error={pending.error} onRetry={() => void pending.refetch()} /> : null}
        {pending.data && pending.data.items.length === 0 ? <p className="empty">{t('payments.transfers.pendingNone')}</p> : null}
        {pending.data && pending.data.items.length > 0 ? (
          <TransferTable
            rows={pending.data.items}
            testId="transfers-pending"
            action={(row) => (
              <button type="button" className="button button-primary button-small" data-testid="transfer-confirm-open" disabled={open?.id === row.id} onClick={() => setOpen(row)}>
                {t('payments.transfers.confirm')}
              </button>
            )}
          />
        ) : null}
      </section>

      <section className="section" aria-labelledby="awaiting-title">
        <div className="section-head">
          <h2 id="awaiting-title">{t('payments.transfers.awaitingTitle')}</h2>
          {awaiting.data ? <p className="muted small">{t('payments.transfers.count', { n: formatNumber(awaiting.data.items.length, i18n.language) })}</p> : null}
        </div>
        <p className="muted small">{t('payments.transfers.awaitingHint')}</p>
        {awaiting.isPending ? <Loading /> : null}
        {awaiting.isError ? <ErrorNotice error={awaiting.error} onRetry={() => void awaiting.refetch()} /> : null}
        {awaiting.data && awaiting.data.items.length === 0 ? <p className="empty">{t('payments.transfers.awaitingNone')}</p> : null}
        {awaiting.data && awaiting.data.items.length > 0 ? (
          <TransferTable
            rows={awaiting.data.items}
            testId="transfers-awaiting"
            action={(row) => (
              <div className="approve-cell">
                <button
                  type="button"
                  className="button button-primary button-small"
                  data-testid="transfer-approve"
                  disabled={approve.isPending && approve.variables === row.id}
                  onClick={() => onApprove(row)}
                >
                  {t('payments.transfers.approve')}
                </button>
                {row.confirmedBy && row.confirmedBy === user?.fullName && approveFailedFor !== row.id ? (
                  <span className="cell-sub">{t('payments.transfers.yoursHint')}</span>
                ) : null}
                {approveFailedFor === row.id && approveError ? (
                  isSameOfficer(approveError) ? (
                    <p className="field-error" role="alert" data-testid="transfer-approve-error">
                      {t('payments.transfers.sameOfficer')}
                    </p>
                  ) : (
                    <ErrorNotice error={approveError} testId="transfer-approve-error" />
                  )
                ) : null}
              </div>
            )}
          />
        ) : null}
      </section>
    </div>
  );
}

/** Konfirmasi transfer: bank transfers to confirm with a proof, and large ones to approve by a second officer. */
export function TransfersPage() {
  return (
    <RoleGate roles={MONEY_DESK_ROLES}>
      <TransfersContent />
    </RoleGate>
  );
}
