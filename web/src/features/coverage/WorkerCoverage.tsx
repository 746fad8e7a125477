import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import type { TFunction } from 'i18next';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatMonth } from '../../lib/format';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { isProgram } from '../simulasi/labels';
import { useIssueSelfPayCode, workerCoverageQuery, type ProgramStatus, type TimelineMonth } from './api';
import { CoverageBadge, payerText, useGraceMonths } from './parts';

const MONTH_STATUS_CLASS: Record<TimelineMonth['status'], string> = {
  paid: 'pill pill-ok',
  partial: 'pill pill-warn',
  unpaid: 'pill pill-danger',
  upcoming: 'pill',
};

function programName(t: TFunction, program: string): string {
  return isProgram(program) ? `${program} — ${t(`simulasi.programs.${program}`)}` : program;
}

function ProgramCard({ status }: { status: ProgramStatus }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const grace = useGraceMonths();
  const isLive = status.state === 'ACTIVE' || status.state === 'ARREARS';
  return (
    <li className="card coverage-program" data-testid="coverage-program" data-program={status.program} data-state={status.state}>
      <div className="coverage-program-head">
        <h3>{programName(t, status.program)}</h3>
        <CoverageBadge state={status.state} unpaidMonths={status.unpaidMonths} testId={`coverage-state-${status.program}`} />
      </div>
      <dl className="facts worker-facts">
        <dt>{t('coverage.worker.protectedUntil')}</dt>
        <dd data-testid={`coverage-until-${status.program}`}>{status.protectedUntil ? formatDate(status.protectedUntil, lang) : '—'}</dd>
        {status.endsOn ? (
          <>
            <dt>{isLive ? t('coverage.worker.endsIfUnpaid') : t('coverage.worker.endedOn')}</dt>
            <dd data-testid={`coverage-ends-${status.program}`}>{formatDate(status.endsOn, lang)}</dd>
          </>
        ) : null}
        {status.nextDue ? (
          <>
            <dt>{t('coverage.worker.nextDue')}</dt>
            <dd>{t('coverage.worker.nextDueValue', { month: formatMonth(status.nextDue.month, lang), date: formatDate(status.nextDue.dueDate, lang) })}</dd>
          </>
        ) : null}
      </dl>
      {status.state === 'ARREARS' ? <p className="small coverage-program-note">{t('coverage.worker.arrearsNote', { n: status.unpaidMonths, grace })}</p> : null}
      {status.state === 'ENDED' ? <p className="small coverage-program-note">{t('coverage.worker.endedNote')}</p> : null}
    </li>
  );
}

/** "PT Sawit · INV-…" once when every programme had the same payer, else one line per programme. */
function PayerCell({ month }: { month: TimelineMonth }) {
  const { t } = useTranslation();
  if (month.programs.length === 0) return <span className="muted">—</span>;
  const texts = month.programs.map((item) => payerText(t, item.payer));
  if (texts.every((text) => text === texts[0])) return <span className="cell-value">{texts[0]}</span>;
  return (
    <span className="cell-value">
      {month.programs.map((item, index) => (
        <span key={item.program} className="coverage-payer-line">
          {item.program}: {texts[index]}
        </span>
      ))}
    </span>
  );
}

function Timeline({ months }: { months: readonly TimelineMonth[] }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  // The latest months first: what matters now is on top.
  const rows = [...months].reverse();
  return (
    <div className="table-wrap">
      <table className="table table-stack coverage-timeline" data-testid="coverage-timeline">
        <caption className="visually-hidden">{t('coverage.worker.timelineTitle')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('coverage.worker.colMonth')}</th>
            <th scope="col">{t('coverage.worker.colStatus')}</th>
            <th scope="col">{t('coverage.worker.colPayer')}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((month) => (
            <tr key={month.month} data-testid="coverage-month" data-month={month.month} data-status={month.status} data-payer={month.programs[0]?.payer.kind ?? ''}>
              <td className="cell-title">
                <span className="cell-strong">{formatMonth(month.month, lang)}</span>
              </td>
              <td data-label={t('coverage.worker.colStatus')}>
                <span className={MONTH_STATUS_CLASS[month.status]} data-status={month.status}>
                  {t(`coverage.worker.monthStatus.${month.status}`)}
                </span>
              </td>
              <td data-label={t('coverage.worker.colPayer')}>
                <PayerCell month={month} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** The worker's personal "lanjut mandiri" code: shown when it exists, made on request by staff. */
function SelfPayCode({ workerId, code }: { workerId: string; code: string | null }) {
  const { t } = useTranslation();
  const issue = useIssueSelfPayCode(workerId);
  const [issued, setIssued] = useState<string | null>(null);
  const shown = issued ?? code;
  return (
    <div className="card self-pay-code" data-testid="self-pay-code-box">
      <h3>{t('coverage.worker.codeTitle')}</h3>
      <p className="muted small">{t('coverage.worker.codeIntro')}</p>
      {shown ? (
        <>
          <p className="self-pay-code-value">
            <code data-testid="self-pay-code">{shown}</code>
          </p>
          <p className="small">
            {t('coverage.worker.codeHowTo')} <Link to="/mandiri">{t('coverage.worker.codeLink')}</Link>
          </p>
        </>
      ) : (
        <button type="button" className="button button-secondary" data-testid="self-pay-code-issue" disabled={issue.isPending} onClick={() => issue.mutate(undefined, { onSuccess: (answer) => setIssued(answer.code) })}>
          {issue.isPending ? t('coverage.worker.codeIssuing') : t('coverage.worker.codeIssue')}
        </button>
      )}
      {issue.isError ? <ErrorNotice error={issue.error} testId="self-pay-code-error" /> : null}
    </div>
  );
}

type WorkerCoverageProps = { workerId: string; canIssueCode: boolean };

/** "Perlindungan": each programme's state today, and month by month who paid. */
export function WorkerCoverage({ workerId, canIssueCode }: WorkerCoverageProps) {
  const { t, i18n } = useTranslation();
  const coverage = useQuery(workerCoverageQuery(workerId, i18n.language));
  const data = coverage.data;
  return (
    <section className="section" aria-labelledby="coverage-title" data-testid="worker-coverage">
      <div className="section-head">
        <h2 id="coverage-title">{t('coverage.worker.title')}</h2>
        {data ? <p className="muted small">{t('coverage.worker.asOf', { date: formatDate(data.asOf, i18n.language) })}</p> : null}
      </div>
      {coverage.isPending ? <Loading /> : null}
      {coverage.isError ? <ErrorNotice error={coverage.error} onRetry={() => void coverage.refetch()} /> : null}
      {data && data.programs.length === 0 ? (
        <div className="empty" data-testid="coverage-never">
          <p>
            <CoverageBadge state="NONE" testId="coverage-state-NONE" />
          </p>
          <p>{t('coverage.worker.never')}</p>
        </div>
      ) : null}
      {data && data.programs.length > 0 ? (
        <ul className="coverage-programs">
          {data.programs.map((status) => (
            <ProgramCard key={status.program} status={status} />
          ))}
        </ul>
      ) : null}
      {data && canIssueCode ? <SelfPayCode workerId={workerId} code={data.selfPayCode} /> : null}
      {data && data.timeline.length > 0 ? (
        <>
          <h3 className="coverage-timeline-title">{t('coverage.worker.timelineTitle')}</h3>
          <p className="muted small">{t('coverage.worker.timelineIntro')}</p>
          <Timeline months={data.timeline} />
        </>
      ) : null}
    </section>
  );
}
