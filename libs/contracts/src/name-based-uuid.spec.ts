import { nameBasedUuid } from './name-based-uuid';

describe('nameBasedUuid', () => {
  it('gives the same UUID (version 8, RFC variant) for the same name, and another for another name', () => {
    const id = nameBasedUuid('case-opened|00000000-0000-4000-8000-000000000001');
    expect(id).toBe(nameBasedUuid('case-opened|00000000-0000-4000-8000-000000000001'));
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(nameBasedUuid('case|00000000-0000-4000-8000-000000000001')).not.toBe(id);
  });

  it('keeps the incident ids published before it was shared (incidentIdOf of "J 1", a pseudonym, suspect)', () => {
    expect(nameBasedUuid(`J1|${'a'.repeat(64)}|suspect`)).toBe('00411288-76f2-8cda-9443-3ea0dabb7ba4');
  });
});
