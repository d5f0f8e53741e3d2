export interface ApiResponse<T = unknown> {
  status: number;
  body: T;
}

/** A JSON body, or a multipart form (sent with the boundary fetch gives it). */
export type ApiBody = { json: unknown } | { form: () => FormData };

/** One call to a service as a signed-in caller; the body is parsed when the answer is JSON. */
export async function callApi<T = unknown>(baseUrl: string, method: string, path: string, token: string | undefined, body?: ApiBody): Promise<ApiResponse<T>> {
  const headers: Record<string, string> = token ? { authorization: `Bearer ${token}` } : {};
  let payload: string | FormData | undefined;
  if (body && 'json' in body) {
    headers['content-type'] = 'application/json';
    payload = JSON.stringify(body.json);
  } else if (body) {
    payload = body.form();
  }
  const response = await fetch(`${baseUrl}${path}`, { method, headers, body: payload, redirect: 'manual' });
  const text = await response.text();
  const json = text !== '' && response.headers.get('content-type')?.includes('json');
  return { status: response.status, body: (json ? JSON.parse(text) : text) as T };
}

/** The same call for seeding, where anything but the expected status means the seed is wrong. */
export async function seedCall<T>(baseUrl: string, method: string, path: string, token: string, expected: number, body?: ApiBody): Promise<T> {
  const response = await callApi<T>(baseUrl, method, path, token, body);
  if (response.status !== expected) {
    throw new Error(`seeding ${method} ${path}: expected ${expected}, got ${response.status} ${JSON.stringify(response.body).slice(0, 500)}`);
  }
  return response.body;
}
