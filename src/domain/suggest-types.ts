/**
 * Suggests incident types from what the reporter wrote, using each playbook's keyword lists (Japanese and
 * English both, since reports mix them). Pure: the caller passes the keywords (built-in or the
 * organisation's edited ones). A suggestion is only a starting point the desk confirms in step 2.
 */
import type { IncidentType } from '../shared/incident-schemas.js';

export type TypeKeywords = Partial<Record<IncidentType, { ja: readonly string[]; en: readonly string[] }>>;

export interface TypeSuggestion {
  type: IncidentType;
  /** How many distinct keywords matched. */
  score: number;
  /** The keywords found, as written in the playbook, in the order of the lists. */
  matched: string[];
}

/**
 * When two types match equally, the more specific one comes first: ransomware is malware too, and a
 * defaced shop page is also a data leak, but the specific playbook says more about what to do.
 */
const SPECIFICITY: readonly IncidentType[] = [
  'ransomware',
  'web_defacement',
  'account_takeover',
  'spoofed_mail',
  'ddos',
  'lost_device',
  'data_leak',
  'malware',
  'unknown',
];

/** Full-width letters become half-width and case is ignored, so "ＤＤｏＳ" and "ddos" match alike. */
const normalise = (s: string): string => s.normalize('NFKC').toLowerCase();

const escapeRegExp = (s: string): string => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * English keywords match at the start of a word, so "encrypt" finds "encrypted" but "mail" does not
 * find "email". Japanese has no spaces between words, so its keywords match anywhere.
 */
function containsKeyword(text: string, keyword: string): boolean {
  const k = normalise(keyword).trim();
  if (k === '') return false;
  if (/^[\x20-\x7e]+$/.test(k)) return new RegExp(`(?<![a-z0-9])${escapeRegExp(k)}`).test(text);
  return text.includes(k);
}

/** Ranked suggestions, best first; empty when nothing matched. `unknown` is never suggested. */
export function suggestTypes(texts: readonly (string | null | undefined)[], keywords: TypeKeywords): TypeSuggestion[] {
  const text = normalise(texts.filter((t): t is string => typeof t === 'string').join('\n'));
  if (text.trim() === '') return [];
  const out: TypeSuggestion[] = [];
  for (const type of SPECIFICITY) {
    if (type === 'unknown') continue;
    const lists = keywords[type];
    if (!lists) continue;
    const matched: string[] = [];
    const seen = new Set<string>();
    for (const keyword of [...lists.ja, ...lists.en]) {
      const key = normalise(keyword).trim();
      if (seen.has(key)) continue;
      seen.add(key);
      if (containsKeyword(text, keyword)) matched.push(keyword);
    }
    if (matched.length > 0) out.push({ type, score: matched.length, matched });
  }
  // Array.prototype.sort is stable, so equal scores keep the SPECIFICITY order.
  return out.sort((a, b) => b.score - a.score);
}

/** How many top suggestions become the incident's types when the reporter chose none. */
const MAX_AUTO_TYPES = 2;

/**
 * The types to give a new report whose reporter picked none: the best-scoring suggestions (ties
 * included, at most two), or `unknown` when nothing matched.
 */
export function typesFromSuggestions(suggestions: readonly TypeSuggestion[]): IncidentType[] {
  const top = suggestions[0]?.score ?? 0;
  if (top === 0) return ['unknown'];
  return suggestions
    .filter((s) => s.score === top)
    .slice(0, MAX_AUTO_TYPES)
    .map((s) => s.type);
}
