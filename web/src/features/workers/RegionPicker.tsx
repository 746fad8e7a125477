import { useQueries, useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { api, unwrap } from '../../api/client';
import { useDebounced } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { scopeLabel } from '../home/home-title';
import { regionListQuery, regionQuery } from '../regions/api';
import { describedBy } from '../simulasi/fields';

/**
 * Region codes are dotted prefixes: "62" province, "62.02" regency/city, "62.02.05" district,
 * "62.02.05.2001" village. The picker walks down from the user's working area (or from the
 * provinces for head office) one level at a time, with a select per level.
 */
export type Scope = { code: string; name: string };
type Level = 1 | 2 | 3 | 4;

export function levelOf(code: string): number {
  return code === '' ? 0 : code.split('.').length;
}

function truncate(code: string, level: number): string {
  return code.split('.').slice(0, level).join('.');
}

export function isWithin(code: string, scope: string): boolean {
  return code === scope || code.startsWith(`${scope}.`);
}

function asLevel(level: number): Level {
  return level <= 1 ? 1 : level >= 4 ? 4 : level === 2 ? 2 : 3;
}

type RegionPickerProps = {
  /** The deepest region chosen so far ('' = none). */
  value: string;
  onChange: (code: string) => void;
  /** The user's working area; empty for head office (the whole country). */
  scopes: readonly Scope[];
  /** 'village': the user must end at a village; 'filter': any level narrows a list. */
  mode: 'village' | 'filter';
  testId: string;
  isInvalid?: boolean;
  describedById?: string;
  /** 'filter' mode, but the whole country is not a choice: the first select asks for a province. */
  isProvinceRequired?: boolean;
};

export function RegionPicker({ value, onChange, scopes, mode, testId, isInvalid = false, describedById, isProvinceRequired = false }: RegionPickerProps) {
  const { t } = useTranslation();
  const id = useId();
  const single = scopes.length === 1 ? scopes[0] : undefined;
  const scope = single ?? scopes.find((candidate) => isWithin(value, candidate.code));
  // The region the selects start from: the only scope, the scope chosen, or the whole country.
  const root = scopes.length === 0 ? '' : (scope?.code ?? null);
  const path = root !== null && (root === '' || isWithin(value, root)) ? value : (root ?? '');
  const parents: string[] = [];
  if (root !== null) {
    for (let level = levelOf(root); level <= Math.min(levelOf(path), 3); level += 1) parents.push(truncate(path, level));
  }

  return (
    <div className="region-picker" data-testid={testId}>
      {single ? (
        <p className="region-fixed">
          <span className="muted small">{t('workers.region.yourArea')}</span> <strong>{scopeLabel(t, single)}</strong>
        </p>
      ) : null}
      {scopes.length > 1 ? (
        <div className="field">
          <label htmlFor={`${id}-scope`}>{t('workers.region.area')}</label>
          <select
            id={`${id}-scope`}
            data-testid={`${testId}-scope`}
            value={scope?.code ?? ''}
            onChange={(event) => onChange(event.target.value)}
            aria-invalid={isInvalid && !scope}
            aria-describedby={describedById}
          >
            <option value="">{mode === 'filter' ? t('workers.region.allAreas') : t('workers.region.chooseArea')}</option>
            {scopes.map((option) => (
              <option key={option.code} value={option.code}>
                {scopeLabel(t, option)}
              </option>
            ))}
          </select>
        </div>
      ) : null}
      <div className="region-levels">
        {parents.map((parent) => {
          const childLevel = asLevel(levelOf(parent) + 1);
          const chosen = levelOf(path) >= childLevel ? truncate(path, childLevel) : '';
          return (
            <LevelSelect
              key={parent || 'root'}
              parent={parent}
              level={childLevel}
              value={chosen}
              mode={isProvinceRequired && childLevel === 1 ? 'village' : mode}
              testId={`${testId}-level-${childLevel}`}
              isInvalid={isInvalid && levelOf(path) < childLevel}
              describedById={describedById}
              onChange={(code) => onChange(code || parent)}
            />
          );
        })}
      </div>
      {mode === 'village' && root !== null ? (
        <VillageSearch within={root} scopes={scopes} testId={`${testId}-search`} onPick={onChange} />
      ) : null}
      {mode === 'village' && levelOf(path) === 4 ? (
        <p className="hint" data-testid={`${testId}-code`}>
          {t('workers.region.villageCode', { code: path })}
        </p>
      ) : null}
    </div>
  );
}

type LevelSelectProps = {
  parent: string;
  level: Level;
  value: string;
  mode: 'village' | 'filter';
  testId: string;
  isInvalid: boolean;
  describedById?: string;
  onChange: (code: string) => void;
};

function LevelSelect({ parent, level, value, mode, testId, isInvalid, describedById, onChange }: LevelSelectProps) {
  const { t } = useTranslation();
  const id = useId();
  const list = useQuery(regionListQuery(parent || undefined));
  const items = list.data?.items ?? [];
  return (
    <div className="field">
      <label htmlFor={id}>{t(`regions.levels.level${level}`)}</label>
      <select
        id={id}
        data-testid={testId}
        value={value}
        disabled={list.isPending}
        onChange={(event) => onChange(event.target.value)}
        aria-invalid={isInvalid}
        aria-describedby={describedById}
      >
        <option value="">
          {list.isPending ? t('app.loading') : mode === 'filter' ? t(`workers.region.all.level${level}`) : t(`workers.region.choose.level${level}`)}
        </option>
        {items.map((region) => (
          <option key={region.code} value={region.code}>
            {region.name}
          </option>
        ))}
      </select>
      {list.isError ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
    </div>
  );
}

type VillageSearchProps = { within: string; scopes: readonly Scope[]; testId: string; onPick: (code: string) => void };

/** Finds a village by name inside the working area, naming its district to tell namesakes apart. */
function VillageSearch({ within, scopes, testId, onPick }: VillageSearchProps) {
  const { t } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const q = useDebounced(text.trim(), 300);
  const isSearching = q.length >= 2;
  const results = useQuery({
    queryKey: ['regions', 'villages', q, within] as const,
    queryFn: () =>
      unwrap(api.GET('/api/regions', { params: { query: { q, level: '4', limit: '30', ...(within ? { parent: within } : {}) } } })),
    enabled: isSearching,
    staleTime: 60 * 60 * 1000,
  });
  // Several working areas: search the country and keep what lies inside them.
  const villages = (results.data?.items ?? [])
    .filter((region) => scopes.length === 0 || scopes.some((scope) => isWithin(region.code, scope.code)))
    .slice(0, 8);
  const districts = [...new Set(villages.map((village) => village.parentCode).filter((code): code is string => code !== null))];
  const districtInfo = useQueries({ queries: districts.map((code) => regionQuery(code)) });
  const districtName = new Map(districtInfo.flatMap((query) => (query.data ? [[query.data.region.code, query.data.region.name] as const] : [])));

  return (
    <div className="field village-search">
      <label htmlFor={id} className="label-small">
        {t('workers.region.search')}
      </label>
      <input
        id={id}
        type="search"
        data-testid={testId}
        value={text}
        autoComplete="off"
        placeholder={t('workers.region.searchPlaceholder')}
        aria-describedby={describedBy(`${id}-results`)}
        onChange={(event) => setText(event.target.value)}
      />
      {results.isError ? <ErrorNotice error={results.error} /> : null}
      <ul id={`${id}-results`} className="scope-options" aria-live="polite">
        {isSearching
          ? villages.map((village) => (
              <li key={village.code}>
                <button
                  type="button"
                  className="scope-option"
                  onClick={() => {
                    onPick(village.code);
                    setText('');
                  }}
                >
                  <span>{village.name}</span>
                  <span className="muted small">
                    {village.parentCode ? t('workers.region.inDistrict', { name: districtName.get(village.parentCode) ?? village.parentCode }) : null}{' '}
                    · <code>{village.code}</code>
                  </span>
                </button>
              </li>
            ))
          : null}
        {isSearching && results.data && villages.length === 0 ? <li className="muted small">{t('regions.noResults')}</li> : null}
      </ul>
    </div>
  );
}
