import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { useUser } from '../../app/session';
import { describedBy } from '../simulasi/fields';
import { FieldIssues, IssueSummary, issuesFor } from '../simulasi/issues';
import { useUpdateWorker, type PatchBody, type Worker } from './api';
import { workerIssues } from './issues';
import { OTHER_OCCUPATION, villageCodeOf, WorkerFields, type WorkerDraft } from './WorkerFields';

type Sex = 'L' | 'P';

function draftOf(worker: Worker): WorkerDraft {
  return {
    fullName: worker.fullName,
    villagePath: worker.village.code,
    occupation: worker.occupation.code,
    occupationOther: worker.occupation.other ?? '',
    declaredIncome: worker.incomeBracket ?? '',
    // The number itself is never sent to the page: empty means "keep it".
    phone: '',
    isDtks: worker.isDtks ?? false,
    p3keDecile: worker.p3keDecile === null ? '' : String(worker.p3keDecile),
  };
}

type EditWorkerFormProps = { worker: Worker; onDone: (updated: Worker) => void; onCancel: () => void };

/** Corrects a worker's data (never the NIK); only what changed is sent, and every change is audited. */
export function EditWorkerForm({ worker, onDone, onCancel }: EditWorkerFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const user = useUser();
  const update = useUpdateWorker(worker.id);
  const [draft, setDraft] = useState<WorkerDraft>(() => draftOf(worker));
  const [birthDate, setBirthDate] = useState(worker.birthDate ?? '');
  const [sex, setSex] = useState<Sex | ''>(worker.sex ?? '');
  const [isPhoneRemoved, setIsPhoneRemoved] = useState(false);
  const [isUnchanged, setIsUnchanged] = useState(false);
  const issues = workerIssues(update.error, t);
  const hasIssue = (field: string) => issuesFor(issues, field).length > 0;
  const change = (patch: Partial<WorkerDraft>) => setDraft((current) => ({ ...current, ...patch }));
  const original = draftOf(worker);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    const body: PatchBody = {};
    if (draft.fullName !== original.fullName) body.fullName = draft.fullName;
    if (birthDate !== (worker.birthDate ?? '')) body.birthDate = birthDate;
    if (sex !== (worker.sex ?? '')) body.sex = sex;
    const villageCode = villageCodeOf(draft);
    if (villageCode !== original.villagePath) body.villageCode = villageCode;
    if (draft.occupation !== original.occupation) body.occupation = draft.occupation;
    if (draft.occupation === OTHER_OCCUPATION && draft.occupationOther !== original.occupationOther) body.occupationOther = draft.occupationOther;
    if (draft.declaredIncome !== original.declaredIncome) body.declaredIncome = draft.declaredIncome;
    if (isPhoneRemoved) body.phone = '';
    else if (draft.phone.trim()) body.phone = draft.phone.trim();
    if (draft.isDtks !== original.isDtks) body.isDtks = draft.isDtks;
    if (draft.p3keDecile !== original.p3keDecile && draft.p3keDecile) body.p3keDecile = Number(draft.p3keDecile);
    if (Object.keys(body).length === 0) {
      setIsUnchanged(true);
      return;
    }
    setIsUnchanged(false);
    update.mutate(body, { onSuccess: onDone });
  };

  // Recorded birth date and sex: usually what the NIK encodes, corrected here when the KTP differs.
  const birthAndSex = (
    <div className="form-grid">
      <div className="field">
        <label htmlFor={`${id}-birth`}>{t('workers.fields.birthDate')}</label>
        <input
          id={`${id}-birth`}
          type="date"
          data-testid="edit-birth-date"
          value={birthDate}
          onChange={(event) => setBirthDate(event.target.value)}
          aria-invalid={hasIssue('birthDate')}
          aria-describedby={describedBy(`${id}-birth-hint`, hasIssue('birthDate') && `${id}-birth-issue`)}
        />
        <p className="hint" id={`${id}-birth-hint`}>
          {t('workers.edit.birthHint')}
        </p>
        <FieldIssues issues={issues} field="birthDate" id={`${id}-birth-issue`} />
      </div>
      <div className="field">
        <label htmlFor={`${id}-sex`}>{t('workers.fields.sex')}</label>
        <select
          id={`${id}-sex`}
          data-testid="edit-sex"
          value={sex}
          onChange={(event) => setSex(event.target.value === 'L' || event.target.value === 'P' ? event.target.value : '')}
          aria-invalid={hasIssue('sex')}
          aria-describedby={describedBy(hasIssue('sex') && `${id}-sex-issue`)}
        >
          <option value="L">{t('simulasi.sex.L')}</option>
          <option value="P">{t('simulasi.sex.P')}</option>
        </select>
        <FieldIssues issues={issues} field="sex" id={`${id}-sex-issue`} />
      </div>
    </div>
  );

  return (
    <form className="card form worker-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="edit-form">
      <h2 id={`${id}-title`}>{t('workers.edit.title')}</h2>
      <p className="muted small">{t('workers.edit.intro')}</p>

      <WorkerFields
        draft={draft}
        onChange={change}
        issues={issues}
        idPrefix={id}
        scopes={user?.regionScopes ?? []}
        canClearDecile={worker.p3keDecile === null}
        afterName={birthAndSex}
        phoneHint={worker.maskedPhone ? t('workers.edit.phoneKeep', { phone: worker.maskedPhone }) : t('workers.form.phoneHint')}
        phoneExtra={
          worker.maskedPhone ? (
            <label className="check">
              <input type="checkbox" checked={isPhoneRemoved} onChange={(event) => setIsPhoneRemoved(event.target.checked)} />
              <span>{t('workers.edit.phoneRemove')}</span>
            </label>
          ) : null
        }
      />

      {isUnchanged ? (
        <p className="notice notice-info" role="status">
          {t('workers.edit.unchanged')}
        </p>
      ) : null}
      <IssueSummary issues={issues} error={update.error} testId="edit-error" />
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="edit-submit" disabled={update.isPending}>
          {update.isPending ? t('workers.edit.submitting') : t('workers.edit.submit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('workers.form.cancel')}
        </button>
      </div>
    </form>
  );
}
