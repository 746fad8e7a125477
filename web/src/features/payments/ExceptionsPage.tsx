import { useQuery } from '@tanstack/react-query';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { MONEY_DESK_ROLES } from '../../app/nav';
import { formatDateTime, formatNumber, formatRupiah } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { methodName } from '../donations/parts';
import { Segmented } from '../simulasi/fields';
import { exceptionsQuery, useResolveException, type PaymentException } from './api';
import { isDetailKey, isExceptionKind } from './labels';

const RESOLUTION_MIN = 5;

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** What the server recorded about the exception, as "key: value" lines (amounts and reasons). */
const MONEY_KEYS: readonly string[] = ['expected', 'confirmed'];
const WHOLE_NUMBER = /^\d+$/;

function Details({ details }: { details: unknown }) {
  const { t } = useTranslation();
  if (!isRecord(details) || Object.keys(details).length === 0) return null;
  return (
    <dl className="exception-details">
      {Object.entries(details).map(([key, value]) => (
        <div key={key}>
          <dt>{isDetailKey(key) ? t(`payments.exceptions.detailKeys.${key}`) : key}</dt>
          <dd>
            {MONEY_KEYS.includes(key) && typeof value === 'string' && WHOLE_NUMBER.test(value) ? (
              formatRupiah(value)
            ) : (
              <code>{typeof value === 'string' ? value : JSON.stringify(value)}</code>
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

function ResolveForm({ exception, onDone }: { exception: PaymentException; onDone: () => void }) {
  const { t } = useTranslation();
  const id = useId();
  const resolve = useResolveException();
  const [note, setNote] = useState('');
  const [isTooShort, setIsTooShort] = useState(false);
  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (resolve.isPending) return;
    if (note.trim().length < RESOLUTION_MIN) {
      setIsTooShort(true);
      return;
    }
    setIsTooShort(false);
    resolve.mutate({ id: exception.id, resolution: note.trim() }, { onSuccess: onDone });
  };
  return (
    <form className="resolve-form" onSubmit={onSubmit} noValidate data-testid="exception-resolve-form">
      <label htmlFor={`${id}-note`}>{t('payments.exceptions.note')}</label>
      <textarea
        id={`${id}-note`}
        rows={3}
        maxLength={1000}
        data-testid="exception-note"
        value={note}
        onChange={(event) => setNote(event.target.value)}
        aria-invalid={isTooShort}
        aria-describedby={`${id}-hint`}
      />
      <p className={isTooShort ? 'field-error' : 'hint'} id={`${id}-hint`}>
        {isTooShort ? t('payments.exceptions.noteTooShort', { n: RESOLUTION_MIN }) : t('payments.exceptions.noteHint')}
      </p>
      {resolve.isError ? <ErrorNotice error={resolve.error} /> : null}
      <button type="submit" className="button button-primary button-small" data-testid="exception-resolve-submit" disabled={resolve.isPending}>
        {resolve.isPending ? t('payments.exceptions.resolving') : t('payments.exceptions.resolveSubmit')}
      </button>
    </form>
  );
}

function ExceptionCard({ exception, isOpen, onOpen, onResolved }: { exception: PaymentException; isOpen: boolean; onOpen: () => void; onResolved: () => void }) {
  const { t, i18n } = useTranslation();
  const kind = isExceptionKind(exception.kind) ? exception.kind : null;
  return (
    <li className="card exception" data-testid="exception" data-kind={exception.kind}>
      <div className="exception-head">
        <div>
          <p className="exception-title">{kind ? t(`payments.exceptions.kinds.${kind}`) : exception.kind}</p>
          <p className="muted small">{kind ? t(`payments.exceptions.kindHints.${kind}`) : null}</p>
        </div>
        <span className="muted small nowrap">{formatDateTime(exception.createdAt, i18n.language)}</span>
      </div>
      <dl className="facts exception-facts">
        {exception.provider ? (
          <>
            <dt>{t('payments.exceptions.provider')}</dt>
            <dd>{methodName(t, exception.provider)}</dd>
          </>
        ) : null}
        {exception.orderId ? (
          <>
            <dt>{t('payments.exceptions.order')}</dt>
            <dd>
              <code>{exception.orderId}</code>
            </dd>
          </>
        ) : null}
      </dl>
      <Details details={exception.details} />
      {exception.resolvedAt ? (
        <p className="notice notice-success exception-resolution">
          <strong>{t('payments.exceptions.resolvedAt', { at: formatDateTime(exception.resolvedAt, i18n.language) })}</strong> {exception.resolution}
        </p>
      ) : isOpen ? (
        <ResolveForm exception={exception} onDone={onResolved} />
      ) : (
        <button type="button" className="button button-secondary button-small" data-testid="exception-resolve" onClick={onOpen}>
          {t('payments.exceptions.resolve')}
        </button>
      )}
    </li>
  );
}

function ExceptionsContent() {
  const { t, i18n } = useTranslation();
  const [view, setView] = useState<'open' | 'resolved'>('open');
  const [openId, setOpenId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const list = useQuery(exceptionsQuery(view === 'resolved'));
  useDocumentTitle(t('payments.exceptions.title'));
  const items = list.data?.items ?? [];

  return (
    <div className="page exceptions-page" data-testid="exceptions-page">
      <header className="page-head">
        <p className="eyebrow">{t('nav.donations')}</p>
        <h1>{t('payments.exceptions.title')}</h1>
        <p className="lead">{t('payments.exceptions.lead')}</p>
      </header>
      <div className="duplicates-filter">
        <Segmented<'open' | 'resolved'>
          name="exceptions-view"
          legend={t('payments.exceptions.view')}
          options={[
            { value: 'open', label: t('payments.exceptions.open') },
            { value: 'resolved', label: t('payments.exceptions.resolved') },
          ]}
          value={view}
          onChange={(next) => {
            setView(next);
            setOpenId(null);
          }}
          testId="exceptions-view"
        />
      </div>
      <p className="status-line" role="status" aria-live="polite">
        {status}
      </p>
      {list.isPending ? <Loading /> : null}
      {list.isError ? <ErrorNotice error={list.error} onRetry={() => void list.refetch()} /> : null}
      {list.data && items.length === 0 ? (
        <p className="empty" data-testid="exceptions-empty">
          {view === 'open' ? t('payments.exceptions.noneOpen') : t('payments.exceptions.noneResolved')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <>
          <p className="muted small">{t('payments.exceptions.count', { n: formatNumber(items.length, i18n.language) })}</p>
          <ul className="exception-list">
            {items.map((exception) => (
              <ExceptionCard
                key={exception.id}
                exception={exception}
                isOpen={openId === exception.id}
                onOpen={() => setOpenId(exception.id)}
                onResolved={() => {
                  setOpenId(null);
                  setStatus(t('payments.exceptions.resolvedDone'));
                }}
              />
            ))}
          </ul>
        </>
      ) : null}
    </div>
  );
}

/** Pengecualian pembayaran: what the payment flow refused to settle silently, for an officer to sort out. */
export function ExceptionsPage() {
  return (
    <RoleGate roles={MONEY_DESK_ROLES}>
      <ExceptionsContent />
    </RoleGate>
  );
}
