import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { RoleGate } from '../common/RoleGate';
import { useIdempotencyKey } from '../donations/idempotency';
import { describedBy, MoneyInput } from '../simulasi/fields';
import { FieldIssues, IssueSummary, issuesFor, issuesOf, type Issue } from '../simulasi/issues';
import { groupAmount, toDecimalString } from '../simulasi/input';
import { usePoolGift } from './api';
import { PoolCard } from './PoolCard';

/** One worker for one month, a year, and a year for five: the gifts people think in. */
const SUGGESTIONS = [
  { amount: '16800', key: 'suggest0' },
  { amount: '201600', key: 'suggest1' },
  { amount: '1008000', key: 'suggest2' },
] as const;
const MIN_GIFT = SUGGESTIONS[0].amount;

function GiftForm() {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const gift = usePoolGift();
  const idempotency = useIdempotencyKey('pool');
  const [amount, setAmount] = useState('');
  const [localIssues, setLocalIssues] = useState<Issue[]>([]);
  const serverIssues = issuesOf(gift.error, t('simulasi.form.fieldInvalid')) ?? [];
  const issues = localIssues.length > 0 ? localIssues : serverIssues;
  const hasAmountIssue = issuesFor(issues, 'amount').length > 0;

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (gift.isPending) return;
    const value = toDecimalString(amount);
    if (value === '') {
      setLocalIssues([{ field: 'amount', message: t('coverage.gift.amountRequired') }]);
      return;
    }
    setLocalIssues([]);
    // Whether it is enough is the server's rule (AMOUNT_TOO_SMALL, worded in the user's language).
    gift.mutate(
      { amount: value, key: idempotency.keyFor({ amount: value }) },
      {
        onSuccess: (donation) => void navigate({ to: '/donations/$id', params: { id: donation.id }, search: { created: true } }),
        onError: (error) => idempotency.settle(error),
      },
    );
  };

  return (
    <form className="card form gift-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="gift-form">
      <h2 id={`${id}-title`}>{t('coverage.gift.formTitle')}</h2>
      <p className="muted small">{t('coverage.gift.formIntro', { min: formatRupiah(MIN_GIFT) })}</p>
      <div className="field">
        <label htmlFor={`${id}-amount`}>{t('coverage.gift.amount')}</label>
        <MoneyInput
          id={`${id}-amount`}
          value={amount}
          onChange={setAmount}
          isInvalid={hasAmountIssue}
          describedBy={describedBy(`${id}-hint`, hasAmountIssue && `${id}-issue`)}
          testId="gift-amount"
          placeholder="201.600"
        />
        <p className="hint" id={`${id}-hint`}>
          {t('coverage.gift.amountHint')}
        </p>
        <FieldIssues issues={issues} field="amount" id={`${id}-issue`} />
      </div>
      <div className="chips-row" role="group" aria-label={t('coverage.gift.suggestions')}>
        {SUGGESTIONS.map((suggestion) => (
          <button
            key={suggestion.key}
            type="button"
            className="button button-secondary button-small"
            data-testid={`gift-${suggestion.key}`}
            onClick={() => setAmount(groupAmount(suggestion.amount))}
          >
            {t(`coverage.gift.${suggestion.key}`, { amount: formatRupiah(suggestion.amount) })}
          </button>
        ))}
      </div>
      {localIssues.length === 0 ? <IssueSummary issues={serverIssues.filter((issue) => issue.field !== 'amount')} error={serverIssues.length > 0 ? null : gift.error} testId="gift-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="gift-submit" disabled={gift.isPending}>
          {gift.isPending ? t('coverage.gift.submitting') : t('coverage.gift.submit')}
        </button>
        <Link to="/coverage" className="button button-secondary">
          {t('coverage.gift.cancel')}
        </Link>
      </div>
      <p className="muted small">{t('coverage.gift.after')}</p>
    </form>
  );
}

/** A gift to the continuity pool: the invoice is made here, then paid like any donation. */
export function PoolGiftPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('coverage.gift.title'));
  return (
    <RoleGate roles={['donor']}>
      <div className="page pool-gift-page" data-testid="pool-gift-page">
        <p className="back-link">
          <Link to="/coverage">← {t('coverage.backToOverview')}</Link>
        </p>
        <header className="page-head">
          <p className="eyebrow">{t('nav.coverage')}</p>
          <h1>{t('coverage.gift.title')}</h1>
          <p className="lead">{t('coverage.gift.lead')}</p>
        </header>
        <div className="gift-columns">
          <GiftForm />
          <PoolCard isCompact />
        </div>
      </div>
    </RoleGate>
  );
}
