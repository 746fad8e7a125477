import { useQuery, useQueryClient } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useCallback, useEffect, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_ROLES, isChecker, isMoneyDesk, isRegistrar, rolesFor } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDate, formatDateTime, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { WorkerCards } from '../cards/WorkerCards';
import { ErrorNotice } from '../common/ErrorNotice';
import { WorkerCoverage } from '../coverage/WorkerCoverage';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { registrationKey, useVerifyWorker, workerQuery, type Registration, type Worker } from './api';
import { EditWorkerForm } from './EditWorkerForm';
import { HistoryTimeline } from './HistoryTimeline';
import { BackLink, isNotFound, MaskedNik, OccupationName, StatusBadge, WorkerNotFound } from './parts';
import { RevealPanel } from './RevealPanel';

type Panel = 'none' | 'edit' | 'reveal';
type RegistrationNote = Pick<Registration, 'warnings' | 'probableDuplicates'>;

/** Shown once after a registration: it worked, what to look at, and whether it may be a duplicate. */
function RegisteredNotice({ note, canReviewDuplicates }: { note: RegistrationNote; canReviewDuplicates: boolean }) {
  const { t } = useTranslation();
  return (
    <div className="notice notice-success" role="status" data-testid="registered-notice">
      <p className="notice-title">{t('workers.detail.registered')}</p>
      {note.warnings.length > 0 ? (
        <>
          <p>{t('workers.detail.registeredWarnings')}</p>
          <ul className="plain-list" data-testid="registered-warnings">
            {note.warnings.map((warning, index) => (
              <li key={`${warning.code}-${index}`}>{warning.message}</li>
            ))}
          </ul>
        </>
      ) : null}
      {note.probableDuplicates > 0 ? (
        <p data-testid="registered-duplicates">
          {t('workers.detail.probableDuplicates', { n: note.probableDuplicates })}{' '}
          {canReviewDuplicates ? <Link to="/workers/duplicates">{t('workers.detail.reviewDuplicates')}</Link> : t('workers.detail.officerWillReview')}
        </p>
      ) : null}
      <p>
        <Link to="/workers/new">{t('workers.detail.registerAnother')}</Link>
      </p>
    </div>
  );
}

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function Identity({ worker, isStaff }: { worker: Worker; isStaff: boolean }) {
  const { t, i18n } = useTranslation();
  const none = <span className="muted">{t('workers.none')}</span>;
  return (
    <section className="section card" aria-labelledby="identity-title">
      <h2 id="identity-title">{t('workers.detail.identity')}</h2>
      <dl className="facts worker-facts">
        <Fact label={t('workers.fields.nik')} testId="worker-nik-masked">
          <MaskedNik value={worker.maskedNik} />
        </Fact>
        <Fact label={t('workers.fields.fullName')} testId="worker-detail-name">
          {worker.fullName}
        </Fact>
        {isStaff ? (
          <>
            <Fact label={t('workers.fields.birthDate')}>{worker.birthDate ? formatDate(worker.birthDate, i18n.language) : none}</Fact>
            <Fact label={t('workers.fields.sex')}>{worker.sex ? t(`simulasi.sex.${worker.sex}`) : none}</Fact>
          </>
        ) : null}
        <Fact label={t('workers.fields.village')}>
          {worker.village.name ?? t('workers.unknownRegion')} <code className="region-code">{worker.village.code}</code>
        </Fact>
        <Fact label={t('workers.fields.regency')}>{worker.regency.name ?? worker.regency.code}</Fact>
        <Fact label={t('workers.fields.occupation')}>
          <OccupationName occupation={worker.occupation} />
        </Fact>
        {isStaff ? (
          <>
            <Fact label={t('workers.fields.income')}>{worker.incomeBracket ? formatRupiah(worker.incomeBracket) : none}</Fact>
            <Fact label={t('workers.fields.phone')} testId="worker-phone-masked">
              {worker.maskedPhone ? <code className="nik-masked">{worker.maskedPhone}</code> : none}
            </Fact>
            <Fact label={t('workers.fields.dtks')}>{worker.isDtks === null ? none : worker.isDtks ? t('workers.yes') : t('workers.no')}</Fact>
            <Fact label={t('workers.fields.p3ke')}>
              {worker.p3keDecile === null ? none : t('workers.form.decile', { n: worker.p3keDecile })}
            </Fact>
          </>
        ) : null}
        <Fact label={t('workers.fields.kpj')} testId="worker-kpj">
          {worker.kpj ? (
            <code>{worker.kpj}</code>
          ) : (
            <>
              {t('workers.detail.noKpj')}
              <span className="cell-sub">{t('workers.detail.noKpjHint')}</span>
            </>
          )}
        </Fact>
        <Fact label={t('workers.fields.status')}>
          <StatusBadge status={worker.status} testId="worker-status" />
        </Fact>
      </dl>
    </section>
  );
}

