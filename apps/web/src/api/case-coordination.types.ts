/**
 * The part of case coordination's agenda (GET /meetings/next/agenda, docs/openapi/case-coordination.json)
 * the pages read. Written by hand from the OpenAPI document until libs/api-client generates it.
 */
export interface AgendaReason {
  code: string;
  text: string;
}

export interface AgendaIncident {
  journalNumber: string;
  roleText: string;
  incidentDate: string;
  offenceCategoryText: string;
  areaText: string;
}

export interface AgendaItem {
  personPseudonym: string;
  person: { name: string | null; birthDate: string | null; school: string | null; identityError: { code: string; message: string } | null };
  caseStateText: string | null;
  priority: number;
  reasons: AgendaReason[];
  newIncidents: AgendaIncident[];
  moreNewIncidents: number;
}

export interface Agenda {
  meetingDate: string;
  startsAt: string;
  items: AgendaItem[];
  next: string | null;
}
