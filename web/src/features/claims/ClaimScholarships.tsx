import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMonth, formatRupiah } from '../../lib/format';
import { isChildLevel } from '../simulasi/labels';
import { useEndScholarship, usePayScholarship, type Claim, type EndReason, type Scholarship } from './api';
import { isEndedReason } from './labels';
import { ClaimErrorNotice } from './parts';

const END_REASONS = ['married', 'working', 'stopped_school'] as const satisfies readonly EndReason[];

function isEndReason(value: string): value is EndReason {
  return END_REASONS.some((reason) => reason === value);
}

type FormProps = { claim: Claim; scholarship: Scholarship; onDone: (message: string) => void; onClose: () => void };

function PayYearForm({ claim, scholarship, onDone, onClose }: FormProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const pay = usePayScholarship(claim.id, scholarship.id);
  const proofs = claim.documents.filter((doc) => doc.kind === 'BUKTI_SEKOLAH');
  const [proof, setProof] = useState(proofs.at(-1)?.id ?? '');
  const [reference, setReference] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const next = scholarship.plan[scholarship.payments.length];
  const levelName = (level: string) => (isChildLevel(level) ? t(`simulasi.levels.${level}`) : level);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (pay.isPending) return;
    if (!proof) return setProblem(t('claims.scholarships.proofRequired'));
    if (reference.trim().length < 3) return setProblem(t('claims.actions.referenceRequired'));
    setProblem(null);
    pay.mutate(
      { proofDocumentId: proof, reference: reference.trim() },
      {
        onSuccess: () => onDone(t('claims.scholarships.paidDone', { n: scholarship.payments.length + 1, amount: formatRupiah(next?.amount ?? '0') })),
      },
    );
  };

  if (!next) return null;
  return (
    <form className="claim-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="scholarship-pay-form">
      <h4 id={`${id}-title`}>{t('claims.scholarships.payTitle', { n: scholarship.payments.length + 1, level: levelName(next.level), amount: formatRupiah(next.amount) })}</h4>
      {proofs.length === 0 ? (
        <p className="notice notice-warn small">{t('claims.scholarships.proofNone')}</p>
      ) : (
        <div className="form-grid">
          <div className="field">
            <label htmlFor={`${id}-proof`}>{t('claims.scholarships.proof')}</label>
            <select id={`${id}-proof`} data-testid="scholarship-proof" value={proof} onChange={(event) => setProof(event.target.value)}>
              <option value="">{t('claims.scholarships.proofChoose')}</option>
              {proofs.map((doc) => (
                <option key={doc.id} value={doc.id}>
                  {doc.fileName} · {formatDateTime(doc.uploadedAt, i18n.language)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-reference`}>{t('claims.scholarships.reference')}</label>
            <input id={`${id}-reference`} data-testid="scholarship-reference" autoComplete="off" maxLength={80} value={reference} onChange={(event) => setReference(event.target.value)} />
          </div>
        </div>
      )}
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {pay.isError ? <ClaimErrorNotice error={pay.error} /> : null}
      <div className="form-actions">
        {proofs.length > 0 ? (
          <button type="submit" className="button button-primary" data-testid="scholarship-pay-submit" disabled={pay.isPending}>
            {pay.isPending ? t('claims.scholarships.paying') : t('claims.scholarships.paySubmit')}
          </button>
        ) : null}
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('claims.scholarships.cancel')}
        </button>
      </div>
    </form>
  );
}

function EndForm({ claim, scholarship, onDone, onClose }: FormProps) {
  const { t } = useTranslation();
  const id = useId();
  const end = useEndScholarship(claim.id, scholarship.id);
  const [reason, setReason] = useState<EndReason>('stopped_school');
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (end.isPending) return;
    end.mutate(reason, { onSuccess: () => onDone(t('claims.scholarships.endedDone', { name: scholarship.childName })) });
  };
  return (
    <form className="claim-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="scholarship-end-form">
      <h4 id={`${id}-title`}>{t('claims.scholarships.endTitle', { name: scholarship.childName })}</h4>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('claims.scholarships.endReason')}</label>
        <select id={`${id}-reason`} data-testid="scholarship-end-reason" value={reason} onChange={(event) => isEndReason(event.target.value) && setReason(event.target.value)}>
          {END_REASONS.map((option) => (
            <option key={option} value={option}>
              {t(`claims.scholarships.endedReasons.${option}`)}
            </option>
          ))}
        </select>
      </div>
      {end.isError ? <ClaimErrorNotice error={end.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-danger" data-testid="scholarship-end-submit" disabled={end.isPending}>
          {end.isPending ? t('claims.scholarships.ending') : t('claims.scholarships.endSubmit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('claims.scholarships.cancel')}
        </button>
      </div>
    </form>
  );
}

function ScholarshipItem({ claim, scholarship, onDone }: { claim: Claim; scholarship: Scholarship; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const [panel, setPanel] = useState<'pay' | 'end' | null>(null);
  const isActive = scholarship.status === 'active';
  const hasNext = scholarship.payments.length < scholarship.plan.length;
  const levelName = (level: string) => (isChildLevel(level) ? t(`simulasi.levels.${level}`) : level);
  const endedReason = scholarship.endedReason && isEndedReason(scholarship.endedReason) ? t(`claims.scholarships.endedReasons.${scholarship.endedReason}`) : scholarship.endedReason;
  const levels = [...new Set(scholarship.plan.map((year) => levelName(year.level)))];
  const total = scholarship.plan.reduce((sum, year) => sum + BigInt(year.amount), 0n);
  const paidTotal = scholarship.payments.reduce((sum, payment) => sum + BigInt(payment.amount), 0n);
  const next = scholarship.plan[scholarship.payments.length];
  const close = () => setPanel(null);
  const done = (message: string) => {
    setPanel(null);
    onDone(message);
  };

  return (
    <li className="claim-scholarship" data-testid="scholarship" data-status={scholarship.status}>
      <div className="claimant-head">
        <span>
          <span className="cell-strong">{t('claims.scholarships.child', { n: scholarship.childIndex, name: scholarship.childName })}</span>
          <span className="cell-sub">
            {t('claims.scholarships.born', { date: formatDate(scholarship.birthDate, lang) })} · {t('claims.scholarships.endsOn', { date: formatDate(scholarship.endsOn, lang) })}
          </span>
        </span>
        <span className={isActive ? 'pill pill-ok' : 'pill'}>{isActive ? t('claims.scholarships.statuses.active') : t('claims.scholarships.statuses.ended')}</span>
      </div>
      {!isActive && endedReason ? <p className="small muted">{t('claims.scholarships.endedBecause', { reason: endedReason })}</p> : null}
      <p className="small" data-testid="scholarship-summary">
        {t('claims.scholarships.summary', { n: scholarship.plan.length, levels: levels.join(', '), total: formatRupiah(total) })}{' '}
        {t('claims.scholarships.paidCount', { n: scholarship.payments.length, of: scholarship.plan.length, amount: formatRupiah(paidTotal) })}
      </p>
      {isActive && next ? (
        <p className="small" data-testid="scholarship-next">
          {t('claims.scholarships.next', { n: scholarship.payments.length + 1, level: levelName(next.level), month: formatMonth(next.schoolYearStarts.slice(0, 7), lang), amount: formatRupiah(next.amount) })}
        </p>
      ) : null}
      <details className="years">
        <summary>{t('claims.scholarships.planTitle')}</summary>
        <div className="table-wrap">
          <table className="table table-stack year-table claim-plan" data-testid="scholarship-plan">
            <caption className="visually-hidden">{t('claims.scholarships.child', { n: scholarship.childIndex, name: scholarship.childName })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('claims.scholarships.colYear')}</th>
                <th scope="col">{t('claims.scholarships.colLevel')}</th>
                <th scope="col" className="cell-money">
                  {t('claims.scholarships.colAmount')}
                </th>
                <th scope="col">{t('claims.scholarships.colPaid')}</th>
              </tr>
            </thead>
            <tbody>
              {scholarship.plan.map((year, index) => {
                const payment = scholarship.payments.find((p) => p.schoolYear === index + 1);
                return (
                  <tr key={year.schoolYearStarts} data-paid={String(Boolean(payment))}>
                    <td data-label={t('claims.scholarships.colYear')}>
                      <span className="cell-value">
                        {t('claims.scholarships.yearN', { n: index + 1 })} · {formatMonth(year.schoolYearStarts.slice(0, 7), lang)}
                      </span>
                    </td>
                    <td data-label={t('claims.scholarships.colLevel')}>{levelName(year.level)}</td>
                    <td data-label={t('claims.scholarships.colAmount')} className="cell-money">
                      {formatRupiah(year.amount)}
                    </td>
                    <td data-label={t('claims.scholarships.colPaid')}>
                      {payment ? (
                        <span className="cell-value">
                          {formatDate(payment.paidAt, lang)}
                          <span className="cell-sub">{t('claims.scholarships.ref', { reference: payment.reference })}</span>
                        </span>
                      ) : (
                        <span className="muted">{t('claims.scholarships.notPaid')}</span>
                      )}
                    </td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      </details>
      {isActive && !hasNext ? <p className="small muted">{t('claims.scholarships.planDone')}</p> : null}
      {isActive && claim.status === 'paid' && panel === null ? (
        <div className="claimant-actions">
          {hasNext ? (
            <button type="button" className="button button-primary button-small" data-testid="scholarship-pay-open" onClick={() => setPanel('pay')}>
              {t('claims.scholarships.payNext')}
            </button>
          ) : null}
          <button type="button" className="button button-secondary button-small" data-testid="scholarship-end-open" onClick={() => setPanel('end')}>
            {t('claims.scholarships.end')}
          </button>
        </div>
      ) : null}
      {panel === 'pay' ? <PayYearForm claim={claim} scholarship={scholarship} onDone={done} onClose={close} /> : null}
      {panel === 'end' ? <EndForm claim={claim} scholarship={scholarship} onDone={done} onClose={close} /> : null}
    </li>
  );
}

/** Each eligible child's school years: the plan, what was paid against which proof, and the next year. */
export function ClaimScholarships({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  if (claim.scholarships.length === 0) return null;
  return (
    <section className="section card claim-scholarships" aria-labelledby="claim-scholarships-title" data-testid="claim-scholarships">
      <h2 id="claim-scholarships-title">{t('claims.scholarships.title')}</h2>
      <p className="small">{t('claims.scholarships.lead')}</p>
      <ul className="claimant-list">
        {claim.scholarships.map((scholarship) => (
          <ScholarshipItem key={scholarship.id} claim={claim} scholarship={scholarship} onDone={onDone} />
        ))}
      </ul>
    </section>
  );
}
