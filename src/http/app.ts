/** The Hono application: middleware, API routes, OpenAPI document, health check and the UI. */
import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { errorMessage } from '../content/messages.js';
import type { ServiceContext } from '../services/context.js';
import { AppError, errors } from '../services/errors.js';
import type { AppEnv } from './env.js';
import { csrfProtection, securityHeaders, sessionMiddleware } from './middleware.js';
import { OpenApiRegistry } from './openapi-registry.js';
import { routeBuilder } from './route-builder.js';
import { adminRoutes } from './routes/admin.routes.js';
import { authRoutes } from './routes/auth.routes.js';
import { evidenceRoutes } from './routes/evidence.routes.js';
import { incidentRoutes } from './routes/incidents.routes.js';
import { notificationRoutes } from './routes/notifications.routes.js';
import { notifySettingsRoutes } from './routes/notify-settings.routes.js';
import { playbookRoutes } from './routes/playbooks.routes.js';
import { preparationRoutes } from './routes/preparation.routes.js';
import { publicRoutes } from './routes/public.routes.js';
import { stepRoutes } from './routes/steps.routes.js';
import { staticUi } from './static-files.js';

const JSON_BODY_LIMIT = 1024 * 1024;

export interface AppOptions {
  version: string;
  /** Folder of the built UI; omitted in API-only tests. */
  uiDir?: string;
}

export function createApp(ctx: ServiceContext, options: AppOptions) {
  const app = new Hono<AppEnv>();
  const registry = new OpenApiRegistry();

  app.use('*', securityHeaders);
  const jsonBodyLimit = bodyLimit({
    maxSize: JSON_BODY_LIMIT,
    onError: () => {
      throw errors.fileTooLarge();
    },
  });
  app.use('/api/*', async (c, next) => {
    // Evidence uploads have their own, larger limit.
    if (c.req.method === 'POST' && /^\/api\/incidents\/[^/]+\/evidence$/.test(c.req.path)) return next();
    return jsonBodyLimit(c, next);
  });
  app.use('/api/*', sessionMiddleware(ctx));
  app.use('/api/*', csrfProtection(ctx.config.publicUrl));

  app.get('/healthz', (c) => c.json({ status: 'ok', version: options.version }));
  app.get('/api/openapi.json', (c) => c.json(registry.document(options.version)));

  const r = routeBuilder(app, registry);
  authRoutes(r, ctx);
  publicRoutes(r, ctx);
  incidentRoutes(r, ctx);
  stepRoutes(r, ctx);
  evidenceRoutes(app, r, ctx);
  adminRoutes(r, ctx);
  notifySettingsRoutes(r, ctx);
  notificationRoutes(r, ctx);
  playbookRoutes(r, ctx);
  preparationRoutes(r, ctx);

  app.all('/api/*', () => {
    throw errors.notFound();
  });
  if (options.uiDir) app.use('*', staticUi(options.uiDir));

  app.onError((err, c) => {
    const locale = c.get('locale') ?? 'ja';
    if (err instanceof AppError) {
      return c.json(
        {
          error: { id: err.id, message: errorMessage(locale, err.id), ...(err.fields && { fields: err.fields }) },
          ...err.extra,
        },
        err.status,
      );
    }
    const correlationId = c.get('requestId');
    ctx.log.error({ err, correlationId, path: c.req.path, method: c.req.method }, 'unhandled error');
    return c.json(
      { error: { id: 'internal_error', message: errorMessage(locale, 'internal_error'), correlationId } },
      500,
    );
  });

  return { app, registry };
}
