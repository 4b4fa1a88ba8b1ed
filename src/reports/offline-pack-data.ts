/** What the offline pack is made from: plain data, gathered by the service, so the generator stays pure. */
import type { ChecklistItem, Localized } from '../content/checklists/types.js';
import type { IncidentType } from '../shared/incident-schemas.js';
import type { Role } from '../shared/limits.js';

export interface PackContactPoint {
  name: string;
  email?: string;
  phone?: string;
}

export interface PackTreeContact {
  name: string;
  phone?: string;
  email?: string;
  note?: string;
}

export interface PackVendor {
  name: string;
  services: string | null;
  hours: string | null;
  fees: string | null;
  conditions: string | null;
  contractStatus: 'contracted' | 'in_talks' | 'none';
  contacts: { name: string; phone?: string; email?: string }[];
  notes: string | null;
}

export interface PackPerson {
  name: string;
  role: Role;
  department: string | null;
  email: string;
  supervisorEmail: string | null;
}

/** A playbook as the pack prints it: its checklist keys already resolved into items. */
export interface PackPlaybook {
  type: IncidentType;
  title: Localized;
  summary: Localized;
  signs: Localized[];
  actions: ChecklistItem[];
  evidence: Localized[];
  escalation: { vendor: Localized; police: Localized; others: Localized[] };
  templates: { kind: string; subject: Localized; body: Localized }[];
}

export interface OfflinePackData {
  orgName: string;
  generatedAt: string;
  /** The content hash the pack is cached under, printed so two paper copies can be compared. */
  version: string;
  desk: PackContactPoint | null;
  fallbackDesk: PackContactPoint | null;
  /** Who is called, in order, for the response desk and for management. */
  contactTree: { desk: PackTreeContact[]; manager: PackTreeContact[] };
  policeDesk: { name: string; phone?: string; note?: string } | null;
  publicNoticeOwner: { name: string; contact?: string } | null;
  backups: { where: string; lastTestedOn?: string; notes?: string } | null;
  people: PackPerson[];
  vendors: PackVendor[];
  /** `common` first, then one list per incident type. */
  checklists: { source: IncidentType | 'common'; items: ChecklistItem[] }[];
  /** Empty until playbooks exist; then one per incident type. */
  playbooks: PackPlaybook[];
}
