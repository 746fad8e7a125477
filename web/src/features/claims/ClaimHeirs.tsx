import { useEffect, useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { formatDateTime, formatRupiah } from '../../lib/format';
import { describedBy } from '../simulasi/fields';
import { useAddClaimant, useChangeBankAccount, useRevealAccount, type Claim, type Claimant } from './api';
import { claimantBody, ClaimantFields, claimantProblems, emptyClaimant, type ClaimantProblems } from './ClaimantFields';
import { isDeathClaim, relationshipName } from './labels';
import { ClaimErrorNotice } from './parts';

const SHOW_SECONDS = 60;
const ACCOUNT = /^\d{6,20}$/;

type PanelProps = { claim: Claim; claimant: Claimant; onDone: (message: string) => void; onClose: () => void };

/** A new payout account, only with the officer's password again (the payout is then held 24 hours). */
function BankChangeForm({ claim, claimant, onDone, onClose }: PanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const change = useChangeBankAccount(claim.id, claimant.id);
  // The first account given is not a change: no hold (service.ts changePayoutAccount).
  const isFirst = claimant.bankAccountMasked === null;
  const [bankName, setBankName] = useState(claimant.bankName ?? '');
  const [bankAccount, setBankAccount] = useState('');
  const [holder, setHolder] = useState(claimant.bankAccountHolder ?? claimant.fullName);
  const [password, setPassword] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (change.isPending) return;
    const digits = bankAccount.replace(/[\s.-]/g, '');
    if (bankName.trim().length < 2 || !ACCOUNT.test(digits) || holder.trim().length < 2) return setProblem(t('claims.bank.fieldsRequired'));
    if (!password) return setProblem(t('claims.bank.passwordRequired'));
    setProblem(null);
    change.mutate(
      { password, bankName: bankName.trim(), bankAccount: digits, bankAccountHolder: holder.trim() },
      {
        onSuccess: () => onDone(isFirst ? t('claims.bank.saved', { name: claimant.fullName }) : t('claims.bank.changed', { name: claimant.fullName })),
        onError: () => setPassword(''),
      },
    );
  };
  const isReauthFailed = isApiError(change.error) && change.error.code === 'REAUTH_FAILED';

  return (
    <form className="claim-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="bank-change-form">
      <h3 id={`${id}-title`}>{isFirst ? t('claims.bank.addTitle', { name: claimant.fullName }) : t('claims.bank.changeTitle', { name: claimant.fullName })}</h3>
      <p className="small">{isFirst ? t('claims.bank.addIntro') : t('claims.bank.changeIntro')}</p>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-bank`}>{t('claims.claimant.bankName')}</label>
          <input id={`${id}-bank`} data-testid="bank-change-bank" autoComplete="off" maxLength={60} value={bankName} onChange={(event) => setBankName(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-account`}>{t('claims.claimant.bankAccount')}</label>
          <input
            id={`${id}-account`}
            data-testid="bank-change-account"
            className="input-mono"
            inputMode="numeric"
            autoComplete="off"
            maxLength={30}
            value={bankAccount}
            onChange={(event) => setBankAccount(event.target.value)}
          />
        </div>
        <div className="field">
          <label htmlFor={`${id}-holder`}>{t('claims.claimant.bankAccountHolder')}</label>
          <input id={`${id}-holder`} data-testid="bank-change-holder" autoComplete="off" maxLength={120} value={holder} onChange={(event) => setHolder(event.target.value)} />
        </div>
        <div className="field">
          <label htmlFor={`${id}-password`}>{t('claims.bank.password')}</label>
          <input
            id={`${id}-password`}
            data-testid="bank-change-password"
            type="password"
            autoComplete="current-password"
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            aria-invalid={isReauthFailed}
            aria-describedby={describedBy(isReauthFailed && `${id}-reauth`)}
          />
          {isReauthFailed ? (
            <p className="field-error" id={`${id}-reauth`} data-testid="bank-change-reauth-failed">
              {t('claims.bank.reauthFailed')}
            </p>
          ) : null}
        </div>
      </div>
      {problem ? (
        <p className="field-error" role="alert">
          {problem}
        </p>
      ) : null}
      {change.isError && !isReauthFailed ? <ClaimErrorNotice error={change.error} testId="bank-change-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="bank-change-submit" disabled={change.isPending}>
          {change.isPending ? t('claims.bank.saving') : t('claims.bank.save')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('claims.bank.cancel')}
        </button>
      </div>
    </form>
  );
}

