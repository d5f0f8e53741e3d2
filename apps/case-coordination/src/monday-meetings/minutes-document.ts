import type { A4Document } from '@ssp/platform';
import type { MeetingItemDto, MinutesDto } from './monday-meetings.dto';

const CONFIDENTIAL = 'Fortroligt. Oplysningerne er udvekslet efter retsplejelovens § 115 og må kun bruges til kriminalitetsforebyggelse.';

function danishTime(instant: string): string {
  return new Intl.DateTimeFormat('da-DK', { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Copenhagen' }).format(new Date(instant));
}

function personHeading(item: MeetingItemDto): string {
  const who = item.person.name ?? (item.person.identityUnreadable ? 'Identiteten kan ikke læses' : 'Ukendt identitet');
  const born = item.person.birthDate === null ? '' : `, født ${item.person.birthDate}`;
  return `${item.position}. ${who}${born} (${item.personPseudonym.slice(0, 12)}…)`;
}

function itemLines(item: MeetingItemDto): string[] {
  return [
    `Punktet: ${item.outcomeText ?? 'Ikke markeret'}. På dagsordenen fordi: ${item.reasons.map((reason) => reason.text).join(', ') || 'forfalden indsats'}.`,
    ...item.decisions.map((decision) => `Beslutning: ${decision.kindText}${decision.referralBodyName === null ? '' : ` til ${decision.referralBodyName}`}${decision.note === null ? '' : `. ${decision.note}`}`),
    ...item.notes.map((note) => `Oplysning fra ${note.body} (${note.legalBasis}): ${note.text ?? '(slettet)'}`),
    ...item.interventions.map((intervention) => `Indsats: ${intervention.title}, ejer ${intervention.ownerBody}, frist ${intervention.deadline}, status ${intervention.statusText}`),
  ];
}

/**
 * The minutes as a document for people, in Danish: the meeting, its state and counts, then
 * each person of the frozen agenda with why they were on it, what became of the item, and the
 * decisions, information and interventions recorded. The printable page and the PDF both
 * render this one document.
 */
export function minutesDocument(minutes: MinutesDto, createdAt: Date): A4Document {
  const { meeting } = minutes;
  const approval = meeting.approvedAt === null ? 'Referatet er ikke godkendt endnu.' : `Referatet blev godkendt ${danishTime(meeting.approvedAt)} af ${meeting.approvedBy}.`;
  return {
    title: `Referat af Mandagsgruppens møde ${meeting.meetingDate}`,
    subtitle: CONFIDENTIAL,
    author: 'SSP Randers, sagskoordinering',
    createdAt,
    sections: [
      {
        heading: 'Mødet',
        lines: [
          `Mødet begyndte ${danishTime(meeting.startsAt)}. Status: ${meeting.stateText}.`,
          `Behandlet: ${meeting.items.handled}. Udsat: ${meeting.items.deferred}. Ikke nået: ${meeting.items.notReached}.`,
          ...(meeting.agendaCut ? ['Dagsordenen havde flere personer, end et møde kan rumme; de øvrige står på næste dagsorden.'] : []),
          approval,
        ],
      },
      ...minutes.items.map((item) => ({ heading: personHeading(item), lines: itemLines(item) })),
    ],
  };
}
