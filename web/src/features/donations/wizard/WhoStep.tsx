import { useQuery, type UseQueryResult } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../../api/client';
import { formatNumber } from '../../../lib/format';
import { ErrorNotice } from '../../common/ErrorNotice';
import { donorOrgListQuery } from '../../donors/api';
import { rulesQuery } from '../../simulasi/api';
import { describedBy, Segmented } from '../../simulasi/fields';
import { FieldIssues, issuesFor, type Issue } from '../../simulasi/issues';
import { isOccupationGroup, occupationName } from '../../simulasi/labels';
import { RegionPicker } from '../../workers/RegionPicker';
import type { Availability } from '../api';
import type { Draft } from './draft';
import { WorkerPicker } from './WorkerPicker';

type WhoStepProps = {
  draft: Draft;
  onChange: (patch: Partial<Draft>) => void;
  issues: readonly Issue[];
  idPrefix: string;
  user: Me;
  isDesk: boolean;
  ruleText: string | null;
  availability: UseQueryResult<Availability>;
  wanted: number | null;
};

/** Step 1: who to protect — the paying organisation (staff), a cohort by region, or named workers. */
export function WhoStep({ draft, onChange, issues, idPrefix, user, isDesk, ruleText, availability, wanted }: WhoStepProps) {
  const { t } = useTranslation();
  const has = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${idPrefix}-${field}-issue`;

  return (
    <>
      {isDesk ? <DonorOrgSelect draft={draft} onChange={onChange} issues={issues} idPrefix={idPrefix} /> : null}

      {isDesk ? (
        <Segmented<Draft['kind']>
          name={`${idPrefix}-kind`}
          legend={t('donations.wizard.kindLegend')}
          options={[
            { value: 'cohort', label: t('donations.wizard.kindCohort') },
            { value: 'list', label: t('donations.wizard.kindList') },
          ]}
          value={draft.kind}
          onChange={(kind) => onChange({ kind })}
          testId="wizard-kind"
          hint={draft.kind === 'cohort' ? t('donations.wizard.kindCohortHint') : t('donations.wizard.kindListHint')}
        />
      ) : null}

      {draft.kind === 'cohort' ? (
        <>
          <fieldset className="field">
            <legend>{t('donations.wizard.region')}</legend>
            <p className="hint" id={`${idPrefix}-region-hint`}>
              {t('donations.wizard.regionHint')}
            </p>
            <RegionPicker
              value={draft.regionCode}
              onChange={(regionCode) => onChange({ regionCode })}
              scopes={[]}
              mode="filter"
              testId="wizard-region"
              isProvinceRequired
              isInvalid={has('selection.regionCode')}
              describedById={describedBy(`${idPrefix}-region-hint`, has('selection.regionCode') && issueId('selection.regionCode'))}
            />
            <FieldIssues issues={issues} field="selection.regionCode" id={issueId('selection.regionCode')} />
          </fieldset>

          <OccupationPicker value={draft.occupations} onChange={(occupations) => onChange({ occupations })} issues={issues} idPrefix={idPrefix} />

          <div className="field">
            <label htmlFor={`${idPrefix}-count`}>{t('donations.wizard.count')}</label>
            <input
              id={`${idPrefix}-count`}
              data-testid="wizard-count"
              inputMode="numeric"
              autoComplete="off"
              className="input-short"
              placeholder={t('donations.wizard.countPlaceholder')}
              value={draft.count}
              onChange={(event) => onChange({ count: event.target.value })}
              aria-invalid={has('selection.count')}
              aria-describedby={describedBy(`${idPrefix}-availability`, has('selection.count') && issueId('selection.count'))}
            />
            <AvailabilityLine id={`${idPrefix}-availability`} availability={availability} wanted={wanted} />
            <FieldIssues issues={issues} field="selection.count" id={issueId('selection.count')} />
          </div>

          {ruleText ? (
            <div className="callout cohort-rule" data-testid="wizard-rule">
              <p className="notice-title">{t('donations.wizard.ruleTitle')}</p>
              <p>{ruleText}</p>
              <p className="muted small">{t('donations.wizard.ruleNote')}</p>
            </div>
          ) : null}
        </>
      ) : (
        <WorkerPicker
          chosen={draft.workers}
          onChange={(workers) => onChange({ workers })}
          scopes={user.regionScopes}
          issues={issues}
          idPrefix={idPrefix}
        />
      )}
    </>
  );
}

function DonorOrgSelect({ draft, onChange, issues, idPrefix }: Pick<WhoStepProps, 'draft' | 'onChange' | 'issues' | 'idPrefix'>) {
  const { t } = useTranslation();
  const orgs = useQuery(donorOrgListQuery(''));
  const hasIssue = issuesFor(issues, 'donorOrgId').length > 0;
  return (
    <div className="field">
      <label htmlFor={`${idPrefix}-donor`}>{t('donations.wizard.donor')}</label>
      <select
        id={`${idPrefix}-donor`}
        data-testid="wizard-donor"
        value={draft.donorOrgId}
        disabled={orgs.isPending}
        onChange={(event) => onChange({ donorOrgId: event.target.value })}
        aria-invalid={hasIssue}
        aria-describedby={describedBy(`${idPrefix}-donor-hint`, hasIssue && `${idPrefix}-donorOrgId-issue`)}
      >
        <option value="">{orgs.isPending ? t('app.loading') : t('donations.wizard.donorChoose')}</option>
        {(orgs.data?.items ?? []).map((org) => (
          <option key={org.id} value={org.id}>
            {org.displayName} — {t(`donorTypes.${org.type}`)}
          </option>
        ))}
      </select>
      <p className="hint" id={`${idPrefix}-donor-hint`}>
        {t('donations.wizard.donorHint')}
      </p>
      <FieldIssues issues={issues} field="donorOrgId" id={`${idPrefix}-donorOrgId-issue`} />
      {orgs.isError ? <ErrorNotice error={orgs.error} onRetry={() => void orgs.refetch()} /> : null}
    </div>
  );
}

type OccupationPickerProps = { value: readonly string[]; onChange: (value: string[]) => void; issues: readonly Issue[]; idPrefix: string };

/** Any number of occupations, grouped as in the rule book; none means every occupation. */
function OccupationPicker({ value, onChange, issues, idPrefix }: OccupationPickerProps) {
  const { t, i18n } = useTranslation();
  const rules = useQuery(rulesQuery);
  const occupations = rules.data?.occupations ?? [];
  const groups = [...new Set(occupations.map((item) => item.group))];
  const toggle = (code: string, isOn: boolean) => onChange(isOn ? [...value, code] : value.filter((item) => item !== code));
  const chosen = occupations.filter((item) => value.includes(item.code));

  return (
    <fieldset className="field occupation-picker" data-testid="wizard-occupations">
      <legend>{t('donations.wizard.occupations')}</legend>
      <p className="hint">{value.length === 0 ? t('donations.wizard.occupationsAll') : t('donations.wizard.occupationsSome', { n: value.length })}</p>
      {chosen.length > 0 ? (
        <ul className="chips-row">
          {chosen.map((item) => (
            <li key={item.code} className="chip">
              {occupationName(item, i18n.language)}
              <button
                type="button"
                className="chip-remove"
                aria-label={t('donations.wizard.occupationRemove', { name: occupationName(item, i18n.language) })}
                onClick={() => toggle(item.code, false)}
              >
                ×
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      <details className="occupation-details">
        <summary data-testid="wizard-occupations-open">{t('donations.wizard.occupationsChoose')}</summary>
        <div className="occupation-groups">
          {groups.map((group) => (
            <div key={group} className="occupation-group">
              <p className="occupation-group-title">{isOccupationGroup(group) ? t(`simulasi.occupationGroups.${group}`) : group}</p>
              {occupations
                .filter((item) => item.group === group)
                .map((item) => (
                  <label key={item.code} className="check check-compact">
                    <input
                      type="checkbox"
                      data-testid={`wizard-occupation-${item.code}`}
                      checked={value.includes(item.code)}
                      onChange={(event) => toggle(item.code, event.target.checked)}
                    />
                    <span>{occupationName(item, i18n.language)}</span>
                  </label>
                ))}
            </div>
          ))}
        </div>
      </details>
      <FieldIssues issues={issues} field="selection.occupations" id={`${idPrefix}-selection.occupations-issue`} />
    </fieldset>
  );
}

type AvailabilityLineProps = { id: string; availability: UseQueryResult<Availability>; wanted: number | null };

/** "Cukup": the cohort can be filled; otherwise how many eligible workers there are. */
export function AvailabilityLine({ id, availability, wanted }: AvailabilityLineProps) {
  const { t, i18n } = useTranslation();
  if (wanted === null) {
    return (
      <p className="hint" id={id}>
        {t('donations.wizard.availabilityIdle')}
      </p>
    );
  }
  if (availability.isError) {
    return (
      <div id={id}>
        <ErrorNotice error={availability.error} onRetry={() => void availability.refetch()} />
      </div>
    );
  }
  const data = availability.data;
  if (!data || availability.isFetching) {
    return (
      <p className="hint availability" id={id} role="status" data-testid="wizard-availability" data-state="checking">
        {t('donations.wizard.availabilityChecking')}
      </p>
    );
  }
  const isEnough = data.available >= data.want;
  return (
    <p
      className={isEnough ? 'availability availability-ok' : 'availability availability-short'}
      id={id}
      role="status"
      data-testid="wizard-availability"
      data-state={isEnough ? 'enough' : 'short'}
      data-available={data.available}
    >
      {isEnough
        ? t('donations.wizard.availabilityEnough', { n: formatNumber(data.want, i18n.language) })
        : data.available === 0
          ? t('donations.wizard.availabilityNone')
          : t('donations.wizard.availabilityShort', { available: formatNumber(data.available, i18n.language), want: formatNumber(data.want, i18n.language) })}
    </p>
  );
}
