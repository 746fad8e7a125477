import { useInfiniteQuery, useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useState, type FormEvent, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { isChecker, isRegistrar, rolesFor } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatNumber } from '../../lib/format';
import { useDebounced, useDocumentTitle, useMediaQuery } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { rulesQuery } from '../simulasi/api';
import { describedBy } from '../simulasi/fields';
import { issuesOf } from '../simulasi/issues';
import { occupationName } from '../simulasi/labels';
import { exportWorkers, useLookupWorker, workersQuery, type WorkerFilters } from './api';
import { COVERAGE_FILTERS, isCoverageFilter } from '../coverage/labels';
import { DECILES, isDecile, isSort, isWorkerStatus, SORTS, WORKER_STATUSES } from './labels';
import { nikDigits } from './NikFeedback';
import { isNotFound } from './parts';
import { RegionPicker } from './RegionPicker';
import { WorkerTable } from './WorkerTable';

const MIN_QUERY = 2;

/** Filters other than the name search, the order and the coverage: they open a panel on phones. */
function moreCount(filters: WorkerFilters): number {
  return [filters.region, filters.occupation, filters.status, filters.dtks, filters.p3ke].filter((value) => value !== undefined && value !== '').length;
}

/** Every filter that narrows the list (the name search aside). */
function narrowingCount(filters: WorkerFilters): number {
  return moreCount(filters) + (filters.coverage ? 1 : 0);
}

/** Finds one worker by NIK. The NIK goes in the body of a POST, never in the address. */
function NikLookup() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const lookup = useLookupWorker();
  const [nik, setNik] = useState('');

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (lookup.isPending) return;
    lookup.mutate(nikDigits(nik), {
      onSuccess: (worker) => {
        setNik('');
        void navigate({ to: '/workers/$id', params: { id: worker.id } });
      },
    });
  };

  const message = !lookup.isError
    ? null
    : isNotFound(lookup.error)
      ? t('workers.lookup.notFound')
      : (issuesOf(lookup.error, t('simulasi.form.fieldInvalid'))?.[0]?.message ?? null);

  return (
    <form className="lookup-box" onSubmit={onSubmit} role="search" aria-labelledby={`${id}-label`} data-testid="nik-lookup">
      <label id={`${id}-label`} htmlFor={`${id}-nik`}>
        {t('workers.lookup.label')}
      </label>
      <div className="search-row">
        <input
          id={`${id}-nik`}
          data-testid="nik-lookup-input"
          className="input-mono"
          inputMode="numeric"
          autoComplete="off"
          spellCheck={false}
          maxLength={40}
          value={nik}
          onChange={(event) => setNik(event.target.value)}
          aria-invalid={lookup.isError}
          aria-describedby={describedBy(`${id}-hint`, lookup.isError && `${id}-error`)}
        />
        <button type="submit" className="button button-secondary" data-testid="nik-lookup-submit" disabled={lookup.isPending}>
          {t('workers.lookup.submit')}
        </button>
      </div>
      <p className="hint" id={`${id}-hint`}>
        {t('workers.lookup.hint')}
      </p>
      {lookup.isError ? (
        message ? (
          <p className="field-error" id={`${id}-error`} data-testid="nik-lookup-error">
            {message}
          </p>
        ) : (
          <ErrorNotice error={lookup.error} testId="nik-lookup-error" />
        )
      ) : null}
    </form>
  );
}

function ExportButtons({ filters }: { filters: WorkerFilters }) {
  const { t } = useTranslation();
  const [pending, setPending] = useState<'csv' | 'xlsx' | null>(null);
  const [error, setError] = useState<unknown>(null);
  const run = async (format: 'csv' | 'xlsx') => {
    setPending(format);
    setError(null);
    try {
      await exportWorkers(filters, format);
    } catch (cause) {
      setError(cause);
    } finally {
      setPending(null);
    }
  };
  return (
    <div className="export-box" data-testid="workers-export">
      <div className="form-actions">
        <button type="button" className="button button-secondary button-small" data-testid="export-csv" disabled={pending !== null} onClick={() => void run('csv')}>
          {pending === 'csv' ? t('workers.list.exporting') : t('workers.list.exportCsv')}
        </button>
        <button type="button" className="button button-secondary button-small" data-testid="export-xlsx" disabled={pending !== null} onClick={() => void run('xlsx')}>
          {pending === 'xlsx' ? t('workers.list.exporting') : t('workers.list.exportXlsx')}
        </button>
      </div>
      <p className="hint">{t('workers.list.exportHint')}</p>
      {error ? <ErrorNotice error={error} /> : null}
    </div>
  );
}

