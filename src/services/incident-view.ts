/** Builds the full incident page data from stored rows and the pure workflow rules. */
import type { Kysely } from 'kysely';
import { checklistFor, localizeItem } from '../content/checklists.js';
import { missingFacts } from '../domain/facts.js';
import type { IncidentState } from '../domain/incident-state.js';
import { recommendNetworkStop } from '../domain/spread.js';
import { suggestTypes } from '../domain/suggest-types.js';
import { computeSteps, nextActions } from '../domain/workflow.js';
import type { DeterminationView, IncidentDetail, IncidentSummary } from '../shared/api-types.js';
import type {
  DecisionTopic,
  Facts,
  IncidentStatus,
  IncidentType,
  SpreadState,
  Urgency,
} from '../shared/incident-schemas.js';
import { evidenceRepository } from '../store/evidence.repository.js';
import { type IncidentRow, incidentRepository } from '../store/incidents.repository.js';
import { notificationRepository } from '../store/notifications.repository.js';
import type { Database } from '../store/schema.js';
import {
  briefingRepository,
  checklistRepository,
  decisionRepository,
  spreadRepository,
} from '../store/steps.repository.js';
import { userRepository } from '../store/users.repository.js';
import { supportRequestRepository } from '../store/vendors.repository.js';
import { hasPermission } from './access.js';
import type { UserActor } from './context.js';
import { typeKeywords } from './playbook.service.js';

/** What the desk wrote in step 2 can point to a type as much as the report did. */
const answeredTexts = (facts: Facts): string[] =>
  [facts.whatHappened, facts.whyAbnormal, facts.foundWhere, facts.impact].flatMap((a) => (a?.known ? [a.value] : []));

export const parseTypes = (row: IncidentRow): IncidentType[] => JSON.parse(row.types) as IncidentType[];
export const parseFacts = (row: IncidentRow): Facts => JSON.parse(row.facts) as Facts;
export const parseDetermination = (row: IncidentRow): DeterminationView | null =>
  row.determination ? (JSON.parse(row.determination) as DeterminationView) : null;

export const toSummary = (row: IncidentRow): IncidentSummary => ({
  id: row.id,
  title: row.title,
  types: parseTypes(row),
  status: row.status as IncidentStatus,
  urgency: row.urgency as Urgency | null,
  reportedAt: row.reportedAt,
  updatedAt: row.updatedAt,
  restricted: row.restricted === 1,
  drill: row.isDrill === 1,
});

