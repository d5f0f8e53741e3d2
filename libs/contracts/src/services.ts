/** The services of the suite, as they name themselves as producers and consumers. */
export const ServiceName = {
  policeListIngestion: 'police-list-ingestion',
  caseCoordination: 'case-coordination',
  networkGroups: 'network-groups',
  reporting: 'reporting',
} as const;

export type ServiceName = (typeof ServiceName)[keyof typeof ServiceName];
