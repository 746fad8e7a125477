import type { QueryClient } from '@tanstack/react-query';
import { createRootRouteWithContext, createRoute, createRouter, Outlet, redirect, useRouter } from '@tanstack/react-router';
import { AREAS, type AreaKey } from './app/nav';
import { sessionQuery, useUser } from './app/session';
import { AboutPage } from './features/about/AboutPage';
import { LoginPage } from './features/auth/LoginPage';
import { ErrorNotice } from './features/common/ErrorNotice';
import { Loading } from './features/common/Loading';
import { NotFoundPage } from './features/common/NotFoundPage';
import { HomePage } from './features/home/HomePage';
import { PlaceholderPage } from './features/placeholders/PlaceholderPage';
import { RegionsPage } from './features/regions/RegionsPage';
import { SimulasiPage } from './features/simulasi/SimulasiPage';
import { isSimulasiTab, type SimulasiTab } from './features/simulasi/tabs';
import { AppShell } from './features/shell/AppShell';
import { UsersPage } from './features/users/UsersPage';

export type RouterContext = { queryClient: QueryClient };

const REGION_CODE = /^\d{2}(\.\d{2}(\.\d{2}(\.\d{4})?)?)?$/;

function optionalString(value: unknown): string | undefined {
  return typeof value === 'string' && value.length > 0 ? value : undefined;
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
  appRoute.addChildren([homeRoute, regionsRoute, usersRoute, ...AREAS.map(placeholderRoute)]),
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
