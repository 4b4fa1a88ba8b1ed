/**
 * Exercises on sample scenarios. A drill is an ordinary incident marked `is_drill`, filed through the same
 * report path, so the participants practise on the real screens; its notices reach only them.
 */
import { DRILL_SCENARIOS, drillReport, findDrillScenario } from '../content/drill-scenarios.js';
import type { Role } from '../shared/limits.js';
import type { StartDrillInput } from '../shared/preparation-schemas.js';
import type { DrillInfoView, DrillPersonView, DrillScenarioView, DrillStarted } from '../shared/preparation-types.js';
import { drillRepository } from '../store/drills.repository.js';
import { userRepository } from '../store/users.repository.js';
import { requireIncidentAccess, requireRole, STAFF } from './access.js';
import type { ServiceContext, UserActor } from './context.js';
import { errors } from './errors.js';
import { fileReport } from './report.service.js';

/** Who runs exercises: the desk and admins, the people who would run the real response. */
const DRILL_RUNNERS: readonly Role[] = ['responder', 'admin'];

export function listDrillScenarios(actor: UserActor): readonly DrillScenarioView[] {
  requireRole(actor, DRILL_RUNNERS);
  return DRILL_SCENARIOS;
}

/** Enabled accounts with their addresses, to pick participants from. */
export async function drillPeople(ctx: ServiceContext, actor: UserActor): Promise<DrillPersonView[]> {
  requireRole(actor, DRILL_RUNNERS);
  return (await userRepository.list(ctx.store.db))
    .filter((u) => u.disabled === 0)
    .map((u) => ({ name: u.name, email: u.email, role: u.role as Role, department: u.department }));
}

export async function startDrill(ctx: ServiceContext, actor: UserActor, input: StartDrillInput): Promise<DrillStarted> {
  requireRole(actor, DRILL_RUNNERS);
  const scenario = findDrillScenario(input.scenario);
  if (!scenario) throw errors.invalidInput({ scenario: 'unknown scenario' });
  // The starter always takes part: they must see what the exercise sends.
  const participants = [...new Set([actor.email, ...input.participantEmails].map((e) => e.trim().toLowerCase()))];
  const { title, ...report } = drillReport(scenario, actor.locale);
  const receipt = await fileReport(
    ctx,
    actor,
    { ...report, contact: actor.email, reporterName: actor.name },
    'signed_in',
    { scenario: scenario.id, title, participants },
  );
  ctx.log.info({ incidentId: receipt.incidentId, scenario: scenario.id }, 'drill started');
  return { incidentId: receipt.incidentId, reportedAt: receipt.reportedAt, participants };
}

/**
 * The scenario and participants of a drill, for the banner on its page. A real incident answers 404, and
 * so does any incident for a reporter: they only follow their own reports, and drills are started by staff.
 */
export async function drillInfo(ctx: ServiceContext, actor: UserActor, incidentId: string): Promise<DrillInfoView> {
  const row = await requireIncidentAccess(ctx.store.db, actor, incidentId);
  if (row.isDrill !== 1 || !STAFF.includes(actor.role)) throw errors.notFound();
  return {
    scenario: row.drillScenario ? (findDrillScenario(row.drillScenario) ?? null) : null,
    participants: (await drillRepository.participants(ctx.store.db, incidentId)).sort(),
  };
}
