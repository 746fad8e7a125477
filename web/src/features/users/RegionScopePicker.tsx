import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useDebounced } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { searchQuery } from '../regions/api';
import { kindLabel } from '../regions/region-labels';

export type ScopeChoice = { code: string; name: string };

type RegionScopePickerProps = {
  value: ScopeChoice[];
  onChange: (next: ScopeChoice[]) => void;
  describedBy: string;
  isInvalid: boolean;
};

/** Picks region scopes (provinces, regencies/cities, districts) by searching their names. */
export function RegionScopePicker({ value, onChange, describedBy, isInvalid }: RegionScopePickerProps) {
  const { t } = useTranslation();
  const inputId = useId();
  const resultsId = useId();
  const [query, setQuery] = useState('');
  const q = useDebounced(query.trim(), 250);
  const isSearching = q.length >= 2;
  const results = useQuery({ ...searchQuery({ q, limit: 20 }), enabled: isSearching });
  const chosen = new Set(value.map((scope) => scope.code));
  const options = (results.data?.items ?? []).filter((region) => region.level <= 3 && !chosen.has(region.code)).slice(0, 8);

  return (
    <div className="scope-picker">
      <ul className="chips" aria-live="polite">
        {value.length === 0 ? <li className="muted small">{t('users.form.regionNone')}</li> : null}
        {value.map((scope) => (
          <li key={scope.code} className="chip">
            <span>
              {scope.name} <code>{scope.code}</code>
            </span>
            <button
              type="button"
              className="chip-remove"
              aria-label={t('users.form.regionRemove', { name: scope.name })}
              onClick={() => onChange(value.filter((other) => other.code !== scope.code))}
            >
              ×
            </button>
          </li>
        ))}
      </ul>
      <label htmlFor={inputId} className="label-small">
        {t('users.form.regionSearch')}
      </label>
      <input
        id={inputId}
        type="search"
        value={query}
        autoComplete="off"
        placeholder={t('regions.searchPlaceholder')}
        aria-describedby={describedBy}
        aria-invalid={isInvalid}
        aria-controls={resultsId}
        onChange={(event) => setQuery(event.target.value)}
      />
      {results.isError ? <ErrorNotice error={results.error} /> : null}
      <ul id={resultsId} className="scope-options">
        {isSearching
          ? options.map((region) => (
              <li key={region.code}>
                <button
                  type="button"
                  className="scope-option"
                  onClick={() => {
                    onChange([...value, { code: region.code, name: region.name }]);
                    setQuery('');
                  }}
                >
                  <span>{region.name}</span>
                  <span className="muted small">
                    {kindLabel(t, region)} · <code>{region.code}</code>
                  </span>
                </button>
              </li>
            ))
          : null}
        {isSearching && results.data && options.length === 0 ? <li className="muted small">{t('regions.noResults')}</li> : null}
      </ul>
    </div>
  );
}
