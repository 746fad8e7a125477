import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { CLAIM_ROLES } from '../../app/nav';
import { useDebounced, useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { jakartaToday } from '../coverage/months';
import { CoverageBadge } from '../coverage/parts';
import { describedBy, MoneyInput } from '../simulasi/fields';
import { toDecimalString, parseCount, parsePercent } from '../simulasi/input';
import { IssueSummary, issuesOf } from '../simulasi/issues';
import { CHILD_LEVELS, type ChildLevel } from '../simulasi/labels';
import type { Worker } from '../workers/api';
import { MaskedNik } from '../workers/parts';
import { CLAIM_TYPES, claimWorkerQuery, eligibilityQuery, useOpenClaim, workerSearchQuery, type ClaimDetails, type ClaimType, type NewClaimBody } from './api';
import { claimantBody, ClaimantFields, claimantProblems, emptyClaimant, type ClaimantDraft, type ClaimantProblems } from './ClaimantFields';
import { hasChildren, isClaimType, isDeathClaim } from './labels';
import { BackToClaims, ClaimErrorNotice, CoverageFacts } from './parts';

type ChildDraft = { key: number; name: string; birthDate: string; level: ChildLevel };
type Costs = { medical: string; homeCare: string; LAND: string; SEA: string; AIR: string };
const COST_KEYS = ['LAND', 'SEA', 'AIR', 'homeCare', 'medical'] as const;
const DIGITS = /^\d{1,13}$/;

function isChildLevel(value: string): value is ChildLevel {
  return CHILD_LEVELS.some((level) => level === value);
}

type WorkerPickerProps = { chosen: Worker | null; onChoose: (worker: Worker | null) => void; problem: string | null };

/** Find the worker by name, NIK or KPJ, within the officer's regions. */
function WorkerPicker({ chosen, onChoose, problem }: WorkerPickerProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [text, setText] = useState('');
  const query = useDebounced(text.trim(), 300);
  const isSearchable = query.replace(/\D/g, '').length >= 11 || query.length >= 2;
  const search = useQuery({ ...workerSearchQuery(query, i18n.language), enabled: isSearchable && !chosen });

  if (chosen) {
    return (
      <div className="claim-worker-chosen" data-testid="claim-worker-chosen" data-worker-id={chosen.id}>
        <div>
          <p className="muted small">{t('claims.new.chosen')}</p>
          <p className="cell-strong" data-testid="claim-worker-name">
            {chosen.fullName}
          </p>
          <p className="small">
            <MaskedNik value={chosen.maskedNik} /> · {chosen.village.name ?? chosen.village.code}, {chosen.regency.name ?? chosen.regency.code}
          </p>
        </div>
        <button type="button" className="button button-secondary button-small" data-testid="claim-worker-change" onClick={() => onChoose(null)}>
          {t('claims.new.change')}
        </button>
      </div>
    );
  }

  const items = search.data ?? [];
  return (
    <div className="claim-worker-search">
      <div className="field">
        <label htmlFor={`${id}-q`}>{t('claims.new.workerSearch')}</label>
        <input
          id={`${id}-q`}
          type="search"
          data-testid="claim-worker-search"
          autoComplete="off"
          maxLength={100}
          value={text}
          onChange={(event) => setText(event.target.value)}
          aria-invalid={Boolean(problem)}
          aria-describedby={describedBy(`${id}-hint`, problem && `${id}-problem`)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('claims.new.workerSearchHint')}
        </p>
        {problem ? (
          <p className="field-error" id={`${id}-problem`} data-testid="claim-worker-problem">
            {problem}
          </p>
        ) : null}
      </div>
      {isSearchable && search.isFetching && items.length === 0 ? <p className="muted small">{t('claims.new.searching')}</p> : null}
      {isSearchable && search.isError ? <ErrorNotice error={search.error} onRetry={() => void search.refetch()} /> : null}
      {isSearchable && search.isSuccess && items.length === 0 ? (
        <p className="empty" data-testid="claim-worker-none">
          {t('claims.new.noResults')}
        </p>
      ) : null}
      {isSearchable && items.length > 0 ? (
        <ul className="claim-worker-results" aria-label={t('claims.new.resultsLabel')} data-testid="claim-worker-results">
          {items.map((worker) => (
            <li key={worker.id}>
              <button type="button" className="scope-option claim-worker-option" data-testid="claim-worker-option" data-worker-id={worker.id} onClick={() => onChoose(worker)}>
                <span>
                  <span className="cell-strong">{worker.fullName}</span>
                  <span className="cell-sub">
                    <MaskedNik value={worker.maskedNik} /> · {worker.village.name ?? worker.village.code}
                  </span>
                </span>
                <span className="claim-worker-option-end">
                  <CoverageBadge state={worker.coverage?.state ?? 'NONE'} unpaidMonths={worker.coverage?.unpaidMonths ?? 0} />
                  <span className="link-button">{t('claims.new.choose')}</span>
                </span>
              </button>
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}

/** The worker's coverage on the event date, asked again whenever worker, type or date change. */
function EligibilityPreview({ workerId, type, eventDate }: { workerId: string | null; type: ClaimType; eventDate: string }) {
  const { t } = useTranslation();
  const isReady = Boolean(workerId) && /^\d{4}-\d{2}-\d{2}$/.test(eventDate) && eventDate <= jakartaToday();
  const eligibility = useQuery({ ...eligibilityQuery({ workerId: workerId ?? '', type, eventDate }), enabled: isReady });
  return (
    <section className="claim-eligibility" aria-live="polite" aria-labelledby="eligibility-title" data-testid="claim-eligibility">
      <h3 id="eligibility-title">{t('claims.coverage.title')}</h3>
      {!isReady ? <p className="muted small">{t('claims.coverage.pick')}</p> : null}
      {isReady && eligibility.isPending ? <p className="muted small">{t('claims.coverage.checking')}</p> : null}
      {isReady && eligibility.isError ? <ClaimErrorNotice error={eligibility.error} /> : null}
      {isReady && eligibility.data ? (
        <div className={eligibility.isPlaceholderData ? 'is-stale' : undefined}>
          <CoverageFacts coverage={eligibility.data} type={type} testId="claim-eligibility-result" />
        </div>
      ) : null}
    </section>
  );
}

type Problems = {
  worker?: string;
  eventDate?: string;
  incapacityMonths?: string;
  disabilityPercent?: string;
  costs?: string;
  claimants: Record<number, ClaimantProblems>;
};

function hasProblems(problems: Problems): boolean {
  return Boolean(problems.worker || problems.eventDate || problems.incapacityMonths || problems.disabilityPercent || problems.costs) || Object.keys(problems.claimants).length > 0;
}

function NewClaimContent({ workerId }: { workerId: string | undefined }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const open = useOpenClaim();
  const preselected = useQuery({ ...claimWorkerQuery(workerId ?? '', i18n.language), enabled: Boolean(workerId) });
  // undefined: the worker from the address (if any); null: none chosen.
  const [picked, setPicked] = useState<Worker | null | undefined>(undefined);
  const worker = picked === undefined ? (preselected.data ?? null) : picked;
  const [type, setType] = useState<ClaimType>('JKM');
  const [eventDate, setEventDate] = useState('');
  const [description, setDescription] = useState('');
  const nextKey = useRef(2);
  const [children, setChildren] = useState<ChildDraft[]>([]);
  const [incapacityMonths, setIncapacityMonths] = useState('');
  const [disabilityPercent, setDisabilityPercent] = useState('');
  const [costs, setCosts] = useState<Costs>({ medical: '', homeCare: '', LAND: '', SEA: '', AIR: '' });
  const [claimants, setClaimants] = useState<ClaimantDraft[]>([emptyClaimant(1)]);
  const [problems, setProblems] = useState<Problems>({ claimants: {} });
  useDocumentTitle(t('claims.new.title'));
  const today = jakartaToday();
  const isDeath = isDeathClaim(type);

  const details = (): { details: ClaimDetails; problems: Partial<Problems> } => {
    const found: Partial<Problems> = {};
    const result: ClaimDetails = {};
    if (hasChildren(type) && children.length > 0) {
      result.children = children.map((child) => ({ name: child.name.trim(), birthDate: child.birthDate, level: child.level }));
    }
    if (type === 'JKK_TEMPORARY_INCAPACITY') {
      const months = parseCount(incapacityMonths);
      if (months.kind !== 'number' || months.value < 0 || months.value > 120) found.incapacityMonths = t('claims.new.incapacityRequired');
      else result.incapacityMonths = months.value;
    }
    if (type === 'JKK_PARTIAL_DISABILITY') {
      const percent = parsePercent(disabilityPercent);
      if (percent.kind !== 'number' || percent.value < 1 || percent.value > 100) found.disabilityPercent = t('claims.new.percentRequired');
      else result.disabilityPercent = percent.value;
    }
    if (type !== 'JKM') {
      const amounts = Object.fromEntries(COST_KEYS.map((key) => [key, toDecimalString(costs[key])]));
      if (COST_KEYS.some((key) => amounts[key] !== '' && !DIGITS.test(amounts[key] ?? ''))) found.costs = t('claims.new.amountInvalid');
      const transport = Object.fromEntries((['LAND', 'SEA', 'AIR'] as const).filter((key) => amounts[key]).map((key) => [key, amounts[key] ?? '']));
      if (Object.keys(transport).length > 0) result.transport = transport;
      if (amounts.homeCare) result.homeCare = amounts.homeCare;
      if (amounts.medical) result.medical = amounts.medical;
    }
    return { details: result, problems: found };
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (open.isPending) return;
    const found: Problems = { claimants: {} };
    if (!worker) found.worker = t('claims.new.workerRequired');
    if (!eventDate) found.eventDate = t('claims.new.eventDateRequired');
    else if (eventDate > today) found.eventDate = t('claims.new.eventDateFuture');
    const computed = details();
    Object.assign(found, computed.problems);
    // A claimant row left completely empty is ignored.
    const filled = claimants.filter((c) => c.fullName.trim() || c.relationship || c.bankAccount.trim() || c.bankName.trim() || c.phone.trim());
    for (const claimant of filled) {
      const mine = claimantProblems(t, claimant);
      if (Object.keys(mine).length > 0) found.claimants[claimant.key] = mine;
    }
    setProblems(found);
    if (hasProblems(found) || !worker) {
      open.reset();
      return;
    }
    const body: NewClaimBody = {
      workerId: worker.id,
      type,
      eventDate,
      ...(description.trim() ? { description: description.trim() } : {}),
      ...(Object.keys(computed.details).length > 0 ? { details: computed.details } : {}),
      ...(filled.length > 0 ? { claimants: filled.map(claimantBody) } : {}),
    };
    open.mutate(body, { onSuccess: (answer) => void navigate({ to: '/claims/$claimId', params: { claimId: answer.id } }) });
  };

  const serverIssues = issuesOf(open.error, t('simulasi.form.fieldInvalid'));
  const newKey = () => {
    nextKey.current += 1;
    return nextKey.current;
  };

  if (workerId && preselected.isPending && picked === undefined) return <Loading />;

  return (
    <div className="page claim-new-page" data-testid="new-claim-page">
      <BackToClaims />
      <header className="page-head">
        <p className="eyebrow">{t('nav.claims')}</p>
        <h1>{t('claims.new.title')}</h1>
        <p className="lead">{t('claims.new.lead')}</p>
      </header>

      <form className="claim-form" onSubmit={onSubmit} noValidate data-testid="new-claim-form">
        <section className="card form" aria-labelledby={`${id}-worker`}>
          <h2 id={`${id}-worker`}>{t('claims.new.workerTitle')}</h2>
          <WorkerPicker chosen={worker} onChoose={setPicked} problem={problems.worker ?? null} />
        </section>

        <section className="card form" aria-labelledby={`${id}-event`}>
          <h2 id={`${id}-event`}>{t('claims.new.eventTitle')}</h2>
          <div className="form-grid">
            <div className="field">
              <label htmlFor={`${id}-type`}>{t('claims.new.type')}</label>
              <select id={`${id}-type`} data-testid="claim-type" value={type} onChange={(event) => isClaimType(event.target.value) && setType(event.target.value)}>
                {CLAIM_TYPES.map((option) => (
                  <option key={option} value={option}>
                    {t(`claims.types.${option}`)}
                  </option>
                ))}
              </select>
            </div>
            <div className="field">
              <label htmlFor={`${id}-date`}>{t('claims.new.eventDate')}</label>
              <input
                id={`${id}-date`}
                type="date"
                data-testid="claim-event-date"
                className="input-short"
                max={today}
                value={eventDate}
                onChange={(event) => setEventDate(event.target.value)}
                aria-invalid={Boolean(problems.eventDate)}
                aria-describedby={describedBy(`${id}-date-hint`, problems.eventDate && `${id}-date-problem`)}
              />
              <p className="hint" id={`${id}-date-hint`}>
                {t('claims.new.eventDateHint')}
              </p>
              {problems.eventDate ? (
                <p className="field-error" id={`${id}-date-problem`} data-testid="claim-event-date-problem">
                  {problems.eventDate}
                </p>
              ) : null}
            </div>
          </div>
          <div className="field">
            <label htmlFor={`${id}-description`}>{t('claims.new.description')}</label>
            <textarea
              id={`${id}-description`}
              data-testid="claim-description"
              rows={2}
              maxLength={2000}
              value={description}
              onChange={(event) => setDescription(event.target.value)}
              aria-describedby={`${id}-description-hint`}
            />
            <p className="hint" id={`${id}-description-hint`}>
              {t('claims.new.descriptionHint')}
            </p>
          </div>
          <EligibilityPreview workerId={worker?.id ?? null} type={type} eventDate={eventDate} />
        </section>

        <section className="card form" aria-labelledby={`${id}-details`} data-testid="claim-details">
          <h2 id={`${id}-details`}>{t('claims.new.detailsTitle')}</h2>
          {hasChildren(type) ? (
            <fieldset className="field">
              <legend>{t('simulasi.benefit.children')}</legend>
              <p className="hint">{t('claims.new.childrenHint')}</p>
              {children.length === 0 ? <p className="muted small">{t('claims.new.noChildren')}</p> : null}
              <ol className="child-list">
                {children.map((child, index) => {
                  const update = (patch: Partial<ChildDraft>) => setChildren((list) => list.map((c) => (c.key === child.key ? { ...c, ...patch } : c)));
                  return (
                    <li key={child.key} className="claim-child" data-testid="claim-child">
                      <span className="child-number" aria-hidden="true">
                        {index + 1}
                      </span>
                      <div className="claim-child-fields">
                        <div className="field">
                          <label htmlFor={`${id}-child-${child.key}-name`}>{t('claims.new.childName', { n: index + 1 })}</label>
                          <input id={`${id}-child-${child.key}-name`} maxLength={120} value={child.name} onChange={(event) => update({ name: event.target.value })} />
                        </div>
                        <div className="field">
                          <label htmlFor={`${id}-child-${child.key}-birth`}>{t('simulasi.benefit.childBirthDate', { n: index + 1 })}</label>
                          <input
                            id={`${id}-child-${child.key}-birth`}
                            type="date"
                            className="input-short"
                            max={today}
                            value={child.birthDate}
                            onChange={(event) => update({ birthDate: event.target.value })}
                          />
                        </div>
                        <div className="field">
                          <label htmlFor={`${id}-child-${child.key}-level`}>{t('simulasi.benefit.childLevel', { n: index + 1 })}</label>
                          <select id={`${id}-child-${child.key}-level`} value={child.level} onChange={(event) => isChildLevel(event.target.value) && update({ level: event.target.value })}>
                            {CHILD_LEVELS.map((level) => (
                              <option key={level} value={level}>
                                {t(`simulasi.levels.${level}`)}
                              </option>
                            ))}
                          </select>
                        </div>
                      </div>
                      <button type="button" className="link-button child-remove" onClick={() => setChildren((list) => list.filter((c) => c.key !== child.key))}>
                        {t('simulasi.benefit.childRemove')}
                      </button>
                    </li>
                  );
                })}
              </ol>
              {children.length < 10 ? (
                <button
                  type="button"
                  className="button button-secondary button-small claim-add"
                  data-testid="claim-child-add"
                  onClick={() => setChildren((list) => [...list, { key: newKey(), name: '', birthDate: '', level: 'SD' }])}
                >
                  {t('simulasi.benefit.childAdd')}
                </button>
              ) : null}
            </fieldset>
          ) : null}

          {type === 'JKK_TEMPORARY_INCAPACITY' ? (
            <div className="field">
              <label htmlFor={`${id}-incapacity`}>{t('simulasi.benefit.incapacityMonths')}</label>
              <input
                id={`${id}-incapacity`}
                data-testid="claim-incapacity"
                className="input-short"
                inputMode="numeric"
                value={incapacityMonths}
                onChange={(event) => setIncapacityMonths(event.target.value)}
                aria-invalid={Boolean(problems.incapacityMonths)}
                aria-describedby={describedBy(`${id}-incapacity-hint`, problems.incapacityMonths && `${id}-incapacity-problem`)}
              />
              <p className="hint" id={`${id}-incapacity-hint`}>
                {t('simulasi.benefit.incapacityHint')}
              </p>
              {problems.incapacityMonths ? (
                <p className="field-error" id={`${id}-incapacity-problem`}>
                  {problems.incapacityMonths}
                </p>
              ) : null}
            </div>
          ) : null}

          {type === 'JKK_PARTIAL_DISABILITY' ? (
            <div className="field">
              <label htmlFor={`${id}-percent`}>{t('simulasi.benefit.disabilityPercent')}</label>
              <div className="input-affix input-affix-end input-short">
                <input
                  id={`${id}-percent`}
                  data-testid="claim-disability-percent"
                  inputMode="decimal"
                  value={disabilityPercent}
                  onChange={(event) => setDisabilityPercent(event.target.value)}
                  aria-invalid={Boolean(problems.disabilityPercent)}
                  aria-describedby={describedBy(`${id}-percent-hint`, problems.disabilityPercent && `${id}-percent-problem`)}
                />
                <span className="input-affix-text" aria-hidden="true">
                  %
                </span>
              </div>
              <p className="hint" id={`${id}-percent-hint`}>
                {t('simulasi.benefit.disabilityPercentHint')}
              </p>
              {problems.disabilityPercent ? (
                <p className="field-error" id={`${id}-percent-problem`}>
                  {problems.disabilityPercent}
                </p>
              ) : null}
            </div>
          ) : null}

          {type !== 'JKM' ? (
            <fieldset className="field">
              <legend>{t('simulasi.benefit.costsTitle')}</legend>
              <p className="hint">{t('simulasi.benefit.costsHint')}</p>
              <div className="form-grid">
                {COST_KEYS.map((key) => (
                  <div className="field" key={key}>
                    <label htmlFor={`${id}-cost-${key}`}>{t(`simulasi.benefit.costs.${key}`)}</label>
                    <MoneyInput
                      id={`${id}-cost-${key}`}
                      testId={`claim-cost-${key}`}
                      value={costs[key]}
                      onChange={(value) => setCosts((all) => ({ ...all, [key]: value }))}
                      isInvalid={Boolean(problems.costs) && costs[key] !== ''}
                    />
                  </div>
                ))}
              </div>
              {problems.costs ? <p className="field-error">{problems.costs}</p> : null}
            </fieldset>
          ) : null}
        </section>

        <section className="card form" aria-labelledby={`${id}-claimants`}>
          <h2 id={`${id}-claimants`}>{t('claims.new.claimantsTitle')}</h2>
          <p className="hint">{isDeath ? t('claims.new.claimantsHintDeath') : t('claims.new.claimantsHintJkk')}</p>
          {claimants.map((claimant, index) => (
            <ClaimantFields
              key={claimant.key}
              draft={claimant}
              testId={`claimant-${index}`}
              legend={isDeath ? t('claims.claimant.legend', { n: index + 1 }) : t('claims.claimant.legendOne')}
              problems={problems.claimants[claimant.key] ?? {}}
              onChange={(draft) => setClaimants((list) => list.map((c) => (c.key === claimant.key ? draft : c)))}
              aside={
                claimants.length > 1 ? (
                  <button type="button" className="link-button claimant-remove" onClick={() => setClaimants((list) => list.filter((c) => c.key !== claimant.key))}>
                    {t('claims.claimant.remove')}
                  </button>
                ) : null
              }
            />
          ))}
          {claimants.length < 20 ? (
            <button type="button" className="button button-secondary button-small" data-testid="claimant-add" onClick={() => setClaimants((list) => [...list, emptyClaimant(newKey())])}>
              {t('claims.claimant.add')}
            </button>
          ) : null}
        </section>

        {hasProblems(problems) ? (
          <p className="notice notice-error" role="alert" data-testid="new-claim-problems">
            {t('claims.new.fixFirst')}
          </p>
        ) : null}
        {open.isError ? serverIssues && serverIssues.length > 0 && serverIssues[0]?.field !== null ? (
          <IssueSummary issues={serverIssues} error={open.error} testId="new-claim-error" />
        ) : (
          <ClaimErrorNotice error={open.error} testId="new-claim-error" />
        ) : null}
        <div className="form-actions">
          <button type="submit" className="button button-primary" data-testid="new-claim-submit" disabled={open.isPending}>
            {open.isPending ? t('claims.new.submitting') : t('claims.new.submit')}
          </button>
        </div>
      </form>
    </div>
  );
}

/** /claims/new: pick the worker, the event and its date (coverage checked live), details, heirs. */
export function NewClaimPage({ workerId }: { workerId?: string | undefined }) {
  return (
    <RoleGate roles={CLAIM_ROLES}>
      <NewClaimContent workerId={workerId} />
    </RoleGate>
  );
}
