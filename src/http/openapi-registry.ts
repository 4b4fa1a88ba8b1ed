/**
 * Every route registers its method, path and zod schemas here as it is defined, and the OpenAPI
 * document is generated from the same schemas that validate requests, so the two cannot drift apart.
 */
import { z } from 'zod';

export interface RouteDoc {
  method: 'get' | 'post' | 'put' | 'patch' | 'delete';
  path: string;
  summary: string;
  auth: 'none' | 'session' | 'report_link';
  body?: z.ZodType;
  query?: z.ZodType;
  multipart?: boolean;
}

export class OpenApiRegistry {
  private readonly routes: RouteDoc[] = [];

  add(doc: RouteDoc): void {
    this.routes.push(doc);
  }

  list(): readonly RouteDoc[] {
    return this.routes;
  }

  document(version: string): Record<string, unknown> {
    const paths: Record<string, Record<string, unknown>> = {};
    for (const r of this.routes) {
      const oaPath = r.path.replace(/:([A-Za-z]+)/g, '{$1}');
      const params = [...r.path.matchAll(/:([A-Za-z]+)/g)].map((m) => ({
        name: m[1],
        in: 'path',
        required: true,
        schema: { type: 'string' },
      }));
      const op: Record<string, unknown> = {
        summary: r.summary,
        parameters: params,
        security: r.auth === 'session' ? [{ session: [] }] : [],
        responses: {
          '200': { description: 'OK' },
          '400': {
            description: 'invalid_input',
            content: { 'application/json': { schema: { $ref: '#/components/schemas/Error' } } },
          },
          ...(r.auth === 'session' && {
            '401': { description: 'not_signed_in' },
            '403': { description: 'forbidden or csrf_failed' },
          }),
          '404': { description: 'not_found' },
        },
      };
      if (r.query) {
        const schema = z.toJSONSchema(r.query, { io: 'input', unrepresentable: 'any' }) as {
          properties?: Record<string, unknown>;
        };
        for (const [name, s] of Object.entries(schema.properties ?? {}))
          params.push({ name, in: 'query', required: false, schema: s as { type: string } });
      }
      if (r.body) {
        const schema = z.toJSONSchema(r.body, { io: 'input', unrepresentable: 'any' });
        op.requestBody = {
          required: true,
          content: { [r.multipart ? 'multipart/form-data' : 'application/json']: { schema } },
        };
      }
      paths[oaPath] = { ...paths[oaPath], [r.method]: op };
    }
    return {
      openapi: '3.1.0',
      info: { title: 'Shodo API', version },
      components: {
        securitySchemes: {
          session: {
            type: 'apiKey',
            in: 'cookie',
            name: 'shodo_session',
            description: 'Writes also need the X-CSRF-Token header.',
          },
        },
        schemas: {
          Error: {
            type: 'object',
            properties: {
              error: {
                type: 'object',
                properties: { id: { type: 'string' }, message: { type: 'string' }, fields: { type: 'object' } },
                required: ['id', 'message'],
              },
            },
          },
        },
      },
      paths,
    };
  }
}
