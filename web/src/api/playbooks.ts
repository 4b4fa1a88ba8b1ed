/** Playbook and glossary routes (docs/API.md), typed, with their TanStack Query hooks and keys. */
import { useQuery } from '@tanstack/react-query';
import type { GlossaryView, IncidentType, Playbook, PlaybookDetailView, PlaybookSummaryView } from '../shared';
import { send } from './client';

const path = (type: string) => `/api/playbooks/${encodeURIComponent(type)}`;

export const listPlaybooks = () => send<{ playbooks: PlaybookSummaryView[] }>('GET', '/api/playbooks');
export const getPlaybook = (type: IncidentType) => send<PlaybookDetailView>('GET', path(type));
export const savePlaybook = (type: IncidentType, playbook: Playbook) =>
  send<PlaybookDetailView>('PUT', path(type), { body: playbook });
export const resetPlaybook = (type: IncidentType) => send<PlaybookDetailView>('DELETE', path(type));
export const getGlossary = () => send<GlossaryView>('GET', '/api/glossary');

export const playbookKeys = {
  all: ['playbooks'] as const,
  one: (type: IncidentType) => ['playbooks', type] as const,
};

// Playbooks change only when an admin edits one, so a few minutes of staleness is harmless.
const STALE_MS = 5 * 60_000;

export const usePlaybooks = (enabled = true) =>
  useQuery({ queryKey: playbookKeys.all, queryFn: listPlaybooks, staleTime: STALE_MS, enabled });
export const usePlaybook = (type: IncidentType, enabled = true) =>
  useQuery({ queryKey: playbookKeys.one(type), queryFn: () => getPlaybook(type), staleTime: STALE_MS, enabled });
