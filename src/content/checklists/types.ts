/** The shape of a containment checklist item (step 4). Every text exists in Japanese and English. */
import type { IncidentType } from '../../shared/incident-schemas.js';

export interface Localized {
  ja: string;
  en: string;
}

/** Who can carry the item out: anyone at the desk, someone who runs the IT, or an outside expert. */
export type ChecklistWho = 'anyone' | 'it_staff' | 'vendor';

export interface ChecklistItem {
  /** Stable: stored with each incident's progress, so never rename a key once released. */
  key: string;
  source: IncidentType | 'common';
  title: Localized;
  /** Why it matters, so a stressed reader can weigh it instead of following blindly. */
  why: Localized;
  do: Localized;
  dont: Localized;
  who: ChecklistWho;
}
