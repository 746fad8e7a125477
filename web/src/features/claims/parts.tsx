import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { id as catalogue } from '../../i18n/id';
import { formatDate, formatMonth, formatRupiah } from '../../lib/format';
import { errorCode, useErrorText } from '../common/error-text';
import { jakartaToday } from '../coverage/months';
import { rulesQuery } from '../simulasi/api';
import { isBenefitItemCode } from '../simulasi/labels';
import { RegulationRef } from '../simulasi/sources';
import { DOCUMENT_ACCEPT, type ClaimBenefit, type ClaimStatus, type Eligibility } from './api';
import { daysBetween, isBenefitNote, isClaimStatus, isCoverageReason, STATUS_CLASS } from './labels';
import './claims.css';

type ClaimErrorKey = keyof typeof catalogue.claims.errors;

function isClaimErrorKey(code: string): code is ClaimErrorKey {
  return Object.hasOwn(catalogue.claims.errors, code);
}

/**
 * An error in the user's language: the claim codes (and the file refusals, worded for documents)
 * from this area's catalogue, the common codes from the shared one, and any other code the
 * server sent with its own message in the request language.
 */
export function useClaimErrorText(): (error: unknown) => string {
  const { t } = useTranslation();
  const common = useErrorText();
  return (error) => {
    if (isApiError(error) && isClaimErrorKey(error.code)) return t(`claims.errors.${error.code}`);
    if (isApiError(error) && error.status === 429) return t('errors.RATE_LIMITED');
    if (isApiError(error) && errorCode(error) === 'UNKNOWN' && error.status < 500 && error.message) return error.message;
    return common(error);
  };
}

export function ClaimErrorNotice({ error, testId }: { error: unknown; testId?: string }) {
  const { t } = useTranslation();
  const text = useClaimErrorText();
  const requestId = isApiError(error) && error.status >= 500 ? error.requestId : null;
  return (
    <div className="notice notice-error" role="alert" data-testid={testId}>
      <p>{text(error)}</p>
      {requestId ? <p className="muted small">{t('errors.requestId', { id: requestId })}</p> : null}
    </div>
  );
}

type FilePickerProps = {
  id: string;
  file: File | null;
  onChange: (file: File | null) => void;
  testId: string;
  isInvalid: boolean;
  describedBy?: string | undefined;
};

/** A file input whose button and "no file" text follow the interface language (the browser's do not). */
export function FilePicker({ id, file, onChange, testId, isInvalid, describedBy }: FilePickerProps) {
  const { t } = useTranslation();
  return (
    <div className="file-picker">
      <input
        id={id}
        type="file"
        className="file-picker-input"
        accept={DOCUMENT_ACCEPT}
        data-testid={testId}
        onChange={(event) => onChange(event.target.files?.[0] ?? null)}
        aria-invalid={isInvalid}
        aria-describedby={describedBy}
      />
      <label htmlFor={id} className="button button-secondary button-small file-picker-button">
        {t('claims.docs.choose')}
      </label>
      <span className={file ? 'file-picker-name' : 'file-picker-name muted'} data-testid={`${testId}-name`}>
        {file ? file.name : t('claims.docs.noFile')}
      </span>
    </div>
  );
}

export function ClaimStatusBadge({ status, testId }: { status: string; testId?: string }) {
  const { t } = useTranslation();
  if (!isClaimStatus(status)) return <span className="pill">{status}</span>;
  return (
    <span className={STATUS_CLASS[status]} data-status={status} data-testid={testId} title={t(`claims.statusHint.${status}`)}>
      {t(`claims.status.${status}`)}
    </span>
  );
}

