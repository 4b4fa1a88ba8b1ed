/**
 * Every string a user reads comes from the translation files, in both languages:
 * - each literal key the UI asks for (`t('…')`, `t("…")`, `` t(`…`) ``, `i18n.t('…')`, `i18nKey="…"`, and both
 *   branches of `t(cond ? '…' : '…')`) exists in Japanese and in English;
 * - each key built from a prefix (`` t(`types.${type}`) ``) has that prefix in both languages;
 * - no component writes human-language text straight into its markup (JSX text, `{'…'}`, or attributes people
 *   read such as `title`, `aria-label`, `placeholder`, `alt`, `label`, `hint`).
 * The .tsx files are parsed with Vite's own parser (oxc), so code that merely looks like markup is not flagged.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { parseSync, Visitor } from 'vite';
import { describe, expect, it } from 'vitest';
import { enResources, jaResources } from './resources';

type Tree = { [key: string]: string | Tree };

const root = join(import.meta.dirname, '..');
const files: string[] = [];
const walk = (dir: string) => {
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) walk(path);
    else if (/\.tsx?$/.test(name) && !/\.test\.tsx?$/.test(name) && !name.endsWith('.d.ts')) files.push(path);
  }
};
walk(root);
const sources = files.map((path) => ({ path, name: relative(root, path), source: readFileSync(path, 'utf8') }));

/** The node at `key` in a tree: a string for a full key, a tree for a prefix, undefined when absent. */
function lookup(tree: Tree, key: string): string | Tree | undefined {
  let node: string | Tree | undefined = tree;
  for (const part of key.split('.')) {
    if (typeof node !== 'object' || !(part in node)) return undefined;
    node = node[part];
  }
  return node;
}

const LANGS = { ja: jaResources, en: enResources } as const;

