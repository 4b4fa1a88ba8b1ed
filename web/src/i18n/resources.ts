/**
 * The translation trees: the main files plus one pair of files per feature under features/
 * (`<feature>.ja.json` and `<feature>.en.json`), so that features can be added without everyone editing
 * the same two large files. Top-level keys must not collide; the i18n test checks that.
 */
import en from './en.json';
import ja from './ja.json';

export type Tree = { [key: string]: string | Tree };

const featureFiles = import.meta.glob<Tree>('./features/*.json', { eager: true, import: 'default' });

function merge(base: Tree, lang: 'ja' | 'en'): { tree: Tree; collisions: string[] } {
  const tree: Tree = { ...base };
  const collisions: string[] = [];
  for (const [file, content] of Object.entries(featureFiles)) {
    if (!file.endsWith(`.${lang}.json`)) continue;
    for (const [key, value] of Object.entries(content)) {
      if (key in tree) collisions.push(`${file}: ${key}`);
      tree[key] = value;
    }
  }
  return { tree, collisions };
}

const jaMerged = merge(ja as Tree, 'ja');
const enMerged = merge(en as Tree, 'en');

export const jaResources: Tree = jaMerged.tree;
export const enResources: Tree = enMerged.tree;
export const resourceCollisions: string[] = [...jaMerged.collisions, ...enMerged.collisions];
/** Feature file names, for the test that every ja file has its en twin. */
export const featureFileNames: string[] = Object.keys(featureFiles);
