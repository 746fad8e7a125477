import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '../../lib/format';
import type { CoverageSummary } from './api';
import { FILTER_STATE, type CoverageFilter } from './labels';
import { useGraceMonths } from './parts';

type Card = { key: CoverageFilter; value: number };

/** The figure of each state, in the order of the worker-list filter. */
function cardsOf(summary: CoverageSummary): Card[] {
  return [
    { key: 'active', value: summary.states.ACTIVE },
    { key: 'expiring', value: summary.expiring30 },
    { key: 'arrears', value: summary.states.ARREARS },
    { key: 'ended', value: summary.states.ENDED },
    { key: 'self', value: summary.selfPaying },
    // The list's "never covered" holds those whose protection has not started yet too.
    { key: 'none', value: summary.states.NONE + summary.states.NOT_STARTED },
  ];
}

type StateCardsProps = {
  summary: CoverageSummary;
  /** The region the figures are counted in (the list opens filtered to it). */
  region?: string;
  /** Whether the viewer may open the worker list (gov may not): the cards are links then. */
  canList: boolean;
};

/** Workers by JKM coverage state; each card opens the worker list filtered to that state. */
export function StateCards({ summary, region, canList }: StateCardsProps) {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const grace = useGraceMonths();
  const regionSearch = region ? { region } : {};
  return (
    <section className="section" aria-labelledby="coverage-cards-title" data-testid="coverage-cards">
      <div className="section-head">
        <h2 id="coverage-cards-title">{t('coverage.cards.title')}</h2>
        <p className="muted small" data-testid="coverage-as-of">
          {summary.statesAsOf ? t('coverage.cards.asOf', { date: formatDate(summary.statesAsOf, lang) }) : t('coverage.cards.asOfNone')}
        </p>
      </div>
      <p className="muted small">{canList ? t('coverage.cards.intro') : t('coverage.cards.introNoList')}</p>
      <ul className="figures coverage-cards">
        <li className="figure figure-total" data-testid="coverage-card-total">
          {canList ? (
            <Link to="/workers" search={regionSearch} className="figure-link">
              <span className="figure-value">{formatNumber(summary.total, lang)}</span>
              <span className="figure-label">{t('coverage.cards.total')}</span>
            </Link>
          ) : (
            <>
              <span className="figure-value">{formatNumber(summary.total, lang)}</span>
              <span className="figure-label">{t('coverage.cards.total')}</span>
            </>
          )}
        </li>
        {cardsOf(summary).map((card) => {
          const body = (
            <>
              <span className="figure-value" data-testid={`coverage-card-${card.key}-value`}>
                {formatNumber(card.value, lang)}
              </span>
              <span className="figure-label">{t(`coverage.filters.${card.key}`)}</span>
              <span className="figure-hint">{t(`coverage.cards.hints.${card.key}`, { grace })}</span>
            </>
          );
          return (
            <li key={card.key} className="figure coverage-card" data-state={FILTER_STATE[card.key]} data-testid={`coverage-card-${card.key}`}>
              {canList ? (
                <Link to="/workers" search={{ ...regionSearch, coverage: card.key }} className="figure-link" data-testid={`coverage-card-${card.key}-link`}>
                  {body}
                </Link>
              ) : (
                body
              )}
            </li>
          );
        })}
        <li className="figure coverage-card" data-state="POOL" data-testid="coverage-card-pooled">
          <span className="figure-value">{formatNumber(summary.pooled, lang)}</span>
          <span className="figure-label">{t('coverage.cards.pooled')}</span>
          <span className="figure-hint">{t('coverage.cards.hints.pooled')}</span>
        </li>
      </ul>
    </section>
  );
}
