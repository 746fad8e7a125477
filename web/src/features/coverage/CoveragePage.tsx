import { useQueries, useQuery } from '@tanstack/react-query';
import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { Me } from '../../api/client';
import { isChecker, rolesFor } from '../../app/nav';
import { useUser } from '../../app/session';
import { formatMonth } from '../../lib/format';
import { useDocumentTitle } from '../../lib/hooks';
import { ErrorNotice } from '../common/ErrorNotice';
import { Loading } from '../common/Loading';
import { RoleGate } from '../common/RoleGate';
import { donationQuery, donationsQuery } from '../donations/api';
import { DonationStatusBadge } from '../donations/parts';
import { summaryQuery } from './api';
import { ContinuityTable } from './ContinuityTable';
import { ForecastsTable } from './ForecastsTable';
import { addMonths, jakartaToday, monthOf } from './months';
import { workersCount } from './parts';
import { PoolCard } from './PoolCard';
import { RegionBreakdown } from './RegionBreakdown';
import { RunsSection } from './RunsSection';
import { StateCards } from './StateCards';

/** Who may open the worker list (the cards link to it). */
const LIST_ROLES = rolesFor('workers');
/** Lapse forecasts are read by the programme's managers and regional government, not field agents. */
const FORECAST_ROLES = ['admin', 'officer', 'gov'] as const;

/** The viewer's only working area, where the region table starts (no higher: the rest is not theirs). */
function topRegion(user: Me): string | undefined {
  return user.regionScopes.length === 1 ? user.regionScopes[0]?.code : undefined;
}

function StateDefinitions() {
  const { t } = useTranslation();
  return (
    <details className="card-details coverage-why" data-testid="coverage-why">
      <summary>{t('coverage.why.title')}</summary>
      <dl className="facts coverage-why-list">
        <dt>{t('coverage.states.ACTIVE')}</dt>
        <dd>{t('coverage.why.ACTIVE')}</dd>
        <dt>{t('coverage.states.ARREARS')}</dt>
        <dd>{t('coverage.why.ARREARS')}</dd>
        <dt>{t('coverage.states.ENDED')}</dt>
        <dd>{t('coverage.why.ENDED')}</dd>
        <dt>{t('coverage.filters.expiring')}</dt>
        <dd>{t('coverage.why.expiring')}</dd>
        <dt>{t('coverage.filters.self')}</dt>
        <dd>{t('coverage.why.self')}</dd>
      </dl>
    </details>
  );
}

/** Officers, admins, regional government and agents: the programme in their regions. */
function StaffCoverage({ user, region }: { user: Me; region: string | undefined }) {
  const { t, i18n } = useTranslation();
  const top = topRegion(user);
  // The figures follow the region chosen in the table; the viewer's own area needs no filter.
  const counted = region && region !== top ? region : undefined;
  const summary = useQuery(summaryQuery(counted, i18n.language));
  const canList = LIST_ROLES.includes(user.role);
  const canRun = isChecker(user.role);
  const hasForecasts = FORECAST_ROLES.some((role) => role === user.role);

  return (
    <div className="page coverage-page" data-testid="coverage-page">
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{t(`roles.${user.role}`)}</p>
          <h1 data-testid="coverage-title">{t('coverage.overview.title')}</h1>
          <p className="lead">{t(`coverage.overview.lead.${user.role === 'gov' ? 'gov' : 'staff'}`)}</p>
        </div>
        {canRun ? (
          <div className="page-actions">
            <Link to="/coverage/messages" className="button button-secondary" data-testid="coverage-messages-link">
              {t('coverage.links.messages')}
            </Link>
          </div>
        ) : null}
      </header>

      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data ? (
        <div className={summary.isPlaceholderData ? 'is-stale' : undefined}>
          <StateCards summary={summary.data} region={counted} canList={canList} />
        </div>
      ) : null}
      <StateDefinitions />

      <RegionBreakdown parent={region ?? top} top={top} />
      {summary.data ? <ContinuityTable months={summary.data.continuity} /> : null}
      {hasForecasts ? <ForecastsTable region={counted} /> : null}
      <PoolCard />
      {canRun ? <RunsSection canStart={user.role === 'admin'} /> : null}
    </div>
  );
}

