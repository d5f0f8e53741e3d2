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
