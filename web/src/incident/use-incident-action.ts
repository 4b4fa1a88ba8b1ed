/**
 * A write on an incident. The answer (the new IncidentDetail) replaces the cached incident; a 409 conflict
 * puts the server's `current` incident in the cache so the page shows fresh values and a fresh version.
 */
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiError, getIncident } from '../api/client';
import { keys } from '../api/queries';
import type { IncidentDetail } from '../shared';

export function useIncidentAction<V>(
  incidentId: string,
  action: (vars: V) => Promise<IncidentDetail>,
  options: {
    onSuccess?: (detail: IncidentDetail, vars: V) => void;
    onConflict?: (current: IncidentDetail) => void;
  } = {},
) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: action,
    onSuccess: (detail, vars) => {
      queryClient.setQueryData(keys.incident(incidentId), detail);
      void queryClient.invalidateQueries({ queryKey: keys.timeline(incidentId) });
      void queryClient.invalidateQueries({ queryKey: keys.incidents });
      options.onSuccess?.(detail, vars);
    },
    onError: async (error) => {
      if (!(error instanceof ApiError) || !error.isConflict) return;
      const current =
        error.current ??
        (await queryClient.fetchQuery({
          queryKey: keys.incident(incidentId),
          queryFn: () => getIncident(incidentId),
          staleTime: 0,
        }));
      if (!current) return;
      queryClient.setQueryData(keys.incident(incidentId), current);
      options.onConflict?.(current);
    },
  });
}
