import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect, useRouter } from '@tanstack/react-router';
import { AREAS, type AreaKey } from './app/nav';
import { sessionQuery, useUser } from './app/session';
import { AboutPage } from './features/about/AboutPage';
import { CekPage } from './features/coverage/CekPage';
import { CoveragePage } from './features/coverage/CoveragePage';
import { isCoverageFilter, isMessageStatus, isMessageTemplate } from './features/coverage/labels';
import { MandiriPage } from './features/coverage/MandiriPage';
import { MessagesPage, type MessagesSearch } from './features/coverage/MessagesPage';
import { PoolGiftPage } from './features/coverage/PoolGiftPage';
import { DonationPage } from './features/donations/DonationPage';
import { DonationsPage, type DonationsSearch } from './features/donations/DonationsPage';
import { FundPage } from './features/donations/FundPage';
import { isDonationStatus } from './features/donations/labels';
import { NewDonationPage } from './features/donations/NewDonationPage';
import { OrganisationPage } from './features/donations/OrganisationPage';
import { DonationNotFound } from './features/donations/parts';
import { DonorPage } from './features/donors/DonorPage';
import { DonorsPage } from './features/donors/DonorsPage';
import { RegisterDonorPage } from './features/donors/RegisterDonorPage';
import { LedgerPage } from './features/ledger/LedgerPage';
import { ExceptionsPage } from './features/payments/ExceptionsPage';
import { TransfersPage } from './features/payments/TransfersPage';
import { SimulatorPayPage } from './features/simulator/SimulatorPayPage';
import { LoginPage } from './features/auth/LoginPage';
import { ErrorNotice } from './features/common/ErrorNotice';
import { Loading } from './features/common/Loading';
import { NotFoundPage } from './features/common/NotFoundPage';
import { HomePage } from './features/home/HomePage';
import { PlaceholderPage } from './features/placeholders/PlaceholderPage';
import { CardBatchPage, CardsPage, HandoverEventPage, HandoverEventsPage, VerifyCardPage } from './features/cards/pages';
import { ClaimPage, ClaimsImpactPage, ClaimsPage, NewClaimPage, PublicClaimPage, type ClaimsSearch } from './features/claims/pages';
import { RegionsPage } from './features/regions/RegionsPage';
import { SimulasiPage } from './features/simulasi/SimulasiPage';
import { isSimulasiTab, type SimulasiTab } from './features/simulasi/tabs';
import { AppShell } from './features/shell/AppShell';
import { UsersPage } from './features/users/UsersPage';
import type { WorkerFilters } from './features/workers/api';
import { DuplicatesPage } from './features/workers/DuplicatesPage';
import { ImportPage } from './features/workers/ImportPage';
import { isSort, isWorkerStatus } from './features/workers/labels';
import { RegisterPage } from './features/workers/RegisterPage';
import { VerifyQueuePage } from './features/workers/VerifyQueuePage';
import { WorkerNotFound } from './features/workers/parts';
import { WorkerPage } from './features/workers/WorkerPage';
import { WorkersPage } from './features/workers/WorkersPage';

export type RouterContext = { queryClient: QueryClient };

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;
const OCCUPATION_CODE = /^[A-Z_]{2,40}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
}

/** The router reads "?p3ke=3" as a number and "?dtks=true" as a boolean: accept both spellings. */
function workerFilters(search: Record<string, unknown>): WorkerFilters {
  const filters: WorkerFilters = {};
  const q = optionalString(search.q)?.trim();
  if (q && q.length >= 2 && q.length <= 100) filters.q = q;
  const region = optionalString(search.region);
  if (region && REGION_CODE.test(region)) filters.region = region;
  const occupation = optionalString(search.occupation);
  if (occupation && OCCUPATION_CODE.test(occupation)) filters.occupation = occupation;
  if (isWorkerStatus(search.status)) filters.status = search.status;
  if (search.dtks === true || search.dtks === 'true') filters.dtks = true;
  if (search.dtks === false || search.dtks === 'false') filters.dtks = false;
  const p3ke = Number(search.p3ke);
  if (Number.isInteger(p3ke) && p3ke >= 1 && p3ke <= 10) filters.p3ke = p3ke;
  if (isCoverageFilter(search.coverage)) filters.coverage = search.coverage;
  if (isSort(search.sort) && search.sort !== 'newest') filters.sort = search.sort;
  return filters;
}

