import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Region } from '../../api/client';
import { useUser } from '../../app/session';
import { formatNumber } from '../../lib/format';
import { useDebounced, useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { scopeLabel } from '../home/home-title';
import { regionListQuery, regionQuery, searchQuery } from './api';
import { RegionList } from './RegionList';
import { levelLabel } from './region-labels';

const MIN_QUERY = 2;

function Breadcrumb({ ancestors, current }: { ancestors: Region[]; current: Region | null }) {
  const { t } = useTranslation();
  return (
    <nav className="breadcrumb" aria-label={t('regions.breadcrumb')}>
      <ol>
        <li>{current ? <Link to="/regions">{t('regions.allProvinces')}</Link> : <span aria-current="page">{t('regions.allProvinces')}</span>}</li>
        {ancestors.map((region) => (
          <li key={region.code}>
            <Link to="/regions" search={{ code: region.code }}>
              {region.name}
            </Link>
          </li>
        ))}
        {current ? (
          <li>
            <span aria-current="page">{current.name}</span>
          </li>
        ) : null}
      </ol>
    </nav>
  );
}

function Browser({ code }: { code: string | undefined }) {
  const { t, i18n } = useTranslation();
  const titleId = useId();
  const region = useQuery({ ...regionQuery(code ?? ''), enabled: Boolean(code) });
  const list = useQuery(regionListQuery(code));
  const current = region.data?.region ?? null;

  if ((code && region.isPending) || list.isPending) return <Loading />;
  if (region.isError) return <ErrorNotice error={region.error} onRetry={() => void region.refetch()} />;
  if (list.isError) return <ErrorNotice error={list.error} onRetry={() => void list.refetch()} />;

  const items = list.data.items;
  return (
    <section className="section">
      <Breadcrumb ancestors={region.data?.ancestors ?? []} current={current} />
      <div className="section-head">
        <h2 id={titleId}>
          {current ? t('regions.childrenTitle', { name: current.name }) : t('regions.provincesTitle')}
        </h2>
        <p className="muted small">
          {items.length > 0 ? `${levelLabel(t, items[0]?.level ?? 1)} · ` : null}
          {t('regions.count', { count: formatNumber(items.length, i18n.language) })}
        </p>
      </div>
      {items.length === 0 ? (
        <p className="empty">{current && current.level >= 4 ? t('regions.isLeaf', { name: current.name }) : t('regions.noChildren')}</p>
      ) : (
        <RegionList regions={items} labelledBy={titleId} />
      )}
    </section>
  );
}

function SearchResults({ q, within }: { q: string; within: string | undefined }) {
  const { t } = useTranslation();
  const titleId = useId();
  const results = useQuery(searchQuery({ q, within, limit: 50 }));
  return (
    <section className="section" aria-live="polite">
      <div className="section-head">
        <h2 id={titleId}>{t('regions.searchResults', { q })}</h2>
      </div>
      {results.isPending ? <Loading /> : null}
      {results.isError ? <ErrorNotice error={results.error} onRetry={() => void results.refetch()} /> : null}
      {results.data && results.data.items.length === 0 ? <p className="empty">{t('regions.noResults')}</p> : null}
      {results.data && results.data.items.length > 0 ? <RegionList regions={results.data.items} labelledBy={titleId} /> : null}
    </section>
  );
}

/** Region browser: province → regency/city → district → village, with a search box. */
export function RegionsPage({ code }: { code: string | undefined }) {
  const { t } = useTranslation();
  const user = useUser();
  const [query, setQuery] = useState('');
  const debounced = useDebounced(query.trim(), 250);
  const current = useQuery({ ...regionQuery(code ?? ''), enabled: Boolean(code) }).data?.region;
  const isSearching = debounced.length >= MIN_QUERY;
  const hintId = useId();
  useDocumentTitle(current ? `${current.name} — ${t('regions.title')}` : t('regions.title'));

  // Opening a region (also from a search result) ends the search.
  useEffect(() => setQuery(''), [code]);

  return (
    <div className="page">
      <header className="page-head">
        <h1>{t('regions.title')}</h1>
        <p className="lead">{t('regions.intro')}</p>
      </header>

      {user && user.regionScopes.length > 0 ? (
        <div className="chips-row">
          <span className="muted small">{t('regions.yourScopes')}:</span>
          {user.regionScopes.map((scope) => (
            <Link key={scope.code} to="/regions" search={{ code: scope.code }} className="chip chip-link">
              {scopeLabel(t, scope)}
            </Link>
          ))}
        </div>
      ) : null}

      <form className="search-box" role="search" onSubmit={(event) => event.preventDefault()}>
        <label htmlFor="region-search">{t('regions.searchLabel')}</label>
        <div className="search-row">
          <input
            id="region-search"
            type="search"
            value={query}
            placeholder={t('regions.searchPlaceholder')}
            onChange={(event) => setQuery(event.target.value)}
            aria-describedby={hintId}
            autoComplete="off"
          />
          {query ? (
            <button type="button" className="button button-secondary" onClick={() => setQuery('')}>
              {t('regions.clearSearch')}
            </button>
          ) : null}
        </div>
        <p id={hintId} className="muted small">
          {t('regions.searchHint')} {current ? t('regions.searchWithin', { name: current.name }) : t('regions.searchEverywhere')}
        </p>
      </form>

      {isSearching ? <SearchResults q={debounced} within={code} /> : <Browser code={code} />}
    </div>
  );
}
