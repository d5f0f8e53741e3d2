/** The columns of a police SSP list, in the order of the format description. */
export const POLICE_LIST_FIELDS = [
  'journalNumber',
  'incidentDate',
  'incidentTime',
  'offenceCode',
  'offenceText',
  'role',
  'cpr',
  'birthDate',
  'name',
  'address',
  'postalCode',
  'school',
  'incidentLocation',
  'policeUnit',
  'summary',
  'protectedAddress',
] as const;

export type PoliceListField = (typeof POLICE_LIST_FIELDS)[number];

/**
 * The free-text columns that are not the person's identity: what they hold travels without
 * it (journal number, offence code and school on the incident topic and in both services'
 * incident tables) or may come to. A CPR number or the row's name in one of them would put
 * the person on a pseudonymous topic, so such a row is refused (validate-row.ts). The
 * identity columns (CPR, birth date, name, address, postal code) go to the encrypted vault;
 * date, time, role and the protected mark are parsed into values that cannot hold a name.
 */
export const PSEUDONYMOUS_TEXT_FIELDS = ['journalNumber', 'offenceCode', 'offenceText', 'school', 'incidentLocation', 'policeUnit', 'summary'] as const satisfies readonly PoliceListField[];

export type PseudonymousTextField = (typeof PSEUDONYMOUS_TEXT_FIELDS)[number];

/** How a clerk names each column in a reason. */
export const FIELD_LABELS_DA: Readonly<Record<PoliceListField, string>> = {
  journalNumber: 'journalnummer',
  incidentDate: 'gerningsdato',
  incidentTime: 'tidspunkt',
  offenceCode: 'gerningskode',
  offenceText: 'gerningsbeskrivelse',
  role: 'rolle',
  cpr: 'CPR-nummer',
  birthDate: 'fødselsdato',
  name: 'navn',
  address: 'adresse',
  postalCode: 'postnummer',
  school: 'skole',
  incidentLocation: 'gerningssted',
  policeUnit: 'politienhed',
  summary: 'resumé',
  protectedAddress: 'beskyttet adresse',
};
