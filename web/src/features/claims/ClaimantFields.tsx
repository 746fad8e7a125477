import type { TFunction } from 'i18next';
import { useId, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { describedBy } from '../simulasi/fields';
import { RELATIONSHIPS, type ClaimantBody, type Relationship } from './api';
import { isRelationship } from './labels';

/** One heir or recipient as typed into a form. */
export type ClaimantDraft = {
  key: number;
  fullName: string;
  relationship: Relationship | '';
  phone: string;
  bankName: string;
  bankAccount: string;
  bankAccountHolder: string;
  isPublicNameConsented: boolean;
};

export type ClaimantField = 'fullName' | 'relationship' | 'bankAccount';
export type ClaimantProblems = Partial<Record<ClaimantField, string>>;

export function emptyClaimant(key: number): ClaimantDraft {
  return { key, fullName: '', relationship: '', phone: '', bankName: '', bankAccount: '', bankAccountHolder: '', isPublicNameConsented: false };
}

const ACCOUNT = /^\d{6,20}$/;

function accountDigits(value: string): string {
  return value.replace(/[\s.-]/g, '');
}

/** What is wrong with a claimant before it is sent (the server checks the same and more). */
export function claimantProblems(t: TFunction, draft: ClaimantDraft): ClaimantProblems {
  const problems: ClaimantProblems = {};
  if (draft.fullName.trim().length < 2) problems.fullName = t('claims.claimant.nameRequired');
  if (!draft.relationship) problems.relationship = t('claims.claimant.relationshipRequired');
  if (draft.bankAccount.trim() && !ACCOUNT.test(accountDigits(draft.bankAccount))) problems.bankAccount = t('claims.claimant.accountInvalid');
  return problems;
}

/** The request body: empty optional fields are left out. */
export function claimantBody(draft: ClaimantDraft): ClaimantBody {
  const relationship: Relationship = draft.relationship || 'SPOUSE';
  return {
    fullName: draft.fullName.trim(),
    relationship,
    ...(draft.phone.trim() ? { phone: draft.phone.trim() } : {}),
    ...(draft.bankName.trim() ? { bankName: draft.bankName.trim() } : {}),
    ...(draft.bankAccount.trim() ? { bankAccount: accountDigits(draft.bankAccount) } : {}),
    ...(draft.bankAccountHolder.trim() ? { bankAccountHolder: draft.bankAccountHolder.trim() } : {}),
    isPublicNameConsented: draft.isPublicNameConsented,
  };
}

type ClaimantFieldsProps = {
  draft: ClaimantDraft;
  onChange: (draft: ClaimantDraft) => void;
  legend: ReactNode;
  problems: ClaimantProblems;
  testId: string;
  /** Shown under the legend (a remove button, for instance). */
  aside?: ReactNode;
  hasConsent?: boolean;
};

/** Name, relationship, phone, payout account and the consent to show the name to the donor. */
export function ClaimantFields({ draft, onChange, legend, problems, testId, aside, hasConsent = true }: ClaimantFieldsProps) {
  const { t } = useTranslation();
  const id = useId();
  const set = (patch: Partial<ClaimantDraft>) => onChange({ ...draft, ...patch });
  const problemId = (field: ClaimantField) => `${id}-${field}-problem`;
  const problem = (field: ClaimantField) =>
    problems[field] ? (
      <p className="field-error" id={problemId(field)} data-testid={`${testId}-${field}-problem`}>
        {problems[field]}
      </p>
    ) : null;
  return (
    <fieldset className="field claimant-fields" data-testid={testId}>
      <legend>{legend}</legend>
      {aside}
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-name`}>{t('claims.claimant.fullName')}</label>
          <input
            id={`${id}-name`}
            data-testid={`${testId}-name`}
            autoComplete="off"
            maxLength={120}
            value={draft.fullName}
            onChange={(event) => set({ fullName: event.target.value })}
            aria-invalid={Boolean(problems.fullName)}
            aria-describedby={describedBy(problems.fullName && problemId('fullName'))}
          />
          {problem('fullName')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-relationship`}>{t('claims.claimant.relationship')}</label>
          <select
            id={`${id}-relationship`}
            data-testid={`${testId}-relationship`}
            value={draft.relationship}
            onChange={(event) => set({ relationship: isRelationship(event.target.value) ? event.target.value : '' })}
            aria-invalid={Boolean(problems.relationship)}
            aria-describedby={describedBy(problems.relationship && problemId('relationship'))}
          >
            <option value="">{t('claims.claimant.relationshipChoose')}</option>
            {RELATIONSHIPS.map((relationship) => (
              <option key={relationship} value={relationship}>
                {t(`claims.relationships.${relationship}`)}
              </option>
            ))}
          </select>
          {problem('relationship')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-phone`}>{t('claims.claimant.phone')}</label>
          <input
            id={`${id}-phone`}
            data-testid={`${testId}-phone`}
            type="tel"
            inputMode="tel"
            autoComplete="off"
            maxLength={20}
            value={draft.phone}
            onChange={(event) => set({ phone: event.target.value })}
            aria-describedby={`${id}-phone-hint`}
          />
          <p className="hint" id={`${id}-phone-hint`}>
            {t('claims.claimant.phoneHint')}
          </p>
        </div>
        <div className="field">
          <label htmlFor={`${id}-bank`}>{t('claims.claimant.bankName')}</label>
          <input
            id={`${id}-bank`}
            data-testid={`${testId}-bank`}
            autoComplete="off"
            maxLength={60}
            value={draft.bankName}
            onChange={(event) => set({ bankName: event.target.value })}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-account`}>{t('claims.claimant.bankAccount')}</label>
          <input
            id={`${id}-account`}
            data-testid={`${testId}-account`}
            className="input-mono"
            inputMode="numeric"
            autoComplete="off"
            maxLength={30}
            value={draft.bankAccount}
            onChange={(event) => set({ bankAccount: event.target.value })}
            aria-invalid={Boolean(problems.bankAccount)}
            aria-describedby={describedBy(`${id}-account-hint`, problems.bankAccount && problemId('bankAccount'))}
          />
          <p className="hint" id={`${id}-account-hint`}>
            {t('claims.claimant.bankAccountHint')}
          </p>
          {problem('bankAccount')}
        </div>
        <div className="field">
          <label htmlFor={`${id}-holder`}>{t('claims.claimant.bankAccountHolder')}</label>
          <input
            id={`${id}-holder`}
            data-testid={`${testId}-holder`}
            autoComplete="off"
            maxLength={120}
            value={draft.bankAccountHolder}
            onChange={(event) => set({ bankAccountHolder: event.target.value })}
          />
        </div>
      </div>
      {hasConsent ? (
        <label className="check consent-switch" data-testid={`${testId}-consent-label`}>
          <input
            type="checkbox"
            data-testid={`${testId}-consent`}
            checked={draft.isPublicNameConsented}
            onChange={(event) => set({ isPublicNameConsented: event.target.checked })}
          />
          <span>
            {t('claims.claimant.consent')}
            <span className="check-sub">{t('claims.claimant.consentHint')}</span>
          </span>
        </label>
      ) : null}
    </fieldset>
  );
}
