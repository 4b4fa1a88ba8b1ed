/**
 * How urgent an incident is, from the three factors NIST SP 800-61 uses to prioritise incidents, put in
 * plain words for the determination form:
 *   - operations  (functional impact): how far the organisation's work is disrupted;
 *   - information (information impact): how sensitive the data that may be exposed or altered is;
 *   - recovery    (recoverability): how much effort and outside help getting back to normal needs.
 *
 * Rule: the most severe factor decides. Any factor 'high' makes the incident high; otherwise any
 * 'medium' makes it medium; otherwise ('none' or 'low' everywhere) it is low. We take the worst factor
 * rather than an average because a single severe factor (say, customer card data exposed while operations
 * run normally) is enough to need management now, and a small organisation cannot afford to under-rate.
 */
import type { ImpactLevel, Urgency } from '../shared/incident-schemas.js';

export interface UrgencyCriteria {
  operations: ImpactLevel;
  information: ImpactLevel;
  recovery: ImpactLevel;
}

export function deriveUrgency(criteria: UrgencyCriteria): Urgency {
  const levels: ImpactLevel[] = [criteria.operations, criteria.information, criteria.recovery];
  if (levels.includes('high')) return 'high';
  if (levels.includes('medium')) return 'medium';
  return 'low';
}
