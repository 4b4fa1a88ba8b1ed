/** The report form's state and its conversion into the API's reportInput. */
import { compact } from '../lib/validation';
import type { IncidentType, ReportInput } from '../shared';

export interface ReportFormState {
  whatHappened: string;
  where: string;
  contact: string;
  reporterName: string;
  department: string;
  supervisorEmail: string;
  noticedAt: string;
  whyAbnormal: string;
  alreadyDone: string;
  types: IncidentType[];
}

export const emptyReport: ReportFormState = {
  whatHappened: '',
  where: '',
  contact: '',
  reporterName: '',
  department: '',
  supervisorEmail: '',
  noticedAt: '',
  whyAbnormal: '',
  alreadyDone: '',
  types: [],
};

/** Blank optional inputs are left out, so the server sees only what the reporter actually said. */
export function toReportInput(state: ReportFormState): Partial<ReportInput> {
  const { types, ...texts } = state;
  const trimmed = Object.fromEntries(Object.entries(texts).map(([k, v]) => [k, v.trim()]));
  return { ...compact(trimmed), ...(types.length ? { types } : {}) };
}