/** Keys written out in full. The `(?<![\w.])` keeps `format(…)`, `split(…)` and the like out. */
const LITERAL_KEY_PATTERNS = [
  /(?<![\w$])(?:i18n\.)?t\(\s*(['"])([A-Za-z0-9_.-]+)\1/g,
  /(?<![\w$])(?:i18n\.)?t\(\s*`([A-Za-z0-9_.-]+)`/g,
  /\bi18nKey=\{?\s*(['"])([A-Za-z0-9_.-]+)\1/g,
];
/** `t(cond ? 'a.b' : 'c.d')`: both branches are keys. */
const TERNARY_PATTERN =
  /(?<![\w$])(?:i18n\.)?t\(\s*[^()'"`]*?\?\s*(['"])([A-Za-z0-9_.-]+)\1\s*:\s*(['"])([A-Za-z0-9_.-]+)\3/g;
/** `` t(`types.${type}`) ``: the part before the first placeholder must be a subtree in both languages. */
const PREFIX_PATTERN = /(?<![\w$])(?:i18n\.)?t\(\s*`([A-Za-z0-9_.-]+)\.\$\{/g;

function usedKeys(): { file: string; key: string }[] {
  const out: { file: string; key: string }[] = [];
  for (const { name, source } of sources) {
    for (const pattern of LITERAL_KEY_PATTERNS) {
      for (const m of source.matchAll(pattern)) {
        const key = m[2] ?? m[1] ?? '';
        if (key.includes('.')) out.push({ file: name, key });
      }
    }
    for (const m of source.matchAll(TERNARY_PATTERN)) {
      for (const key of [m[2], m[4]]) if (key?.includes('.')) out.push({ file: name, key });
    }
  }
  return out;
}

describe('every key the UI asks for', () => {
  const used = usedKeys();

  it('finds the keys in the source (the scan itself works)', () => {
    expect(used.length).toBeGreaterThan(200);
    expect(used.map((u) => u.key)).toContain('guidance.next.title');
  });

  for (const [lang, tree] of Object.entries(LANGS)) {
    it(`exists in ${lang}, as a text`, () => {
      const missing = used.filter(({ key }) => typeof lookup(tree, key) !== 'string').map((u) => `${u.file}: ${u.key}`);
      expect([...new Set(missing)]).toEqual([]);
    });

    it(`has its prefix in ${lang} when the key is built at run time`, () => {
      const missing: string[] = [];
      for (const { name, source } of sources) {
        for (const m of source.matchAll(PREFIX_PATTERN)) {
          const prefix = m[1] ?? '';
          if (typeof lookup(tree, prefix) !== 'object') missing.push(`${name}: ${prefix}.*`);
        }
      }
      expect(missing).toEqual([]);
    });
  }
});

/** Text that is not a language: punctuation, symbols, numbers, and these few marks. */
const ALLOWED_TEXT = new Set([
  '初', // the brand mark in the header, aria-hidden, the same in both languages
]);
/** Attributes (and component props) whose values people read or hear. */
const HUMAN_ATTRIBUTES = new Set([
  'title',
  'aria-label',
  'aria-description',
  'aria-roledescription',
  'aria-valuetext',
  'aria-placeholder',
  'placeholder',
  'alt',
  'label',
  'legend',
  'hint',
  'text',
  'summary',
  'caption',
  'heading',
  'message',
  'conflictText',
]);
const hasWords = (s: string) => /\p{L}/u.test(s) && !ALLOWED_TEXT.has(s.trim());
const JAPANESE = /[\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Han}]/u;

function hardCodedTexts(name: string, source: string): string[] {
  const found: string[] = [];
  const parsed = parseSync(name, source, { lang: 'tsx' });
  if (parsed.errors.length > 0) return [`${name}: does not parse (${parsed.errors[0]?.message ?? ''})`];
  const line = (offset: number) => source.slice(0, offset).split('\n').length;
  const report = (start: number, what: string, text: string) =>
    found.push(`${name}:${line(start)}: ${what} ${JSON.stringify(text.trim().slice(0, 60))}`);
  new Visitor({
    JSXText(node) {
      if (hasWords(node.value)) report(node.start, 'text', node.value);
    },
    JSXExpressionContainer(node) {
      const e = node.expression;
      if (e.type === 'Literal' && typeof e.value === 'string' && hasWords(e.value)) report(node.start, 'text', e.value);
      if (e.type === 'TemplateLiteral') {
        const text = e.quasis.map((q) => q.value.cooked ?? '').join(' ');
        if (hasWords(text) && JAPANESE.test(text)) report(node.start, 'text', text);
      }
    },
    JSXAttribute(node) {
      const attr = node.name.type === 'JSXIdentifier' ? node.name.name : '';
      const value = node.value;
      if (value?.type !== 'Literal' || typeof value.value !== 'string') return;
      // People read these; and Japanese in any attribute is text someone wrote for people.
      if ((HUMAN_ATTRIBUTES.has(attr) && hasWords(value.value)) || JAPANESE.test(value.value)) {
        report(node.start, `${attr}=`, value.value);
      }
    },
  }).visit(parsed.program);
  return found;
}

describe('no hard-coded human-language text in the markup', () => {
  const tsx = sources.filter((s) => s.name.endsWith('.tsx'));

  it('scans the components (the scan itself works)', () => {
    expect(tsx.length).toBeGreaterThan(50);
    expect(
      hardCodedTexts('probe.tsx', 'const A = () => <p title="Close" aria-hidden="true">Hello {"world"}: {t("x")}</p>;'),
    ).toEqual(['probe.tsx:1: title= "Close"', 'probe.tsx:1: text "Hello"', 'probe.tsx:1: text "world"']);
    expect(hardCodedTexts('probe.tsx', 'const A = (a: number) => a > 1 && <b>{a} / 2 · — (1)</b>;')).toEqual([]);
  });

  it('every text in a .tsx file comes from t()', () => {
    expect(tsx.flatMap((s) => hardCodedTexts(s.name, s.source))).toEqual([]);
  });
});
