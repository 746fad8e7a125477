import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import Fastify, { type FastifyInstance, type RouteOptions } from 'fastify';
import fastifyCookie from '@fastify/cookie';
import fastifyHelmet from '@fastify/helmet';
import fastifyRateLimit from '@fastify/rate-limit';
import fastifyStatic from '@fastify/static';
import fastifySwagger from '@fastify/swagger';
import fastifySwaggerUi from '@fastify/swagger-ui';
import { jsonSchemaTransform, jsonSchemaTransformObject, serializerCompiler, validatorCompiler } from 'fastify-type-provider-zod';
import { newId } from './lib/ids.ts';
import type { Config } from './config.ts';
import type { Database } from './db/database.ts';
import type { Queue } from './jobs/queue.ts';
import { registerAuthHooks, sessionCookieSettings } from './http/auth-hooks.ts';
import { registerErrorHandler, sendError } from './http/error-handler.ts';
import { registerIdempotency } from './http/idempotency.ts';
import { loggerOptions } from './http/logging.ts';
import type { Policy } from './http/policy.ts';
import { authRoutes } from './modules/auth/routes.ts';
import { cardRoutes } from './modules/cards/routes.ts';
import { claimRoutes } from './modules/claims/routes.ts';
import { statisticsRoutes } from './modules/statistics/routes.ts';
import { coverageRoutes } from './modules/coverage/routes.ts';
import { donorOrgRoutes } from './modules/donor-orgs/routes.ts';
import { healthRoutes } from './modules/health/routes.ts';
import { homeRoutes } from './modules/home/routes.ts';
import { regionRoutes } from './modules/regions/routes.ts';
import { ruleRoutes } from './modules/rules/routes.ts';
import { userRoutes } from './modules/users/routes.ts';
import { allocateDonation } from './modules/donations/allocate.ts';
import { donationRoutes } from './modules/donations/routes.ts';
import { paymentRoutes } from './modules/payments/routes.ts';
import { paymentProviders, type PaymentDeps } from './modules/payments/service.ts';
import { simulatorRoutes, type Notification } from './modules/payments/simulator.ts';
import { workerImportRoutes } from './modules/workers/import/routes.ts';
import { workerRoutes } from './modules/workers/routes.ts';

export const WEB_DIST = fileURLToPath(new URL('../web/dist/', import.meta.url));

export type AppDeps = {
  config: Config;
  database: Database;
  queue?: Queue | null;
  /** Payment gateway adapters; by default from the configuration (tests may point them elsewhere). */
  paymentProviders?: PaymentDeps['providers'];
  /** How the built-in simulator delivers notifications; by default an HTTP POST to PUBLIC_URL. */
  simulatorNotify?: (notification: Notification) => Promise<void>;
  /** Where log lines go (tests capture them); standard output by default. */
  logStream?: { write: (line: string) => void };
  /** Serve the built web app from web/dist (off in API tests). */
  isWebServed?: boolean;
};

export type RouteEntry = { method: string; url: string; policy: Policy | undefined; isPluginRoute: boolean };

declare module 'fastify' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions -- declaration merging needs an interface
  interface FastifyInstance {
    deps: AppDeps;
    routeTable: RouteEntry[];
    payments: PaymentDeps;
  }
}

/** Routes that plugins register themselves: the API docs and the static web app. Always public. */
const PLUGIN_ROUTE_PREFIXES = ['/api/docs', '/api/openapi.json'];

