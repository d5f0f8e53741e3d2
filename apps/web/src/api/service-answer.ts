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

/** GET a JSON route of a service with the signed-in person's own token, and nothing more. */
export async function getWithToken<T>(service: string, url: URL, accessToken: string): Promise<ServiceAnswer<T>> {
  let response: Response;
  try {
    response = await fetch(url, { headers: { authorization: `Bearer ${accessToken}`, accept: 'application/json' }, signal: AbortSignal.timeout(15_000) });
  } catch {
    throw new ServiceUnavailableError(service);
  }
  if (response.status >= 500) throw new ServiceUnavailableError(service);
  const body = (await response.json().catch(() => null)) as unknown;
  return response.ok ? { ok: true, body: body as T } : { ok: false, status: response.status, refusal: refusalOf(body) };
}

/** The body of a success; anything else becomes the error the pages show. */
export function bodyOf<T>(answer: ServiceAnswer<T>): T {
  if (answer.ok) return answer.body;
  throw new ServiceRefusedError(answer.status, answer.refusal);
}
