import { INCIDENT_ROLES } from '@ssp/contracts';
import { parseRole } from './role';

describe('parseRole', () => {
  it.each([
    ['mistænkt', 'suspect'],
    ['mistænkte', 'suspect'],
    ['sigtet', 'charged'],
    ['sigtede', 'charged'],
    ['forurettet', 'victim'],
    ['forurettede', 'victim'],
    ['vidne', 'witness'],
    ['bekymring', 'concern'],
    ['suspect', 'suspect'],
    ['charged', 'charged'],
    ['victim', 'victim'],
    ['witness', 'witness'],
    ['concern', 'concern'],
    ['  Mistænkt ', 'suspect'],
    ['SIGTET', 'charged'],
    ['Forurettede', 'victim'],
  ])('reads %p as %s', (word, role) => {
    expect(parseRole(word)).toEqual({ ok: true, value: role });
  });

  it('reaches every incident role', () => {
    const reached = ['mistænkt', 'sigtet', 'forurettet', 'vidne', 'bekymring'].map((word) => parseRole(word)).flatMap((result) => (result.ok ? [result.value] : []));
    expect(reached.sort()).toEqual([...INCIDENT_ROLES].sort());
  });

  it.each(['gerningsmand', 'anmelder', 'mistænkt/sigtet', 'offer', '', 'constructor', '__proto__'])('does not know %p', (word) => {
    expect(parseRole(word)).toEqual({ ok: false, error: 'role-unknown' });
  });
});
