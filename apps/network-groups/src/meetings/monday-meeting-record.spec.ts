import { mondayMeetingRecordItem } from './monday-meeting-record';

const record = { meetingId: '0b9f7c2e-5d1a-4c3b-8e2f-1a2b3c4d5e6f', persons: 3, handled: 1, deferred: 1, notReached: 1, recordedAt: '2026-11-23T10:00:00.000Z' };

describe('mondayMeetingRecordItem', () => {
  it('says how many persons the frozen agenda holds while the meeting runs, and links to the record', () => {
    expect(mondayMeetingRecordItem({ ...record, state: 'open' })).toEqual({
      title: 'Personer fra politiets SSP-lister og bekymringer: 3 personer',
      description: `Mødet er i gang; dagsordenen er låst i sagskoordineringen. Se mødet i sagskoordineringen: /monday-meetings/${record.meetingId}`,
    });
  });

  it('adds what became of the items once the meeting is closed or approved', () => {
    expect(mondayMeetingRecordItem({ ...record, state: 'approved', persons: 1, handled: 1, deferred: 0, notReached: 0 })).toEqual({
      title: 'Personer fra politiets SSP-lister og bekymringer: 1 person',
      description: `Referatet er godkendt i sagskoordineringen. Behandlet: 1. Udsat: 0. Ikke nået: 0. Se mødet i sagskoordineringen: /monday-meetings/${record.meetingId}`,
    });
  });
});