/** Donations of this donor that end this month or next: the ones to renew. */
function EndingDonations() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const donations = useQuery(donationsQuery({ status: 'allocated' }));
  const current = monthOf(jakartaToday());
  const next = addMonths(current, 1);
  // A gift to the pool protects no one by name (no workers): nothing to renew.
  const ending = (donations.data?.items ?? [])
    .map((item) => ({ ...item, endMonth: addMonths(item.startMonth, item.months - 1) }))
    .filter((item) => item.workerCount > 0 && (item.endMonth === current || item.endMonth === next));
  const details = useQueries({ queries: ending.map((item) => donationQuery(item.id, lang)) });
  return (
    <section className="section" aria-labelledby="ending-title" data-testid="coverage-ending">
      <div className="section-head">
        <h2 id="ending-title">{t('coverage.donor.endingTitle')}</h2>
      </div>
      <p className="muted small">{t('coverage.donor.endingIntro')}</p>
      {donations.isPending ? <Loading /> : null}
      {donations.isError ? <ErrorNotice error={donations.error} onRetry={() => void donations.refetch()} /> : null}
      {donations.data && ending.length === 0 ? <p className="empty">{t('coverage.donor.endingNone')}</p> : null}
      {ending.length > 0 ? (
        <ul className="queue-links ending-list">
          {ending.map((item, index) => {
            // The list does not say whether a donation was renewed: its own page does.
            const detail = details[index]?.data;
            return (
              <li key={item.id}>
                <Link
                  to="/donations/$id"
                  params={{ id: item.id }}
                  className="queue-link"
                  data-testid="ending-donation"
                  data-number={item.number}
                  data-renewable={detail ? String(detail.can.renew) : undefined}
                >
                  <span className="queue-link-title">
                    {item.number} <DonationStatusBadge status={item.status} />
                  </span>
                  <span className="queue-link-sub">
                    {t('coverage.donor.endingLine', { workers: workersCount(t, item.workerCount, lang), month: formatMonth(item.endMonth, lang) })}
                  </span>
                  {detail?.renewedBy ? (
                    <span className="queue-link-sub">{t('coverage.donor.endingRenewed', { number: detail.renewedBy.number })}</span>
                  ) : detail?.can.renew ? (
                    <span className="queue-link-sub ending-action">{t('coverage.donor.endingAction')}</span>
                  ) : null}
                </Link>
              </li>
            );
          })}
        </ul>
      ) : null}
    </section>
  );
}

/** A donor: the state of the workers its donations protect, what ends soon, and the pool. */
function DonorCoverage({ user }: { user: Me }) {
  const { t, i18n } = useTranslation();
  const summary = useQuery(summaryQuery(undefined, i18n.language));
  return (
    <div className="page coverage-page" data-testid="coverage-page">
      <header className="page-head page-head-row">
        <div>
          <p className="eyebrow">{user.donorOrg?.displayName ?? t('roles.donor')}</p>
          <h1 data-testid="coverage-title">{t('coverage.overview.title')}</h1>
          <p className="lead">{t('coverage.overview.lead.donor')}</p>
        </div>
        <div className="page-actions">
          <Link to="/coverage/pool" className="button button-primary" data-testid="coverage-pool-gift">
            {t('coverage.pool.give')}
          </Link>
        </div>
      </header>

      {summary.isPending ? <Loading /> : null}
      {summary.isError ? <ErrorNotice error={summary.error} onRetry={() => void summary.refetch()} /> : null}
      {summary.data && summary.data.total === 0 ? (
        <div className="empty empty-kind" data-testid="coverage-donor-empty">
          <p className="notice-title">{t('coverage.donor.emptyTitle')}</p>
          <p>{t('coverage.donor.empty')}</p>
          <p>
            <Link to="/donations/new">{t('donations.links.newDonation')}</Link>
          </p>
        </div>
      ) : null}
      {summary.data && summary.data.total > 0 ? <StateCards summary={summary.data} canList /> : null}
      <StateDefinitions />
      <EndingDonations />
      <PoolCard />
    </div>
  );
}

function CoverageContent({ region }: { region: string | undefined }) {
  const { t } = useTranslation();
  const user = useUser();
  useDocumentTitle(t('coverage.overview.title'));
  if (!user) return null;
  return user.role === 'donor' ? <DonorCoverage user={user} /> : <StaffCoverage user={user} region={region} />;
}

/** "Kepesertaan": who is protected now, who is in arrears or has lapsed, and what keeps them covered. */
export function CoveragePage({ region }: { region: string | undefined }) {
  return (
    <RoleGate roles={rolesFor('coverage')}>
      <CoverageContent region={region} />
    </RoleGate>
  );
}
