import { useMutation } from '@tanstack/react-query';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { isApiError } from '../../api/client';
import { useUser } from '../../app/session';
import { formatDate, formatDateTime } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { PageFrame } from '../shell/PageFrame';
import { isProgram } from '../simulasi/labels';
import type { Verdict } from './api';
import { CardsTabs, verdictTitle } from './parts';
import { QrInput } from './QrInput';
import { isNoKeysOffline, readCachedKeys, refreshKeys, verifyCard, type CachedKeys, type VerifyResult } from './verify';

const VERDICT_CLASS: Record<Verdict, string> = {
  VALID: 'verdict verdict-valid',
  EXPIRED: 'verdict verdict-warn',
  REVOKED: 'verdict verdict-bad',
  TAMPERED: 'verdict verdict-bad',
  UNKNOWN_KEY: 'verdict verdict-bad',
  MALFORMED: 'verdict verdict-neutral',
};

const VERDICT_ICON: Record<Verdict, string> = {
  VALID: '✓',
  EXPIRED: '!',
  REVOKED: '✕',
  TAMPERED: '✕',
  UNKNOWN_KEY: '✕',
  MALFORMED: '?',
};

/** The verdict, big: the word a desk reads at a glance, what it means, and the facts on the card. */
function VerdictPanel({ result }: { result: VerifyResult }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const ref = useRef<HTMLDivElement>(null);
  // On a phone the answer is below the form: bring it into view, the desk should not have to scroll.
  useEffect(() => {
    ref.current?.scrollIntoView?.({ block: 'nearest', behavior: 'smooth' });
  }, [result]);
  const card = result.card;
  const isRevokedAndReplaced = result.verdict === 'REVOKED' && card?.isReplaced === true;
  return (
    <div ref={ref} className={VERDICT_CLASS[result.verdict]} role="status" data-testid="verify-result" data-verdict={result.verdict} data-offline={String(result.isOffline)}>
      <p className="verdict-head">
        <span className="verdict-icon" aria-hidden="true">
          {VERDICT_ICON[result.verdict]}
        </span>
        <span className="verdict-word" data-testid="verify-verdict">
          {verdictTitle(t, result.verdict)}
        </span>
      </p>
      <p className="verdict-body">{t(`cards.verdicts.${result.verdict}.body`)}</p>
      {isRevokedAndReplaced ? (
        <p className="verdict-note" data-testid="verify-replaced">
          {t('cards.verify.replaced')}
        </p>
      ) : null}
      {result.verdict === 'EXPIRED' ? <p className="verdict-note">{t('cards.verify.expiredHint')}</p> : null}
      {card ? (
        <dl className="facts verdict-facts">
          {card.holder ? (
            <>
              <dt>{t('cards.verify.holder')}</dt>
              <dd>
                <code className="nik-masked" data-testid="verify-holder">
                  {card.holder}
                </code>
              </dd>
            </>
          ) : null}
          <dt>{t('cards.verify.kpj')}</dt>
          <dd>
            <code data-testid="verify-kpj">{card.kpj}</code>
          </dd>
          <dt>{t('cards.verify.cardNo')}</dt>
          <dd data-testid="verify-card-no">{card.cardNo}</dd>
          <dt>{t('cards.verify.programs')}</dt>
          <dd>
            {card.programs.map((program) => (
              <span key={program} className="verdict-program">
                {isProgram(program) ? `${program} — ${t(`simulasi.programs.${program}`)}` : program}
              </span>
            ))}
          </dd>
          <dt>{t('cards.verify.protectedUntil')}</dt>
          <dd data-testid="verify-until">{formatDate(card.protectedUntil, lang)}</dd>
          <dt>{t('cards.verify.issuedOn')}</dt>
          <dd>{formatDate(card.issuedOn, lang)}</dd>
        </dl>
      ) : null}
      {result.verdict === 'TAMPERED' || result.verdict === 'UNKNOWN_KEY' ? <p className="small verdict-note">{t('cards.verify.notTrusted')}</p> : null}
      {result.isOffline ? (
        <p className="verdict-offline" data-testid="verify-offline">
          {t('cards.verify.offline', { at: result.keysFetchedAt ? formatDateTime(result.keysFetchedAt, lang) : '—' })}
        </p>
      ) : null}
    </div>
  );
}