const rootRoute = createRootRouteWithContext<RouterContext>()({
  component: Outlet,
  notFoundComponent: NotFoundPage,
});

const loginRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/login',
  validateSearch: (search: Record<string, unknown>): { redirect?: string } => {
    const target = optionalString(search.redirect);
    return target ? { redirect: target } : {};
  },
  beforeLoad: async ({ context }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (session) throw redirect({ to: '/' });
  },
  component: LoginPage,
});

const aboutRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/about',
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: AboutPage,
});

/** Public: quotes, benefit simulations, NIK checks and the rule book, signed in or not. */
const simulasiRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/simulasi',
  validateSearch: (search: Record<string, unknown>): { tab?: SimulasiTab } => {
    return isSimulasiTab(search.tab) ? { tab: search.tab } : {};
  },
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: function SimulasiRoute() {
    const { tab } = simulasiRoute.useSearch();
    return <SimulasiPage tab={tab ?? 'donatur'} />;
  },
});

/** Public: a person becomes an individual donor, is signed in, and lands on the new-donation wizard. */
const registerDonorRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/daftar-donatur',
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: RegisterDonorPage,
});

/** Public, like a gateway's page: the built-in payment simulator (shown only when it answers). */
const simulatorPayRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/simulator/pay/$orderId',
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: function SimulatorPayRoute() {
    const { orderId } = simulatorPayRoute.useParams();
    return <SimulatorPayPage key={orderId} orderId={orderId} />;
  },
});

/** Public: "am I covered?" by NIK and birth date, answered with a masked name. */
const cekRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/cek',
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: CekPage,
});

/** Public: "lanjut mandiri", a worker paying their own contributions with a personal code. */
const mandiriRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/mandiri',
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: MandiriPage,
});

/** Public: anyone (a hospital, an official) checks a card's QR; works offline with cached keys. */
const verifyCardRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/verifikasi',
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: VerifyCardPage,
});

/** Public: an heir starts a claim and uploads documents; a branch officer reviews it. */
const publicClaimRoute = createRoute({
  getParentRoute: () => rootRoute,
  path: '/klaim',
  beforeLoad: async ({ context }) => {
    await context.queryClient.ensureQueryData(sessionQuery);
  },
  component: PublicClaimPage,
});

function isCreatedFlag(search: Record<string, unknown>): { created?: boolean } {
  return search.created === true || search.created === 'true' ? { created: true } : {};
}

function AppLayout() {
  const user = useUser();
  // After sign-out the session is gone a moment before the sign-in page appears.
  if (!user) return null;
  return (
    <AppShell user={user}>
      <Outlet />
    </AppShell>
  );
}

/** Every page below needs a signed-in user; without one, go to /login and come back after. */
const appRoute = createRoute({
  getParentRoute: () => rootRoute,
  id: 'app',
  beforeLoad: async ({ context, location }) => {
    const session = await context.queryClient.ensureQueryData(sessionQuery);
    if (!session) {
      throw redirect({ to: '/login', search: location.href === '/' ? {} : { redirect: location.href } });
    }
  },
  component: AppLayout,
  notFoundComponent: NotFoundPage,
});

const homeRoute = createRoute({ getParentRoute: () => appRoute, path: '/', component: HomePage });

const regionsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/regions',
  validateSearch: (search: Record<string, unknown>): { code?: string } => {
    const code = optionalString(search.code);
    return code && REGION_CODE.test(code) ? { code } : {};
  },
  component: function RegionsRoute() {
    const { code } = regionsRoute.useSearch();
    return <RegionsPage code={code} />;
  },
});

const usersRoute = createRoute({ getParentRoute: () => appRoute, path: '/users', component: UsersPage });

/** The worker registry: list (filters in the address), one worker, registration, import, queues. */
const workersRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workers',
  validateSearch: workerFilters,
  component: function WorkersRoute() {
    const filters = workersRoute.useSearch();
    return <WorkersPage filters={filters} />;
  },
});

const workerNewRoute = createRoute({ getParentRoute: () => appRoute, path: '/workers/new', component: RegisterPage });

const workerImportRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workers/import',
  validateSearch: (search: Record<string, unknown>): { id?: string } => {
    const id = optionalString(search.id);
    return id && UUID.test(id) ? { id } : {};
  },
  component: function WorkerImportRoute() {
    const { id } = workerImportRoute.useSearch();
    return <ImportPage importId={id} />;
  },
});

const workerVerifyRoute = createRoute({ getParentRoute: () => appRoute, path: '/workers/verify', component: VerifyQueuePage });

const workerDuplicatesRoute = createRoute({ getParentRoute: () => appRoute, path: '/workers/duplicates', component: DuplicatesPage });

const workerRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/workers/$id',
  component: function WorkerRoute() {
    const { id } = workerRoute.useParams();
    // An address that cannot be a worker's is simply "not found", without asking the server.
    return UUID.test(id) ? <WorkerPage key={id} id={id} /> : <WorkerNotFound />;
  },
});

/** Donations: the list (filters in the address), the wizard, one donation, the donor's fund and organisation. */
const donationsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/donations',
  validateSearch: (search: Record<string, unknown>): DonationsSearch => {
    const donor = optionalString(search.donor);
    return {
      ...(isDonationStatus(search.status) ? { status: search.status } : {}),
      ...(donor && UUID.test(donor) ? { donor } : {}),
    };
  },
  component: function DonationsRoute() {
    const search = donationsRoute.useSearch();
    return <DonationsPage search={search} />;
  },
});

const donationNewRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/donations/new',
  validateSearch: (search: Record<string, unknown>): { donor?: string } => {
    const donor = optionalString(search.donor);
    return donor && UUID.test(donor) ? { donor } : {};
  },
  component: function DonationNewRoute() {
    const { donor } = donationNewRoute.useSearch();
    return <NewDonationPage donor={donor} />;
  },
});

const fundRoute = createRoute({ getParentRoute: () => appRoute, path: '/donations/fund', component: FundPage });

const organisationRoute = createRoute({ getParentRoute: () => appRoute, path: '/donations/organisation', component: OrganisationPage });

const donationRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/donations/$id',
  validateSearch: isCreatedFlag,
  component: function DonationRoute() {
    const { id } = donationRoute.useParams();
    const { created } = donationRoute.useSearch();
    return UUID.test(id) ? <DonationPage key={id} id={id} isCreated={created === true} /> : <DonationNotFound />;
  },
});

/** The money desk (officers and admins): donor organisations, bank transfers, exceptions, the ledger. */
const donorsRoute = createRoute({ getParentRoute: () => appRoute, path: '/donors', component: DonorsPage });

const donorRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/donors/$id',
  validateSearch: isCreatedFlag,
  component: function DonorRoute() {
    const { id } = donorRoute.useParams();
    const { created } = donorRoute.useSearch();
    return UUID.test(id) ? <DonorPage key={id} id={id} isCreated={created === true} /> : <NotFoundPage />;
  },
});

const transfersRoute = createRoute({ getParentRoute: () => appRoute, path: '/payments/transfers', component: TransfersPage });

const exceptionsRoute = createRoute({ getParentRoute: () => appRoute, path: '/payments/exceptions', component: ExceptionsPage });

const ledgerRoute = createRoute({ getParentRoute: () => appRoute, path: '/ledger', component: LedgerPage });

/** Coverage: the overview (a region of the table in the address), the messages log, a gift to the pool. */
const coverageRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/coverage',
  validateSearch: (search: Record<string, unknown>): { region?: string } => {
    const region = optionalString(search.region);
    return region && REGION_CODE.test(region) ? { region } : {};
  },
  component: function CoverageRoute() {
    const { region } = coverageRoute.useSearch();
    return <CoveragePage region={region} />;
  },
});

const coverageMessagesRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/coverage/messages',
  validateSearch: (search: Record<string, unknown>): MessagesSearch => ({
    ...(isMessageStatus(search.status) ? { status: search.status } : {}),
    ...(isMessageTemplate(search.template) ? { template: search.template } : {}),
  }),
  component: function CoverageMessagesRoute() {
    const search = coverageMessagesRoute.useSearch();
    return <MessagesPage search={search} />;
  },
});

const coveragePoolRoute = createRoute({ getParentRoute: () => appRoute, path: '/coverage/pool', component: PoolGiftPage });

const cardsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cards',
  validateSearch: (search: Record<string, unknown>): { donationId?: string } => {
    const donationId = optionalString(search.donationId);
    return donationId && UUID.test(donationId) ? { donationId } : {};
  },
  component: function CardsRoute() {
    return <CardsPage donationId={cardsRoute.useSearch().donationId} />;
  },
});

const cardBatchRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cards/batches/$batchId',
  component: function CardBatchRoute() {
    return <CardBatchPage batchId={cardBatchRoute.useParams().batchId} />;
  },
});

const handoverEventsRoute = createRoute({ getParentRoute: () => appRoute, path: '/cards/events', component: HandoverEventsPage });

const handoverEventRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/cards/events/$eventId',
  component: function HandoverEventRoute() {
    return <HandoverEventPage eventId={handoverEventRoute.useParams().eventId} />;
  },
});

const CLAIM_STATUSES = ['draft', 'submitted', 'verified', 'approved', 'paid', 'rejected'] as const;

const claimsRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/claims',
  validateSearch: (search: Record<string, unknown>): ClaimsSearch => ({
    ...(CLAIM_STATUSES.includes(search.status as (typeof CLAIM_STATUSES)[number]) ? { status: search.status as (typeof CLAIM_STATUSES)[number] } : {}),
    ...(search.overdue === true || search.overdue === 'true' ? { overdue: true } : {}),
  }),
  component: function ClaimsRoute() {
    return <ClaimsPage search={claimsRoute.useSearch()} />;
  },
});

const newClaimRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/claims/new',
  validateSearch: (search: Record<string, unknown>): { workerId?: string } => {
    const workerId = optionalString(search.workerId);
    return workerId && UUID.test(workerId) ? { workerId } : {};
  },
  component: function NewClaimRoute() {
    return <NewClaimPage workerId={newClaimRoute.useSearch().workerId} />;
  },
});

const claimRoute = createRoute({
  getParentRoute: () => appRoute,
  path: '/claims/$claimId',
  component: function ClaimRoute() {
    return <ClaimPage claimId={claimRoute.useParams().claimId} />;
  },
});

const claimsImpactRoute = createRoute({ getParentRoute: () => appRoute, path: '/donations/impact', component: ClaimsImpactPage });

function placeholderRoute(area: AreaKey) {
  return createRoute({
    getParentRoute: () => appRoute,
    path: `/${area}`,
    component: function AreaPlaceholder() {
      return <PlaceholderPage area={area} />;
    },
  });
}

const routeTree = rootRoute.addChildren([
  loginRoute,
  aboutRoute,
  simulasiRoute,
  registerDonorRoute,
  simulatorPayRoute,
  cekRoute,
  mandiriRoute,
  verifyCardRoute,
  publicClaimRoute,
  appRoute.addChildren([
    homeRoute,
    regionsRoute,
    usersRoute,
    workersRoute,
    workerNewRoute,
    workerImportRoute,
    workerVerifyRoute,
    workerDuplicatesRoute,
    workerRoute,
    donationsRoute,
    donationNewRoute,
    fundRoute,
    organisationRoute,
    donationRoute,
    donorsRoute,
    donorRoute,
    transfersRoute,
    exceptionsRoute,
    ledgerRoute,
    coverageRoute,
    coverageMessagesRoute,
    coveragePoolRoute,
    cardsRoute,
    cardBatchRoute,
    handoverEventsRoute,
    handoverEventRoute,
    claimsRoute,
    newClaimRoute,
    claimRoute,
    claimsImpactRoute,
    ...AREAS.map(placeholderRoute),
  ]),
]);

function RouteError({ error }: { error: unknown }) {
  const router = useRouter();
  return (
    <div className="page narrow">
      <ErrorNotice error={error} onRetry={() => void router.invalidate()} />
    </div>
  );
}

export function createAppRouter(queryClient: QueryClient) {
  return createRouter({
    routeTree,
    context: { queryClient },
    defaultPreload: 'intent',
    // Data freshness is TanStack Query's job.
    defaultPreloadStaleTime: 0,
    defaultPendingComponent: Loading,
    defaultErrorComponent: RouteError,
    defaultNotFoundComponent: NotFoundPage,
    scrollRestoration: true,
  });
}

declare module '@tanstack/react-router' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface Register {
    router: ReturnType<typeof createAppRouter>;
  }
}
