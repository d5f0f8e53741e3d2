import { createEnvelope, Topics } from '@ssp/contracts';
import { decodeMessage } from './decode-message';

const payload = {
  listId: '0b6d8b0e-55a4-4a4b-9a39-6b7f0f0f6d11',
  contentSha256: 'a'.repeat(64),
  source: 'upload' as const,
  fileName: 'liste.csv',
  rows: 3,
  accepted: 2,
  rejected: 1,
  duplicates: 0,
  ingestedAt: '2026-11-16T08:00:00.000Z',
};
const valid = createEnvelope(Topics.policeListIngested, payload, { producer: 'police-list-ingestion' });
const encode = (value: unknown) => Buffer.from(JSON.stringify(value));

describe('decodeMessage', () => {
  it('accepts a valid envelope and payload', () => {
    const decoded = decodeMessage(Topics.policeListIngested, 'k', encode(valid));
    expect(decoded).toMatchObject({ kind: 'event', event: { id: valid.id, payload: { rows: 3 } } });
  });

  it('strips payload fields the contract does not know, so additions within a version are harmless', () => {
    const decoded = decodeMessage(Topics.policeListIngested, 'k', encode({ ...valid, payload: { ...payload, extra: 'x' } }));
    expect(decoded.kind).toBe('event');
    expect(decoded.kind === 'event' && 'extra' in decoded.event.payload).toBe(false);
  });

  it.each([
    ['bytes that are not JSON', Buffer.from('{oops'), /value is not JSON/],
    ['a JSON array', encode([1, 2]), /not a JSON object/],
    ['an envelope without id', encode({ ...valid, id: undefined }), /envelope: id: is required/],
    ['an event of another topic', encode({ ...valid, type: 'ssp.incident.recorded' }), /does not belong on ssp.police-list.ingested.v1/],
    ['a negative count', encode({ ...valid, payload: { ...payload, rows: -1 } }), /payload\.rows: must be >= 0/],
    ['an unknown source', encode({ ...valid, payload: { ...payload, source: 'fax' } }), /payload\.source/],
    ['a tombstone on a topic that is not compacted', null, /null value on a topic that is not compacted/],
  ])('rejects %s with a reason', (_, value, reason) => {
    const decoded = decodeMessage(Topics.policeListIngested, 'k', value);
    expect(decoded.kind).toBe('invalid');
    expect(decoded.kind === 'invalid' && decoded.reason).toMatch(reason);
  });

  it('reads a null value on the compacted identity topic as a tombstone for its key', () => {
    expect(decodeMessage(Topics.personIdentity, 'f'.repeat(64), null)).toEqual({ kind: 'tombstone', key: 'f'.repeat(64) });
    expect(decodeMessage(Topics.personIdentity, null, null)).toEqual({ kind: 'invalid', reason: 'tombstone without a key' });
  });
});
