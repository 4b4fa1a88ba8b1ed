/**
 * Declares an API route once: its documentation, its input schemas and its handler. Authentication
 * and validation happen here, so a handler only calls its service and shapes the answer.
 */
import type { Context, Hono } from 'hono';
import type { z } from 'zod';
import type { UserActor } from '../services/context.js';
import { errors } from '../services/errors.js';
import type { AppEnv } from './env.js';
import type { OpenApiRegistry, RouteDoc } from './openapi-registry.js';
import { parseOrThrow } from './validate.js';

type Method = RouteDoc['method'];

interface RouteSpec<B extends z.ZodType | undefined, Q extends z.ZodType | undefined> {
  summary: string;
  /** 'session' (the default) requires a signed-in user. */
  auth?: 'none' | 'session' | 'report_link';
  body?: B;
  query?: Q;
  status?: 200 | 201 | 204;
}

type Infer<S> = S extends z.ZodType ? z.infer<S> : undefined;

export interface HandlerArgs<B, Q, A> {
  c: Context<AppEnv>;
  actor: A;
  body: B;
  query: Q;
  param: (name: string) => string;
}

export function routeBuilder(app: Hono<AppEnv>, registry: OpenApiRegistry) {
  function add<B extends z.ZodType | undefined, Q extends z.ZodType | undefined, A extends UserActor | null>(
    method: Method,
    path: string,
    spec: RouteSpec<B, Q>,
    handler: (args: HandlerArgs<Infer<B>, Infer<Q>, A>) => Promise<unknown>,
  ): void {
    const auth = spec.auth ?? 'session';
    registry.add({ method, path, summary: spec.summary, auth, body: spec.body, query: spec.query });
    app.on(method.toUpperCase(), path, async (c) => {
      const session = c.get('session');
      if (auth === 'session' && !session) throw errors.notSignedIn();
      let body: unknown;
      if (spec.body) {
        let raw: unknown;
        try {
          raw = await c.req.json();
        } catch {
          throw errors.invalidInput({ _: 'the body must be JSON' });
        }
        body = parseOrThrow(spec.body, raw);
      }
      const query = spec.query ? parseOrThrow(spec.query, c.req.query()) : undefined;
      const result = await handler({
        c,
        actor: (session?.actor ?? null) as A,
        body: body as Infer<B>,
        query: query as Infer<Q>,
        param: (name) => c.req.param(name) ?? '',
      });
      if (result instanceof Response) return result;
      if (spec.status === 204) return c.body(null, 204);
      return c.json(result as object, spec.status ?? 200);
    });
  }
  const on =
    (method: Method) =>
    <B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
      path: string,
      spec: RouteSpec<B, Q>,
      handler: (args: HandlerArgs<Infer<B>, Infer<Q>, UserActor>) => Promise<unknown>,
    ) =>
      add<B, Q, UserActor>(method, path, spec, handler);
  return {
    get: on('get'),
    post: on('post'),
    put: on('put'),
    patch: on('patch'),
    delete: on('delete'),
    /** For routes open without a session (login, first admin, the public report form). */
    open: <B extends z.ZodType | undefined = undefined, Q extends z.ZodType | undefined = undefined>(
      method: Method,
      path: string,
      spec: RouteSpec<B, Q>,
      handler: (args: HandlerArgs<Infer<B>, Infer<Q>, UserActor | null>) => Promise<unknown>,
    ) => add<B, Q, UserActor | null>(method, path, { ...spec, auth: spec.auth ?? 'none' }, handler),
    registerDoc: (doc: RouteDoc) => registry.add(doc),
  };
}

export type Routes = ReturnType<typeof routeBuilder>;
