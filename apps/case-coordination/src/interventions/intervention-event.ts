/** The columns every intervention event names. */
export interface InterventionReferenceRow {
  id: string;
  case_id: string;
  person_pseudonym: string;
  owner_body: string;
  owner_subject: string | null;
  deadline: string;
}

/**
 * Which intervention an event is about, as the assigned, due-soon and overdue events all say
 * it: ids, pseudonym, owning body, the responsible's sign-in subject when there is one, and the
 * deadline. Never the title or anything typed about the person.
 */
export function interventionReference(row: InterventionReferenceRow) {
  return {
    interventionId: row.id,
    caseId: row.case_id,
    personPseudonym: row.person_pseudonym,
    ownerBody: row.owner_body,
    ...(row.owner_subject === null ? {} : { ownerSubject: row.owner_subject }),
    deadline: row.deadline,
  };
}
