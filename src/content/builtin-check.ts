/**
 * Start-up check of the built-in guidance: every playbook, regulatory rule and glossary entry must match
 * its schema. A broken file stops the server with a message naming the file and field, rather than
 * showing a stressed user half a playbook.
 */
import { INCIDENT_TYPES } from '../shared/incident-schemas.js';
import { glossaryIssues } from './glossary.js';
import { BUILTIN_PLAYBOOKS, REGULATORY_RULES } from './playbooks/index.js';
import { playbookIssues, regulatoryRule } from './playbooks/schema.js';

/** Every problem found, as `where: message`; empty when all is well. */
export function builtinContentProblems(): string[] {
  const problems: string[] = [];
  for (const type of INCIDENT_TYPES) {
    const playbook = BUILTIN_PLAYBOOKS[type];
    if (playbook.type !== type) problems.push(`playbooks/${type}: type is ${playbook.type}`);
    for (const [field, message] of Object.entries(playbookIssues(playbook)))
      problems.push(`playbooks/${type}: ${field}: ${message}`);
  }
  for (const [id, rule] of Object.entries(REGULATORY_RULES)) {
    const result = regulatoryRule.safeParse(rule);
    if (rule.id !== id) problems.push(`regulatory/${id}: id is ${rule.id}`);
    if (!result.success)
      for (const issue of result.error.issues)
        problems.push(`regulatory/${id}: ${issue.path.join('.')}: ${issue.message}`);
  }
  for (const [field, message] of Object.entries(glossaryIssues())) problems.push(`glossary: ${field}: ${message}`);
  return problems;
}

/** Throws, listing every problem, if any built-in content is invalid. Called once at start-up. */
export function assertBuiltinContent(): void {
  const problems = builtinContentProblems();
  if (problems.length > 0)
    throw new Error(`Built-in guidance content is invalid; fix these before starting:\n  ${problems.join('\n  ')}`);
}
