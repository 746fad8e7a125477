import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useUser } from '../../app/session';
import { CoverageBadge, useGraceMonths } from '../coverage/parts';
import type { Worker } from './api';
import { isOneRegency, MaskedNik, OccupationName, StatusBadge, VillageName } from './parts';

type WorkerTableProps = {
  workers: readonly Worker[];
  caption: string;
  testId: string;
  /** A button per row (the verification queue's "Verifikasi"). */
  action?: (worker: Worker) => ReactNode;
  /** The JKM coverage column (the verification queue leaves it out: nobody there is covered yet). */
  hasCoverage?: boolean;
};

/** The worker's JKM state, how far into arrears, and until when the paid protection runs. */
function CoverageCell({ coverage }: { coverage: Worker['coverage'] }) {
  const { t, i18n } = useTranslation();
  const grace = useGraceMonths();
  if (!coverage) return <CoverageBadge state="NONE" />;
  const isLive = coverage.state === 'ACTIVE' || coverage.state === 'ARREARS';
  return (
    <span className="coverage-cell">
      <CoverageBadge state={coverage.state} />
      {coverage.state === 'ARREARS' && coverage.unpaidMonths > 0 ? (
        <span className="cell-sub">{t('coverage.list.arrearsMonth', { n: coverage.unpaidMonths, grace })}</span>
      ) : null}
      {isLive && coverage.protectedUntil ? <span className="cell-sub">{t('coverage.list.until', { date: formatDate(coverage.protectedUntil, i18n.language) })}</span> : null}
      {coverage.source === 'self' && isLive ? <span className="cell-sub">{t('coverage.list.selfPaying')}</span> : null}
      {coverage.source === 'pool' && isLive ? <span className="cell-sub">{t('coverage.list.pooled')}</span> : null}
    </span>
  );
}

export function WorkerTable({ workers, caption, testId, action, hasCoverage = true }: WorkerTableProps) {
  const { t, i18n } = useTranslation();
  const user = useUser();
  const hasRegency = !isOneRegency(user?.regionScopes ?? []);
  return (
    <div className="table-wrap">
      <table className="table table-stack worker-table" data-testid={testId}>
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('workers.table.name')}</th>
            <th scope="col">{t('workers.table.village')}</th>
            <th scope="col">{t('workers.table.occupation')}</th>
            <th scope="col">{t('workers.table.status')}</th>
            {hasCoverage ? <th scope="col">{t('coverage.list.column')}</th> : null}
            <th scope="col">{t('workers.table.registered')}</th>
            {action ? (
              <th scope="col">
                <span className="visually-hidden">{t('workers.table.actions')}</span>
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {workers.map((worker) => (
            <tr key={worker.id} data-worker-id={worker.id} data-testid="worker-row">
              <td className="cell-name cell-title">
                <Link to="/workers/$id" params={{ id: worker.id }} className="cell-strong" data-testid="worker-link">
                  {worker.fullName}
                </Link>
                <span className="cell-sub">
                  <MaskedNik value={worker.maskedNik} />
                </span>
              </td>
              <td data-label={t('workers.table.village')}>
                <span className="cell-value">
                  <VillageName worker={worker} hasRegency={hasRegency} />
                </span>
              </td>
              <td data-label={t('workers.table.occupation')}>
                <span className="cell-value">
                  <OccupationName occupation={worker.occupation} />
                </span>
              </td>
              <td data-label={t('workers.table.status')}>
                <StatusBadge status={worker.status} />
              </td>
              {hasCoverage ? (
                <td data-label={t('coverage.list.column')} data-testid="worker-coverage-cell" data-state={worker.coverage?.state ?? 'NONE'}>
                  <CoverageCell coverage={worker.coverage} />
                </td>
              ) : null}
              <td data-label={t('workers.table.registered')} className="nowrap">
                {formatDate(worker.registeredAt, i18n.language)}
              </td>
              {action ? <td className="cell-actions">{action(worker)}</td> : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
