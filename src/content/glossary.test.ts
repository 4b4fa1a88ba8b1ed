import { describe, expect, it } from 'vitest';
import { findTerm, GLOSSARY, GLOSSARY_IDS, glossaryIssues } from './glossary.js';

const japanese = /[\u3040-\u30ff\u4e00-\u9fff]/;
const withoutGlosses = (s: string) => s.replace(/[（(][^)）]*[\u3040-\u30ff\u4e00-\u9fff][^)）]*[)）]/g, '');

describe('glossary', () => {
  it('explains every listed term once and passes its schema', () => {
    expect(glossaryIssues()).toEqual({});
    expect(GLOSSARY.map((t) => t.id).sort()).toEqual([...GLOSSARY_IDS].sort());
    expect(GLOSSARY.length).toBeGreaterThanOrEqual(20);
  });

  it('writes Japanese in Japanese and English in English', () => {
    for (const t of GLOSSARY)
      for (const field of ['short', 'more'] as const) {
        expect(t[field].ja, `${t.id}.${field}.ja`).toMatch(japanese);
        expect(withoutGlosses(t[field].en), `${t.id}.${field}.en`).not.toMatch(japanese);
      }
  });

  it('points only at other terms that exist', () => {
    for (const t of GLOSSARY)
      for (const id of t.related) {
        expect(id, t.id).not.toBe(t.id);
        expect(findTerm(id), `${t.id} → ${id}`).toBeDefined();
      }
  });

  it('reports a missing or repeated entry', () => {
    expect(glossaryIssues(GLOSSARY.slice(1))._).toMatch(/no entry for incident/);
    expect(glossaryIssues([...GLOSSARY, GLOSSARY[0]])._).toMatch(/twice/);
  });

  it('explains the words of the first response in plain terms', () => {
    expect(findTerm('damage_report')?.short.ja).toContain('警察署');
    expect(findTerm('kumimodoshi')?.short.en).toMatch(/bank/);
    expect(findTerm('ppc')?.more.en).toMatch(/30 days/);
    expect(JSON.stringify(GLOSSARY).toLowerCase()).not.toContain('emocheck');
  });
});