/** The service-level deadline: its date, and how many days late once it has passed. */
export function SlaText({ slaDueOn, isOverdue, status }: { slaDueOn: string | null; isOverdue: boolean; status: ClaimStatus }) {
  const { t, i18n } = useTranslation();
  if (!slaDueOn) return <span className="muted">{status === 'rejected' ? t('claims.none') : t('claims.sla.notStarted')}</span>;
  const late = daysBetween(slaDueOn, jakartaToday());
  return (
    <span className="claim-sla">
      <span>{t('claims.sla.due', { date: formatDate(slaDueOn, i18n.language) })}</span>
      {isOverdue ? (
        <span className="pill pill-danger" data-testid="claim-overdue">
          {t('claims.sla.overdueDays', { n: late })}
        </span>
      ) : null}
    </span>
  );
}

export function BackToClaims() {
  const { t } = useTranslation();
  return (
    <p className="back-link">
      <Link to="/claims">← {t('claims.backToList')}</Link>
    </p>
  );
}

export function ClaimNotFound() {
  const { t } = useTranslation();
  return (
    <section className="page narrow" data-testid="claim-not-found">
      <h1>{t('claims.detail.notFoundTitle')}</h1>
      <p>{t('claims.detail.notFound')}</p>
      <p>
        <Link to="/claims">{t('claims.backToList')}</Link>
      </p>
    </section>
  );
}

const STEPS = ['draft', 'submitted', 'verified', 'approved', 'paid'] as const;

type StepperProps = { status: ClaimStatus; history: { submittedAt: string | null; verifiedAt: string | null; approvedAt: string | null } };

/** draft → diajukan → diverifikasi → disetujui → dibayar; a rejection ends the line where it happened. */
export function ClaimSteps({ status, history }: StepperProps) {
  const { t } = useTranslation();
  const isRejected = status === 'rejected';
  // Where a rejected claim stopped: the last stage it reached.
  const reached = isRejected ? (history.approvedAt ? 3 : history.verifiedAt ? 2 : history.submittedAt ? 1 : 0) : STEPS.indexOf(status);
  const steps: readonly (ClaimStatus)[] = isRejected ? [...STEPS.slice(0, reached + 1), 'rejected'] : STEPS;
  return (
    <ol className="steps claim-steps" aria-label={t('claims.detail.stepsLabel')} data-testid="claim-steps">
      {steps.map((step, index) => {
        const isCurrent = isRejected ? step === 'rejected' : index === reached;
        const isDone = isRejected ? step !== 'rejected' : index < reached || status === 'paid';
        const className = ['step', isCurrent ? 'is-current' : '', isDone ? 'is-done' : '', step === 'rejected' ? 'is-rejected' : ''].filter(Boolean).join(' ');
        return (
          <li key={step} className={className} aria-current={isCurrent ? 'step' : undefined} data-step={step}>
            <span className="step-number" aria-hidden="true">
              {step === 'rejected' ? '×' : isDone ? '✓' : index + 1}
            </span>
            {t(`claims.status.${step}`)}
          </li>
        );
      })}
    </ol>
  );
}

/** The coverage on the event date in plain words, with the dates behind it. */
export function CoverageFacts({ coverage, type, testId }: { coverage: Eligibility; type: string; testId?: string }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const program = type === 'JKM' ? 'JKM' : 'JKK';
  const reason = isCoverageReason(coverage.reason) ? t(`claims.coverage.reasons.${coverage.reason}`, { n: coverage.unpaidMonths }) : coverage.reason;
  return (
    <div
      className={coverage.isCovered ? 'notice notice-success claim-coverage' : 'notice notice-warn claim-coverage'}
      data-testid={testId}
      data-covered={String(coverage.isCovered)}
      data-state={coverage.state}
    >
      <p className="notice-title">{coverage.isCovered ? t('claims.coverage.covered') : t('claims.coverage.notCovered')}</p>
      <p data-testid={testId ? `${testId}-reason` : undefined}>{reason}</p>
      <dl className="facts claim-facts">
        <dt>{t('claims.coverage.program')}</dt>
        <dd>{`${program} — ${t(`simulasi.programs.${program}`)}`}</dd>
        <dt>{t('claims.coverage.paidThrough')}</dt>
        <dd>{coverage.paidThrough ? formatMonth(coverage.paidThrough, lang) : t('claims.coverage.never')}</dd>
        {coverage.endsOn ? (
          <>
            <dt>{coverage.state === 'ENDED' ? t('claims.coverage.endedOn') : t('claims.coverage.endsOn')}</dt>
            <dd>{formatDate(coverage.endsOn, lang)}</dd>
          </>
        ) : null}
        <dt>{t('claims.coverage.contributionMonths')}</dt>
        <dd>{t('claims.coverage.months', { n: coverage.contributionMonths })}</dd>
        <dt>{t('claims.coverage.declaredIncome')}</dt>
        <dd>{formatRupiah(coverage.declaredIncome)}</dd>
      </dl>
    </div>
  );
}

