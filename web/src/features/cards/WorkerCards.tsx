import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatDateTime } from '../../lib/format';
import { workerCoverageQuery } from '../coverage/api';
import { Loading } from '../common/Loading';
import { REISSUE_REASONS, useReissueCard, useWorkerCardPdf, workerCardsQuery, type Card, type CardLayout, type ReissueReason, type Reissued } from './api';
import { CardError, programsText } from './parts';

function CardStatus({ card }: { card: Card }) {
  const { t, i18n } = useTranslation();
  if (card.status === 'active') {
    return (
      <span className="pill pill-ok" data-status="active">
        {t('cards.worker.active')}
      </span>
    );
  }
  return (
    <>
      <span className="pill pill-danger" data-status="revoked">
        {t('cards.worker.revoked')}
      </span>
      <span className="cell-sub">
        {card.revokedReason && (REISSUE_REASONS as readonly string[]).includes(card.revokedReason)
          ? t(`cards.reasons.${card.revokedReason as ReissueReason}`)
          : t('cards.reasons.other')}
        {card.revokedAt ? ` · ${formatDateTime(card.revokedAt, i18n.language)}` : null}
      </span>
    </>
  );
}

type ReissuePanelProps = { workerId: string; card: Card; onDone: (answer: Reissued) => void; onCancel: () => void };

