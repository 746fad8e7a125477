import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { CARD_ROLES } from '../../app/nav';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { eventQuery, useCheckin, type Checkin, type EventPerson, type HandoverEvent } from './api';
import { BackTo, CardError, CardsNotFound, isNotFound, isUuid } from './parts';
import { QrInput } from './QrInput';

function Fact({ label, children, testId }: { label: string; children: ReactNode; testId?: string }) {
  return (
    <>
      <dt>{label}</dt>
      <dd data-testid={testId}>{children}</dd>
    </>
  );
}

function EventFacts({ event }: { event: HandoverEvent }) {
  const { t, i18n } = useTranslation();
  return (
    <section className="section card" aria-labelledby="event-facts-title">
      <h2 id="event-facts-title">{t('cards.event.details')}</h2>
      <dl className="facts worker-facts">
        <Fact label={t('cards.event.date')} testId="event-date-text">
          {formatDate(event.heldOn, i18n.language)}
        </Fact>
        <Fact label={t('cards.event.place')}>{event.place}</Fact>
        {event.region ? (
          <Fact label={t('cards.event.region')}>
            {event.region.name} <code className="region-code">{event.region.code}</code>
          </Fact>
        ) : null}
        <Fact label={t('cards.event.officials')}>
          {event.officials.length > 0 ? (
            <ul className="cards-list cards-officials-list">
              {event.officials.map((name, index) => (
                <li key={`${index}-${name}`}>{name}</li>
              ))}
            </ul>
          ) : (
            <span className="muted">—</span>
          )}
        </Fact>
        {event.donors.length > 0 ? <Fact label={t('cards.event.donors')}>{event.donors.map((donor) => donor.name).join(', ')}</Fact> : null}
        <Fact label={t('cards.event.batch')}>
          <Link to="/cards/batches/$batchId" params={{ batchId: event.batch.id }}>
            {event.batch.title}
          </Link>
        </Fact>
      </dl>
    </section>
  );
}

function EventProgress({ handed, total }: { handed: number; total: number }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const percent = total > 0 ? Math.round((handed / total) * 100) : 0;
  const label = t('cards.event.progress', { handed: formatNumber(handed, lang), total: formatNumber(total, lang) });
  return (
    <div className="cards-event-progress">
      <p className="cards-event-count" data-testid="event-progress" data-handed={handed} data-total={total}>
        {label}
      </p>
      <div className="progress-bar" role="progressbar" aria-valuemin={0} aria-valuemax={100} aria-valuenow={percent} aria-label={label}>
        <span style={{ width: `${percent}%` }} />
      </div>
    </div>
  );
}

/** What the last scan did: handed over now, handed over before, or why not. */
function CheckinAnswer({ answer }: { answer: Checkin }) {
  const { t, i18n } = useTranslation();
  const at = formatDateTime(answer.checkedInAt, i18n.language);
  if (answer.status === 'already') {
    return (
      <div className="notice notice-warn cards-checkin-answer" role="status" data-testid="checkin-result" data-status="already">
        <p className="notice-title">{t('cards.event.already', { name: answer.name, at })}</p>
        <p className="small">{t('cards.event.kpjLine', { kpj: answer.kpj })}</p>
      </div>
    );
  }
  return (
    <div className="notice notice-success cards-checkin-answer" role="status" data-testid="checkin-result" data-status="checked_in">
      <p className="notice-title">{t('cards.event.handedTo', { name: answer.name })}</p>
      <p className="small">{t('cards.event.kpjLine', { kpj: answer.kpj })}</p>
    </div>
  );
}

type PeopleListProps = { title: string; people: readonly EventPerson[]; kind: 'waiting' | 'handed'; eventId: string; testId: string };

