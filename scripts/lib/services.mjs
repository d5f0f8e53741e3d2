/** The four services, their default ports and their own databases. */
export const SERVICES = [
  { name: 'police-list-ingestion', port: 3001, database: 'ssp_police_list_ingestion' },
  { name: 'case-coordination', port: 3002, database: 'ssp_case_coordination' },
  { name: 'network-groups', port: 3003, database: 'ssp_network_groups' },
  { name: 'reporting', port: 3004, database: 'ssp_reporting' },
];
