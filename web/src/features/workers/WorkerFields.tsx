import { useQuery } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../lib/format';
import { rulesQuery, type RuleBook } from '../simulasi/api';
import { describedBy } from '../simulasi/fields';
import { todayIso } from '../simulasi/input';
import { FieldIssues, issuesFor, type Issue } from '../simulasi/issues';
import { isOccupationGroup, occupationName } from '../simulasi/labels';
import { DECILES } from './labels';
import { levelOf, RegionPicker, type Scope } from './RegionPicker';

/** The fields a registration and a correction share, as typed (strings until sent). */
export type WorkerDraft = {
  fullName: string;
  /** The deepest region chosen; a village code once the user has gone all the way down. */
  villagePath: string;
  occupation: string;
  occupationOther: string;
  declaredIncome: string;
  phone: string;
  isDtks: boolean;
  p3keDecile: string;
};

export const OTHER_OCCUPATION = 'LAINNYA';

export function villageCodeOf(draft: WorkerDraft): string {
  return levelOf(draft.villagePath) === 4 ? draft.villagePath : '';
}

/** Income brackets in force today (the rule book is dated). */
export function bracketsToday(rules: RuleBook | undefined): string[] {
  const today = todayIso();
  const version =
    rules?.rates.find((rate) => rate.effectiveFrom <= today && (rate.effectiveTo === null || rate.effectiveTo >= today)) ?? rules?.rates[0];
  return version?.brackets ?? [];
}

type WorkerFieldsProps = {
  draft: WorkerDraft;
  onChange: (change: Partial<WorkerDraft>) => void;
  issues: readonly Issue[];
  idPrefix: string;
  scopes: readonly Scope[];
  /** The phone field's hint differs: new number, or "leave empty to keep it". */
  phoneHint: string;
  /** Extra content right under the phone field (the edit form's "remove the number"). */
  phoneExtra?: ReactNode;
  /** The API keeps a P3KE decile once set (a correction cannot send "none"). */
  canClearDecile?: boolean;
  /** Fields that belong right after the name (the edit form's birth date and sex). */
  afterName?: ReactNode;
};

