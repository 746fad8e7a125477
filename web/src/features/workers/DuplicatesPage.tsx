import { useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CHECKER_ROLES } from '../../app/nav';
import { formatDate } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { Segmented } from '../simulasi/fields';
import { duplicatesQuery, useDecideDuplicate, type DuplicatePair, type DuplicateStatus, type Worker } from './api';
import { DUPLICATE_STATUSES } from './labels';
import { BackLink, MaskedNik, OccupationName, StatusBadge } from './parts';

type Side = 'a' | 'b';
type Choice = { kind: 'merge'; keep: Side } | { kind: 'distinct' };

/** One record of a pair, with what an officer compares: NIK, birth date, village, who registered it. */
function PairSide({ worker, side, isKept }: { worker: Worker; side: Side; isKept: boolean }) {
  const { t, i18n } = useTranslation();
  const none = <span className="muted">{t('workers.none')}</span>;
  return (
    <div className={isKept ? 'pair-side is-kept' : 'pair-side'} data-testid={`pair-${side}`}>
      <p className="pair-label">{t(`workers.duplicates.side.${side}`)}</p>
      <p className="pair-name">
        <Link to="/workers/$id" params={{ id: worker.id }}>
          {worker.fullName}
        </Link>
      </p>
      <dl className="facts pair-facts">
        <dt>{t('workers.fields.nik')}</dt>
        <dd>
          <MaskedNik value={worker.maskedNik} />
        </dd>
        <dt>{t('workers.fields.birthDate')}</dt>
        <dd>{worker.birthDate ? formatDate(worker.birthDate, i18n.language) : none}</dd>
        <dt>{t('workers.fields.sex')}</dt>
        <dd>{worker.sex ? t(`simulasi.sex.${worker.sex}`) : none}</dd>
        <dt>{t('workers.fields.village')}</dt>
        <dd>{worker.village.name ?? worker.village.code}</dd>
        <dt>{t('workers.fields.occupation')}</dt>
        <dd>
          <OccupationName occupation={worker.occupation} />
        </dd>
        <dt>{t('workers.fields.phone')}</dt>
        <dd>{worker.maskedPhone ? <code className="nik-masked">{worker.maskedPhone}</code> : none}</dd>
        <dt>{t('workers.fields.status')}</dt>
        <dd>
          <StatusBadge status={worker.status} />
        </dd>
        <dt>{t('workers.detail.registeredAt')}</dt>
        <dd>
          {formatDate(worker.registeredAt, i18n.language)}
          {worker.registeredBy ? <span className="cell-sub">{t('workers.history.by', { name: worker.registeredBy })}</span> : null}
        </dd>
      </dl>
    </div>
  );
}