/** The full account number for the transfer, with a recorded reason; shown for a minute. */
function RevealAccount({ claim, claimant, onClose }: Omit<PanelProps, 'onDone'>) {
  const { t } = useTranslation();
  const id = useId();
  const reveal = useRevealAccount(claim.id, claimant.id);
  const [reason, setReason] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [secondsLeft, setSecondsLeft] = useState(SHOW_SECONDS);
  const revealed = reveal.data;
  const { reset } = reveal;

  useEffect(() => {
    if (!revealed) return;
    setSecondsLeft(SHOW_SECONDS);
    const timer = window.setInterval(() => setSecondsLeft((left) => left - 1), 1000);
    return () => window.clearInterval(timer);
  }, [revealed]);

  useEffect(() => {
    if (revealed && secondsLeft <= 0) {
      reset();
      onClose();
    }
  }, [revealed, secondsLeft, reset, onClose]);

  if (revealed) {
    return (
      <div className="claim-panel reveal-shown" data-testid="bank-revealed">
        <h3>{t('claims.bank.revealTitle', { name: claimant.fullName })}</h3>
        <dl className="facts claim-facts">
          <dt>{t('claims.claimant.bankName')}</dt>
          <dd>{revealed.bankName ?? t('claims.none')}</dd>
          <dt>{t('claims.bank.shown')}</dt>
          <dd>
            <code className="nik-full" data-testid="bank-revealed-number">
              {revealed.bankAccount}
            </code>
          </dd>
          <dt>{t('claims.claimant.bankAccountHolder')}</dt>
          <dd>{revealed.bankAccountHolder ?? t('claims.none')}</dd>
        </dl>
        <p className="small">{t('claims.bank.recorded')}</p>
        <p className="muted small" aria-live="off">
          {t('claims.bank.hidesIn', { n: Math.max(secondsLeft, 0) })}
        </p>
        <button
          type="button"
          className="button button-secondary"
          onClick={() => {
            reset();
            onClose();
          }}
        >
          {t('claims.bank.hide')}
        </button>
      </div>
    );
  }

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (reveal.isPending) return;
    if (reason.trim().length < 5) return setProblem(t('claims.bank.reasonRequired'));
    setProblem(null);
    reveal.mutate(reason.trim());
  };

  return (
    <form className="claim-panel" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="bank-reveal-form">
      <h3 id={`${id}-title`}>{t('claims.bank.revealTitle', { name: claimant.fullName })}</h3>
      <p className="small">{t('claims.bank.revealIntro')}</p>
      <div className="field">
        <label htmlFor={`${id}-reason`}>{t('claims.bank.reason')}</label>
        <input
          id={`${id}-reason`}
          data-testid="bank-reveal-reason"
          autoComplete="off"
          maxLength={300}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
          aria-invalid={Boolean(problem)}
          aria-describedby={describedBy(`${id}-hint`, problem && `${id}-problem`)}
        />
        <p className="hint" id={`${id}-hint`}>
          {t('claims.bank.reasonHint')}
        </p>
        {problem ? (
          <p className="field-error" id={`${id}-problem`}>
            {problem}
          </p>
        ) : null}
      </div>
      {reveal.isError ? <ClaimErrorNotice error={reveal.error} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="bank-reveal-submit" disabled={reveal.isPending}>
          {reveal.isPending ? t('app.loading') : t('claims.bank.revealSubmit')}
        </button>
        <button type="button" className="button button-secondary" onClick={onClose}>
          {t('claims.bank.cancel')}
        </button>
      </div>
    </form>
  );
}

