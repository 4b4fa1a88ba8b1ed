/** The signed-in session (or null), shared by every page through TanStack Query. */
import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { Role, SessionView } from '../shared';
import * as api from './client';
import { keys } from './queries';

export function useSession() {
  return useQuery({ queryKey: keys.session, queryFn: api.me, staleTime: 5 * 60_000, retry: 1 });
}

/** Stores a session answered by login, first-admin or set-password, so every page sees it at once. */
export function useRememberSession() {
  const queryClient = useQueryClient();
  return (session: SessionView | null) => {
    queryClient.setQueryData(keys.session, session);
    if (session === null) queryClient.removeQueries({ predicate: (q) => q.queryKey[0] !== 'session' });
  };
}

export function hasRole(session: SessionView | null | undefined, ...roles: Role[]): boolean {
  return !!session && roles.includes(session.user.role);
}