/** The JKM coverage filter: the overview's cards open the list with it set. */
function CoverageSelect({ id, value, onChange }: { id: string; value: WorkerFilters['coverage']; onChange: (value: WorkerFilters['coverage']) => void }) {
  const { t } = useTranslation();
  return (
    <div className="field">
      <label htmlFor={id}>{t('coverage.list.filter')}</label>
      <select id={id} data-testid="workers-coverage" value={value ?? ''} onChange={(event) => onChange(isCoverageFilter(event.target.value) ? event.target.value : undefined)}>
        <option value="">{t('coverage.list.all')}</option>
        {COVERAGE_FILTERS.map((filter) => (
          <option key={filter} value={filter}>
            {t(`coverage.filters.${filter}`)}
          </option>
        ))}
      </select>
    </div>
  );
}

/** Donors narrow the workers they protect by coverage only. */
function DonorFilters({ filters, onChange }: { filters: WorkerFilters; onChange: (next: WorkerFilters) => void }) {
  const id = useId();
  return (
    <div className="card worker-filters donor-filters" data-testid="worker-filters">
      <CoverageSelect id={`${id}-coverage`} value={filters.coverage} onChange={(coverage) => onChange({ ...filters, coverage })} />
    </div>
  );
}

type CollapsibleProps = { isCollapsible: boolean; isOpen: boolean; onToggle: (isOpen: boolean) => void; summary: string; children: ReactNode };

/** On a phone the rarer filters fold away under one line; on a desktop they are always shown. */
function Collapsible({ isCollapsible, isOpen, onToggle, summary, children }: CollapsibleProps) {
  if (!isCollapsible) return <div className="filters-more">{children}</div>;
  return (
    <details className="filters-more" open={isOpen} onToggle={(event) => onToggle(event.currentTarget.open)}>
      <summary data-testid="workers-more-filters">{summary}</summary>
      {children}
    </details>
  );
}

type FiltersProps = { filters: WorkerFilters; onChange: (next: WorkerFilters) => void; user: Me };

