/**
 * A drill must never alarm anyone outside the exercise: its notifications go only to its participants.
 * Every notification passes through here before it is queued.
 */
import type { Kysely } from 'kysely';
import { drillRepository } from '../store/drills.repository.js';
import { incidentRepository } from '../store/incidents.repository.js';
import type { Database } from '../store/schema.js';

export async function mayNotify(trx: Kysely<Database>, incidentId: string | null, recipient: string): Promise<boolean> {
  if (!incidentId) return true;
  const incident = await incidentRepository.getById(trx, incidentId);
  if (incident?.isDrill !== 1) return true;
  return (await drillRepository.participants(trx, incidentId)).includes(recipient.toLowerCase());
}
