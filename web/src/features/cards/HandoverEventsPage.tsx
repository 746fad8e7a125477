import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { CARD_ROLES } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDate, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { eventsQuery, type EventSummary } from './api';
import { EventForm } from './EventForm';
import { CardError, CardsTabs } from './parts';

function EventRow({ event }: { event: EventSummary }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const percent = event.total > 0 ? Math.round((event.handed / event.total) * 100) : 0;
  return (
    <tr data-testid="event-row" data-event-id={event.id}>
      <td className="cell-title">
        <Link to="/cards/events/$eventId" params={{ eventId: event.id }} className="cell-strong" data-testid="event-link">
          {event.title}
        </Link>
        <span className="cell-sub">{event.place}</span>
      </td>
      <td data-label={t('cards.events.colDate')} className="nowrap">
        {formatDate(event.heldOn, lang)}
      </td>
      <td data-label={t('cards.events.colHanded')} className="cards-status-cell">
        <div className="cards-cell-stack">
          {t('cards.event.progress', { handed: formatNumber(event.handed, lang), total: formatNumber(event.total, lang) })}
          <div className="progress-bar cards-mini-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={t('cards.events.colHanded')}>
            <span style={{ width: `${percent}%` }} />
          </div>
        </div>
      </td>
    </tr>
  );
}

function EventsContent({ user }: { user: Me }) {
  const { t } = useTranslation();
  useDocumentTitle(t('cards.events.title'));
  const events = useQuery(eventsQuery);
  const items = events.data?.items ?? [];
  const [isFormOpen, setIsFormOpen] = useState(false);
  const isFormShown = isFormOpen || (events.data !== undefined && items.length === 0);

  return (
    <div className="page cards-events-page" data-testid="handover-events-page">
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t('cards.title')}</p>
          <h1>{t('cards.events.title')}</h1>
          <p className="lead">{t('cards.events.lead')}</p>
        </div>
        {isFormShown ? null : (
          <div className="page-actions">
            <button type="button" className="button button-primary" data-testid="event-new" onClick={() => setIsFormOpen(true)}>
              {t('cards.events.new')}
            </button>
          </div>
        )}
      </header>
      <CardsTabs current="events" />
      {isFormShown ? <EventForm user={user} onCancel={items.length > 0 ? () => setIsFormOpen(false) : undefined} /> : null}
      <section className="section" aria-labelledby="events-title">
        <h2 id="events-title">{t('cards.events.listTitle')}</h2>
        {events.isPending ? <Loading /> : null}
        {events.isError ? <CardError error={events.error} onRetry={() => void events.refetch()} /> : null}
        {events.data && items.length === 0 ? (
          <p className="empty" data-testid="events-empty">
            {t('cards.events.empty')}
          </p>
        ) : null}
        {items.length > 0 ? (
          <div className="table-wrap">
            <table className="table table-stack cards-table" data-testid="events-table">
              <caption className="visually-hidden">{t('cards.events.listTitle')}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('cards.events.colTitle')}</th>
                  <th scope="col">{t('cards.events.colDate')}</th>
                  <th scope="col">{t('cards.events.colHanded')}</th>
                </tr>
              </thead>
              <tbody>
                {items.map((event) => (
                  <EventRow key={event.id} event={event} />
                ))}
              </tbody>
            </table>
          </div>
        ) : null}
      </section>
    </div>
  );
}

export function HandoverEventsPage() {
  const user = useUser();
  return <RoleGate roles={CARD_ROLES}>{user ? <EventsContent user={user} /> : null}</RoleGate>;
}
