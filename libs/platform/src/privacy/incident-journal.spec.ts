import type { IncidentRecordedV1 } from '@ssp/contracts';
import { randomBytes } from 'node:crypto';
import { IdentityCipher } from './identity-cipher';
import { incidentRecordedV2Of, openIncidentDetails, openJournalNumber } from './incident-journal';
import { Pseudonymiser } from './pseudonymiser';

const pseudonymiser = new Pseudonymiser(randomBytes(32));
const cipher = IdentityCipher.fromConfig(`k1:${randomBytes(32).toString('base64')}`, 'k1');

const incident = (incidentId: string, journalNumber: string): IncidentRecordedV1 => ({
  incidentId,
  listId: '6ba7b810-9dad-41d1-80b4-00c04fd430c9',
  personPseudonym: 'a'.repeat(64),
  pseudonymStrength: 'strong',
  journalNumber,
  role: 'suspect',
  incidentDate: '2026-01-05',
  offenceCategory: 'theft',
  ageAtIncident: 15,
  areaId: 'langaa',
});

describe('the journal number on the incident topic', () => {
  const first = incidentRecordedV2Of(incident('6ba7b810-9dad-41d1-80b4-00c04fd430c1', '4100-1'), pseudonymiser, cipher);
  const sameCase = incidentRecordedV2Of(incident('6ba7b810-9dad-41d1-80b4-00c04fd430c2', '4100-1'), pseudonymiser, cipher);
  const otherCase = incidentRecordedV2Of(incident('6ba7b810-9dad-41d1-80b4-00c04fd430c3', '4100-2'), pseudonymiser, cipher);

  it('is gone in clear: a digest equal for the same police case only, and a sealed value', () => {
    expect(JSON.stringify(first)).not.toContain('4100-1');
    expect('journalNumber' in first).toBe(false);
    expect(first.journalDigest).toMatch(/^[0-9a-f]{64}$/);
    expect(sameCase.journalDigest).toBe(first.journalDigest);
    expect(otherCase.journalDigest).not.toBe(first.journalDigest);
  });

  it('digests under the key, apart from the pseudonyms made from the same text', () => {
    expect(new Pseudonymiser(randomBytes(32)).ofJournalNumber('4100-1')).not.toBe(first.journalDigest);
    expect(pseudonymiser.ofJournalNumber('4100-1')).not.toBe(pseudonymiser.ofCpr('4100-1'));
    expect(pseudonymiser.ofJournalNumber('4100-1')).not.toBe(pseudonymiser.digest('4100-1'));
  });

  it('opens for the holder of the identity key, for its own incident only', () => {
    expect(openJournalNumber(first, cipher)).toBe('4100-1');
    expect(openJournalNumber(otherCase, cipher)).toBe('4100-2');
    expect(() => openJournalNumber({ ...first, incidentId: otherCase.incidentId }, cipher)).toThrow();
    expect(() => openJournalNumber(first, IdentityCipher.fromConfig(`k1:${randomBytes(32).toString('base64')}`, 'k1'))).toThrow();
  });
});

describe("the offence text and place on the incident topic", () => {
  const details = { offenceText: 'Tyveri fra Netto på Torvet, sammen med Jens', incidentLocation: 'Torvet 3, Randers' };
  const sealed = incidentRecordedV2Of(incident('6ba7b810-9dad-41d1-80b4-00c04fd430c4', '4100-3'), pseudonymiser, cipher, details);
  const other = incidentRecordedV2Of(incident('6ba7b810-9dad-41d1-80b4-00c04fd430c5', '4100-3'), pseudonymiser, cipher, { offenceText: 'Hærværk' });

  it('travel only sealed, and open for the holder of the identity key', () => {
    expect(JSON.stringify(sealed)).not.toMatch(/Netto|Torvet|Jens/);
    expect(openIncidentDetails(sealed, cipher)).toEqual(details);
    expect(openIncidentDetails(other, cipher)).toEqual({ offenceText: 'Hærværk' });
  });

  it('are absent on an incident published without them, and refused for another incident or under another key', () => {
    expect(openIncidentDetails(incidentRecordedV2Of(incident('6ba7b810-9dad-41d1-80b4-00c04fd430c6', '4100-4'), pseudonymiser, cipher), cipher)).toBeUndefined();
    expect(() => openIncidentDetails({ ...sealed, incidentId: other.incidentId }, cipher)).toThrow();
    expect(() => openIncidentDetails(sealed, IdentityCipher.fromConfig(`k1:${randomBytes(32).toString('base64')}`, 'k1'))).toThrow();
  });

  it('cannot be swapped with the journal number, which is sealed for another purpose', () => {
    expect(() => openIncidentDetails({ incidentId: sealed.incidentId, detailsSealed: sealed.journalNumberSealed }, cipher)).toThrow();
  });
});
