/** Random identifiers and token hashing; tokens are stored only as their SHA-256. */
import { createHash, randomBytes, randomUUID } from 'node:crypto';

export const newId = (): string => randomUUID();

/** 256 bits, URL-safe. */
export const newToken = (): string => randomBytes(32).toString('base64url');

export const sha256Hex = (value: string | Buffer): string => createHash('sha256').update(value).digest('hex');
