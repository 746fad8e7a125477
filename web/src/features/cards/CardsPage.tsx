import { useQuery } from '@tanstack/react-query';
import { Link, useNavigate } from '@tanstack/react-router';
import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { CARD_ROLES, isMoneyDesk } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatDate, formatDateTime, formatNumber } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { RegionPicker } from '../workers/RegionPicker';
import { allocatedDonationsQuery, batchesQuery, batchPdfUrl, useCreateBatch, type BatchBody, type CardBatch, type CardLayout } from './api';
import { BatchProgress, BatchStatusBadge, CardError, CardsTabs } from './parts';

type SelectionKind = 'donation' | 'region';
const LAYOUTS: readonly CardLayout[] = ['a4', 'cr80'];

/** The region a batch covers: the one chosen, or the user's only working area when nothing narrower is. */
function effectiveRegion(value: string, user: Me): string {
  if (value) return value;
  const only = user.regionScopes.length === 1 ? user.regionScopes[0] : undefined;
  return only?.code ?? '';
}

function DonationChoice({ value, onChange, canList, isInvalid }: { value: string; onChange: (id: string) => void; canList: boolean; isInvalid: boolean }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const donations = useQuery({ ...allocatedDonationsQuery, enabled: canList });
  if (!canList) {
    // Field agents do not see donations; a link from a donation still brings its id along.
    return value ? (
      <p className="muted small" data-testid="batch-donation-fixed">
        {t('cards.batches.donationFromLink')}
      </p>
    ) : (
      <p className="notice notice-info">{t('cards.batches.donationNotForRole')}</p>
    );
  }
  const items = (donations.data?.items ?? []).filter((donation) => donation.workerCount > 0);
  const isKnown = items.some((donation) => donation.id === value);
  return (
    <div className="field">
      <label htmlFor={id}>{t('cards.batches.donation')}</label>
      <select id={id} data-testid="batch-donation" value={value} disabled={donations.isPending} onChange={(event) => onChange(event.target.value)} aria-invalid={isInvalid} aria-describedby={`${id}-hint`}>
        <option value="">{donations.isPending ? t('app.loading') : t('cards.batches.chooseDonation')}</option>
        {value && !isKnown && !donations.isPending ? <option value={value}>{t('cards.batches.donationFromLink')}</option> : null}
        {items.map((donation) => (
          <option key={donation.id} value={donation.id}>
            {t('cards.batches.donationOption', {
              number: donation.number,
              donor: donation.donorName,
              workers: formatNumber(donation.workerCount, i18n.language),
            })}
          </option>
        ))}
      </select>
      <p className="hint" id={`${id}-hint`}>
        {t('cards.batches.donationHint')}
      </p>
      {donations.isError ? <CardError error={donations.error} onRetry={() => void donations.refetch()} /> : null}
      {donations.data && items.length === 0 ? <p className="muted small">{t('cards.batches.noDonations')}</p> : null}
    </div>
  );
}

function NewBatchForm({ user, donationId }: { user: Me; donationId: string | undefined }) {
  const { t } = useTranslation();
  const id = useId();
  const navigate = useNavigate();
  const create = useCreateBatch();
  const canListDonations = isMoneyDesk(user.role);
  const [kind, setKind] = useState<SelectionKind>(donationId || canListDonations ? 'donation' : 'region');
  const [donation, setDonation] = useState(donationId ?? '');
  const [region, setRegion] = useState('');
  const [layout, setLayout] = useState<CardLayout>('a4');
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const regionCode = effectiveRegion(region, user);
  // An answer about another selection would mislead: a change of choice clears it.
  const choose = <T,>(set: (value: T) => void) => (value: T) => {
    set(value);
    setProblem(null);
    create.reset();
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    setProblem(null);
    create.reset();
    if (kind === 'donation' && !donation) return setProblem(t('cards.batches.needDonation'));
    if (kind === 'region' && !regionCode) return setProblem(t('cards.batches.needRegion'));
    const body: BatchBody = {
      layout,
      ...(title.trim() ? { title: title.trim() } : {}),
      ...(kind === 'donation' ? { donationId: donation } : { regionCode }),
    };
    create.mutate(body, {
      onSuccess: (answer) => void navigate({ to: '/cards/batches/$batchId', params: { batchId: answer.batch.id } }),
    });
  };

  return (
    <form className="card form cards-form" onSubmit={onSubmit} noValidate aria-labelledby={`${id}-title`} data-testid="batch-form">
      <h2 id={`${id}-title`}>{t('cards.batches.formTitle')}</h2>
      <p className="muted small">{t('cards.batches.formIntro')}</p>
      <fieldset className="field">
        <legend>{t('cards.batches.selection')}</legend>
        <div className="segmented" role="radiogroup">
          {(['donation', 'region'] as const).map((option) => (
            <label key={option} className="segmented-option" data-testid={`batch-kind-${option}`}>
              <input type="radio" name={`${id}-kind`} value={option} checked={kind === option} onChange={() => choose(setKind)(option)} />
              <span>{t(`cards.batches.kinds.${option}`)}</span>
            </label>
          ))}
        </div>
      </fieldset>
      {kind === 'donation' ? (
        <DonationChoice value={donation} onChange={choose(setDonation)} canList={canListDonations} isInvalid={problem !== null} />
      ) : (
        <div className="field">
          <span className="label-like">{t('cards.batches.region')}</span>
          <RegionPicker value={region} onChange={choose(setRegion)} scopes={user.regionScopes} mode="filter" testId="batch-region" isProvinceRequired={user.regionScopes.length === 0} />
          <p className="hint">{regionCode ? t('cards.batches.regionChosen', { code: regionCode }) : t('cards.batches.regionHint')}</p>
        </div>
      )}
      <fieldset className="choice-list">
        <legend>{t('cards.batches.layout')}</legend>
        {LAYOUTS.map((option) => (
          <label key={option} className="choice" data-testid={`batch-layout-${option}`}>
            <input type="radio" name={`${id}-layout`} value={option} checked={layout === option} onChange={() => setLayout(option)} />
            <span>
              <span className="choice-title">{t(`cards.layouts.${option}`)}</span>
              <span className="muted small">{t(`cards.layoutHints.${option}`)}</span>
            </span>
          </label>
        ))}
      </fieldset>
      <div className="field">
        <label htmlFor={`${id}-name`}>{t('cards.batches.title')}</label>
        <input id={`${id}-name`} data-testid="batch-title" maxLength={200} value={title} onChange={(event) => setTitle(event.target.value)} aria-describedby={`${id}-name-hint`} />
        <p className="hint" id={`${id}-name-hint`}>
          {t('cards.batches.titleHint')}
        </p>
      </div>
      {problem ? (
        <p className="field-error" role="alert" data-testid="batch-problem">
          {problem}
        </p>
      ) : null}
      {create.isError ? <CardError error={create.error} testId="batch-error" /> : null}
      <div className="form-actions">
        <button type="submit" className="button button-primary" data-testid="batch-submit" disabled={create.isPending}>
          {create.isPending ? t('cards.batches.creating') : t('cards.batches.create')}
        </button>
      </div>
      <p className="muted small">{t('cards.batches.onlyProtected')}</p>
    </form>
  );
}

