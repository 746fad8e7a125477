import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { CLAIM_ROLES } from '../../app/nav';
import { formatDate, formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { jakartaToday } from '../coverage/months';
import { MaskedNik } from '../workers/parts';
import { claimQuery, type Claim } from './api';
import { ClaimActions } from './ClaimActions';
import { ClaimDocuments } from './ClaimDocuments';
import { ClaimHeirs } from './ClaimHeirs';
import { ClaimScholarships } from './ClaimScholarships';
import { daysBetween, typeName } from './labels';
import { BackToClaims, BenefitTable, ClaimNotFound, ClaimStatusBadge, ClaimSteps, CoverageFacts } from './parts';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

/** The service-level clock: when the payout is due, and how late it is once past. */
function Sla({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const due = claim.slaDueOn;
  let text: string;
  if (!due) text = t('claims.detail.slaNone');
  else if (claim.status === 'paid' && claim.history.paidOn) text = t('claims.detail.slaPaid', { date: formatDate(claim.history.paidOn, lang), due: formatDate(due, lang) });
  else if (claim.isOverdue) text = t('claims.detail.slaOverdue', { n: daysBetween(due, jakartaToday()), date: formatDate(due, lang) });
  else text = t('claims.detail.slaDue', { date: formatDate(due, lang) });
  return (
    <section className="section card claim-sla-card" aria-labelledby="claim-sla-title" data-testid="claim-sla" data-overdue={String(claim.isOverdue)}>
      <h2 id="claim-sla-title">{t('claims.detail.slaTitle')}</h2>
      <p className={claim.isOverdue ? 'claim-sla-late' : undefined}>
        {claim.isOverdue ? <span className="pill pill-danger">{t('claims.sla.overdueBadge')}</span> : null} {text}
      </p>
      <p className="muted small">{t('claims.detail.slaHint')}</p>
    </section>
  );
}

function History({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const rows: [string, string | null][] = [
    [t('claims.detail.historyCreated'), claim.history.createdAt],
    [t('claims.detail.historySubmitted'), claim.history.submittedAt],
    [t('claims.detail.historyVerified'), claim.history.verifiedAt],
    [t('claims.detail.historyApproved'), claim.history.approvedAt],
    [t('claims.detail.historyPaid'), claim.history.paidAt],
    [t('claims.detail.historyRejected'), claim.history.rejectedAt],
  ];
  return (
    <section className="section card" aria-labelledby="claim-history-title">
      <h2 id="claim-history-title">{t('claims.detail.historyTitle')}</h2>
      <dl className="facts claim-facts">
        {rows
          .filter((row): row is [string, string] => row[1] !== null)
          .map(([label, at]) => (
            <Fact key={label} label={label}>
              {formatDateTime(at, lang)}
            </Fact>
          ))}
      </dl>
    </section>
  );
}

function EventFacts({ claim }: { claim: Claim }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="section card" aria-labelledby="claim-event-title">
      <h2 id="claim-event-title">{t('claims.detail.eventTitle')}</h2>
      <dl className="facts claim-facts">
        <Fact label={t('claims.detail.eventDate')} testId="claim-event-date">
          {formatDate(claim.eventDate, i18n.language)}
        </Fact>
        {claim.description ? <Fact label={t('claims.detail.description')}>{claim.description}</Fact> : null}
        <Fact label={t('claims.detail.source')}>{t(`claims.detail.sources.${claim.source}`)}</Fact>
        {claim.worker.kpj ? (
          <Fact label={t('claims.detail.kpj')}>
            <code>{claim.worker.kpj}</code>
          </Fact>
        ) : null}
        {claim.worker.regency ? <Fact label={t('claims.detail.regency')}>{claim.worker.regency}</Fact> : null}
      </dl>
    </section>
  );
}

function ClaimContent({ claimId }: { claimId: string }) {
  const { t } = useTranslation();
  const claim = useQuery(claimQuery(claimId));
  const [message, setMessage] = useState<string | null>(null);
  useDocumentTitle(claim.data ? `${claim.data.number} · ${t('nav.claims')}` : t('nav.claims'));

  if (claim.isPending) return <Loading />;
  if (claim.isError) {
    if (isApiError(claim.error) && (claim.error.status === 404 || claim.error.code === 'VALIDATION_FAILED')) return <ClaimNotFound />;
    return (
      <div className="page narrow">
        <ErrorNotice error={claim.error} onRetry={() => void claim.refetch()} />
      </div>
    );
  }
  const data = claim.data;
  const onDone = (text: string) => setMessage(text || null);

  return (
    <div className="page claim-page" data-testid="claim-page" data-status={data.status} data-claim-id={data.id}>
      <BackToClaims />
      <header className="page-head">
        <p className="eyebrow">{t('nav.claims')}</p>
        <h1 className="claim-title">
          <span data-testid="claim-number">{data.number}</span> <ClaimStatusBadge status={data.status} testId="claim-status" />
        </h1>
        <p className="claim-subtitle">
          <span data-testid="claim-type">{typeName(t, data.type)}</span>
          <span aria-hidden="true"> · </span>
          <Link to="/workers/$id" params={{ id: data.worker.id }} data-testid="claim-worker">
            {data.worker.name}
          </Link>{' '}
          <MaskedNik value={data.worker.maskedNik} />
        </p>
      </header>

      <ClaimSteps status={data.status} history={data.history} />

      <p className="status-line" role="status" aria-live="polite" data-testid="claim-message">
        {message}
      </p>

      <div className="claim-layout">
        <div className="claim-main">
          <ClaimActions claim={data} onDone={onDone} />
          <section className="section card" aria-labelledby="claim-benefit-title">
            <h2 id="claim-benefit-title">{t('claims.benefit.title')}</h2>
            <BenefitTable benefit={data.benefit} penalty={data.penalty} />
          </section>
          <ClaimHeirs claim={data} onDone={onDone} />
          <ClaimDocuments claim={data} onDone={onDone} />
          <ClaimScholarships claim={data} onDone={onDone} />
        </div>
        <aside className="claim-aside">
          <section className="section card claim-coverage-card" aria-labelledby="claim-coverage-title">
            <h2 id="claim-coverage-title">{t('claims.coverage.title')}</h2>
            <CoverageFacts coverage={data.coverage} type={data.type} testId="claim-coverage" />
          </section>
          <Sla claim={data} />
          <EventFacts claim={data} />
          <History claim={data} />
        </aside>
      </div>
    </div>
  );
}

/** /claims/$claimId: the claim from intake to payout, with what this officer may do next. */
export function ClaimPage({ claimId }: { claimId: string }) {
  return (
    <RoleGate roles={CLAIM_ROLES}>
      <ClaimContent claimId={claimId} />
    </RoleGate>
  );
}
