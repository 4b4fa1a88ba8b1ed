/** Turns zod failures into a 400 that names each bad field. */
import type { z } from 'zod';
import { errors } from '../services/errors.js';

export function parseOrThrow<S extends z.ZodType>(schema: S, value: unknown): z.infer<S> {
  const r = schema.safeParse(value);
  if (r.success) return r.data;
  const fields: Record<string, string> = {};
  for (const issue of r.error.issues) {
    const key = issue.path.length > 0 ? issue.path.join('.') : '_';
    fields[key] ??= issue.message;
  }
  throw errors.invalidInput(fields);
}