type BenefitTableProps = { benefit: ClaimBenefit; penalty: { days: number | null; amount: string } | null };

/** The benefit item by item, with the basis of each amount and the regulation it comes from. */
export function BenefitTable({ benefit, penalty }: BenefitTableProps) {
  const { t, i18n } = useTranslation();
  const rules = useQuery(rulesQuery);
  const regulation = (code: string) => rules.data?.regulations.find((r) => r.id === code);
  const label = (code: string, child: number | undefined) => {
    const name = isBenefitItemCode(code) ? t(`simulasi.benefit.items.${code}`) : code;
    return child === undefined ? name : t('simulasi.benefit.itemForChild', { label: name, n: child });
  };
  const hasPenalty = penalty !== null && penalty.amount !== '0';
  const paid = hasPenalty ? (BigInt(benefit.total) + BigInt(penalty.amount)).toString() : null;
  return (
    <>
      <p className="muted small">{t('claims.benefit.onRules', { date: formatDate(benefit.eventDate, i18n.language) })}</p>
      <div className="table-wrap">
        <table className="table sim-table claim-benefit" data-testid="claim-benefit">
          <caption className="visually-hidden">{t('claims.benefit.title')}</caption>
          <thead>
            <tr>
              <th scope="col">{t('claims.benefit.colItem')}</th>
              <th scope="col" className="cell-money">
                {t('claims.benefit.colAmount')}
              </th>
            </tr>
          </thead>
          <tbody>
            {benefit.items.map((item, index) => {
              const source = regulation(item.regulation);
              return (
                <tr key={`${item.code}-${index}`} data-code={item.code}>
                  <th scope="row" className="cell-head">
                    <span className="cell-strong">{label(item.code, item.child)}</span>
                    <span className="cell-sub">
                      {t('claims.benefit.basis')}: {item.basis}
                    </span>
                    <span className="cell-sub">{source ? <RegulationRef regulation={source} /> : item.regulation}</span>
                  </th>
                  <td className="cell-money">{formatRupiah(item.amount)}</td>
                </tr>
              );
            })}
          </tbody>
          <tfoot>
            <tr>
              <th scope="row" className="cell-head">
                {t('claims.benefit.total')}
              </th>
              <td className="cell-money" data-testid="claim-benefit-total">
                {formatRupiah(benefit.total)}
              </td>
            </tr>
            {hasPenalty && paid ? (
              <>
                <tr data-testid="claim-penalty">
                  <th scope="row" className="cell-head">
                    {t('claims.benefit.penalty', { n: penalty.days ?? 0 })}
                  </th>
                  <td className="cell-money">{formatRupiah(penalty.amount)}</td>
                </tr>
                <tr>
                  <th scope="row" className="cell-head">
                    {t('claims.benefit.totalPaid')}
                  </th>
                  <td className="cell-money">{formatRupiah(paid)}</td>
                </tr>
              </>
            ) : null}
          </tfoot>
        </table>
      </div>
      {benefit.notes.length > 0 ? (
        <ul className="plain-list small muted claim-notes">
          {benefit.notes.map((note) => (
            <li key={note}>{isBenefitNote(note) ? t(`claims.benefit.notes.${note}`) : note}</li>
          ))}
        </ul>
      ) : null}
    </>
  );
}