function AddClaimant({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const { t } = useTranslation();
  const add = useAddClaimant(claim.id);
  const [draft, setDraft] = useState(() => emptyClaimant(1));
  const [problems, setProblems] = useState<ClaimantProblems>({});
  const [isOpen, setIsOpen] = useState(false);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (add.isPending) return;
    const found = claimantProblems(t, draft);
    setProblems(found);
    if (Object.keys(found).length > 0) return;
    const name = draft.fullName.trim();
    add.mutate(claimantBody(draft), {
      onSuccess: () => {
        setDraft(emptyClaimant(draft.key + 1));
        setIsOpen(false);
        onDone(t('claims.heirs.added', { name }));
      },
    });
  };

  if (!isOpen) {
    return (
      <button type="button" className="button button-secondary button-small" data-testid="claimant-add-open" onClick={() => setIsOpen(true)}>
        {t('claims.claimant.add')}
      </button>
    );
  }
  return (
    <form className="claim-panel" onSubmit={onSubmit} noValidate data-testid="claimant-add-form">
      <ClaimantFields draft={draft} onChange={setDraft} legend={t('claims.heirs.addTitle')} problems={problems} testId="claimant-new" />
      {add.isError ? <ClaimErrorNotice error={add.error} testId="claimant-add-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="claimant-add-submit" disabled={add.isPending}>
          {add.isPending ? t('claims.heirs.adding') : t('claims.heirs.add')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => setIsOpen(false)}>
          {t('claims.bank.cancel')}
        </button>
      </div>
    </form>
  );
}

type Panel = { claimantId: string; kind: 'change' | 'reveal' } | null;

/** Who reported, in which tier of the legal order, who receives how much, and their payout accounts. */
export function ClaimHeirs({ claim, onDone }: { claim: Claim; onDone: (message: string) => void }) {
  const { t, i18n } = useTranslation();
  const [panel, setPanel] = useState<Panel>(null);
  const isDeath = isDeathClaim(claim.type);
  const heirs = claim.heirs;
  const isOpenForChange = claim.status !== 'paid' && claim.status !== 'rejected';
  const tier = heirs ? Math.min(Math.max(heirs.tier, 1), 6) : null;
  const tierWho = tier ? t(`claims.heirs.tiers.t${tier as 1 | 2 | 3 | 4 | 5 | 6}`) : '';

  return (
    <section className="section card claim-heirs" aria-labelledby="claim-heirs-title" data-testid="claim-heirs">
      <h2 id="claim-heirs-title">{isDeath ? t('claims.heirs.title') : t('claims.heirs.titleJkk')}</h2>
      {isDeath && tier ? <p className="small">{t('claims.heirs.tierLead', { tier, who: tierWho })}</p> : null}
      {!isDeath ? <p className="small">{t('claims.heirs.jkkLead')}</p> : null}
      {claim.claimants.length === 0 ? <p className="empty">{t('claims.heirs.noneYet')}</p> : null}
      <ul className="claimant-list">
        {claim.claimants.map((claimant) => {
          const isExcluded = heirs?.excluded.includes(claimant.id) ?? false;
          const held = claimant.payoutHeldUntil && Date.parse(claimant.payoutHeldUntil) > Date.now() ? claimant.payoutHeldUntil : null;
          return (
            <li key={claimant.id} className="claimant-item" data-testid="claimant-row" data-relationship={claimant.relationship} data-receives={String(claimant.amount !== null)}>
              <div className="claimant-head">
                <span>
                  <span className="cell-strong" data-testid="claimant-row-name">
                    {claimant.fullName}
                  </span>
                  <span className="cell-sub">{relationshipName(t, claimant.relationship)}</span>
                </span>
                {claimant.amount !== null ? (
                  <span className="claimant-amount">
                    <span className="pill pill-ok">{t('claims.heirs.receives')}</span>
                    <strong className="cell-money" data-testid="claimant-row-amount">
                      {formatRupiah(claimant.amount)}
                    </strong>
                  </span>
                ) : (
                  <span className="pill" data-testid="claimant-row-excluded">
                    {isExcluded && tier ? t('claims.heirs.excluded', { tier }) : t('claims.heirs.notRecipient')}
                  </span>
                )}
              </div>
              <p className="small claimant-bank" data-testid="claimant-row-bank">
                {t('claims.heirs.bank')}:{' '}
                {claimant.bankAccountMasked ? (
                  <>
                    {claimant.bankName ?? ''} <code className="nik-masked">{claimant.bankAccountMasked}</code>
                    {claimant.bankAccountHolder ? ` ${t('claims.heirs.holder', { name: claimant.bankAccountHolder })}` : ''}
                  </>
                ) : (
                  <span className="muted">{t('claims.heirs.noAccount')}</span>
                )}
              </p>
              {held ? (
                <p className="notice notice-warn small" data-testid="claimant-row-hold">
                  {t('claims.heirs.heldUntil', { date: formatDateTime(held, i18n.language) })}
                </p>
              ) : null}
              {isDeath ? <p className="small muted">{claimant.isPublicNameConsented ? t('claims.heirs.consentYes') : t('claims.heirs.consentNo')}</p> : null}
              <div className="claimant-actions">
                {isOpenForChange ? (
                  <button type="button" className="link-button" data-testid="claimant-change-account" onClick={() => setPanel({ claimantId: claimant.id, kind: 'change' })}>
                    {claimant.bankAccountMasked ? t('claims.heirs.changeAccount') : t('claims.heirs.addAccount')}
                  </button>
                ) : null}
                {claimant.bankAccountMasked ? (
                  <button type="button" className="link-button" data-testid="claimant-reveal-account" onClick={() => setPanel({ claimantId: claimant.id, kind: 'reveal' })}>
                    {t('claims.heirs.reveal')}
                  </button>
                ) : null}
              </div>
              {panel?.claimantId === claimant.id && panel.kind === 'change' ? (
                <BankChangeForm
                  claim={claim}
                  claimant={claimant}
                  onClose={() => setPanel(null)}
                  onDone={(message) => {
                    setPanel(null);
                    onDone(message);
                  }}
                />
              ) : null}
              {panel?.claimantId === claimant.id && panel.kind === 'reveal' ? <RevealAccount claim={claim} claimant={claimant} onClose={() => setPanel(null)} /> : null}
            </li>
          );
        })}
      </ul>
      {heirs && heirs.returnedToFund !== '0' ? (
        <p className="claim-returned" data-testid="claim-returned">
          <span>{t('claims.heirs.returned')}</span> <strong className="cell-money">{formatRupiah(heirs.returnedToFund)}</strong>
        </p>
      ) : null}
      {claim.can.edit ? <AddClaimant claim={claim} onDone={onDone} /> : null}
    </section>
  );
}
