// Fetching the JSON API. Every response type comes from the server's own type module.
import { useEffect, useState } from 'preact/hooks';
export type * from '../../src/server/types';

export class ApiError extends Error {
  constructor(
    message: string,
    readonly status: number,
  ) {
    super(message);
  }
}

export async function getJson<T>(path: string, signal?: AbortSignal): Promise<T> {
  return readJson<T>(await fetch(path, { signal, headers: { accept: 'application/json' } }));
}

/** POSTs `body` as JSON to `path` and reads the JSON answer. */
export async function postJson<T>(path: string, body: unknown): Promise<T> {
  return readJson<T>(
    await fetch(path, {
      method: 'POST',
      headers: { 'content-type': 'application/json', accept: 'application/json' },
      body: JSON.stringify(body),
    }),
  );
}

/** The response's JSON body; an error status becomes an ApiError with the server's message. */
async function readJson<T>(res: Response): Promise<T> {
  const body = (await res.json().catch(() => null)) as unknown;
  if (!res.ok) {
    const msg =
      body && typeof body === 'object' && 'error' in body
        ? String((body as { error: unknown }).error)
        : res.statusText;
    throw new ApiError(msg, res.status);
  }
  return body as T;
}

export interface Loaded<T> {
  data: T | null;
  error: ApiError | Error | null;
  loading: boolean;
}

/** Loads `path` (re-loads when it changes); null path loads nothing. */
export function useApi<T>(path: string | null): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ data: null, error: null, loading: !!path });
  useEffect(() => {
    if (!path) return;
    const ctl = new AbortController();
    setState({ data: null, error: null, loading: true });
    getJson<T>(path, ctl.signal).then(
      (data) => setState({ data, error: null, loading: false }),
      (error: Error) => {
        if (error.name !== 'AbortError') setState({ data: null, error, loading: false });
      },
    );
    return () => ctl.abort();
  }, [path]);
  return state;
}

export const enc = encodeURIComponent;
