/** Turns zod failures into a 400 that names each bad field. */
import type { z } from 'zod';
import { errors } from '../services/errors.js';

/**
 * Paths of strings holding U+0000, which PostgreSQL text cannot store and no real input contains.
 * Iterative, so a deeply nested body cannot exhaust the stack.
 */
function nulPaths(value: unknown): string[] {
  const out: string[] = [];
  const todo: [unknown, string][] = [[value, '']];
  for (let next = todo.pop(); next; next = todo.pop()) {
    const [v, path] = next;
    const at = (k: string | number) => (path ? `${path}.${k}` : String(k));
    if (typeof v === 'string') {
      if (v.includes('\u0000')) out.push(path || '_');
    } else if (Array.isArray(v)) for (const [i, item] of v.entries()) todo.push([item, at(i)]);
    else if (v !== null && typeof v === 'object') for (const [k, item] of Object.entries(v)) todo.push([item, at(k)]);
  }
  return out;
}

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const withNul = nulPaths(value);
  if (withNul.length > 0)
    throw errors.invalidInput(Object.fromEntries(withNul.map((p) => [p, 'must not contain a NUL character'])));
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  throw errors.invalidInput(fields);
}
