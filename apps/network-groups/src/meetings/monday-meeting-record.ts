import type { MondayMeetingRecordedV1 } from '@ssp/contracts';

const STATE_TEXT: Readonly<Record<MondayMeetingRecordedV1['state'], string>> = {
  open: 'Mødet er i gang; dagsordenen er låst i sagskoordineringen.',
  closed: 'Mødet er afsluttet; referatet afventer godkendelse i sagskoordineringen.',
  approved: 'Referatet er godkendt i sagskoordineringen.',
};

/**
 * The agenda item that shows case coordination's record on the calendar's Monday-group
 * meeting: how many persons, and what became of them. Counts only; the persons are read in
 * case coordination, by those who may.
 */
export function mondayMeetingRecordItem(record: MondayMeetingRecordedV1): { title: string; description: string } {
  const counts = record.state === 'open' ? '' : ` Behandlet: ${record.handled}. Udsat: ${record.deferred}. Ikke nået: ${record.notReached}.`;
  return {
    title: `Personer fra politiets SSP-lister og bekymringer: ${record.persons} ${record.persons === 1 ? 'person' : 'personer'}`,
    description: `${STATE_TEXT[record.state]}${counts} Se mødet i sagskoordineringen: /monday-meetings/${record.meetingId}`,
  };
}