function BatchRow({ batch }: { batch: CardBatch }) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  return (
    <tr data-testid="batch-row" data-batch-id={batch.id} data-status={batch.status}>
      <td className="cell-title">
        <Link to="/cards/batches/$batchId" params={{ batchId: batch.id }} className="cell-strong" data-testid="batch-link">
          {batch.title}
        </Link>
        <span className="cell-sub">{t('cards.batches.createdAt', { at: formatDateTime(batch.createdAt, lang) })}</span>
      </td>
      <td data-label={t('cards.batches.colCards')} className="nowrap">
        {formatNumber(batch.total, lang)} · {t(`cards.layoutShort.${batch.layout}`)}
      </td>
      <td data-label={t('cards.batches.colStatus')} className="cards-status-cell">
        <div className="cards-cell-stack">
          <BatchStatusBadge status={batch.status} />
          {batch.status === 'queued' || batch.status === 'running' ? <BatchProgress batch={batch} /> : null}
          {batch.finishedAt ? <span className="cell-sub">{formatDate(batch.finishedAt, lang)}</span> : null}
        </div>
      </td>
      <td data-label={t('cards.batches.colFile')}>
        {batch.status === 'done' ? (
          <a href={batchPdfUrl(batch.id)} download data-testid="batch-row-pdf">
            {t('cards.batch.download')}
          </a>
        ) : (
          <span className="muted">—</span>
        )}
      </td>
    </tr>
  );
}

function BatchList() {
  const { t } = useTranslation();
  const batches = useQuery(batchesQuery);
  const items = batches.data?.items ?? [];
  return (
    <section className="section" aria-labelledby="batches-title" data-testid="batches">
      <div className="section-head">
        <h2 id="batches-title">{t('cards.batches.listTitle')}</h2>
      </div>
      {batches.isPending ? <Loading /> : null}
      {batches.isError ? <CardError error={batches.error} onRetry={() => void batches.refetch()} /> : null}
      {batches.data && items.length === 0 ? (
        <p className="empty" data-testid="batches-empty">
          {t('cards.batches.empty')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack cards-table" data-testid="batches-table">
            <caption className="visually-hidden">{t('cards.batches.listTitle')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cards.batches.colTitle')}</th>
                <th scope="col">{t('cards.batches.colCards')}</th>
                <th scope="col">{t('cards.batches.colStatus')}</th>
                <th scope="col">{t('cards.batches.colFile')}</th>
              </tr>
            </thead>
            <tbody>
              {items.map((batch) => (
                <BatchRow key={batch.id} batch={batch} />
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}

function CardsContent({ user, donationId }: { user: Me; donationId: string | undefined }) {
  const { t } = useTranslation();
  useDocumentTitle(t('cards.title'));
  return (
    <div className="page cards-page" data-testid="cards-page">
      <header className="page-head">
        <p className="eyebrow">{t('cards.title')}</p>
        <h1>{t('cards.batches.heading')}</h1>
        <p className="lead">{t('cards.batches.lead')}</p>
      </header>
      <CardsTabs current="batches" />
      <div className="cards-columns">
        <NewBatchForm user={user} donationId={donationId} />
        <BatchList />
      </div>
    </div>
  );
}

/** `donationId` preselects "the workers of this donation" (a link from the donation page). */
export function CardsPage({ donationId }: { donationId?: string | undefined }) {
  const user = useUser();
  return <RoleGate roles={CARD_ROLES}>{user ? <CardsContent user={user} donationId={donationId} /> : null}</RoleGate>;
}
