import { useInfiniteQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKER_ROLES } from '../../app/nav';
import { formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { useVerifyWorker, workersQuery, type WorkerFilters } from './api';
import { BackLink } from './parts';
import { WorkerTable } from './WorkerTable';

const QUEUE: WorkerFilters = { status: 'registered' };

function Queue() {
  const { t, i18n } = useTranslation();
  const list = useInfiniteQuery(workersQuery(QUEUE, i18n.language));
  const verify = useVerifyWorker();
  const [status, setStatus] = useState<string | null>(null);
  const workers = list.data?.pages.flatMap((page) => page.items) ?? [];

  const onVerify = (id: string, name: string) => {
    setStatus(null);
    verify.mutate(id, { onSuccess: () => setStatus(t('workers.detail.verifiedDone', { name })) });
  };

  return (
    <>
      <p className="status-line" role="status" aria-live="polite" data-testid="verify-status">
        {status}
      </p>
      {verify.isError ? <ErrorNotice error={verify.error} /> : null}
      {list.isPending ? <Loading /> : null}
      {list.isError && workers.length === 0 ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.isSuccess && workers.length === 0 ? (
        <p className="empty" data-testid="verify-empty">
          {t('workers.verify.empty')}
        </p>
      ) : null}
      {workers.length > 0 ? (
        <>
          <p className="muted small">
            {list.hasNextPage
              ? t('workers.list.countMore', { n: formatNumber(workers.length, i18n.language) })
              : t('workers.list.count', { n: formatNumber(workers.length, i18n.language) })}
          </p>
          <WorkerTable
            workers={workers}
            caption={t('workers.verify.caption')}
            testId="verify-table"
            hasCoverage={false}
            action={(worker) =>
              worker.can.verify ? (
                <button
                  type="button"
                  className="button button-primary button-small"
                  data-testid="verify-row"
                  disabled={verify.isPending && verify.variables === worker.id}
                  aria-label={t('workers.verify.verifyLabel', { name: worker.fullName })}
                  onClick={() => onVerify(worker.id, worker.fullName)}
                >
                  {verify.isPending && verify.variables === worker.id ? t('workers.detail.verifying') : t('workers.detail.verify')}
                </button>
              ) : null
            }
          />
          {list.hasNextPage ? (
            <p className="load-more">
              <button type="button" className="button button-secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                {list.isFetchingNextPage ? t('app.loading') : t('workers.list.loadMore')}
              </button>
            </p>
          ) : null}
        </>
      ) : null}
    </>
  );
}

/** Registered workers waiting for an officer to check their documents. */
export function VerifyQueuePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('workers.verify.title'));
  return (
    <RoleGate roles={CHECKER_ROLES}>
      <div className="page" data-testid="verify-page">
        <BackLink />
        <header className="page-head">
          <p className="eyebrow">{t('nav.workers')}</p>
          <h1>{t('workers.verify.title')}</h1>
          <p className="lead">{t('workers.verify.lead')}</p>
          <p className="muted small">
            <Link to="/workers" search={{ status: 'registered' }}>
              {t('workers.verify.filterInList')}
            </Link>
          </p>
        </header>
        <Queue />
      </div>
    </RoleGate>
  );
}
