import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { DONATION_ROLES, isMoneyDesk } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatRupiah } from '../../lib/format';
import { useDebounced, useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { donorOrgListQuery } from '../donors/api';
import { rulesQuery } from '../simulasi/api';
import { IssueSummary, type Issue } from '../simulasi/issues';
import { occupationName } from '../simulasi/labels';
import { availabilityQuery, donationOptionsQuery, useCreateDonation } from './api';
import { useIdempotencyKey } from './idempotency';
import { BackToDonations, monthsText, periodText, programsText, RegionName, workersText } from './parts';
import {
  addMonths,
  availabilityParams,
  cohortCount,
  donationBody,
  emptyDraft,
  hasRegion,
  quoteBody,
  STEPS,
  workerCount,
  type Draft,
  type Step,
} from './wizard/draft';
import { donationIssues, stepOf } from './wizard/issues';
import { ProgrammeStep } from './wizard/ProgrammeStep';
import { InlineTotal, QuotePanel } from './wizard/QuotePanel';
import { AvailabilityLine, WhoStep } from './wizard/WhoStep';

function Steps({ current }: { current: Step }) {
  const { t } = useTranslation();
  return (
    <ol className="steps" aria-label={t('donations.wizard.stepsLabel')} data-testid="wizard-steps">
      {STEPS.map((step) => (
        <li key={step} className={step < current ? 'step is-done' : step === current ? 'step is-current' : 'step'} aria-current={step === current ? 'step' : undefined}>
          <span className="step-number" aria-hidden="true">
            {step < current ? '✓' : step}
          </span>
          <span>{t(`donations.wizard.steps.step${step}`)}</span>
        </li>
      ))}
    </ol>
  );
}

type ReviewProps = { draft: Draft; user: Me; isDesk: boolean };

/** Step 3: every choice in one place before the invoice is made. */
function Review({ draft, user, isDesk }: ReviewProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const orgs = useQuery({ ...donorOrgListQuery(''), enabled: isDesk });
  const rules = useQuery(rulesQuery);
  const donorName = isDesk ? (orgs.data?.items.find((org) => org.id === draft.donorOrgId)?.displayName ?? '…') : (user.donorOrg?.displayName ?? '');
  const count = workerCount(draft) ?? 0;
  const occupations = (rules.data?.occupations ?? []).filter((item) => draft.occupations.includes(item.code));
  return (
    <dl className="facts review-facts" data-testid="wizard-review">
      <dt>{t('donations.detail.donor')}</dt>
      <dd data-testid="review-donor">{donorName}</dd>
      <dt>{t('donations.detail.workers')}</dt>
      <dd data-testid="review-workers">
        {draft.kind === 'cohort' ? (
          <>
            {t('donations.wizard.reviewCohort', { workers: workersText(t, count, lang) })} <RegionName code={draft.regionCode} />
            <span className="cell-sub">
              {occupations.length === 0
                ? t('donations.wizard.occupationsAll')
                : occupations.map((item) => occupationName(item, lang)).join(', ')}
            </span>
          </>
        ) : (
          t('donations.wizard.reviewList', { workers: workersText(t, count, lang) })
        )}
      </dd>
      <dt>{t('donations.detail.programs')}</dt>
      <dd>{programsText(draft.hasJht ? ['JKK', 'JKM', 'JHT'] : ['JKK', 'JKM'])}</dd>
      <dt>{t('donations.detail.income')}</dt>
      <dd>{formatRupiah(draft.income)}</dd>
      <dt>{t('donations.detail.period')}</dt>
      <dd data-testid="review-period">
        {periodText(draft.startMonth, addMonths(draft.startMonth, draft.months - 1), lang)} ({monthsText(t, draft.months)})
      </dd>
    </dl>
  );
}

type WizardProps = { user: Me; donor: string | undefined };

function Wizard({ user, donor }: WizardProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const isDesk = isMoneyDesk(user.role);
  const options = useQuery(donationOptionsQuery(i18n.language));
  const create = useCreateDonation();
  const idempotency = useIdempotencyKey('donation');
  const onlyScope = user.regionScopes.length === 1 ? (user.regionScopes[0]?.code ?? '') : '';
  const [draft, setDraft] = useState<Draft>(() => emptyDraft({ donorOrgId: isDesk ? (donor ?? '') : '', regionCode: isDesk ? onlyScope : '' }));
  const [step, setStep] = useState<Step>(1);
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const firstMonth = options.data?.firstMonth ?? '';

  // The first payable month comes from the server (Jakarta time): it is the default start.
  useEffect(() => {
    if (firstMonth) setDraft((current) => (current.startMonth && current.startMonth >= firstMonth ? current : { ...current, startMonth: firstMonth }));
  }, [firstMonth]);

  // A new step moves focus to its heading, so keyboard and screen-reader users start at its top.
  const shownStep = useRef(step);
  useEffect(() => {
    if (shownStep.current === step) return;
    shownStep.current = step;
    headingRef.current?.focus();
  }, [step]);

  // Typing the number asks the server once the typing stops, not on every key.
  const settled = useDebounced(draft, 350);
  const wanted = cohortCount(settled);
  const availabilityQuestion = availabilityParams(settled, wanted);
  const availability = useQuery({
    ...availabilityQuery(availabilityQuestion ?? { regionCode: '', months: '', startMonth: '', want: '' }),
    enabled: availabilityQuestion !== null,
  });
  const isShort = availabilityQuestion !== null && availability.data !== undefined && !availability.isFetching && availability.data.available < availability.data.want;

  const serverIssues = donationIssues(create.error, t);
  const issues = localIssues.length > 0 ? localIssues : serverIssues;
  const change = (patch: Partial<Draft>) => {
    setDraft((current) => ({ ...current, ...patch }));
    setLocalIssues([]);
  };

  /** Only the first step can be incomplete: the others offer choices, never empty fields. */
  const whoProblems = (): Issue[] => {
    const problems: Issue[] = [];
    if (isDesk && !draft.donorOrgId) problems.push({ field: 'donorOrgId', message: t('donations.wizard.donorRequired') });
    if (draft.kind === 'list') {
      if (draft.workers.length === 0) problems.push({ field: 'selection.workerIds', message: t('donations.wizard.workersRequired') });
      return problems;
    }
    if (!hasRegion(draft)) problems.push({ field: 'selection.regionCode', message: t('donations.wizard.regionRequired') });
    if (cohortCount(draft) === null) problems.push({ field: 'selection.count', message: t('donations.wizard.countRequired') });
    else if (isShort && availability.data) {
      problems.push({ field: 'selection.count', message: t('donations.wizard.notEnough', { available: availability.data.available, requested: availability.data.want }) });
    }
    return problems;
  };

  const goTo = (target: Step) => {
    if (target > step) {
      const problems = whoProblems();
      setLocalIssues(problems);
      if (problems.length > 0) return;
    } else {
      setLocalIssues([]);
    }
    setStep(target);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step < 3) {
      goTo((step + 1) as Step);
      return;
    }
    if (create.isPending) return;
    const problems = whoProblems();
    setLocalIssues(problems);
    if (problems.length > 0) {
      setStep(1);
      return;
    }
    const body = donationBody(draft, { isDesk });
    create.mutate(
      { body, key: idempotency.keyFor(body) },
      {
        onSuccess: (donation) => void navigate({ to: '/donations/$id', params: { id: donation.id }, search: { created: true } }),
        onError: (error) => idempotency.settle(error),
      },
    );
  };

  if (options.isPending) return <Loading />;
  if (options.isError) return <ErrorNotice error={options.error} onRetry={() => void options.refetch()} />;

  const issueSteps = [...new Set(issues.map((issue) => stepOf(issue.field)).filter((value): value is Step => value !== null && value !== step))];

  return (
    <div className="wizard-layout">
      <form className="card form wizard-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="wizard" data-step={step}>
        <Steps current={step} />
        <h2 id={`${id}-title`} ref={headingRef} tabIndex={-1}>
          {t(`donations.wizard.steps.step${step}`)}
        </h2>
        <p className="muted small">{t(`donations.wizard.intro.step${step}`)}</p>

        {step === 1 ? (
          <WhoStep
            draft={draft}
            onChange={change}
            issues={issues}
            idPrefix={id}
            user={user}
            isDesk={isDesk}
            ruleText={options.data.cohortRule.text}
            availability={availability}
            wanted={availabilityQuestion ? wanted : null}
          />
        ) : null}
        {step === 2 ? <ProgrammeStep draft={draft} onChange={change} issues={issues} idPrefix={id} firstMonth={firstMonth} /> : null}
        {step === 3 ? (
          <>
            <Review draft={draft} user={user} isDesk={isDesk} />
            {draft.kind === 'cohort' ? (
              <div className="field review-availability">
                <AvailabilityLine id={`${id}-review-availability`} availability={availability} wanted={availabilityQuestion ? wanted : null} />
                <p className="muted small">{t('donations.wizard.reviewRule', { rule: options.data.cohortRule.text })}</p>
              </div>
            ) : null}
            <p className="small">{t('donations.wizard.reviewNext', { days: 7 })}</p>
          </>
        ) : null}

        <IssueSummary issues={issues} error={create.error} testId="wizard-error" />
        {issueSteps.length > 0 ? (
          <p className="small">
            {issueSteps.map((target) => (
              <button key={target} type="button" className="link-button" onClick={() => setStep(target)}>
                {t('donations.wizard.backToStep', { step: t(`donations.wizard.steps.step${target}`) })}
              </button>
            ))}
          </p>
        ) : null}

        <InlineTotal body={quoteBody(settled, workerCount(settled))} />
        <div className="form-actions wizard-actions">
          {step > 1 ? (
            <button type="button" className="button button-secondary" data-testid="wizard-back" onClick={() => goTo((step - 1) as Step)}>
              {t('donations.wizard.back')}
            </button>
          ) : (
            <Link to="/donations" className="button button-secondary">
              {t('donations.wizard.cancel')}
            </Link>
          )}
          {step < 3 ? (
            <button type="submit" className="button button-primary" data-testid="wizard-next">
              {t('donations.wizard.next')}
            </button>
          ) : (
            <button type="submit" className="button button-primary" data-testid="wizard-submit" disabled={create.isPending || isShort}>
              {create.isPending ? t('donations.wizard.submitting') : t('donations.wizard.submit')}
            </button>
          )}
        </div>
      </form>

      <aside className="wizard-aside" aria-label={t('donations.wizard.quoteTitle')}>
        <QuotePanel body={quoteBody(settled, workerCount(settled))} isList={draft.kind === 'list'} />
      </aside>
    </div>
  );
}

/** A new donation in three steps: who to protect, for which programmes and how long, then confirm. */
export function NewDonationPage({ donor }: { donor?: string }) {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('donations.wizard.title'));
  return (
    <RoleGate roles={DONATION_ROLES}>
      <div className="page donation-new">
        <BackToDonations />
        <header className="page-head">
          <p className="eyebrow">{t('nav.donations')}</p>
          <h1 data-testid="wizard-title">{t('donations.wizard.title')}</h1>
          <p className="lead">{user?.role === 'donor' ? t('donations.wizard.leadDonor') : t('donations.wizard.leadDesk')}</p>
        </header>
        {user ? <Wizard user={user} donor={donor} /> : null}
      </div>
    </RoleGate>
  );
}