export async function buildApp(deps: AppDeps): Promise<FastifyInstance> {
  const { config, database } = deps;
  const app = Fastify({
    logger: loggerOptions(config.logLevel, deps.logStream),
    genReqId: () => newId(),
    requestIdHeader: false,
    trustProxy: config.trustProxy,
    bodyLimit: 1024 * 1024,
    return503OnClosing: true,
    routerOptions: { ignoreTrailingSlash: true },
  });
  app.setValidatorCompiler(validatorCompiler);
  app.setSerializerCompiler(serializerCompiler);
  app.decorate('deps', deps);
  app.decorate('payments', {
    db: database.db,
    config,
    providers: deps.paymentProviders ?? paymentProviders(config),
    // A paid donation is allocated by a job in the server, at once where there is no queue (tests, CLI).
    onPaid: async (donationId: string) => {
      if (deps.queue) await deps.queue.send('donations.allocate', { donationId }, { singletonKey: donationId });
      else await allocateDonation(database.db, config.rules, donationId, { notify: { messaging: config.messaging, publicUrl: config.publicUrl } });
    },
  } satisfies PaymentDeps);
  app.decorate('routeTable', [] as RouteEntry[]);

  app.addHook('onRoute', (route: RouteOptions) => {
    const isPluginRoute = PLUGIN_ROUTE_PREFIXES.some((p) => route.url.startsWith(p)) || !route.url.startsWith('/api');
    if (isPluginRoute && !route.config?.policy) {
      route.config = { ...route.config, policy: { kind: 'public' } };
    }
    const methods = Array.isArray(route.method) ? route.method : [route.method];
    for (const method of methods) {
      app.routeTable.push({ method, url: route.url, policy: route.config?.policy as Policy | undefined, isPluginRoute });
    }
  });

  app.addHook('onSend', async (request, reply) => {
    reply.header('x-request-id', request.id);
    if (request.url.startsWith('/api/') && !reply.hasHeader('cache-control')) reply.header('cache-control', 'no-store');
  });

  registerErrorHandler(app);

  await app.register(fastifyHelmet, {
    contentSecurityPolicy: {
      directives: {
        'default-src': ["'self'"],
        'script-src': ["'self'"],
        'style-src': ["'self'", "'unsafe-inline'"],
        'img-src': ["'self'", 'data:'],
        'connect-src': ["'self'"],
        'frame-ancestors': ["'none'"],
        'object-src': ["'none'"],
        'base-uri': ["'self'"],
        'form-action': ["'self'"],
        'upgrade-insecure-requests': null,
      },
    },
    strictTransportSecurity: { maxAge: 31_536_000, includeSubDomains: true },
  });
  await app.register(fastifyCookie);
  // preHandler: limits run after the session is resolved, so per-user limits key on the user.
  await app.register(fastifyRateLimit, { global: false, hook: 'preHandler' });

  await app.register(fastifySwagger, {
    openapi: {
      openapi: '3.1.0',
      info: {
        title: 'Lingkaran API',
        description:
          'API platform GN Lingkaran: registri pekerja rentan, donasi, kepesertaan BPJS Ketenagakerjaan, kartu, klaim dan statistik. ' +
          'Semua galat berbentuk {"error":{"code","message","details"}}.',
        version: config.version,
      },
      components: {
        securitySchemes: {
          session: { type: 'apiKey', in: 'cookie', name: sessionCookieSettings(config.cookieSecure).name },
        },
      },
    },
    transform: jsonSchemaTransform,
    transformObject: jsonSchemaTransformObject,
  });
  await app.register(fastifySwaggerUi, { routePrefix: '/api/docs', staticCSP: true });

  registerAuthHooks(app, {
    db: database.db,
    sessions: {
      idleMinutes: config.sessionIdleMinutes,
      absoluteHours: config.sessionAbsoluteHours,
      secret: config.sessionSecret,
    },
    cookie: sessionCookieSettings(config.cookieSecure),
  });

  registerIdempotency(app, database.db);

  await app.register(
    async (api) => {
      await api.register(healthRoutes);
      await api.register(authRoutes);
      await api.register(userRoutes);
      await api.register(donorOrgRoutes);
      await api.register(regionRoutes);
      await api.register(homeRoutes);
      await api.register(ruleRoutes);
      await api.register(workerRoutes);
      await api.register(workerImportRoutes);
      await api.register(donationRoutes);
      await api.register(paymentRoutes);
      await api.register(coverageRoutes);
      await api.register(cardRoutes);
      await api.register(claimRoutes);
      await api.register(statisticsRoutes);
      api.get('/openapi.json', { schema: { hide: true }, config: { policy: { kind: 'public' } } }, async () => app.swagger());
    },
    { prefix: '/api' },
  );

  const simulator = config.payments.simulator;
  if (simulator) {
    const webhook = `${config.internalUrl}/api/payments/webhooks/simulator`;
    await app.register(simulatorRoutes, {
      prefix: '/simulator/midtrans',
      db: database.db,
      serverKey: simulator.serverKey,
      notify:
        deps.simulatorNotify ??
        (async (notification) => {
          // Like a real gateway: a failed delivery is not retried here; the poller finds the payment.
          await fetch(webhook, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(notification), signal: AbortSignal.timeout(10_000) }).catch(() => undefined);
        }),
    });
  }

  const isWebServed = (deps.isWebServed ?? true) && existsSync(WEB_DIST + 'index.html');
  if (isWebServed) {
    await app.register(fastifyStatic, { root: WEB_DIST, wildcard: false, index: ['index.html'] });
  }

  app.setNotFoundHandler((request, reply) => {
    const path = request.url.split('?')[0] ?? '';
    // The API and the simulator's gateway endpoints answer in JSON, never with the web app's page.
    if (path.startsWith('/api/') || path === '/api' || path.startsWith('/simulator/midtrans/')) {
      return sendError(request, reply, 'ROUTE_NOT_FOUND', { details: { method: request.method, path } });
    }
    // Client-side routes of the single-page app.
    if (isWebServed && request.method === 'GET' && !/\.[a-z0-9]+$/i.test(path)) {
      return reply.header('cache-control', 'no-cache').sendFile('index.html');
    }
    return sendError(request, reply, 'NOT_FOUND', { details: { path } });
  });

  return app;
}
