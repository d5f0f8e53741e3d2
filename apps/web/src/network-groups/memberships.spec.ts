import { ServiceRefusedError } from '../api/service-answer';
import { currentOn, isCurrentOn, membershipsOf } from './memberships';
import type { Membership } from './network-groups.types';

const MEMBERSHIP: Membership = {
  id: '7d0c0f7a-0000-4000-8000-000000000001',
  bodyId: 'netvaerk-randers-nv',
  bodyName: 'Netværksgruppe Randers NV',
  personId: '7d0c0f7a-0000-4000-8000-00000000000a',
  personName: 'Ali Yilmaz',
  email: 'ali@randers.example',
  organisationId: '7d0c0f7a-0000-4000-8000-0000000000f1',
  organisation: 'Vestervangsskolen',
  role: 'member',
  validFrom: '2026-01-01',
  validTo: '2026-11-23',
};

describe("a person's memberships", () => {
  it('run on a day from their first to their last day, both included, or on with no last day', () => {
    expect(isCurrentOn(MEMBERSHIP, '2026-01-01')).toBe(true);
    expect(isCurrentOn(MEMBERSHIP, '2026-11-23')).toBe(true);
    expect(isCurrentOn(MEMBERSHIP, '2026-11-24')).toBe(false);
    expect(isCurrentOn(MEMBERSHIP, '2025-12-31')).toBe(false);
    expect(isCurrentOn({ validFrom: '2026-01-01', validTo: null }, '2099-01-01')).toBe(true);
  });

  it('of a day are those that run on it', () => {
    const later = { ...MEMBERSHIP, bodyId: 'mandagsgruppen', validFrom: '2026-11-24', validTo: null };
    expect(currentOn([MEMBERSHIP, later], '2026-11-23')).toEqual([MEMBERSHIP]);
    expect(currentOn([MEMBERSHIP, later], '2026-11-24')).toEqual([later]);
  });

  it("are the registry's answer about the signed-in person, none while the sign-in is linked to no one, and any other refusal an error", () => {
    const person = { id: MEMBERSHIP.personId, name: 'Ali Yilmaz', email: 'ali@randers.example', signInLinked: true, memberships: [MEMBERSHIP] };
    expect(membershipsOf({ ok: true, body: person })).toEqual([MEMBERSHIP]);
    expect(membershipsOf({ ok: false, status: 404, refusal: { code: 'person-not-linked', message: 'Ingen person.' } })).toEqual([]);
    expect(() => membershipsOf({ ok: false, status: 403, refusal: null })).toThrow(ServiceRefusedError);
  });
});
