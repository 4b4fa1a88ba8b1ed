import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiError, getIncident, recordFacts, setCsrfToken, setUnauthorizedHandler } from './client';

function answer(status: number, body: unknown) {
  return vi.fn(async () => new Response(body === undefined ? null : JSON.stringify(body), { status }));
}

afterEach(() => {
  vi.unstubAllGlobals();
  setCsrfToken(null);
  setUnauthorizedHandler(null);
});

describe('api client', () => {
  it('sends the CSRF token on writes only, same origin', async () => {
    const fetchMock = answer(200, { id: 'INC-1' });
    vi.stubGlobal('fetch', fetchMock);
    setCsrfToken('tok');
    await getIncident('INC-1');
    await recordFacts('INC-1', { version: 3, facts: {} });
    const [getCall, putCall] = fetchMock.mock.calls as unknown as [[string, RequestInit], [string, RequestInit]];
    expect(getCall[0]).toBe('/api/incidents/INC-1');
    expect((getCall[1].headers as Record<string, string>)['X-CSRF-Token']).toBeUndefined();
    expect(getCall[1].credentials).toBe('same-origin');
    expect(putCall[1].method).toBe('PUT');
    expect((putCall[1].headers as Record<string, string>)['X-CSRF-Token']).toBe('tok');
    expect(JSON.parse(String(putCall[1].body))).toEqual({ version: 3, facts: {} });
  });

  it('parses errors, with fields and the current incident on a conflict', async () => {
    vi.stubGlobal(
      'fetch',
      answer(409, {
        error: { id: 'incident_version_conflict', message: 'saved by someone else' },
        current: { id: 'INC-1', version: 4 },
      }),
    );
    const err = await recordFacts('INC-1', { version: 3, facts: {} }).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    const api = err as ApiError;
    expect(api.status).toBe(409);
    expect(api.isConflict).toBe(true);
    expect(api.message).toBe('saved by someone else');
    expect(api.current?.version).toBe(4);
  });

  it('calls the 401 handler, and reports network failures as network_error', async () => {
    const onUnauthorized = vi.fn();
    setUnauthorizedHandler(onUnauthorized);
    vi.stubGlobal('fetch', answer(401, { error: { id: 'not_signed_in', message: 'sign in' } }));
    await expect(getIncident('INC-1')).rejects.toMatchObject({ id: 'not_signed_in', status: 401 });
    expect(onUnauthorized).toHaveBeenCalledTimes(1);
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => Promise.reject(new TypeError('offline'))),
    );
    await expect(getIncident('INC-1')).rejects.toMatchObject({ id: 'network_error', status: 0 });
  });

  it('gives a non-JSON error an http_<status> id', async () => {
    vi.stubGlobal(
      'fetch',
      vi.fn(async () => new Response('<html>bad gateway</html>', { status: 502 })),
    );
    await expect(getIncident('INC-1')).rejects.toMatchObject({ id: 'http_502', status: 502 });
  });
});
