import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDate, formatDateTime, formatRupiah } from '../../lib/format';
import { jakartaToday } from '../coverage/months';
import { describedBy } from '../simulasi/fields';
import { useClaimStep, usePayClaim, useRejectClaim, type Claim, type ClaimStep } from './api';
import { documentName } from './labels';
import { ClaimErrorNotice } from './parts';

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

function detailStrings(error: unknown, key: string): string[] {
  if (!isApiError(error) || !isRecord(error.details)) return [];
  const value = error.details[key];
  return Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];
}

function detailString(error: unknown, key: string): string | null {
  if (!isApiError(error) || !isRecord(error.details)) return null;
  const value = error.details[key];
  return typeof value === 'string' ? value : null;
}

/** Why a step was refused, with what is missing named (documents, accounts) where the server says. */
function StepRefusal({ error, claim }: { error: unknown; claim: Claim }) {
  const { t, i18n } = useTranslation();
  if (!isApiError(error)) return <ClaimErrorNotice error={error} testId="claim-action-error" />;
  if (error.code === 'CLAIM_DOCUMENTS_MISSING') {
    return (
      <div className="notice notice-error" role="alert" data-testid="claim-action-error" data-code={error.code}>
        <p className="notice-title">{t('claims.actions.missingDocuments')}</p>
        <ul className="plain-list">
          {detailStrings(error, 'missing').map((kind) => (
            <li key={kind}>{documentName(t, kind)}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (error.code === 'CLAIM_PAYOUT_ACCOUNT_MISSING') {
    const ids = detailStrings(error, 'claimantIds');
    return (
      <div className="notice notice-error" role="alert" data-testid="claim-action-error" data-code={error.code}>
        <p className="notice-title">{t('claims.actions.accountMissing')}</p>
        <ul className="plain-list">
          {ids.map((id) => (
            <li key={id}>{claim.claimants.find((c) => c.id === id)?.fullName ?? id}</li>
          ))}
        </ul>
      </div>
    );
  }
  if (error.code === 'CLAIM_NOT_COVERED') {
    const state = detailString(error, 'state') ?? claim.coverage.state;
    const stateText = state === 'ACTIVE' || state === 'ARREARS' || state === 'ENDED' || state === 'NOT_STARTED' ? t(`coverage.states.${state}`) : state;
    return (
      <div className="notice notice-error" role="alert" data-testid="claim-action-error" data-code={error.code}>
        <p>{t('claims.actions.notCovered', { state: stateText.toLowerCase() })}</p>
      </div>
    );
  }
  if (error.code === 'CLAIM_PAYOUT_HOLD') {
    const until = detailString(error, 'until');
    return (
      <div className="notice notice-error" role="alert" data-testid="claim-action-error" data-code={error.code}>
        <p>{until ? t('claims.actions.holdUntil', { date: formatDateTime(until, i18n.language) }) : t('claims.errors.CLAIM_PAYOUT_HOLD')}</p>
      </div>
    );
  }
  return <ClaimErrorNotice error={error} testId="claim-action-error" />;
}

/** The latest moment a recipient's payout is held after an account change, if still ahead. */
function holdUntil(claim: Claim): string | null {
  const now = Date.now();
  const ahead = claim.claimants.map((c) => c.payoutHeldUntil).filter((value): value is string => value !== null && Date.parse(value) > now);
  return ahead.sort().at(-1) ?? null;
}

function PayForm({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const pay = usePayClaim(claim.id);
  const today = jakartaToday();
  const [reference, setReference] = useState('');
  const [paidOn, setPaidOn] = useState(today);
  const [problem, setProblem] = useState<string | null>(null);
  const held = holdUntil(claim);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pay.isPending) return;
    if (reference.trim().length < 3) return setProblem(t('claims.actions.referenceRequired'));
    setProblem(null);
    pay.mutate({ reference: reference.trim(), ...(paidOn ? { paidOn } : {}) }, { onSuccess: () => onDone(t('claims.actions.paid')), onError: () => onDone('') });
  };

  return (
    <form className="claim-pay-form" onSubmit={onSubmit} noValidate data-testid="claim-pay-form">
      <p>{t('claims.actions.payLead')}</p>
      {held ? (
        <p className="notice notice-warn" data-testid="claim-hold">
          {t('claims.actions.holdUntil', { date: formatDateTime(held, i18n.language) })}
        </p>
      ) : null}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-reference`}>{t('claims.actions.reference')}</label>
          <input
            id={`${id}-reference`}
            data-testid="claim-pay-reference"
            autoComplete="off"
            maxLength={80}
            value={reference}
            onChange={(event) => setReference(event.target.value)}
            aria-invalid={Boolean(problem)}
            aria-describedby={describedBy(`${id}-reference-hint`, problem && `${id}-reference-problem`)}
          />
          <p className="hint" id={`${id}-reference-hint`}>
            {t('claims.actions.referenceHint')}
          </p>
          {problem ? (
            <p className="field-error" id={`${id}-reference-problem`}>
              {problem}
            </p>
          ) : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-paid-on`}>{t('claims.actions.paidOn')}</label>
          <input id={`${id}-paid-on`} type="date" className="input-short" data-testid="claim-pay-date" max={today} value={paidOn} onChange={(event) => setPaidOn(event.target.value)} />
        </div>
      </div>
      {pay.isError ? <StepRefusal error={pay.error} claim={claim} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="claim-pay-submit" disabled={pay.isPending}>
          {pay.isPending ? t('claims.actions.paying') : t('claims.actions.pay')}
        </button>
      </div>
    </form>
  );
}

function RejectForm({ claim, onDone, onClose }: { claim: Claim; onDone: (message: string) => void; onClose: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const reject = useRejectClaim(claim.id);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reject.isPending) return;
    if (reason.trim().length < 5) return setProblem(t('claims.actions.rejectReasonRequired'));
    setProblem(null);
    reject.mutate(reason.trim(), { onSuccess: () => onDone(t('claims.actions.rejected')) });
  };

  return (
    <form className="claim-reject-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="claim-reject-form">
      <h3 id={`${id}-title`}>{t('claims.actions.rejectTitle')}</h3>
      <p className="small">{t('claims.actions.rejectLead')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('claims.actions.rejectReason')}</label>
        <textarea
          id={`${id}-reason`}
          data-testid="claim-reject-reason"
          rows={3}
          maxLength={1000}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={Boolean(problem)}
          aria-describedby={describedBy(problem && `${id}-problem`)}
        />
        {problem ? (
          <p className="field-error" id={`${id}-problem`}>
            {problem}
          </p>
        ) : null}
      </div>
      {reject.isError ? <ClaimErrorNotice error={reject.error} testId="claim-reject-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-danger" data-testid="claim-reject-submit" disabled={reject.isPending}>
          {reject.isPending ? t('claims.actions.rejecting') : t('claims.actions.rejectSubmit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('claims.actions.cancel')}
        </button>
      </div>
    </form>
  );
}

type StepButtonProps = { step: ClaimStep; lead: string; label: string; pending: string; claim: Claim; onDone: (message: string) => void; done: string; extra?: string | null };

function StepButton({ step, lead, label, pending, claim, onDone, done, extra }: StepButtonProps) {
  const run = useClaimStep(claim.id);
  return (
    <div className="claim-step-action">
      <p>{lead}</p>
      {extra ? <p className="small muted">{extra}</p> : null}
      {run.isError ? <StepRefusal error={run.error} claim={claim} /> : null}
      <div className="form-actions">
        <button type="button" className="button button-primary" data-testid={`claim-${step}`} disabled={run.isPending} onClick={() => run.mutate(step, { onSuccess: () => onDone(done), onError: () => onDone('') })}>
          {run.isPending ? pending : label}
        </button>
      </div>
    </div>
  );
}

/** What can be done next, by status and by what the API allows this officer (`can`). An empty message clears the last one. */
export function ClaimActions({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [isRejecting, setIsRejecting] = useState(false);
  const missing = claim.checklist.filter((item) => !item.isPresent).length;
  const { can, history } = claim;
  const penalty = claim.penalty && claim.penalty.amount !== '0' ? claim.penalty : null;

  let body = null;
  if (claim.status === 'draft' && can.submit) {
    body = (
      <StepButton
        step="submit"
        claim={claim}
        onDone={onDone}
        lead={t('claims.actions.submitLead')}
        label={t('claims.actions.submit')}
        pending={t('claims.actions.submitting')}
        done={t('claims.actions.submitted')}
        extra={missing > 0 ? t('claims.docs.missingCount', { n: missing }) : null}
      />
    );
  } else if (claim.status === 'submitted' && can.verify) {
    body = (
      <StepButton
        step="verify"
        claim={claim}
        onDone={onDone}
        lead={t('claims.actions.verifyLead')}
        label={t('claims.actions.verify')}
        pending={t('claims.actions.verifying')}
        done={t('claims.actions.verified')}
        extra={missing > 0 ? t('claims.docs.missingCount', { n: missing }) : null}
      />
    );
  } else if (claim.status === 'verified') {
    body = can.approve ? (
      <StepButton
        step="approve"
        claim={claim}
        onDone={onDone}
        lead={t('claims.actions.approveLead')}
        label={t('claims.actions.approve')}
        pending={t('claims.actions.approving')}
        done={t('claims.actions.approved')}
      />
    ) : (
      <p className="notice notice-info" data-testid="claim-approve-blocked">
        {t('claims.actions.approveBlocked')}
      </p>
    );
  } else if (claim.status === 'approved' && can.pay) {
    body = <PayForm claim={claim} onDone={onDone} />;
  } else if (claim.status === 'paid') {
    body = (
      <div className="notice notice-success" data-testid="claim-paid-summary">
        <p>{t('claims.actions.paidSummary', { date: history.paidOn ? formatDate(history.paidOn, lang) : '', reference: history.payoutReference ?? '' })}</p>
        <p data-testid="claim-paid-penalty">
          {penalty ? t('claims.actions.penalty', { n: penalty.days ?? 0, amount: formatRupiah(penalty.amount) }) : t('claims.actions.noPenalty')}
        </p>
      </div>
    );
  } else if (claim.status === 'rejected') {
    body = (
      <div className="notice notice-warn" data-testid="claim-rejected-summary">
        <p>{t('claims.actions.rejectedSummary', { date: history.rejectedAt ? formatDate(history.rejectedAt, lang) : '' })}</p>
        {history.rejectionReason ? <p>{t('claims.actions.rejectionReason', { reason: history.rejectionReason })}</p> : null}
      </div>
    );
  } else {
    body = <p className="muted">{t('claims.actions.nothing')}</p>;
  }

  return (
    <section className="card claim-actions" aria-labelledby="claim-actions-title" data-testid="claim-actions">
      <h2 id="claim-actions-title">{claim.status === 'paid' || claim.status === 'rejected' ? t('claims.actions.titleDone') : t('claims.actions.title')}</h2>
      {body}
      {can.reject && !isRejecting ? (
        <p className="claim-reject-open">
          <button type="button" className="link-button claim-danger-link" data-testid="claim-reject-open" onClick={() => setIsRejecting(true)}>
            {t('claims.actions.reject')}
          </button>
        </p>
      ) : null}
      {can.reject && isRejecting ? (
        <RejectForm
          claim={claim}
          onClose={() => setIsRejecting(false)}
          onDone={(message) => {
            setIsRejecting(false);
            onDone(message);
          }}
        />
      ) : null}
    </section>
  );
}
