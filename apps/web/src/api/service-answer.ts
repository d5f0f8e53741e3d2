/** What a service says when it refuses: a stable code and a Danish message (`refusedWith`). */
export interface Refusal {
  code: string;
  message: string;
}

export type ServiceAnswer<T> = { ok: true; body: T } | { ok: false; status: number; refusal: Refusal | null };

/** A service answered with something other than success: the page says so in Danish. */
export class ServiceRefusedError extends Error {
  constructor(
    readonly status: number,
    readonly refusal: Refusal | null,
  ) {
    super(`service refused: ${status} ${refusal?.code ?? ''}`.trim());
    this.name = 'ServiceRefusedError';
  }
}

/** The service could not be reached, or answered with an error of its own. */
export class ServiceUnavailableError extends Error {
  constructor(readonly service: string) {
    super(`${service} is unavailable`);
    this.name = 'ServiceUnavailableError';
  }
}

function refusalOf(body: unknown): Refusal | null {
  if (typeof body !== 'object' || body === null) return null;
  const { code, message } = body as Record<string, unknown>;
  return typeof code === 'string' && typeof message === 'string' ? { code, message } : null;
}

/** A service's route with its query; parameters left undefined are left out. */
export function serviceUrl(baseUrl: string, path: string, query: Readonly<Record<string, string | number | undefined>> = {}): URL {
  const url = new URL(path, baseUrl);
  for (const [name, value] of Object.entries(query)) if (value !== undefined) url.searchParams.set(name, String(value));
  return url;
}

/** Calls a service with the signed-in person's own token, and nothing more; 5xx and no answer are the service being unavailable. */
async function callService(service: string, url: URL, accessToken: string, init: { method: string; accept: string; json?: unknown }): Promise<Response> {
  const headers: Record<string, string> = { authorization: `Bearer ${accessToken}`, accept: init.accept };
  if (init.json !== undefined) headers['content-type'] = 'application/json';
  let response: Response;
  try {
    response = await fetch(url, {
      method: init.method,
      headers,
      body: init.json === undefined ? undefined : JSON.stringify(init.json),
      signal: AbortSignal.timeout(15_000),
    });
  } catch {
    throw new ServiceUnavailableError(service);
  }
  if (response.status >= 500) throw new ServiceUnavailableError(service);
  return response;
}

async function answerOf<T>(response: Response): Promise<ServiceAnswer<T>> {
  const body = (await response.json().catch(() => null)) as unknown;
  return response.ok ? { ok: true, body: body as T } : { ok: false, status: response.status, refusal: refusalOf(body) };
}

/** GET a JSON route of a service with the signed-in person's own token. */
export async function getWithToken<T>(service: string, url: URL, accessToken: string): Promise<ServiceAnswer<T>> {
  return answerOf<T>(await callService(service, url, accessToken, { method: 'GET', accept: 'application/json' }));
}

/** POST, PUT, PATCH (a JSON body, when there is one) or DELETE to a service with the signed-in person's own token (what a form asked for). */
export async function sendWithToken<T>(service: string, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: URL, accessToken: string, json?: unknown): Promise<ServiceAnswer<T>> {
  return answerOf<T>(await callService(service, url, accessToken, { method, accept: 'application/json', json }));
}

/**
 * GET a document of a service (a PDF, a CSV) with the person's own token: on success the
 * response itself, to be streamed on to the browser (never held whole); a refusal as a page.
 */
export async function downloadWithToken(service: string, url: URL, accessToken: string, accept: string): Promise<Response> {
  const response = await callService(service, url, accessToken, { method: 'GET', accept });
  if (response.ok) return response;
  const answer = await answerOf<never>(response);
  return bodyOf(answer);
}

/** The body of a success; anything else becomes the error the pages show. */
export function bodyOf<T>(answer: ServiceAnswer<T>): T {
  if (answer.ok) return answer.body;
  throw new ServiceRefusedError(answer.status, answer.refusal);
}

/** How long a service may take to read an uploaded file and answer (a large police list takes a while). */
const UPLOAD_TIMEOUT_MS = 10 * 60_000;

/**
 * POST a body as it arrives (a browser's multipart upload) to a service with the person's own
 * token and the same content type, without holding it: the service's own size limit bounds
 * it. The service may answer before it has read everything (too large, refused).
 */
export async function streamWithToken<T>(service: string, url: URL, accessToken: string, contentType: string, body: AsyncIterable<Uint8Array>): Promise<ServiceAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, {
      method: 'POST',
      headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json', 'content-type': contentType },
      body: body as unknown as RequestInit['body'],
      duplex: 'half',
      signal: AbortSignal.timeout(UPLOAD_TIMEOUT_MS),
    } as RequestInit);
  } catch {
    throw new ServiceUnavailableError(service);
  }
  if (response.status >= 500) throw new ServiceUnavailableError(service);
  return answerOf<T>(response);
}

/** Refusals a form shows on itself, with what was typed kept: a bad field (400) or a state that does not allow it (409). */
const FORM_REFUSALS = new Set([400, 409]);

/**
 * The service's refusal of what a form sent, when the form should show it: 400, 409, and a
 * refusal whose code the form names as its own (`formCodes`, e.g. a 403 about this answer rather
 * than the page); null on success; anything else becomes its error page.
 */
export function formRefusalOf(answer: ServiceAnswer<unknown>, formCodes: ReadonlySet<string> = new Set()): { status: number; refusal: Refusal | null } | null {
  if (answer.ok) return null;
  if (FORM_REFUSALS.has(answer.status) || (answer.refusal !== null && formCodes.has(answer.refusal.code))) return { status: answer.status, refusal: answer.refusal };
  return bodyOf(answer);
}
