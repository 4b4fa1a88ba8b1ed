/**
 * The nine built-in playbooks, one file per incident type. They are checked against the schema at
 * start-up (src/content/builtin-check.ts) and in tests; an organisation may copy and edit one (see
 * src/services/playbook.service.ts), but the built-in text always stays available.
 */
import type { IncidentType } from '../../shared/incident-schemas.js';
import { ACCOUNT_TAKEOVER_PLAYBOOK } from './account-takeover.js';
import { DATA_LEAK_PLAYBOOK } from './data-leak.js';
import { DDOS_PLAYBOOK } from './ddos.js';
import { LOST_DEVICE_PLAYBOOK } from './lost-device.js';
import { MALWARE_PLAYBOOK } from './malware.js';
import { RANSOMWARE_PLAYBOOK } from './ransomware.js';
import type { Playbook } from './schema.js';
import { SPOOFED_MAIL_PLAYBOOK } from './spoofed-mail.js';
import { UNKNOWN_PLAYBOOK } from './unknown.js';
import { WEB_DEFACEMENT_PLAYBOOK } from './web-defacement.js';

export { REGULATORY_RULES } from './regulatory.js';
export type { Playbook, PlaybookTemplate, RegulatoryCheck, RegulatoryRule, SourceRef } from './schema.js';

export const BUILTIN_PLAYBOOKS: Readonly<Record<IncidentType, Playbook>> = {
  malware: MALWARE_PLAYBOOK,
  spoofed_mail: SPOOFED_MAIL_PLAYBOOK,
  web_defacement: WEB_DEFACEMENT_PLAYBOOK,
  ransomware: RANSOMWARE_PLAYBOOK,
  account_takeover: ACCOUNT_TAKEOVER_PLAYBOOK,
  lost_device: LOST_DEVICE_PLAYBOOK,
  data_leak: DATA_LEAK_PLAYBOOK,
  ddos: DDOS_PLAYBOOK,
  unknown: UNKNOWN_PLAYBOOK,
};