export function WorkerFields({ draft, onChange, issues, idPrefix, scopes, phoneHint, phoneExtra, canClearDecile = true, afterName }: WorkerFieldsProps) {
  const { t, i18n } = useTranslation();
  const rules = useQuery(rulesQuery);
  const hasIssue = (field: string) => issuesFor(issues, field).length > 0;
  const issueId = (field: string) => `${idPrefix}-${field}-issue`;
  const fieldId = (field: string) => `${idPrefix}-${field}`;
  const brackets = bracketsToday(rules.data);
  const occupations = rules.data?.occupations ?? [];
  const groups = [...new Set(occupations.map((occupation) => occupation.group))];

  return (
    <>
      <div className="field">
        <label htmlFor={fieldId('fullName')}>{t('workers.fields.fullName')}</label>
        <input
          id={fieldId('fullName')}
          data-testid="worker-full-name"
          value={draft.fullName}
          autoComplete="off"
          maxLength={300}
          onChange={(event) => onChange({ fullName: event.target.value })}
          aria-invalid={hasIssue('fullName')}
          aria-describedby={describedBy(`${fieldId('fullName')}-hint`, hasIssue('fullName') && issueId('fullName'))}
        />
        <p className="hint" id={`${fieldId('fullName')}-hint`}>
          {t('workers.form.fullNameHint')}
        </p>
        <FieldIssues issues={issues} field="fullName" id={issueId('fullName')} />
      </div>
      {afterName}

      <fieldset className="field">
        <legend>{t('workers.fields.village')}</legend>
        <p className="hint" id={`${fieldId('village')}-hint`}>
          {t('workers.form.villageHint')}
        </p>
        <RegionPicker
          value={draft.villagePath}
          onChange={(code) => onChange({ villagePath: code })}
          scopes={scopes}
          mode="village"
          testId="worker-village"
          isInvalid={hasIssue('villageCode')}
          describedById={describedBy(`${fieldId('village')}-hint`, hasIssue('villageCode') && issueId('villageCode'))}
        />
        <FieldIssues issues={issues} field="villageCode" id={issueId('villageCode')} />
      </fieldset>

      <div className="form-grid">
        <div className="field">
          <label htmlFor={fieldId('occupation')}>{t('workers.fields.occupation')}</label>
          <select
            id={fieldId('occupation')}
            data-testid="worker-occupation"
            value={draft.occupation}
            onChange={(event) => onChange({ occupation: event.target.value })}
            aria-invalid={hasIssue('occupation')}
            aria-describedby={describedBy(hasIssue('occupation') && issueId('occupation'))}
          >
            <option value="">{rules.isPending ? t('app.loading') : t('workers.form.occupationChoose')}</option>
            {groups.map((group) => (
              <optgroup key={group} label={isOccupationGroup(group) ? t(`simulasi.occupationGroups.${group}`) : group}>
                {occupations
                  .filter((occupation) => occupation.group === group)
                  .map((occupation) => (
                    <option key={occupation.code} value={occupation.code}>
                      {occupationName(occupation, i18n.language)}
                    </option>
                  ))}
              </optgroup>
            ))}
          </select>
          <FieldIssues issues={issues} field="occupation" id={issueId('occupation')} />
        </div>
        {draft.occupation === OTHER_OCCUPATION ? (
          <div className="field">
            <label htmlFor={fieldId('occupationOther')}>{t('workers.fields.occupationOther')}</label>
            <input
              id={fieldId('occupationOther')}
              data-testid="worker-occupation-other"
              value={draft.occupationOther}
              maxLength={100}
              autoComplete="off"
              onChange={(event) => onChange({ occupationOther: event.target.value })}
              aria-invalid={hasIssue('occupationOther')}
              aria-describedby={describedBy(hasIssue('occupationOther') && issueId('occupationOther'))}
            />
            <FieldIssues issues={issues} field="occupationOther" id={issueId('occupationOther')} />
          </div>
        ) : null}
        <div className="field">
          <label htmlFor={fieldId('declaredIncome')}>{t('workers.fields.income')}</label>
          <select
            id={fieldId('declaredIncome')}
            data-testid="worker-income"
            value={draft.declaredIncome}
            onChange={(event) => onChange({ declaredIncome: event.target.value })}
            aria-invalid={hasIssue('declaredIncome')}
            aria-describedby={describedBy(`${fieldId('declaredIncome')}-hint`, hasIssue('declaredIncome') && issueId('declaredIncome'))}
          >
            {brackets.length === 0 ? <option value="">{t('app.loading')}</option> : null}
            {brackets.map((bracket) => (
              <option key={bracket} value={bracket}>
                {formatRupiah(bracket)}
              </option>
            ))}
          </select>
          <p className="hint" id={`${fieldId('declaredIncome')}-hint`}>
            {t('workers.form.incomeHint')}
          </p>
          <FieldIssues issues={issues} field="declaredIncome" id={issueId('declaredIncome')} />
        </div>
      </div>

      <div className="form-grid">
        <div className="field">
          <label htmlFor={fieldId('phone')}>{t('workers.fields.phoneOptional')}</label>
          <input
            id={fieldId('phone')}
            data-testid="worker-phone"
            type="tel"
            inputMode="tel"
            autoComplete="off"
            maxLength={40}
            placeholder="0812 3456 7890"
            value={draft.phone}
            onChange={(event) => onChange({ phone: event.target.value })}
            aria-invalid={hasIssue('phone')}
            aria-describedby={describedBy(`${fieldId('phone')}-hint`, hasIssue('phone') && issueId('phone'))}
          />
          <p className="hint" id={`${fieldId('phone')}-hint`}>
            {phoneHint}
          </p>
          {phoneExtra}
          <FieldIssues issues={issues} field="phone" id={issueId('phone')} />
        </div>
        <div className="field">
          <label htmlFor={fieldId('p3keDecile')}>{t('workers.fields.p3ke')}</label>
          <select
            id={fieldId('p3keDecile')}
            data-testid="worker-p3ke"
            value={draft.p3keDecile}
            onChange={(event) => onChange({ p3keDecile: event.target.value })}
            aria-invalid={hasIssue('p3keDecile')}
            aria-describedby={describedBy(`${fieldId('p3keDecile')}-hint`, hasIssue('p3keDecile') && issueId('p3keDecile'))}
          >
            <option value="" disabled={!canClearDecile}>
              {t('workers.form.p3keNone')}
            </option>
            {DECILES.map((decile) => (
              <option key={decile} value={decile}>
                {t('workers.form.decile', { n: decile })}
              </option>
            ))}
          </select>
          <p className="hint" id={`${fieldId('p3keDecile')}-hint`}>
            {t('workers.form.p3keHint')}
          </p>
          <FieldIssues issues={issues} field="p3keDecile" id={issueId('p3keDecile')} />
        </div>
      </div>

      <div className="field">
        <label className="check" data-testid="worker-dtks">
          <input type="checkbox" checked={draft.isDtks} onChange={(event) => onChange({ isDtks: event.target.checked })} />
          <span>
            {t('workers.form.dtks')}
            <span className="check-sub">{t('workers.form.dtksHint')}</span>
          </span>
        </label>
        <FieldIssues issues={issues} field="isDtks" id={issueId('isDtks')} />
      </div>
    </>
  );
}
