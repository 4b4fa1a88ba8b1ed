/**
 * Reads through TanStack Query: one key per resource, so a write can refresh exactly what it changed.
 */
import { useQuery } from '@tanstack/react-query';
import * as api from './client';

export const keys = {
  session: ['session'] as const,
  setupStatus: ['setup-status'] as const,
  incidents: ['incidents'] as const,
  incident: (id: string) => ['incident', id] as const,
  timeline: (id: string) => ['incident', id, 'timeline'] as const,
  briefingDraft: (id: string, version: number) => ['incident', id, 'briefing-draft', version] as const,
  vendors: ['vendors'] as const,
  settings: ['settings'] as const,
  users: ['users'] as const,
  directory: ['users', 'directory'] as const,
  publicReport: (token: string) => ['public-report', token] as const,
};

export const useSetupStatus = () => useQuery({ queryKey: keys.setupStatus, queryFn: api.setupStatus });
export const useIncidents = () => useQuery({ queryKey: keys.incidents, queryFn: api.listIncidents });
export const useIncident = (id: string) =>
  useQuery({ queryKey: keys.incident(id), queryFn: () => api.getIncident(id) });
export const useTimeline = (id: string) => useQuery({ queryKey: keys.timeline(id), queryFn: () => api.timeline(id) });
export const useBriefingDraft = (id: string, version: number, enabled: boolean) =>
  useQuery({ queryKey: keys.briefingDraft(id, version), queryFn: () => api.briefingDraft(id), enabled });
export const useVendors = (enabled = true) => useQuery({ queryKey: keys.vendors, queryFn: api.listVendors, enabled });
export const useSettings = (enabled = true) => useQuery({ queryKey: keys.settings, queryFn: api.getSettings, enabled });
export const useUsers = () => useQuery({ queryKey: keys.users, queryFn: api.listUsers });
export const useDirectory = (enabled = true) =>
  useQuery({ queryKey: keys.directory, queryFn: api.userDirectory, enabled });
export const usePublicReportInfo = (token: string) =>
  useQuery({ queryKey: keys.publicReport(token), queryFn: () => api.publicReportInfo(token), retry: false });
