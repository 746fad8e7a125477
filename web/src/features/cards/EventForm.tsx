import { useQuery } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { invalidFields, isApiError, type Me } from '../../api/client';
import { isMoneyDesk } from '../../app/nav';
import { formatDate, formatNumber } from '../../lib/format';
import { jakartaToday } from '../coverage/months';
import { RegionPicker } from '../workers/RegionPicker';
import { batchesQuery, donorOrgsQuery, useCreateEvent, type EventBody } from './api';
import { CardError } from './parts';

const MAX_OFFICIALS = 30;

type EventFormProps = {
  user: Me;
  /** The batch the event hands over; without it the form asks for a finished one. */
  batchId?: string;
  onCancel?: () => void;
};

function BatchChoice({ value, onChange, isInvalid }: { value: string; onChange: (id: string) => void; isInvalid: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const batches = useQuery(batchesQuery);
  const done = (batches.data?.items ?? []).filter((batch) => batch.status === 'done');
  return (
    <div className="field">
      <label htmlFor={id}>{t('cards.eventForm.batch')}</label>
      <select id={id} data-testid="event-batch" value={value} disabled={batches.isPending} onChange={(event) => onChange(event.target.value)} aria-invalid={isInvalid}>
        <option value="">{batches.isPending ? t('app.loading') : t('cards.eventForm.chooseBatch')}</option>
        {done.map((batch) => (
          <option key={batch.id} value={batch.id}>
            {t('cards.eventForm.batchOption', { title: batch.title, n: formatNumber(batch.total, i18n.language), date: formatDate(batch.createdAt, i18n.language) })}
          </option>
        ))}
      </select>
      {batches.data && done.length === 0 ? <p className="hint">{t('cards.eventForm.noBatches')}</p> : null}
      {batches.isError ? <CardError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
    </div>
  );
}

/** The donor organisations to thank at the ceremony (officers and admins can list them). */
function DonorChoice({ chosen, onChange }: { chosen: readonly string[]; onChange: (ids: string[]) => void }) {
  const { t } = useTranslation();
  const [filter, setFilter] = useState('');
  const orgs = useQuery(donorOrgsQuery);
  const text = filter.trim().toLowerCase();
  // Those who gave most come first: they are the donors a ceremony names.
  const items = (orgs.data?.items ?? [])
    .filter((org) => chosen.includes(org.id) || !text || org.displayName.toLowerCase().includes(text))
    .sort((a, b) => b.donations - a.donations || a.displayName.localeCompare(b.displayName));
  const toggle = (orgId: string) => onChange(chosen.includes(orgId) ? chosen.filter((other) => other !== orgId) : [...chosen, orgId]);
  return (
    <fieldset className="field cards-donors">
      <legend>{t('cards.eventForm.donors')}</legend>
      <p className="hint">{t('cards.eventForm.donorsHint')}</p>
      {(orgs.data?.items.length ?? 0) > 8 ? (
        <input type="search" value={filter} onChange={(event) => setFilter(event.target.value)} placeholder={t('cards.eventForm.donorsFilter')} aria-label={t('cards.eventForm.donorsFilter')} />
      ) : null}
      {orgs.isPending ? <p className="muted small">{t('app.loading')}</p> : null}
      {orgs.isError ? <CardError error={orgs.error} /> : null}
      <ul className="cards-list cards-donor-list">
        {items.slice(0, 30).map((org) => (
          <li key={org.id}>
            <label className="check">
              <input type="checkbox" checked={chosen.includes(org.id)} onChange={() => toggle(org.id)} data-testid="event-donor" />
              <span>{org.displayName}</span>
            </label>
          </li>
        ))}
      </ul>
    </fieldset>
  );
}

/** The ceremony: title, date, place, region, officials, donors, and the batch whose cards are handed over. */
export function EventForm({ user, batchId, onCancel }: EventFormProps) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateEvent();
  const [title, setTitle] = useState('');
  const [heldOn, setHeldOn] = useState(jakartaToday());
  const [place, setPlace] = useState('');
  const [region, setRegion] = useState('');
  const [officials, setOfficials] = useState<string[]>(['']);
  const [donors, setDonors] = useState<string[]>([]);
  const [batch, setBatch] = useState(batchId ?? '');
  const [missing, setMissing] = useState<string[]>([]);
  const serverFields = create.error && isApiError(create.error) ? invalidFields(create.error) : [];
  const isInvalid = (field: string) => missing.includes(field) || serverFields.includes(field);

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.reset();
    const problems = [
      ...(title.trim().length < 3 ? ['title'] : []),
      ...(heldOn ? [] : ['heldOn']),
      ...(place.trim().length < 2 ? ['place'] : []),
      ...(batch ? [] : ['batchId']),
    ];
    setMissing(problems);
    if (problems.length > 0) return;
    const body: EventBody = {
      title: title.trim(),
      heldOn,
      place: place.trim(),
      officials: officials.map((name) => name.trim()).filter(Boolean),
      donorOrgIds: donors,
      batchId: batch,
      ...(region ? { regionCode: region } : {}),
    };
    create.mutate(body, { onSuccess: (answer) => void navigate({ to: '/cards/events/$eventId', params: { eventId: answer.id } }) });
  };

  const setOfficial = (index: number, name: string) => setOfficials((list) => list.map((old, at) => (at === index ? name : old)));

  return (
    <form className="card form cards-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="event-form">
      <h2 id={`${id}-title`}>{t('cards.eventForm.title')}</h2>
      <p className="muted small">{t('cards.eventForm.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('cards.eventForm.name')}</label>
        <input id={`${id}-name`} data-testid="event-title" maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} aria-invalid={isInvalid('title')} placeholder={t('cards.eventForm.namePlaceholder')} />
        {isInvalid('title') ? <p className="field-error">{t('cards.eventForm.nameMissing')}</p> : null}
      </div>
      <div className="form-grid">
        <div className="field">
          <label htmlFor={`${id}-date`}>{t('cards.eventForm.date')}</label>
          <input id={`${id}-date`} type="date" className="input-short" data-testid="event-date" value={heldOn} onChange={(event) => setHeldOn(event.target.value)} aria-invalid={isInvalid('heldOn')} />
          {isInvalid('heldOn') ? <p className="field-error">{t('cards.eventForm.dateMissing')}</p> : null}
        </div>
        <div className="field">
          <label htmlFor={`${id}-place`}>{t('cards.eventForm.place')}</label>
          <input id={`${id}-place`} data-testid="event-place" maxLength={200} value={place} onChange={(event) => setPlace(event.target.value)} aria-invalid={isInvalid('place')} placeholder={t('cards.eventForm.placePlaceholder')} />
          {isInvalid('place') ? <p className="field-error">{t('cards.eventForm.placeMissing')}</p> : null}
        </div>
      </div>
      <fieldset className="field">
        <legend>{t('cards.eventForm.region')}</legend>
        <RegionPicker value={region} onChange={setRegion} scopes={user.regionScopes} mode="filter" testId="event-region" />
        <p className="hint">{t('cards.eventForm.regionHint')}</p>
      </fieldset>
      <fieldset className="field">
        <legend>{t('cards.eventForm.officials')}</legend>
        <p className="hint">{t('cards.eventForm.officialsHint')}</p>
        <ul className="cards-list cards-officials">
          {officials.map((name, index) => (
            <li key={index} className="cards-official">
              <input
                value={name}
                maxLength={200}
                data-testid="event-official"
                aria-label={t('cards.eventForm.officialN', { n: index + 1 })}
                placeholder={t('cards.eventForm.officialPlaceholder')}
                onChange={(event) => setOfficial(index, event.target.value)}
              />
              {officials.length > 1 ? (
                <button type="button" className="button button-secondary button-small" onClick={() => setOfficials((list) => list.filter((_, at) => at !== index))} aria-label={t('cards.eventForm.removeOfficial', { n: index + 1 })}>
                  {t('cards.eventForm.remove')}
                </button>
              ) : null}
            </li>
          ))}
        </ul>
        {officials.length < MAX_OFFICIALS ? (
          <p>
            <button type="button" className="link-button" data-testid="event-official-add" onClick={() => setOfficials((list) => [...list, ''])}>
              + {t('cards.eventForm.addOfficial')}
            </button>
          </p>
        ) : null}
      </fieldset>
      {isMoneyDesk(user.role) ? <DonorChoice chosen={donors} onChange={setDonors} /> : null}
      {batchId ? null : <BatchChoice value={batch} onChange={setBatch} isInvalid={isInvalid('batchId')} />}
      {create.isError ? <CardError error={create.error} testId="event-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="event-submit" disabled={create.isPending}>
          {create.isPending ? t('cards.eventForm.saving') : t('cards.eventForm.save')}
        </button>
        {onCancel ? (
          <button type="button" className="button button-secondary" onClick={onCancel}>
            {t('cards.eventForm.cancel')}
          </button>
        ) : null}
      </div>
    </form>
  );
}
