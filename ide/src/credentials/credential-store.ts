/**
 * The viewer's credential (an API key or a bearer token), entered once and
 * kept in this browser's localStorage only: every GraphiQL tab, and any
 * other page of this server (the dashboard), sends it with each request
 * until it is forgotten. Nothing here talks to the server.
 */
const STORAGE_KEY = 'shandong-handmade.credential';

type Listener = (credential: string | null) => void;
const listeners = new Set<Listener>();

function storage(): Storage | null {
  try {
    return window.localStorage;
  } catch {
    // Storage refused (privacy settings): the key lasts until the page is closed.
    return null;
  }
}

let fallback: string | null = null;

export function loadCredential(): string | null {
  const value = storage()?.getItem(STORAGE_KEY) ?? fallback;
  return value && value.trim() ? value : null;
}

function notify(): void {
  const current = loadCredential();
  for (const listener of listeners) listener(current);
}

/**
 * What a person pastes, reduced to the credential itself: a whole header
 * line (`Authorization: ApiKey shk_…`), a scheme (`Bearer eyJ…`), quotes and
 * white space are all accepted.
 */
export function normaliseCredential(input: string): string {
  return input
    .trim()
    .replace(/^["']|["']$/g, '')
    .replace(/^(authorization|x-api-key)\s*:\s*/i, '')
    .replace(/^(apikey|bearer)\s+/i, '')
    .trim();
}

export function saveCredential(input: string): string | null {
  const credential = normaliseCredential(input);
  if (!credential) return null;
  const store = storage();
  if (store) store.setItem(STORAGE_KEY, credential);
  else fallback = credential;
  notify();
  return credential;
}

export function forgetCredential(): void {
  storage()?.removeItem(STORAGE_KEY);
  fallback = null;
  notify();
}

/** Calls back on every change, from this page or another tab of the same server. */
export function onCredentialChange(listener: Listener): () => void {
  listeners.add(listener);
  const fromOtherTab = (event: StorageEvent) => {
    if (event.key === STORAGE_KEY || event.key === null) listener(loadCredential());
  };
  window.addEventListener('storage', fromOtherTab);
  return () => {
    listeners.delete(listener);
    window.removeEventListener('storage', fromOtherTab);
  };
}

/** A JWT is three base64url parts; anything else is taken for an API key. */
export function isBearerToken(credential: string): boolean {
  return /^[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*$/.test(credential);
}

/** The Authorization header this credential travels in. */
export function authorizationHeader(credential: string): string {
  return `${isBearerToken(credential) ? 'Bearer' : 'ApiKey'} ${credential}`;
}

/** Enough of the credential to recognise it (an API key's lookup prefix), never the secret part. */
export function credentialLabel(credential: string): string {
  if (isBearerToken(credential)) return 'bearer token';
  const prefix = /^shk_[a-z2-9]{8}/.exec(credential)?.[0];
  return prefix ? `API key ${prefix}…` : 'API key';
}

/**
 * The headers a request sends for the stored credential, unless the request
 * names its own (a tab's Headers editor wins: two different credentials
 * would be refused by the server).
 */
export function withCredential(headers: Record<string, string> = {}, credential = loadCredential()): Record<string, string> {
  const own = Object.keys(headers).some((name) => /^(authorization|x-api-key)$/i.test(name));
  return credential && !own ? { ...headers, authorization: authorizationHeader(credential) } : headers;
}