function PeopleList({ title, people, kind, eventId, testId }: PeopleListProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const [filter, setFilter] = useState('');
  const [confirming, setConfirming] = useState<string | null>(null);
  const checkin = useCheckin(eventId);
  const text = filter.trim().toLowerCase();
  const shown = text ? people.filter((person) => person.name.toLowerCase().includes(text) || (person.kpj ?? '').includes(text)) : people;

  const onHand = (workerId: string) => {
    checkin.mutate({ workerId }, { onSuccess: () => setConfirming(null) });
  };

  return (
    <section className="section cards-people" aria-labelledby={`${id}-title`} data-testid={testId}>
      <div className="section-head">
        <h2 id={`${id}-title`}>
          {title} <span className="muted">({formatNumber(people.length, i18n.language)})</span>
        </h2>
      </div>
      {people.length > 8 ? (
        <input type="search" className="cards-people-filter" value={filter} onChange={(event) => setFilter(event.target.value)} placeholder={t('cards.event.filter')} aria-label={t('cards.event.filter')} />
      ) : null}
      {checkin.isError ? <CardError error={checkin.error} /> : null}
      {people.length === 0 ? <p className="empty">{kind === 'waiting' ? t('cards.event.allHanded') : t('cards.event.noneHanded')}</p> : null}
      <ul className="cards-list cards-people-list">
        {shown.map((person) => (
          <li key={person.workerId} className="cards-person" data-testid="event-person" data-worker-id={person.workerId}>
            <span className="cards-person-name">
              <Link to="/workers/$id" params={{ id: person.workerId }}>
                {person.name}
              </Link>
              <span className="cell-sub">
                {person.kpj ? <code>{person.kpj}</code> : null}
                {person.village ? ` · ${person.village}` : null}
              </span>
            </span>
            {kind === 'handed' && person.checkedInAt ? <span className="small muted">{formatDateTime(person.checkedInAt, i18n.language)}</span> : null}
            {kind === 'waiting' && confirming !== person.workerId ? (
              <button type="button" className="button button-secondary button-small" data-testid="manual-checkin" onClick={() => setConfirming(person.workerId)}>
                {t('cards.event.manual')}
              </button>
            ) : null}
            {kind === 'waiting' && confirming === person.workerId ? (
              <span className="cards-person-confirm" role="group" aria-label={t('cards.event.manualConfirm', { name: person.name })}>
                <span className="small">{t('cards.event.manualConfirm', { name: person.name })}</span>
                <button type="button" className="button button-primary button-small" data-testid="manual-checkin-yes" disabled={checkin.isPending} onClick={() => onHand(person.workerId)}>
                  {t('cards.event.manualYes')}
                </button>
                <button type="button" className="button button-secondary button-small" onClick={() => setConfirming(null)}>
                  {t('cards.event.manualNo')}
                </button>
              </span>
            ) : null}
          </li>
        ))}
      </ul>
      {text && shown.length === 0 && people.length > 0 ? <p className="muted small">{t('cards.event.noMatch')}</p> : null}
    </section>
  );
}

function EventContent({ eventId }: { eventId: string }) {
  const { t, i18n } = useTranslation();
  const event = useQuery(eventQuery(eventId));
  const checkin = useCheckin(eventId);
  useDocumentTitle(event.data ? `${event.data.title} · ${t('cards.events.title')}` : t('cards.events.title'));

  if (event.isPending) return <Loading />;
  if (event.isError) {
    if (isNotFound(event.error)) return <CardsNotFound kind="event" />;
    return (
      <div className="page narrow">
        <CardError error={event.error} onRetry={() => void event.refetch()} />
      </div>
    );
  }
  const data = event.data;
  // The answer of a check-in is newer than the list until the list is asked again.
  const handed = checkin.data ? Math.max(checkin.data.handed, data.handed) : data.handed;
  const waiting = data.people.filter((person) => !person.checkedInAt);
  const received = data.people.filter((person) => person.checkedInAt).sort((a, b) => (b.checkedInAt ?? '').localeCompare(a.checkedInAt ?? ''));

  return (
    <div className="page cards-event-page" data-testid="handover-event-page" data-event-id={data.id}>
      <BackTo to="/cards/events" label={t('cards.events.back')} />
      <header className="page-head">
        <p className="eyebrow">{t('cards.event.eyebrow')}</p>
        <h1 data-testid="event-title-text">{data.title}</h1>
        <p className="worker-subtitle muted">
          {formatDate(data.heldOn, i18n.language)} · {data.place}
        </p>
      </header>

      <div className="cards-event-columns">
        <section className="section card cards-checkin" aria-labelledby="checkin-title">
          <h2 id="checkin-title">{t('cards.event.checkinTitle')}</h2>
          <EventProgress handed={handed} total={data.total} />
          <p className="muted small">{t('cards.event.checkinIntro')}</p>
          <QrInput
            testId="checkin-input"
            isContinuous
            isClearedAfter
            isBusy={checkin.isPending}
            submitLabel={t('cards.event.checkin')}
            busyLabel={t('cards.event.checkingIn')}
            onPayload={(payload) => checkin.mutate({ payload })}
          />
          <div aria-live="polite">
            {checkin.isError ? <CardError error={checkin.error} testId="checkin-error" /> : null}
            {checkin.data && !checkin.isPending && !checkin.isError ? <CheckinAnswer answer={checkin.data} /> : null}
          </div>
        </section>
        <EventFacts event={data} />
      </div>

      <div className="cards-people-columns">
        <PeopleList title={t('cards.event.waiting')} people={waiting} kind="waiting" eventId={data.id} testId="event-waiting" />
        <PeopleList title={t('cards.event.received')} people={received} kind="handed" eventId={data.id} testId="event-received" />
      </div>
    </div>
  );
}

export function HandoverEventPage({ eventId }: { eventId: string }) {
  return <RoleGate roles={CARD_ROLES}>{isUuid(eventId) ? <EventContent key={eventId} eventId={eventId} /> : <CardsNotFound kind="event" />}</RoleGate>;
}