export async function buildIncidentDetail(
  db: Kysely<Database>,
  actor: UserActor,
  row: IncidentRow,
): Promise<IncidentDetail> {
  const id = row.id;
  const [briefings, acks, decisions, checks, spreadRows, requests, evidence, transfers, notifications, access] =
    await Promise.all([
      briefingRepository.listForIncident(db, id),
      briefingRepository.acksForIncident(db, id),
      decisionRepository.listForIncident(db, id),
      checklistRepository.listForIncident(db, id),
      spreadRepository.listForIncident(db, id),
      supportRequestRepository.listForIncident(db, id),
      evidenceRepository.listForIncident(db, id),
      evidenceRepository.transfersForIncident(db, id),
      notificationRepository.listForIncident(db, id),
      incidentRepository.accessList(db, id),
    ]);
  const types = parseTypes(row);
  const facts = parseFacts(row);
  const determination = parseDetermination(row);
  const handover = row.handover ? (JSON.parse(row.handover) as IncidentDetail['handover']) : null;
  const checkByKey = new Map(checks.map((c) => [c.itemKey, c]));
  const checklist = checklistFor(types).map((item) => {
    const text = localizeItem(item, actor.locale);
    const state = checkByKey.get(item.key);
    return {
      key: item.key,
      source: item.source,
      title: text.title,
      why: text.why,
      do: text.do,
      dont: text.dont,
      state: (state?.state ?? 'open') as 'open' | 'done' | 'not_applicable',
      note: state?.note ?? null,
      doneBy: state?.updatedBy ?? null,
      doneAt: state?.updatedAt ?? null,
    };
  });
  const spread = spreadRows.map((s) => ({
    department: s.department,
    state: s.state as SpreadState,
    note: s.note,
    checkedBy: s.checkedBy,
    checkedAt: s.checkedAt,
  }));
  const state: IncidentState = {
    status: row.status as IncidentStatus,
    types,
    facts,
    briefingCount: briefings.length,
    acknowledgedBriefingCount: new Set(acks.map((a) => a.briefingId)).size,
    decisionCount: decisions.length,
    decisionTopics: decisions.map((d) => d.topic as DecisionTopic),
    checklist: checklist.map((c) => ({ key: c.key, state: c.state })),
    spread: spread.map((s) => ({ department: s.department, state: s.state })),
    determination: determination
      ? { verdict: determination.verdict, urgency: determination.urgency, police: determination.police }
      : null,
    supportRequestCount: requests.length,
    handedOver: handover !== null,
    evidenceCount: evidence.length,
    closed: row.closedAt !== null,
  };
  const named =
    row.restricted === 1
      ? await userRepository.listByIds(
          db,
          access.map((a) => a.userId),
        )
      : [];
  const can = {
    edit: hasPermission(actor.role, 'edit'),
    brief: hasPermission(actor.role, 'brief'),
    acknowledge: hasPermission(actor.role, 'acknowledge'),
    decide: hasPermission(actor.role, 'decide'),
    determine: hasPermission(actor.role, 'determine'),
    requestSupport: hasPermission(actor.role, 'requestSupport'),
    manageEvidence: hasPermission(actor.role, 'manageEvidence'),
    restrict: hasPermission(actor.role, 'restrict'),
    close: hasPermission(actor.role, 'close'),
  };
  // A closed incident is a record: nothing on it can change any more.
  if (row.closedAt !== null) for (const k of Object.keys(can) as (keyof typeof can)[]) can[k] = false;
  const detail: IncidentDetail = {
    ...toSummary(row),
    version: row.version,
    channel: row.channel as IncidentDetail['channel'],
    reporter: {
      name: row.reporterName,
      contact: row.reporterContact,
      department: row.reporterDepartment,
      supervisorEmail: row.reporterSupervisorEmail,
      userId: row.reporterUserId,
    },
    report: {
      whatHappened: row.reportWhat,
      where: row.reportWhere,
      noticedAt: row.reportNoticedAt,
      whyAbnormal: row.reportWhy,
      alreadyDone: row.reportAlreadyDone,
    },
    facts,
    missingFacts: missingFacts(facts),
    steps: computeSteps(state),
    nextActions: nextActions(state),
    checklist,
    spread,
    recommendNetworkStop: recommendNetworkStop(state.spread),
    briefings: briefings.map((b) => ({
      id: b.id,
      sentAt: b.sentAt,
      sentBy: b.sentBy,
      subject: b.subject,
      body: b.body,
      nextUpdateAt: b.nextUpdateAt,
      acknowledgements: acks
        .filter((a) => a.briefingId === b.id)
        .map((a) => ({ userId: a.userId, name: a.name, at: a.at })),
    })),
    decisions: decisions.map((d) => ({
      id: d.id,
      topic: d.topic as IncidentDetail['decisions'][number]['topic'],
      decision: d.decision,
      reason: d.reason,
      decidedBy: d.decidedBy,
      decidedAt: d.decidedAt,
    })),
    determination,
    supportRequests: requests.map((r) => ({
      id: r.id,
      vendorId: r.vendorId,
      vendorName: r.vendorName,
      question: r.question,
      fromStep: r.fromStep,
      message: r.message,
      requestedBy: r.requestedBy,
      requestedAt: r.requestedAt,
    })),
    handover,
    evidence: evidence.map((e) => ({
      id: e.id,
      item: e.item,
      source: e.source,
      collectedBy: e.collectedBy,
      collectedAt: e.collectedAt,
      method: e.method,
      sha256: e.sha256,
      storageLocation: e.storageLocation,
      fileName: e.fileName,
      fileSize: e.fileSize === null ? null : Number(e.fileSize),
      downloadUrl: e.fileKey ? `/api/incidents/${encodeURIComponent(id)}/evidence/${e.id}/file` : null,
      transfers: transfers
        .filter((t) => t.evidenceId === e.id)
        .map((t) => ({
          id: t.id,
          fromPerson: t.fromPerson,
          toPerson: t.toPerson,
          at: t.at,
          purpose: t.purpose,
          recordedBy: t.recordedBy,
        })),
      recordedBy: e.recordedBy,
      recordedAt: e.recordedAt,
    })),
    notifications: notifications.map((n) => ({
      id: n.id,
      kind: n.kind,
      channel: n.channel,
      recipient: n.recipient,
      subject: n.subject,
      status: n.status as 'queued' | 'sent' | 'failed',
      createdAt: n.createdAt,
      attempts: n.attempts,
      lastError: n.lastError,
      deliveredAt: n.sentAt,
      acknowledgedAt: n.acknowledgedAt,
    })),
    restrictedTo: row.restricted === 1 ? named.map((u) => ({ id: u.id, name: u.name })) : null,
    suggestedTypes: suggestTypes(
      [row.reportWhat, row.reportWhere, row.reportWhy, row.reportAlreadyDone, ...answeredTexts(facts)],
      await typeKeywords(db),
    ),
    can,
  };
  return actor.role === 'reporter' ? redactForReporter(detail) : detail;
}

/**
 * A reporter follows their own report, not the investigation: management's briefings and decisions,
 * evidence (possibly malware), vendor requests and recipients stay with the desk.
 */
function redactForReporter(d: IncidentDetail): IncidentDetail {
  return {
    ...d,
    facts: {},
    missingFacts: [],
    nextActions: [],
    checklist: [],
    spread: [],
    recommendNetworkStop: false,
    briefings: [],
    decisions: [],
    determination: null,
    supportRequests: [],
    handover: null,
    evidence: [],
    notifications: [],
    restrictedTo: null,
    suggestedTypes: [],
  };
}
