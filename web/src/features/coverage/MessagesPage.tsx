import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKER_ROLES } from '../../app/nav';
import { formatDateTime, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { messagesQuery, type Message, type MessageFilter } from './api';
import { isMessageChannel, isMessageStatus, isMessageTemplate, MESSAGE_STATUS_CLASS, MESSAGE_STATUSES, MESSAGE_TEMPLATES } from './labels';

export type MessagesSearch = Pick<MessageFilter, 'status' | 'template'>;

function Recipient({ message }: { message: Message }) {
  const { t } = useTranslation();
  const name = message.recipientName ?? t('coverage.messages.unknownRecipient');
  return (
    <>
      {message.recipientKind === 'worker' ? (
        <Link to="/workers/$id" params={{ id: message.recipientId }} className="cell-strong">
          {name}
        </Link>
      ) : (
        <Link to="/donors/$id" params={{ id: message.recipientId }} className="cell-strong">
          {name}
        </Link>
      )}
      <span className="cell-sub">{t(`coverage.messages.kinds.${message.recipientKind}`)}</span>
    </>
  );
}

function MessageRow({ message }: { message: Message }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const status = isMessageStatus(message.status) ? message.status : null;
  return (
    <tr data-testid="message-row" data-status={message.status} data-template={message.template}>
      <td className="cell-title">
        <Recipient message={message} />
      </td>
      <td data-label={t('coverage.messages.colTemplate')} className="cell-long">
        <span className="cell-value">{isMessageTemplate(message.template) ? t(`coverage.messages.templates.${message.template}`) : message.template}</span>
        {message.body ? (
          <details className="message-body">
            <summary>{t('coverage.messages.showBody')}</summary>
            <p>{message.body}</p>
          </details>
        ) : null}
      </td>
      <td data-label={t('coverage.messages.colChannel')}>{isMessageChannel(message.channel) ? t(`coverage.messages.channels.${message.channel}`) : message.channel}</td>
      <td data-label={t('coverage.messages.colStatus')}>
        <span className="coverage-cell">
          {status ? (
            <span className={MESSAGE_STATUS_CLASS[status]} data-status={status}>
              {t(`coverage.messages.statuses.${status}`)}
            </span>
          ) : (
            <span className="pill">{message.status}</span>
          )}
          {message.error ? <span className="cell-sub">{message.error}</span> : null}
        </span>
      </td>
      <td data-label={t('coverage.messages.colAttempts')} className="cell-money">
        {formatNumber(message.attempts, lang)}
      </td>
      <td data-label={t('coverage.messages.colTimes')} className="cell-long">
        {formatDateTime(message.createdAt, lang)}
        <span className="cell-sub">
          {message.sentAt ? t('coverage.messages.sentAt', { at: formatDateTime(message.sentAt, lang) }) : t('coverage.messages.notSent')}
        </span>
      </td>
    </tr>
  );
}

function MessagesContent({ search }: { search: MessagesSearch }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const messages = useQuery(messagesQuery(search));
  const items = messages.data?.items ?? [];
  const isFiltered = Boolean(search.status || search.template);
  useDocumentTitle(t('coverage.messages.title'));
  const set = (change: MessagesSearch) => void navigate({ to: '/coverage/messages', search: { ...search, ...change }, replace: true, resetScroll: false });

  return (
    <div className="page messages-page" data-testid="messages-page">
      <p className="back-link">
        <Link to="/coverage">← {t('coverage.backToOverview')}</Link>
      </p>
      <header className="page-head">
        <p className="eyebrow">{t('nav.coverage')}</p>
        <h1>{t('coverage.messages.title')}</h1>
        <p className="lead">{t('coverage.messages.lead')}</p>
      </header>

      <div className="filters messages-filters">
        <div className="field">
          <label htmlFor={`${id}-status`}>{t('coverage.messages.colStatus')}</label>
          <select
            id={`${id}-status`}
            data-testid="messages-status"
            value={search.status ?? ''}
            onChange={(event) => set({ status: isMessageStatus(event.target.value) ? event.target.value : undefined })}
          >
            <option value="">{t('coverage.messages.allStatuses')}</option>
            {MESSAGE_STATUSES.map((status) => (
              <option key={status} value={status}>
                {t(`coverage.messages.statuses.${status}`)}
              </option>
            ))}
          </select>
        </div>
        <div className="field">
          <label htmlFor={`${id}-template`}>{t('coverage.messages.colTemplate')}</label>
          <select
            id={`${id}-template`}
            data-testid="messages-template"
            value={search.template ?? ''}
            onChange={(event) => set({ template: isMessageTemplate(event.target.value) ? event.target.value : undefined })}
          >
            <option value="">{t('coverage.messages.allTemplates')}</option>
            {MESSAGE_TEMPLATES.map((template) => (
              <option key={template} value={template}>
                {t(`coverage.messages.templates.${template}`)}
              </option>
            ))}
          </select>
        </div>
      </div>

      {messages.isPending ? <Loading /> : null}
      {messages.isError ? <ErrorNotice error={messages.error} onRetry={() => void messages.refetch()} /> : null}
      {messages.data && items.length === 0 ? (
        <p className="empty" data-testid="messages-empty">
          {isFiltered ? t('coverage.messages.noMatch') : t('coverage.messages.none')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <section aria-labelledby="messages-results" className={messages.isPlaceholderData ? 'is-stale' : undefined}>
          <div className="section-head">
            <h2 id="messages-results" className="visually-hidden">
              {t('coverage.messages.title')}
            </h2>
            <p className="muted small" data-testid="messages-count">
              {t('coverage.messages.count', { n: formatNumber(items.length, i18n.language) })}
            </p>
          </div>
          <div className="table-wrap">
            <table className="table table-stack" data-testid="messages-table">
              <caption className="visually-hidden">{t('coverage.messages.title')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('coverage.messages.colRecipient')}</th>
                  <th scope="col">{t('coverage.messages.colTemplate')}</th>
                  <th scope="col">{t('coverage.messages.colChannel')}</th>
                  <th scope="col">{t('coverage.messages.colStatus')}</th>
                  <th scope="col" className="cell-money">
                    {t('coverage.messages.colAttempts')}
                  </th>
                  <th scope="col">{t('coverage.messages.colTimes')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((message) => (
                  <MessageRow key={message.id} message={message} />
                ))}
              </tbody>
            </table>
          </div>
        </section>
      ) : null}
    </div>
  );
}

/** The reminders and notices the programme sends, and whether they went out. */
export function MessagesPage({ search }: { search: MessagesSearch }) {
  return (
    <RoleGate roles={CHECKER_ROLES}>
      <MessagesContent search={search} />
    </RoleGate>
  );
}
