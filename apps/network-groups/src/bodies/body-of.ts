import { notFound } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { BODY_REFUSALS } from './bodies.dto';

/** The body's id, name and last day (null for a standing body); 404 for an unknown body (a secretariat caller passes the scope check for any id). */
export async function bodyOf(manager: EntityManager, bodyId: string): Promise<{ id: string; name: string; endsOn: string | null }> {
  const [body] = (await manager.query(`SELECT id, name, to_char(ends_on, 'YYYY-MM-DD') AS "endsOn" FROM ssp_body WHERE id = $1`, [bodyId])) as { id: string; name: string; endsOn: string | null }[];
  if (!body) throw notFound(BODY_REFUSALS.notFound, { bodyId });
  return body;
}
