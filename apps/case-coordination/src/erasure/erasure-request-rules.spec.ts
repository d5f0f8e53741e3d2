import { noteNamesPerson, requestRefusal } from './erasure-request-rules';

describe('requestRefusal', () => {
  const standing = { erasedAt: null, mergedInto: null, openInterventions: 0 };

  it('erases a person who is neither erased, merged nor held by an open intervention', () => {
    expect(requestRefusal(standing)).toBeNull();
  });

  it('refuses an erased person first, whatever else holds', () => {
    expect(requestRefusal({ erasedAt: new Date('2026-12-01T10:00:00Z'), mergedInto: 'a'.repeat(64), openInterventions: 2 })).toBe('already-erased');
  });

  it('refuses a person merged into another: the request is the kept person’s', () => {
    expect(requestRefusal({ ...standing, mergedInto: 'a'.repeat(64), openInterventions: 1 })).toBe('merged');
  });

  it('refuses while an intervention is open', () => {
    expect(requestRefusal({ ...standing, openInterventions: 1 })).toBe('open-intervention');
  });
});

describe('noteNamesPerson', () => {
  const identity = { name: 'Anton Ågård Aagaard', cpr: '150512-4101' };

  it.each([
    ['the first name', 'Anton har skrevet selv'],
    ['a surname with Danish letters, in other case', 'brev fra familien ÅGÅRD'],
    ['a CPR number, with or without the dash', 'Vedr. 1505124101'],
    ['anyone’s CPR number', 'Søster 010203-1234 nævnt'],
  ])('finds %s', (_case, note) => {
    expect(noteNamesPerson(note, identity)).toBe(true);
  });

  it('lets a note through that names no one, and a name part inside another word', () => {
    expect(noteNamesPerson('Anmodningen kom pr. brev fra forælderen; kvittering sendt med e-Boks.', identity)).toBe(false);
    expect(noteNamesPerson('Antonsen-sagen er en anden', identity)).toBe(false);
  });

  it('checks for CPR numbers when the identity is gone or unreadable', () => {
    expect(noteNamesPerson('Anton', undefined)).toBe(false);
    expect(noteNamesPerson('150512-4101', undefined)).toBe(true);
  });
});
