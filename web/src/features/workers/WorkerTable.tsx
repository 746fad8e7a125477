import { Link } from '@tanstack/react-router';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate } from '../../lib/format';
import { useUser } from '../../app/session';
import type { Worker } from './api';
import { isOneRegency, MaskedNik, OccupationName, StatusBadge, VillageName } from './parts';

type WorkerTableProps = {
  workers: readonly Worker[];
  caption: string;
  testId: string;
  /** A button per row (the verification queue's "Verifikasi"). */
  action?: (worker: Worker) => ReactNode;
};

/** Workers as a table on a desktop, one card per worker on a phone (the table stacks). */
export function WorkerTable({ workers, caption, testId, action }: WorkerTableProps) {
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
