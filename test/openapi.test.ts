/** The committed OpenAPI document must match what the code generates (run `npm run openapi` after changing a route). */
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../src/cli/openapi.js';

describe('OpenAPI document', () => {
  it('is committed up to date', () => {
    const committed = JSON.parse(fs.readFileSync(path.join(import.meta.dirname, '../docs/openapi.json'), 'utf8'));
    expect(committed).toEqual(openApiDocument());
  });

  it('documents every route with its request schema', () => {
    const doc = openApiDocument() as { paths: Record<string, Record<string, { requestBody?: unknown }>> };
    expect(doc.paths['/api/incidents/{id}/facts']?.put?.requestBody).toBeDefined();
    expect(doc.paths['/api/public/report/{token}']?.post?.requestBody).toBeDefined();
    expect(Object.keys(doc.paths).length).toBeGreaterThan(25);
  });
});
