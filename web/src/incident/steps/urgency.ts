/**
 * The urgency the UI shows while the responder fills in the criteria: the highest of the three impacts
 * (operations, information, effort to recover). When the responder does not override it, the form leaves
 * `urgency` out and the server derives its own; this is only the preview.
 */
import type { ImpactLevel, Urgency } from '../../shared';

const RANK: Record<ImpactLevel, number> = { none: 0, low: 1, medium: 2, high: 3 };

export function deriveUrgency(criteria: {
  operations: ImpactLevel;
  information: ImpactLevel;
  recovery: ImpactLevel;
}): Urgency {
  const top = Math.max(RANK[criteria.operations], RANK[criteria.information], RANK[criteria.recovery]);
  return top >= 3 ? 'high' : top === 2 ? 'medium' : 'low';
}
