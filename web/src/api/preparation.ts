/** Calm-time preparation through the API: readiness, preparation facts, drills and statistics. */
import { useQuery } from '@tanstack/react-query';
import type { z } from 'zod';
import type {
  ContactTreeView,
  contactTreeInput,
  DrillInfoView,
  DrillPersonView,
  DrillScenarioView,
  DrillStarted,
  PreparationView,
  preparationInput,
  ReadinessView,
  StatsView,
  startDrillInput,
} from '../shared';
import { send } from './client';

/** Where the browser downloads the offline pack from (a plain link: the server answers an attachment). */
export const OFFLINE_PACK_URL = '/api/offline-pack';

export const getReadiness = () => send<ReadinessView>('GET', '/api/readiness');
export const getPreparation = () => send<PreparationView>('GET', '/api/preparation');
export const savePreparation = (input: z.input<typeof preparationInput>) =>
  send<PreparationView>('PUT', '/api/preparation', { body: input });
/** The notification contact tree (its own route): edited from the preparation page too. */
export const getContactTree = () => send<ContactTreeView>('GET', '/api/notify/contact-tree');
export const saveContactTree = (input: z.input<typeof contactTreeInput>) =>
  send<ContactTreeView>('PUT', '/api/notify/contact-tree', { body: input });
export const getStats = () => send<StatsView>('GET', '/api/stats');
export const drillScenarios = () => send<{ scenarios: DrillScenarioView[] }>('GET', '/api/drills/scenarios');
export const drillPeople = () => send<{ people: DrillPersonView[] }>('GET', '/api/drills/people');
export const startDrill = (input: z.input<typeof startDrillInput>) =>
  send<DrillStarted>('POST', '/api/drills', { body: input });
export const drillInfo = (incidentId: string) =>
  send<DrillInfoView>('GET', `/api/incidents/${encodeURIComponent(incidentId)}/drill`);

export const preparationKeys = {
  readiness: ['readiness'] as const,
  preparation: ['preparation'] as const,
  contactTree: ['notify', 'contact-tree'] as const,
  stats: ['stats'] as const,
  drillScenarios: ['drills', 'scenarios'] as const,
  drillPeople: ['drills', 'people'] as const,
  drillInfo: (id: string) => ['incident', id, 'drill'] as const,
};

export const useReadiness = (enabled = true) =>
  useQuery({ queryKey: preparationKeys.readiness, queryFn: getReadiness, enabled });
export const usePreparation = () => useQuery({ queryKey: preparationKeys.preparation, queryFn: getPreparation });
export const useDrillScenarios = () =>
  useQuery({ queryKey: preparationKeys.drillScenarios, queryFn: drillScenarios, staleTime: Number.POSITIVE_INFINITY });
export const useDrillPeople = () => useQuery({ queryKey: preparationKeys.drillPeople, queryFn: drillPeople });
export const useDrillInfo = (id: string, enabled: boolean) =>
  useQuery({ queryKey: preparationKeys.drillInfo(id), queryFn: () => drillInfo(id), enabled });
