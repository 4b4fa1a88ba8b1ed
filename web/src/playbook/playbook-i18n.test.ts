/** The playbook UI builds some translation keys from data; each of them must exist in both languages. */
import { describe, expect, it } from 'vitest';
import { SOURCE_BODIES } from '../../../src/content/playbooks/schema';
import { enResources, jaResources, type Tree } from '../i18n/resources';
import { TEMPLATE_KINDS } from '../shared';

const lookup = (tree: Tree, key: string): unknown =>
  key.split('.').reduce<unknown>((node, part) => (node as Tree | undefined)?.[part], tree);

describe('playbook texts', () => {
  it('name every template kind and every source body, in both languages', () => {
    const keys = [
      ...TEMPLATE_KINDS.map((k) => `playbook.templateKinds.${k}`),
      // SourceList turns the slash of "JPCERT/CC" into "_", keeping translation keys to word characters.
      ...SOURCE_BODIES.map((b) => `playbook.sourceBody.${b.replace('/', '_')}`),
    ];
    for (const tree of [jaResources, enResources])
      expect(keys.filter((k) => typeof lookup(tree, k) !== 'string')).toEqual([]);
  });
});