function Pair({ pair }: { pair: DuplicatePair }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const decide = useDecideDuplicate();
  const [note, setNote] = useState('');
  const [choice, setChoice] = useState<Choice | null>(null);
  const isOpen = pair.status === 'open';
  const keptSide: Side | null = pair.keptWorkerId === pair.a.id ? 'a' : pair.keptWorkerId === pair.b.id ? 'b' : null;

  const confirm = () => {
    if (!choice) return;
    const body =
      choice.kind === 'merge'
        ? { decision: 'merge' as const, keepWorkerId: choice.keep === 'a' ? pair.a.id : pair.b.id, ...(note.trim() ? { note: note.trim() } : {}) }
        : { decision: 'distinct' as const, ...(note.trim() ? { note: note.trim() } : {}) };
    decide.mutate({ id: pair.id, body });
  };

  const question =
    choice?.kind === 'merge'
      ? t('workers.duplicates.confirmMerge', {
          kept: choice.keep === 'a' ? pair.a.fullName : pair.b.fullName,
          side: t(`workers.duplicates.side.${choice.keep}`),
          other: t(`workers.duplicates.side.${choice.keep === 'a' ? 'b' : 'a'}`),
        })
      : t('workers.duplicates.confirmDistinct');

  return (
    <li className="card pair" data-testid="duplicate-pair" data-pair-id={pair.id} aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`} className="visually-hidden">
        {t('workers.duplicates.pairTitle', { a: pair.a.fullName, b: pair.b.fullName })}
      </h2>
      <p className="muted small">{t('workers.duplicates.flagged', { date: formatDate(pair.createdAt, i18n.language) })}</p>
      <div className="pair-sides">
        <PairSide worker={pair.a} side="a" isKept={keptSide === 'a'} />
        <PairSide worker={pair.b} side="b" isKept={keptSide === 'b'} />
      </div>
      {isOpen ? (
        <div className="pair-decision">
          <div className="field">
            <label htmlFor={`${id}-note`}>{t('workers.duplicates.note')}</label>
            <input id={`${id}-note`} data-testid="duplicate-note" value={note} maxLength={500} autoComplete="off" onChange={(event) => setNote(event.target.value)} />
          </div>
          {choice ? (
            <div className="notice notice-warn" role="alert">
              <p>{question}</p>
              <div className="form-actions">
                <button type="button" className="button button-primary" data-testid="duplicate-confirm" disabled={decide.isPending} onClick={confirm}>
                  {decide.isPending ? t('app.loading') : t('workers.duplicates.confirm')}
                </button>
                <button type="button" className="button button-secondary" onClick={() => setChoice(null)}>
                  {t('workers.form.cancel')}
                </button>
              </div>
            </div>
          ) : (
            <div className="form-actions">
              <button type="button" className="button button-secondary" data-testid="duplicate-keep-a" onClick={() => setChoice({ kind: 'merge', keep: 'a' })}>
                {t('workers.duplicates.keepA')}
              </button>
              <button type="button" className="button button-secondary" data-testid="duplicate-keep-b" onClick={() => setChoice({ kind: 'merge', keep: 'b' })}>
                {t('workers.duplicates.keepB')}
              </button>
              <button type="button" className="button button-secondary" data-testid="duplicate-distinct" onClick={() => setChoice({ kind: 'distinct' })}>
                {t('workers.duplicates.distinct')}
              </button>
            </div>
          )}
          {decide.isError ? <ErrorNotice error={decide.error} /> : null}
        </div>
      ) : (
        <p className="pair-outcome">
          {pair.status === 'merged'
            ? t('workers.duplicates.outcomeMerged', { side: keptSide ? t(`workers.duplicates.side.${keptSide}`) : '—' })
            : t('workers.duplicates.outcomeDistinct')}
          {pair.note ? <span className="cell-sub">{t('workers.history.note', { note: pair.note })}</span> : null}
        </p>
      )}
    </li>
  );
}

function Pairs({ status }: { status: DuplicateStatus }) {
  const { t, i18n } = useTranslation();
  const pairs = useQuery(duplicatesQuery(status, i18n.language));
  if (pairs.isPending) return <Loading />;
  if (pairs.isError) return <ErrorNotice error={pairs.error} onRetry={() => void pairs.refetch()} />;
  if (pairs.data.items.length === 0) {
    return (
      <p className="empty" data-testid="duplicates-empty">
        {t(`workers.duplicates.empty.${status}`)}
      </p>
    );
  }
  return (
    <ol className="pair-list" data-testid="duplicates-list">
      {pairs.data.items.map((pair) => (
        <Pair key={pair.id} pair={pair} />
      ))}
    </ol>
  );
}

/** Probable duplicates (same name, birth date and regency, another NIK): merge them or keep both. */
export function DuplicatesPage() {
  const { t } = useTranslation();
  const id = useId();
  const [status, setStatus] = useState<DuplicateStatus>('open');
  useDocumentTitle(t('workers.duplicates.title'));
  return (
    <RoleGate roles={CHECKER_ROLES}>
      <div className="page" data-testid="duplicates-page">
        <BackLink />
        <header className="page-head">
          <p className="eyebrow">{t('nav.workers')}</p>
          <h1>{t('workers.duplicates.title')}</h1>
          <p className="lead">{t('workers.duplicates.lead')}</p>
        </header>
        <div className="duplicates-filter">
          <Segmented<DuplicateStatus>
            name={`${id}-status`}
            legend={t('workers.duplicates.show')}
            options={DUPLICATE_STATUSES.map((value) => ({ value, label: t(`workers.duplicates.statuses.${value}`) }))}
            value={status}
            onChange={setStatus}
            testId="duplicates-status"
          />
        </div>
        <Pairs status={status} />
      </div>
    </RoleGate>
  );
}