type KeysState = { cached: CachedKeys | null; isFresh: boolean; isFailed: boolean };

/** The published keys, fetched on every visit and kept for the day the network is gone. */
function useCardKeys(): KeysState {
  const [state, setState] = useState<KeysState>(() => ({ cached: readCachedKeys(), isFresh: false, isFailed: false }));
  useEffect(() => {
    let isCurrent = true;
    refreshKeys()
      .then((cached) => isCurrent && setState({ cached, isFresh: true, isFailed: false }))
      .catch(() => isCurrent && setState((old) => ({ ...old, isFailed: true })));
    return () => {
      isCurrent = false;
    };
  }, []);
  return state;
}

function KeysLine({ keys }: { keys: KeysState }) {
  const { t, i18n } = useTranslation();
  const at = keys.cached ? formatDateTime(keys.cached.fetchedAt, i18n.language) : null;
  if (keys.isFresh && at) return <p className="muted small" data-testid="verify-keys" data-state="fresh">{t('cards.verify.keysFresh', { at })}</p>;
  if (keys.isFailed && at) return <p className="muted small" data-testid="verify-keys" data-state="cached">{t('cards.verify.keysCached', { at })}</p>;
  if (keys.isFailed) return <p className="notice notice-warn" data-testid="verify-keys" data-state="none">{t('cards.verify.keysNone')}</p>;
  return <p className="muted small" data-testid="verify-keys" data-state="loading">{t('cards.verify.keysLoading')}</p>;
}

function isRateLimited(error: unknown): boolean {
  return isApiError(error) && error.status === 429;
}

/** Public: anyone (a hospital, an official) checks a card's QR; works offline with cached keys. */
export function VerifyCardPage() {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('cards.verify.title'));
  const keys = useCardKeys();
  // 'always': TanStack Query would otherwise hold the request while the browser says it is offline,
  // and offline is exactly when the cached keys must answer.
  const verify = useMutation({ mutationFn: (payload: string) => verifyCard(payload, keys.cached), gcTime: 0, networkMode: 'always' });
  const isStaff = user?.role === 'admin' || user?.role === 'officer' || user?.role === 'agent';

  return (
    <PageFrame>
      <div className="page cards-verify-page" data-testid="verify-card-page">
        <header className="page-head">
          <p className="eyebrow">{t('cards.verify.eyebrow')}</p>
          <h1 data-testid="verify-title">{t('cards.verify.title')}</h1>
          <p className="lead">{t('cards.verify.lead')}</p>
        </header>
        {isStaff ? <CardsTabs current="verify" /> : null}
        <div className="cards-verify-layout">
          <section className="card cards-verify-form" aria-labelledby="verify-form-title">
            <h2 id="verify-form-title">{t('cards.verify.formTitle')}</h2>
            <QrInput
              testId="verify-input"
              isBusy={verify.isPending}
              submitLabel={t('cards.verify.submit')}
              busyLabel={t('cards.verify.checking')}
              onPayload={(payload) => verify.mutate(payload)}
            />
            <KeysLine keys={keys} />
            <p className="muted small">{t('cards.verify.privacy')}</p>
          </section>
          <div className="cards-verify-answer" aria-live="polite">
            {verify.isError && isNoKeysOffline(verify.error) ? (
              <p className="notice notice-error" role="alert" data-testid="verify-error">
                {t('cards.verify.offlineNoKeys')}
              </p>
            ) : verify.isError && isRateLimited(verify.error) ? (
              <p className="notice notice-warn" role="alert" data-testid="verify-error">
                {t('cards.verify.rateLimited')}
              </p>
            ) : verify.isError ? (
              <ErrorNotice error={verify.error} testId="verify-error" />
            ) : verify.data ? (
              <VerdictPanel result={verify.data} />
            ) : (
              <p className="empty" data-testid="verify-idle">
                {t('cards.verify.idle')}
              </p>
            )}
          </div>
        </div>
      </div>
    </PageFrame>
  );
}