function Filters({ filters, onChange, user }: FiltersProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const rules = useQuery(rulesQuery);
  const isWide = useMediaQuery('(min-width: 641px)');
  const narrowing = moreCount(filters);
  const [isOpen, setIsOpen] = useState(narrowing > 0);
  const [text, setText] = useState(filters.q ?? '');
  const q = useDebounced(text.trim(), 300);
  const set = (change: Partial<WorkerFilters>) => onChange({ ...filters, ...change });

  // The name search applies once it has two letters; fewer letters search nothing. Only the typed
  // text drives this effect: the other filters are read as they stand when it changes.
  useEffect(() => {
    const next = q.length >= MIN_QUERY ? q : undefined;
    if (next !== filters.q) onChange({ ...filters, q: next });
  }, [q]);
  // Cleared from elsewhere ("Hapus filter"): empty the box too.
  useEffect(() => {
    if (!filters.q) setText((current) => (current.trim().length >= MIN_QUERY ? '' : current));
  }, [filters.q]);

  const onlyScope = user.regionScopes.length === 1 ? user.regionScopes[0]?.code : undefined;

  return (
    <div className="card worker-filters" data-testid="worker-filters">
      <div className="filters-main filters-main-coverage">
        <div className="field">
          <label htmlFor={`${id}-q`}>{t('workers.list.searchLabel')}</label>
          <input
            id={`${id}-q`}
            type="search"
            data-testid="workers-search"
            value={text}
            autoComplete="off"
            placeholder={t('workers.list.searchPlaceholder')}
            onChange={(event) => setText(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-sort`}>{t('workers.list.sort')}</label>
          <select id={`${id}-sort`} data-testid="workers-sort" value={filters.sort ?? 'newest'} onChange={(event) => set({ sort: isSort(event.target.value) && event.target.value !== 'newest' ? event.target.value : undefined })}>
            {SORTS.map((sort) => (
              <option key={sort} value={sort}>
                {t(`workers.list.sorts.${sort}`)}
              </option>
            ))}
          </select>
        </div>
        <CoverageSelect id={`${id}-coverage`} value={filters.coverage} onChange={(coverage) => set({ coverage })} />
      </div>
      <Collapsible isCollapsible={!isWide} isOpen={isOpen} onToggle={setIsOpen} summary={narrowing > 0 ? t('workers.list.moreFiltersActive', { n: narrowing }) : t('workers.list.moreFilters')}>
        <div className="filters-grid">
          <fieldset className="field filters-region">
            <legend>{t('workers.list.region')}</legend>
            <RegionPicker
              value={filters.region ?? ''}
              onChange={(code) => set({ region: code && code !== onlyScope ? code : undefined })}
              scopes={user.regionScopes}
              mode="filter"
              testId="workers-region"
            />
          </fieldset>
          <div className="field">
            <label htmlFor={`${id}-occupation`}>{t('workers.fields.occupation')}</label>
            <select id={`${id}-occupation`} data-testid="workers-occupation" value={filters.occupation ?? ''} onChange={(event) => set({ occupation: event.target.value || undefined })}>
              <option value="">{t('workers.list.allOccupations')}</option>
              {(rules.data?.occupations ?? []).map((occupation) => (
                <option key={occupation.code} value={occupation.code}>
                  {occupationName(occupation, i18n.language)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-status`}>{t('workers.fields.status')}</label>
            <select id={`${id}-status`} data-testid="workers-status" value={filters.status ?? ''} onChange={(event) => set({ status: isWorkerStatus(event.target.value) ? event.target.value : undefined })}>
              <option value="">{t('workers.list.allStatuses')}</option>
              {WORKER_STATUSES.map((status) => (
                <option key={status} value={status}>
                  {t(`workers.status.${status}`)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-dtks`}>{t('workers.fields.dtks')}</label>
            <select
              id={`${id}-dtks`}
              data-testid="workers-dtks"
              value={filters.dtks === undefined ? '' : String(filters.dtks)}
              onChange={(event) => set({ dtks: event.target.value === '' ? undefined : event.target.value === 'true' })}
            >
              <option value="">{t('workers.list.dtksAny')}</option>
              <option value="true">{t('workers.list.dtksYes')}</option>
              <option value="false">{t('workers.list.dtksNo')}</option>
            </select>
          </div>
          <div className="field">
            <label htmlFor={`${id}-p3ke`}>{t('workers.list.p3keMax')}</label>
            <select id={`${id}-p3ke`} data-testid="workers-p3ke" value={filters.p3ke === undefined ? '' : String(filters.p3ke)} onChange={(event) => set({ p3ke: isDecile(event.target.value) ? Number(event.target.value) : undefined })}>
              <option value="">{t('workers.list.p3keAny')}</option>
              {DECILES.map((decile) => (
                <option key={decile} value={decile}>
                  {decile === '1' ? t('workers.list.p3keOnly1') : t('workers.list.p3keUpTo', { n: decile })}
                </option>
              ))}
            </select>
          </div>
        </div>
        {narrowingCount(filters) > 0 || filters.q ? (
          <button type="button" className="button button-secondary button-small" data-testid="workers-clear" onClick={() => onChange(filters.sort ? { sort: filters.sort } : {})}>
            {t('workers.list.clearFilters')}
          </button>
        ) : null}
      </Collapsible>
    </div>
  );
}

function Results({ filters, user }: { filters: WorkerFilters; user: Me }) {
  const { t, i18n } = useTranslation();
  const list = useInfiniteQuery(workersQuery(filters, i18n.language));
  const workers = list.data?.pages.flatMap((page) => page.items) ?? [];
  const isFiltered = narrowingCount(filters) > 0 || Boolean(filters.q);

  if (list.isPending) return <Loading />;
  if (list.isError && workers.length === 0) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;
  if (workers.length === 0) {
    if (user.role === 'donor' && !isFiltered) {
      return (
        <div className="empty empty-kind" data-testid="workers-empty">
          <p className="notice-title">{t('workers.list.donorEmptyTitle')}</p>
          <p>{t('workers.list.donorEmpty')}</p>
          <p>
            <Link to="/donations/new">{t('workers.list.donorSimulasi')}</Link>
          </p>
        </div>
      );
    }
    return (
      <div className="empty" data-testid="workers-empty">
        <p>{isFiltered ? t('workers.list.noMatch') : t('workers.list.none')}</p>
        {!isFiltered && isRegistrar(user.role) ? (
          <p>
            <Link to="/workers/new">{t('workers.actions.register')}</Link>
          </p>
        ) : null}
      </div>
    );
  }

  return (
    <section aria-labelledby="workers-results" className={list.isPlaceholderData ? 'is-stale' : undefined} aria-busy={list.isFetching}>
      <div className="section-head">
        <h2 id="workers-results" className="visually-hidden">
          {t('workers.list.results')}
        </h2>
        <p className="muted small" data-testid="workers-count">
          {list.hasNextPage
            ? t('workers.list.countMore', { n: formatNumber(workers.length, i18n.language) })
            : t('workers.list.count', { n: formatNumber(workers.length, i18n.language) })}
        </p>
      </div>
      <WorkerTable workers={workers} caption={t('workers.list.caption')} testId="workers-table" />
      {list.isFetchNextPageError ? <ErrorNotice error={list.error} onRetry={() => void list.fetchNextPage()} /> : null}
      {list.hasNextPage ? (
        <p className="load-more">
          <button type="button" className="button button-secondary" data-testid="workers-more" disabled={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            {list.isFetchingNextPage ? t('app.loading') : t('workers.list.loadMore')}
          </button>
        </p>
      ) : null}
    </section>
  );
}

function WorkersContent({ filters, onChange, user }: { filters: WorkerFilters; onChange: (next: WorkerFilters) => void; user: Me }) {
  const { t } = useTranslation();
  const canRegister = isRegistrar(user.role);
  const canCheck = isChecker(user.role);
  useDocumentTitle(t('workers.list.title'));

  return (
    <div className="page workers-page" data-testid="workers-page">
      <header className="page-head page-head-row">
        <div>
          <h1>{t('workers.list.title')}</h1>
          <p className="lead">{t(`workers.list.lead.${user.role === 'donor' ? 'donor' : canCheck ? 'checker' : 'agent'}`)}</p>
        </div>
        {canRegister ? (
          <div className="page-actions">
            <Link to="/workers/new" className="button button-primary" data-testid="workers-register">
              {t('workers.actions.register')}
            </Link>
            <Link to="/workers/import" className="button button-secondary" data-testid="workers-import">
              {t('workers.actions.import')}
            </Link>
          </div>
        ) : null}
      </header>

      {canCheck ? (
        <nav className="queue-links" aria-label={t('workers.actions.queues')}>
          <Link to="/workers/verify" className="queue-link" data-testid="workers-verify-queue">
            <span className="queue-link-title">{t('workers.actions.verifyQueue')}</span>
            <span className="queue-link-sub">{t('workers.actions.verifyQueueHint')}</span>
          </Link>
          <Link to="/workers/duplicates" className="queue-link" data-testid="workers-duplicates">
            <span className="queue-link-title">{t('workers.actions.duplicates')}</span>
            <span className="queue-link-sub">{t('workers.actions.duplicatesHint')}</span>
          </Link>
        </nav>
      ) : null}

      {user.role !== 'donor' ? <NikLookup /> : null}
      {user.role !== 'donor' ? <Filters filters={filters} onChange={onChange} user={user} /> : <DonorFilters filters={filters} onChange={onChange} />}
      {canCheck ? <ExportButtons filters={filters} /> : null}
      <Results filters={filters} user={user} />
    </div>
  );
}

/** The worker registry's list: search, filters in the address, pages of 25 with "Muat lagi". */
export function WorkersPage({ filters }: { filters: WorkerFilters }) {
  const user = useUser();
  const navigate = useNavigate();
  const onChange = (next: WorkerFilters) => void navigate({ to: '/workers', search: next, replace: true, resetScroll: false });
  return <RoleGate roles={rolesFor('workers')}>{user ? <WorkersContent filters={filters} onChange={onChange} user={user} /> : null}</RoleGate>;
}
