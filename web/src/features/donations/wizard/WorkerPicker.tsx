import { useInfiniteQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { useDebounced } from '../../../lib/hooks';
import { ErrorNotice } from '../../common/ErrorNotice';
import { Loading } from '../../common/Loading';
import { FieldIssues, type Issue } from '../../simulasi/issues';
import { workersQuery, type Worker, type WorkerFilters } from '../../workers/api';
import { MaskedNik, OccupationName, VillageName } from '../../workers/parts';
import { RegionPicker, type Scope } from '../../workers/RegionPicker';

type WorkerPickerProps = {
  chosen: readonly Worker[];
  onChange: (workers: Worker[]) => void;
  scopes: readonly Scope[];
  issues: readonly Issue[];
  idPrefix: string;
};

const MIN_QUERY = 2;

/**
 * Officers and admins name the workers themselves: search the verified workers of their region
 * and tick them. Only verified workers can be protected, so only they are listed.
 */
export function WorkerPicker({ chosen, onChange, scopes, issues, idPrefix }: WorkerPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const [region, setRegion] = useState('');
  const q = useDebounced(text.trim(), 300);
  const filters: WorkerFilters = { status: 'verified', sort: 'name', ...(q.length >= MIN_QUERY ? { q } : {}), ...(region ? { region } : {}) };
  const list = useInfiniteQuery(workersQuery(filters, i18n.language));
  const workers = list.data?.pages.flatMap((page) => page.items) ?? [];
  const chosenIds = new Set(chosen.map((worker) => worker.id));
  const toggle = (worker: Worker, isOn: boolean) => onChange(isOn ? [...chosen, worker] : chosen.filter((item) => item.id !== worker.id));
  const allShownChosen = workers.length > 0 && workers.every((worker) => chosenIds.has(worker.id));

  return (
    <div className="worker-picker" data-testid="wizard-workers">
      <div className="picker-chosen" aria-live="polite">
        <p className="picker-count" data-testid="wizard-workers-count">
          {t('donations.wizard.workersChosen', { n: formatNumber(chosen.length, i18n.language) })}
        </p>
        {chosen.length > 0 ? (
          <button type="button" className="button button-secondary button-small" onClick={() => onChange([])}>
            {t('donations.wizard.workersClear')}
          </button>
        ) : null}
      </div>
      <FieldIssues issues={issues} field="selection.workerIds" id={`${idPrefix}-selection.workerIds-issue`} />

      <div className="field">
        <label htmlFor={`${id}-q`}>{t('donations.wizard.workersSearch')}</label>
        <input id={`${id}-q`} type="search" data-testid="wizard-workers-search" autoComplete="off" value={text} onChange={(event) => setText(event.target.value)} />
        <p className="hint">{t('donations.wizard.workersSearchHint')}</p>
      </div>
      <fieldset className="field">
        <legend>{t('workers.list.region')}</legend>
        <RegionPicker value={region} onChange={setRegion} scopes={scopes} mode="filter" testId="wizard-workers-region" />
      </fieldset>

      {list.isPending ? <Loading /> : null}
      {list.isError && workers.length === 0 ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && workers.length === 0 ? <p className="empty">{t('donations.wizard.workersNone')}</p> : null}
      {workers.length > 0 ? (
        <div className={list.isPlaceholderData ? 'table-wrap is-stale' : 'table-wrap'}>
          <table className="table table-stack picker-table">
            <caption className="visually-hidden">{t('donations.wizard.workersCaption')}</caption>
            <thead>
              <tr>
                <th scope="col" className="cell-check">
                  <label className="check check-compact check-head">
                    <input
                      type="checkbox"
                      aria-label={t('donations.wizard.workersTickShown')}
                      checked={allShownChosen}
                      onChange={(event) =>
                        onChange(
                          event.target.checked
                            ? [...chosen, ...workers.filter((worker) => !chosenIds.has(worker.id))]
                            : chosen.filter((item) => !workers.some((worker) => worker.id === item.id)),
                        )
                      }
                    />
                    <span>{t('workers.table.name')}</span>
                  </label>
                </th>
                <th scope="col">{t('workers.table.village')}</th>
                <th scope="col">{t('workers.table.occupation')}</th>
              </tr>
            </thead>
            <tbody>
              {workers.map((worker) => (
                <tr key={worker.id} className={chosenIds.has(worker.id) ? 'is-chosen' : undefined}>
                  <td className="cell-check cell-title">
                    <label className="check check-compact">
                      <input
                        type="checkbox"
                        data-testid="wizard-worker-tick"
                        data-worker-id={worker.id}
                        checked={chosenIds.has(worker.id)}
                        onChange={(event) => toggle(worker, event.target.checked)}
                      />
                      <span>
                        <span className="cell-strong">{worker.fullName}</span>
                        <span className="cell-sub">
                          <MaskedNik value={worker.maskedNik} />
                        </span>
                      </span>
                    </label>
                  </td>
                  <td data-label={t('workers.table.village')}>
                    <span className="cell-value">
                      <VillageName worker={worker} />
                    </span>
                  </td>
                  <td data-label={t('workers.table.occupation')}>
                    <span className="cell-value">
                      <OccupationName occupation={worker.occupation} />
                    </span>
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {list.hasNextPage ? (
        <p className="load-more">
          <button type="button" className="button button-secondary" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {list.isFetchingNextPage ? t('app.loading') : t('workers.list.loadMore')}
          </button>
        </p>
      ) : null}
    </div>
  );
}
