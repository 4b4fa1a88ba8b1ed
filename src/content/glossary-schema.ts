/** The shape of a glossary entry, checked at start-up and in tests like the playbooks. */
import { z } from 'zod';

const shortText = z.string().trim().min(1).max(200);
const longText = z.string().trim().min(1).max(1000);
const localizedShort = z.object({ ja: shortText, en: shortText }).strict();
const localizedLong = z.object({ ja: longText, en: longText }).strict();

export const GLOSSARY_IDS = [
  'incident',
  'log',
  'evidence',
  'forensics',
  'hash',
  'chain_of_custody',
  'ioc',
  'malware',
  'ransomware',
  'phishing',
  'bec',
  'ddos',
  'csirt',
  'edr',
  'backup',
  'encryption',
  'vpn',
  'mfa',
  'ppc',
  'damage_report',
  'kumimodoshi',
  'skimming',
] as const;
export type GlossaryId = (typeof GLOSSARY_IDS)[number];

export const glossaryTerm = z
  .object({
    id: z.enum(GLOSSARY_IDS),
    /** The word as it appears in the UI. */
    term: localizedShort,
    /** One sentence, shown where the word appears. */
    short: localizedLong,
    /** A little more, and why it matters during an incident; shown on the glossary page. */
    more: localizedLong,
    related: z.array(z.enum(GLOSSARY_IDS)).max(5),
  })
  .strict();
export type GlossaryTerm = z.infer<typeof glossaryTerm>;

export const glossarySchema = z.array(glossaryTerm).superRefine((terms, ctx) => {
  const ids = terms.map((t) => t.id);
  for (const id of GLOSSARY_IDS)
    if (!ids.includes(id)) ctx.addIssue({ code: 'custom', path: [], message: `no entry for ${id}` });
  if (new Set(ids).size !== ids.length) ctx.addIssue({ code: 'custom', path: [], message: 'an id appears twice' });
});
