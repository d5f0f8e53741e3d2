import { ASSESSMENT_CONCLUSION_LABELS } from '../meetings/decision-rules';
import type { A4Document, DocumentSection } from '@ssp/platform';
import { EXTRACT_LIST_MAX, type ExtractList } from './register-extract-rules';
import type { RegisterExtractDto } from './register-extract.dto';

/** The Danish headings of the extract, in the order they are printed. */
export const EXTRACT_HEADINGS = {
  identity: 'Identitet',
  cases: 'Sager i SSP-samarbejdet',
  incidents: 'Hændelser fra politiet',
  concerns: 'Bekymringer',
  notes: 'Noter',
  decisions: 'Mandagsgruppens beslutninger',
  interventions: 'Indsatser',
  reopenings: 'Genåbninger af sagen',
  accessLog: 'Hvem har læst oplysningerne (adgangslog)',
} as const;

export const CUT_LINE = `Kun de nyeste ${EXTRACT_LIST_MAX} vises her; der er flere. Kontakt SSP-sekretariatet for resten.`;
const NONE = 'Ingen.';
const ERASED_TEXT = '(slettet)';

const day = (instant: string) => instant.slice(0, 10);
const orErased = (text: string | null) => text ?? ERASED_TEXT;

function section<T>(heading: string, list: ExtractList<T>, line: (item: T) => string): DocumentSection {
  const lines = list.items.length === 0 ? [NONE] : list.items.map(line);
  return { heading, lines: list.cut ? [...lines, CUT_LINE] : lines };
}

function identityLines(extract: RegisterExtractDto): string[] {
  if (extract.identity) {
    const { name, cpr, birthDate, address, postalCode, school } = extract.identity;
    return [
      `Navn: ${name}`,
      `CPR-nummer: ${cpr ?? 'ikke oplyst'}`,
      `Fødselsdato: ${birthDate}`,
      ...(address ? [`Adresse: ${address}${postalCode ? `, ${postalCode}` : ''}`] : []),
      ...(school ? [`Skole: ${school}`] : []),
    ];
  }
  if (extract.identityError) return [extract.identityError.message];
  return [extract.erasedAt ? `Identiteten er slettet ${day(extract.erasedAt)}.` : 'SSP-samarbejdet har ingen identitet registreret.'];
}

/**
 * The extract as a document for the person (GDPR art. 15): Danish headings, one line a record,
 * codes in Danish; a list cut at EXTRACT_LIST_MAX says so.
 */
export function registerExtractDocument(extract: RegisterExtractDto): A4Document {
  const merged = extract.mergedPseudonyms.length === 0 ? [] : [`Registreret under flere pseudonymer, som er lagt sammen: ${extract.mergedPseudonyms.join(', ')}.`];
  return {
    title: 'Indsigt: oplysninger registreret i SSP-samarbejdet',
    subtitle: `Udtræk efter databeskyttelsesforordningens artikel 15, dannet ${extract.madeAt}. Pseudonym: ${extract.personPseudonym}.`,
    author: 'SSP Randers, samordning af sager',
    createdAt: new Date(extract.madeAt),
    sections: [
      { heading: EXTRACT_HEADINGS.identity, lines: [...identityLines(extract), ...merged] },
      section(EXTRACT_HEADINGS.cases, extract.cases, (item) => `Oprettet ${day(item.openedAt)}: ${item.stateText}${item.closedAt ? `, lukket ${day(item.closedAt)}` : ''}.`),
      section(
        EXTRACT_HEADINGS.incidents,
        extract.incidents,
        (item) =>
          `${item.incidentDate}, journalnr. ${item.journalNumber}: ${item.offenceCategoryText} (${item.roleText}). Politiets beskrivelse: ${orErased(item.offenceText)}. Sted: ${orErased(item.incidentLocation)}.${item.school ? ` Skole: ${item.school}.` : ''}`,
      ),
      section(EXTRACT_HEADINGS.concerns, extract.concerns, (item) => `${item.raisedOn}: ${item.sourceText}, ${item.areaText}. ${orErased(item.worry)}`),
      section(EXTRACT_HEADINGS.notes, extract.notes, (item) => `${day(item.writtenAt)}, ${item.authorName ?? item.author} (${item.body}, ${item.legalBasis}): ${orErased(item.text)} Nødvendighed: ${orErased(item.necessity)}`),
      section(EXTRACT_HEADINGS.decisions, extract.decisions, (item) => {
        const assessment = item.familyDepartmentAssessment;
        const answer = assessment === null ? '' : ` Familieafdelingens vurdering inden 24 timer: ${assessment.conclusion ? ASSESSMENT_CONCLUSION_LABELS[assessment.conclusion] : 'ikke afgivet'}.`;
        return `${day(item.decidedAt)}: ${item.kindText}${item.referralBodyName ? ` (${item.referralBodyName})` : ''}.${item.note === null ? '' : ` ${item.note}`}${answer}`;
      }),
      section(EXTRACT_HEADINGS.interventions, extract.interventions, (item) => `${item.title}, ${item.ownerBody}, ansvarlig ${item.ownerSubject ?? item.responsibleText ?? 'ukendt'}, frist ${item.deadline}, status ${item.statusText}.${item.outcome ? ` Udfald: ${item.outcome}` : ''}`),
      section(EXTRACT_HEADINGS.reopenings, extract.reopenings, (item) => `${day(item.reopenedAt)}: ${item.reasonText}.${item.note ? ` ${item.note}` : ''}`),
      section(EXTRACT_HEADINGS.accessLog, extract.accessLog, (item) => `${item.accessedAt}: ${item.actor} (${item.actorRoles.join(', ')}) læste ${item.actionText}, formål: ${item.purposeText}.`),
    ],
  };
}
