import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime, formatMonth, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { isPaymentMethod } from '../donations/labels';
import { DonationStatusBadge, monthsText, periodText } from '../donations/parts';
import { PageFrame } from '../shell/PageFrame';
import { describedBy } from '../simulasi/fields';
import { IssueSummary, issuesOf } from '../simulasi/issues';
import {
  forgetSelfPay,
  rememberedSelfPay,
  rememberSelfPay,
  useSelfPayLookup,
  useStartSelfPayment,
  type SelfPayMethod,
  type SelfPayView,
} from './api';
import { isRateLimited } from './CekPage';
import { CoverageBadge } from './parts';

/** "LM" and ten digits (nine and a check digit), as printed in the reminder. */
const CODE_SHAPE = /^LM\d{10}$/;
/** After the gateway, the page asks again a few times while the payment is being recorded. */
const POLL_MS = 4_000;
const MAX_POLLS = 5;
const SELF_PAY_METHODS: readonly SelfPayMethod[] = ['simulator', 'midtrans', 'xendit'];

function normalizeCode(text: string): string {
  return text.replace(/[\s.-]/g, '').toUpperCase();
}

function isSelfPayMethod(value: string): value is SelfPayMethod {
  return SELF_PAY_METHODS.some((method) => method === value);
}

/** Back from the gateway: what became of the payment. */
function PaymentResult({ view }: { view: SelfPayView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const payment = view.lastPayment;
  if (!payment) return null;
  const values = { number: payment.number, amount: formatRupiah(payment.amount) };
  let kind = 'notice notice-warn';
  let text = t('coverage.mandiri.resultFailed', values);
  if (payment.status === 'allocated') {
    kind = 'notice notice-success';
    text = view.protectedUntil ? t('coverage.mandiri.resultDone', { ...values, date: formatDate(view.protectedUntil, lang) }) : t('coverage.mandiri.resultDoneNoDate', values);
  } else if (payment.status === 'paid') {
    kind = 'notice notice-info';
    text = t('coverage.mandiri.resultPaid', values);
  } else if (payment.status === 'awaiting_payment') {
    kind = 'notice notice-info';
    text = t('coverage.mandiri.resultWaiting', values);
  }
  return (
    <div className={kind} role="status" data-testid="mandiri-result" data-status={payment.status}>
      <p className="notice-title">{t('coverage.mandiri.resultTitle')}</p>
      <p>{text}</p>
    </div>
  );
}

type PayFormProps = { code: string; view: SelfPayView };

/** How many months, and how to pay; the gateway takes over from there. */
function PayForm({ code, view }: PayFormProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const id = useId();
  const methods = view.methods.filter(isSelfPayMethod);
  const [months, setMonths] = useState(view.options[0]?.months ?? 1);
  const [method, setMethod] = useState<SelfPayMethod | null>(methods[0] ?? null);
  const [isLeaving, setIsLeaving] = useState(false);
  const [isMissingRedirect, setIsMissingRedirect] = useState(false);
  const start = useStartSelfPayment();
  const chosen = view.options.find((option) => option.months === months) ?? view.options[0];
  const issues = issuesOf(start.error, t('simulasi.form.fieldInvalid')) ?? [];

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!method || !chosen || start.isPending || isLeaving) return;
    setIsMissingRedirect(false);
    start.mutate(
      { code, months: chosen.months, method },
      {
        onSuccess: (answer) => {
          if (!answer.redirectUrl) {
            setIsMissingRedirect(true);
            return;
          }
          // Leaving for the gateway: keep the code for this tab, so the way back shows the result.
          setIsLeaving(true);
          rememberSelfPay(code, answer.orderId);
          window.location.assign(answer.redirectUrl);
        },
      },
    );
  };

  if (view.options.length === 0 || methods.length === 0) return <p className="notice notice-warn">{t('coverage.mandiri.noOptions')}</p>;

  return (
    <form className="card form mandiri-pay" onSubmit={onSubmit} aria-labelledby={`${id}-title`} data-testid="mandiri-pay-form">
      <h2 id={`${id}-title`}>{t('coverage.mandiri.payTitle')}</h2>
      <p className="muted small">{t('coverage.mandiri.payIntro', { month: formatMonth(view.firstMonth, lang) })}</p>
      <fieldset className="choice-list">
        <legend className="visually-hidden">{t('coverage.mandiri.monthsLegend')}</legend>
        {view.options.map((option) => (
          <label key={option.months} className="choice" data-testid={`mandiri-option-${option.months}`}>
            <input type="radio" name={`${id}-months`} value={option.months} checked={option.months === months} onChange={() => setMonths(option.months)} />
            <span>
              <span className="choice-title">
                {monthsText(t, option.months)} · {formatRupiah(option.amount)}
              </span>
              <span className="muted small">{periodText(option.from, option.to, lang)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      {methods.length > 1 ? (
        <fieldset className="choice-list">
          <legend>{t('coverage.mandiri.methodLegend')}</legend>
          {methods.map((option) => (
            <label key={option} className="choice" data-testid={`mandiri-method-${option}`}>
              <input type="radio" name={`${id}-method`} value={option} checked={method === option} onChange={() => setMethod(option)} />
              <span>
                <span className="choice-title">{isPaymentMethod(option) ? t(`donations.methods.${option}`) : option}</span>
                <span className="muted small">{isPaymentMethod(option) ? t(`donations.methodHints.${option}`) : null}</span>
              </span>
            </label>
          ))}
        </fieldset>
      ) : method === 'simulator' ? (
        <p className="muted small">
          <span className="pill pill-warn pill-inline">{t('donations.pay.demo')}</span> {t('donations.methodHints.simulator')}
        </p>
      ) : null}
      {isRateLimited(start.error) ? (
        <p className="notice notice-warn" role="alert">
          {t('coverage.mandiri.rateLimited')}
        </p>
      ) : (
        <IssueSummary issues={issues} error={start.error} testId="mandiri-pay-error" />
      )}
      {isMissingRedirect ? <p className="notice notice-error">{t('coverage.mandiri.noRedirect')}</p> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="mandiri-pay" disabled={start.isPending || isLeaving || !chosen}>
          {isLeaving ? t('donations.pay.leaving') : start.isPending ? t('donations.pay.starting') : t('coverage.mandiri.pay', { amount: chosen ? formatRupiah(chosen.amount) : '' })}
        </button>
      </div>
    </form>
  );
}

function WorkerView({ view }: { view: SelfPayView }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const isLive = view.state === 'ACTIVE' || view.state === 'ARREARS';
  return (
    <section className="card mandiri-view" aria-labelledby="mandiri-view-title" data-testid="mandiri-view" data-state={view.state}>
      <h2 id="mandiri-view-title">{t('coverage.mandiri.viewTitle')}</h2>
      <dl className="facts worker-facts">
        <dt>{t('coverage.check.name')}</dt>
        <dd>
          <code className="nik-masked" data-testid="mandiri-name">
            {view.maskedName}
          </code>
        </dd>
        <dt>{t('workers.fields.regency')}</dt>
        <dd>{view.regency}</dd>
        <dt>{t('coverage.mandiri.state')}</dt>
        <dd>
          <CoverageBadge state={view.state} testId="mandiri-state" />
        </dd>
        <dt>{t('coverage.worker.protectedUntil')}</dt>
        <dd data-testid="mandiri-until">{view.protectedUntil ? formatDate(view.protectedUntil, lang) : '—'}</dd>
        {view.endsOn ? (
          <>
            <dt>{isLive ? t('coverage.worker.endsIfUnpaid') : t('coverage.worker.endedOn')}</dt>
            <dd>{formatDate(view.endsOn, lang)}</dd>
          </>
        ) : null}
        {view.lastPayment ? (
          <>
            <dt>{t('coverage.mandiri.lastPayment')}</dt>
            <dd data-testid="mandiri-last-payment">
              <span className="cell-strong">
                {view.lastPayment.number} · {formatRupiah(view.lastPayment.amount)}
              </span>
              <DonationStatusBadge status={view.lastPayment.status} testId="mandiri-last-status" />
              <span className="cell-sub">{formatDateTime(view.lastPayment.createdAt, lang)}</span>
            </dd>
          </>
        ) : null}
      </dl>
      {view.state === 'ARREARS' ? <p className="small">{t('coverage.mandiri.arrearsNote')}</p> : null}
      {view.state === 'ENDED' || view.state === 'NONE' ? <p className="small">{t('coverage.mandiri.restartNote')}</p> : null}
    </section>
  );
}

function MandiriContent() {
  const { t } = useTranslation();
  const id = useId();
  // Back from the gateway in this tab: the code is remembered, the result is looked up at once.
  const [remembered] = useState(() => rememberedSelfPay());
  const [text, setText] = useState(remembered?.code ?? '');
  const [code, setCode] = useState<string | null>(null);
  const [view, setView] = useState<SelfPayView | null>(null);
  const [isReturning, setIsReturning] = useState(remembered?.orderId != null);
  const [shapeProblem, setShapeProblem] = useState<string | null>(null);
  const [polls, setPolls] = useState(0);
  const lookup = useSelfPayLookup();
  const isStarted = useRef(false);

  const ask = (value: string) => {
    lookup.mutate(value, {
      onSuccess: (answer) => {
        setCode(value);
        setView(answer);
      },
    });
  };

  useEffect(() => {
    if (isStarted.current || !remembered) return;
    isStarted.current = true;
    ask(remembered.code);
  }, []);

  // While the payment is still on its way, ask again a few times (the public door allows only a few a minute).
  const status = view?.lastPayment?.status;
  const isOnItsWay = isReturning && (status === 'awaiting_payment' || status === 'paid');
  useEffect(() => {
    if (!isOnItsWay || !code || polls >= MAX_POLLS) return;
    const timer = window.setTimeout(() => {
      setPolls((n) => n + 1);
      ask(code);
    }, POLL_MS);
    return () => window.clearTimeout(timer);
  }, [isOnItsWay, code, polls]);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (lookup.isPending) return;
    const value = normalizeCode(text);
    if (!CODE_SHAPE.test(value)) {
      setShapeProblem(value.length === 0 ? t('coverage.mandiri.codeRequired') : t('coverage.mandiri.codeShape'));
      return;
    }
    setShapeProblem(null);
    setIsReturning(false);
    setPolls(0);
    setView(null);
    ask(value);
  };

  const onChangeCode = () => {
    forgetSelfPay();
    setText('');
    setCode(null);
    setView(null);
    setIsReturning(false);
    lookup.reset();
  };

  return (
    <>
      {view && code ? (
        <div className="mandiri-code-line">
          <p>
            {t('coverage.mandiri.codeShown')} <code data-testid="mandiri-code-shown">{code}</code>
          </p>
          <button type="button" className="button button-secondary button-small" data-testid="mandiri-change" onClick={onChangeCode}>
            {t('coverage.mandiri.changeCode')}
          </button>
        </div>
      ) : (
        <form className="card form mandiri-code" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="mandiri-code-form">
          <h2 id={`${id}-title`}>{t('coverage.mandiri.codeTitle')}</h2>
          <div className="field">
            <label htmlFor={`${id}-code`}>{t('coverage.mandiri.code')}</label>
            <div className="search-row">
              <input
                id={`${id}-code`}
                data-testid="mandiri-code"
                className="input-mono"
                autoComplete="off"
                autoCapitalize="characters"
                spellCheck={false}
                maxLength={20}
                placeholder="LM1234567890"
                value={text}
                onChange={(event) => setText(event.target.value)}
                aria-invalid={Boolean(shapeProblem) || lookup.isError}
                aria-describedby={describedBy(`${id}-hint`, shapeProblem && `${id}-problem`)}
              />
              <button type="submit" className="button button-primary" data-testid="mandiri-lookup" disabled={lookup.isPending}>
                {lookup.isPending ? t('coverage.mandiri.looking') : t('coverage.mandiri.lookup')}
              </button>
            </div>
            <p className="hint" id={`${id}-hint`}>
              {t('coverage.mandiri.codeHint')}
            </p>
            {shapeProblem ? (
              <p className="field-error" id={`${id}-problem`} data-testid="mandiri-code-problem">
                {shapeProblem}
              </p>
            ) : null}
          </div>
          {lookup.isError && isRateLimited(lookup.error) ? (
            <p className="notice notice-warn" role="alert" data-testid="mandiri-error">
              {t('coverage.mandiri.rateLimited')}
            </p>
          ) : lookup.isError ? (
            <ErrorNotice error={lookup.error} testId="mandiri-error" />
          ) : null}
        </form>
      )}
      {view && isReturning ? <PaymentResult view={view} /> : null}
      {view && code ? (
        <div className="mandiri-columns">
          <WorkerView view={view} />
          {/* Money received and being recorded: no second payment until it is. */}
          {view.lastPayment?.status === 'paid' ? null : <PayForm key={`${code}-${view.firstMonth}`} code={code} view={view} />}
        </div>
      ) : null}
    </>
  );
}

/** Public: "Lanjut mandiri" — a worker whose sponsorship ends continues alone with a personal code. */
export function MandiriPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coverage.mandiri.title'));
  return (
    <PageFrame>
      <div className="page mandiri-page" data-testid="mandiri-page">
        <header className="page-head">
          <p className="eyebrow">{t('coverage.publicEyebrow')}</p>
          <h1 data-testid="mandiri-title">{t('coverage.mandiri.title')}</h1>
          <p className="lead">{t('coverage.mandiri.lead')}</p>
        </header>
        <MandiriContent />
      </div>
    </PageFrame>
  );
}
