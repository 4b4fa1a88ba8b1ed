/** Texts the readiness card builds from keys at run time, which the literal-key check cannot see. */
import { describe, expect, it } from 'vitest';
import { enResources, jaResources, type Tree } from '../i18n/resources';
import { READINESS_KEYS, READINESS_REASONS } from '../shared';
import { FIX_LINKS } from './fix-links';

const lookup = (tree: Tree, path: string): unknown =>
  path.split('.').reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], tree);

describe('readiness texts', () => {
  it('have a title, an ok text and one text per reason for every item, in both languages', () => {
    const needed = READINESS_KEYS.flatMap((key) => [
      `readiness.items.${key}.title`,
      `readiness.items.${key}.ok`,
      ...READINESS_REASONS[key].map((r) => `readiness.items.${key}.${r}`),
      `readiness.fix.${FIX_LINKS[key].label}`,
    ]);
    for (const tree of [jaResources, enResources])
      expect(needed.filter((k) => typeof lookup(tree, k) !== 'string')).toEqual([]);
  });
});