/** A lost or damaged card: asks why, then revokes it and issues the next one (its old QR reads "dicabut"). */
function ReissuePanel({ workerId, card, onDone, onCancel }: ReissuePanelProps) {
  const { t } = useTranslation();
  const id = useId();
  const [reason, setReason] = useState<ReissueReason>('lost');
  const reissue = useReissueCard(workerId);
  return (
    <div className="notice notice-warn cards-reissue" role="alertdialog" aria-labelledby={`${id}-title`} data-testid="reissue-panel">
      <p className="notice-title" id={`${id}-title`}>
        {t('cards.worker.reissueTitle', { n: card.cardNo })}
      </p>
      <p>{t('cards.worker.reissueBody')}</p>
      <fieldset className="choice-list">
        <legend>{t('cards.worker.reason')}</legend>
        {REISSUE_REASONS.map((option) => (
          <label key={option} className="choice" data-testid={`reissue-reason-${option}`}>
            <input type="radio" name={`${id}-reason`} value={option} checked={reason === option} onChange={() => setReason(option)} />
            <span className="choice-title">{t(`cards.reasons.${option}`)}</span>
          </label>
        ))}
      </fieldset>
      {reissue.isError ? <CardError error={reissue.error} testId="reissue-error" /> : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button-danger"
          data-testid="reissue-confirm"
          disabled={reissue.isPending}
          onClick={() => reissue.mutate({ cardId: card.id, reason }, { onSuccess: onDone })}
        >
          {reissue.isPending ? t('cards.worker.reissuing') : t('cards.worker.reissueYes')}
        </button>
        <button type="button" className="button button-secondary" onClick={onCancel}>
          {t('cards.worker.reissueNo')}
        </button>
      </div>
    </div>
  );
}

function PrintButtons({ workerId, label }: { workerId: string; label: string }) {
  const { t } = useTranslation();
  const print = useWorkerCardPdf(workerId);
  const [layout, setLayout] = useState<CardLayout | null>(null);
  const start = (chosen: CardLayout) => {
    setLayout(chosen);
    print.mutate(chosen);
  };
  return (
    <>
      <div className="form-actions cards-print">
        <button type="button" className="button button-primary" data-testid="worker-card-print" disabled={print.isPending} onClick={() => start('cr80')}>
          {print.isPending && layout === 'cr80' ? t('cards.worker.printing') : label}
        </button>
        <button type="button" className="button button-secondary" data-testid="worker-card-print-a4" disabled={print.isPending} onClick={() => start('a4')}>
          {print.isPending && layout === 'a4' ? t('cards.worker.printing') : t('cards.worker.printA4')}
        </button>
      </div>
      {print.isError ? <CardError error={print.error} testId="worker-card-error" /> : null}
      {print.isSuccess ? (
        <p className="muted small" role="status">
          {t('cards.worker.printed')}
        </p>
      ) : null}
    </>
  );
}

type WorkerCardsProps = { workerId: string; canReissue: boolean };

/** "Kartu peserta" on a worker's page: the cards printed so far, printing, and replacing a lost one. */
export function WorkerCards({ workerId, canReissue }: WorkerCardsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const cards = useQuery(workerCardsQuery(workerId));
  const coverage = useQuery(workerCoverageQuery(workerId, lang));
  const [reissuing, setReissuing] = useState<string | null>(null);
  const [reissued, setReissued] = useState<Reissued | null>(null);
  const items = cards.data?.items ?? [];
  const isProtected = coverage.data ? coverage.data.programs.some((program) => program.state === 'ACTIVE') : null;
  const activeCard = items.find((card) => card.status === 'active');
  const cardToReissue = reissuing ? items.find((card) => card.id === reissuing && card.status === 'active') : undefined;

  return (
    <section className="section" aria-labelledby="worker-cards-title" data-testid="worker-cards">
      <div className="section-head">
        <h2 id="worker-cards-title">{t('cards.worker.title')}</h2>
      </div>
      {isProtected === false ? (
        <div className="notice notice-info" data-testid="worker-card-not-covered">
          <p className="notice-title">{t('cards.worker.notCoveredTitle')}</p>
          <p>{t('errors.CARD_NOT_COVERED')}</p>
        </div>
      ) : null}
      {isProtected ? <PrintButtons workerId={workerId} label={activeCard ? t('cards.worker.print') : t('cards.worker.printFirst')} /> : null}
      {isProtected ? <p className="muted small">{t('cards.worker.printHint')}</p> : null}

      {reissued ? (
        <div className="notice notice-success" role="status" data-testid="reissue-done">
          <p className="notice-title">{t('cards.worker.reissued', { old: reissued.revoked.cardNo, n: reissued.card.cardNo })}</p>
          <p>{t('cards.worker.reissuedBody', { date: formatDate(reissued.card.protectedUntil, lang) })}</p>
        </div>
      ) : null}

      {cards.isPending ? <Loading /> : null}
      {cards.isError ? <CardError error={cards.error} onRetry={() => void cards.refetch()} /> : null}
      {cards.data && items.length === 0 ? (
        <p className="empty" data-testid="worker-cards-empty">
          {t('cards.worker.none')}
        </p>
      ) : null}
      {items.length > 0 ? (
        <div className="table-wrap">
          <table className="table table-stack cards-table" data-testid="worker-cards-table">
            <caption className="visually-hidden">{t('cards.worker.title')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('cards.worker.colCard')}</th>
                <th scope="col">{t('cards.worker.colPrograms')}</th>
                <th scope="col">{t('cards.worker.colUntil')}</th>
                <th scope="col">{t('cards.worker.colStatus')}</th>
                {canReissue ? (
                  <th scope="col">
                    <span className="visually-hidden">{t('cards.worker.colActions')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {items.map((card) => (
                <tr key={card.id} data-testid="worker-card-row" data-card-id={card.id} data-status={card.status} data-card-no={card.cardNo}>
                  <td className="cell-title">
                    <span className="cell-strong">{t('cards.worker.cardNo', { n: card.cardNo })}</span>
                    <span className="cell-sub">
                      {t('cards.worker.kpj')} <code>{card.kpj}</code>
                    </span>
                    <span className="cell-sub">{t('cards.worker.issued', { date: formatDate(card.issuedOn, lang) })}</span>
                  </td>
                  <td data-label={t('cards.worker.colPrograms')}>{programsText(card.programs)}</td>
                  <td data-label={t('cards.worker.colUntil')} className="nowrap">
                    {formatDate(card.protectedUntil, lang)}
                  </td>
                  <td data-label={t('cards.worker.colStatus')}>
                    <div className="cards-cell-stack">
                      <CardStatus card={card} />
                    </div>
                  </td>
                  {canReissue ? (
                    <td className="cell-actions">
                      {card.status === 'active' && reissuing !== card.id ? (
                        <button type="button" className="button button-secondary button-small" data-testid="reissue-open" onClick={() => setReissuing(card.id)}>
                          {t('cards.worker.reissue')}
                        </button>
                      ) : null}
                    </td>
                  ) : null}
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {cardToReissue ? (
        <ReissuePanel
          workerId={workerId}
          card={cardToReissue}
          onCancel={() => setReissuing(null)}
          onDone={(answer) => {
            setReissuing(null);
            setReissued(answer);
          }}
        />
      ) : null}
    </section>
  );
}
