import type { IncidentRole } from '@ssp/contracts';
import { failed, parsed, type Parsed } from './parsed';

/**
 * The words in the format description, plus the definite forms the police reports use for
 * the person ("den mistænkte", "den sigtede", "den forurettede"), which clerks copy as is.
 */
const ROLE_BY_WORD: ReadonlyMap<string, IncidentRole> = new Map([
  ['mistænkt', 'suspect'],
  ['mistænkte', 'suspect'],
  ['suspect', 'suspect'],
  ['sigtet', 'charged'],
  ['sigtede', 'charged'],
  ['charged', 'charged'],
  ['forurettet', 'victim'],
  ['forurettede', 'victim'],
  ['victim', 'victim'],
  ['vidne', 'witness'],
  ['witness', 'witness'],
  ['bekymring', 'concern'],
  ['concern', 'concern'],
]);

export function parseRole(text: string): Parsed<IncidentRole, 'role-unknown'> {
  const role = ROLE_BY_WORD.get(text.normalize('NFC').trim().toLowerCase());
  return role === undefined ? failed('role-unknown') : parsed(role);
}