function RegistrationInfo({ worker }: { worker: Worker }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="section card" aria-labelledby="registration-title">
      <h2 id="registration-title">{t('workers.detail.registration')}</h2>
      <dl className="facts worker-facts">
        <Fact label={t('workers.detail.registeredAt')}>{formatDateTime(worker.registeredAt, i18n.language)}</Fact>
        {worker.registeredBy ? <Fact label={t('workers.detail.registeredBy')}>{worker.registeredBy}</Fact> : null}
        {worker.source ? <Fact label={t('workers.detail.source')}>{t(`workers.sources.${worker.source}`)}</Fact> : null}
        <Fact label={t('workers.detail.verifiedAt')} testId="worker-verified-at">
          {worker.verifiedAt ? formatDateTime(worker.verifiedAt, i18n.language) : <span className="muted">{t('workers.detail.notVerified')}</span>}
        </Fact>
        {worker.verifiedBy ? <Fact label={t('workers.detail.verifiedBy')}>{worker.verifiedBy}</Fact> : null}
        {worker.mergedInto ? (
          <Fact label={t('workers.detail.mergedInto')}>
            <Link to="/workers/$id" params={{ id: worker.mergedInto }}>
              {t('workers.detail.openKept')}
            </Link>
          </Fact>
        ) : null}
      </dl>
    </section>
  );
}

function WorkerContent({ id }: { id: string }) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const queryClient = useQueryClient();
  const worker = useQuery(workerQuery(id, i18n.language));
  const verify = useVerifyWorker();
  const [panel, setPanel] = useState<Panel>('none');
  const [status, setStatus] = useState<string | null>(null);
  // What the registration answered, if this page follows it; read once, then forgotten.
  const [note] = useState(() => queryClient.getQueryData<RegistrationNote>(registrationKey(id)) ?? null);
  useEffect(() => queryClient.removeQueries({ queryKey: registrationKey(id) }), [queryClient, id]);
  const closePanel = useCallback(() => setPanel('none'), []);
  useDocumentTitle(worker.data ? `${worker.data.fullName} · ${t('nav.workers')}` : t('nav.workers'));

  if (worker.isPending) return <Loading />;
  if (worker.isError) {
    if (isNotFound(worker.error)) return <WorkerNotFound />;
    return (
      <div className="page narrow">
        <ErrorNotice error={worker.error} onRetry={() => void worker.refetch()} />
      </div>
    );
  }
  const data = worker.data;
  const isStaff = user?.role !== 'donor';
  const canCheck = user ? isChecker(user.role) : false;

  const onVerify = () => {
    setStatus(null);
    verify.mutate(data.id, {
      onSuccess: (updated) => {
        queryClient.setQueryData(workerQuery(id, i18n.language).queryKey, updated);
        setStatus(t('workers.detail.verifiedDone', { name: updated.fullName }));
      },
    });
  };

  return (
    <div className="page worker-page" data-testid="worker-page" data-worker-id={data.id}>
      <BackLink />
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('nav.workers')}</p>
          <h1 data-testid="worker-name">{data.fullName}</h1>
          <p className="worker-subtitle">
            <MaskedNik value={data.maskedNik} /> <StatusBadge status={data.status} />
          </p>
        </div>
        {data.can.verify || data.can.edit || data.can.reveal ? (
          <div className="page-actions">
            {data.can.verify ? (
              <button type="button" className="button button-primary" data-testid="worker-verify" disabled={verify.isPending} onClick={onVerify}>
                {verify.isPending ? t('workers.detail.verifying') : t('workers.detail.verify')}
              </button>
            ) : null}
            {data.can.edit && panel !== 'edit' ? (
              <button type="button" className="button button-secondary" data-testid="worker-edit" onClick={() => setPanel('edit')}>
                {t('workers.detail.edit')}
              </button>
            ) : null}
            {data.can.reveal && panel !== 'reveal' ? (
              <button type="button" className="button button-secondary" data-testid="reveal-open" onClick={() => setPanel('reveal')}>
                {t('workers.detail.reveal')}
              </button>
            ) : null}
          </div>
        ) : null}
      </header>

      {note ? <RegisteredNotice note={note} canReviewDuplicates={canCheck} /> : null}
      <p className="status-line" role="status" aria-live="polite" data-testid="worker-status-line">
        {status}
      </p>
      {verify.isError ? <ErrorNotice error={verify.error} /> : null}
      {data.status === 'merged' ? <p className="notice notice-warn">{t('workers.detail.mergedNotice')}</p> : null}
      {data.can.verify ? <p className="muted small">{t('workers.detail.verifyHint')}</p> : null}

      {panel === 'reveal' ? <RevealPanel workerId={data.id} onClose={closePanel} /> : null}
      {panel === 'edit' ? (
        <EditWorkerForm
          worker={data}
          onCancel={closePanel}
          onDone={(updated) => {
            queryClient.setQueryData(workerQuery(id, i18n.language).queryKey, updated);
            setPanel('none');
            setStatus(t('workers.detail.savedDone'));
          }}
        />
      ) : null}

      <div className="worker-columns">
        <Identity worker={data} isStaff={isStaff} />
        {isStaff ? <RegistrationInfo worker={data} /> : null}
      </div>
      {user && CARD_ROLES.includes(user.role) ? <WorkerCards workerId={data.id} canReissue={isMoneyDesk(user.role)} /> : null}
      <WorkerCoverage workerId={data.id} canIssueCode={user ? isRegistrar(user.role) : false} />
      {canCheck ? <HistoryTimeline workerId={data.id} /> : null}
    </div>
  );
}

export function WorkerPage({ id }: { id: string }) {
  return (
    <RoleGate roles={rolesFor('workers')}>
      <WorkerContent id={id} />
    </RoleGate>
  );
}
