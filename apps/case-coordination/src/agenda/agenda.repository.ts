import type { PersonConcernRow } from '../concerns/person-concern.repository';
import { Injectable } from '@nestjs/common';
import { groupBy, queryPrepared, REFERENCE_TABLES_DIGEST } from '@ssp/platform';
import { DataSource } from 'typeorm';
import type { IncidentRole } from '@ssp/contracts';
import type { AgendaIntervention, AgendaOrder, CaseState, ReviewIncident, ReviewReason } from '../domain';
import type { IdentityRow } from '../persons/identity-reader.service';
import { pseudonymsOf, rowsCountingAs } from '../persons/merged-persons';

/** An agenda row's place in the order, each descending: priority, newest new incident ('' for none), pseudonym. */
export type AgendaKey = readonly [priority: number, newestIncidentDate: string, pseudonym: string];

export interface AgendaCandidateRow {
  pseudonym: string;
  /** The review flag's priority; null when the person is on the agenda only for an overdue intervention. */
  reviewPriority: number | null;
  reasons: ReviewReason[] | null;
  caseState: CaseState | null;
  key: AgendaKey;
}

/** What the agenda is narrowed to; every part optional. */
export interface AgendaFilter {
  /** At least this priority. */
  minPriority?: number;
  /** Has a reason with this code ('overdue-intervention' included). */
  reason?: string;
  /** The newest incident was in this area. */
  area?: string;
  /** Has incidents the group has not yet seen (leaves out follow-ups and overdue interventions alone). */
  onlyNew?: boolean;
}

/**
 * Flags a filtered page reads at most (in order, after the cursor): a filter that matches few
 * persons must not make one request read them all. A page may then hold fewer than `limit`
 * persons, even none, and still lead on (`scanEnd`).
 */
export const AGENDA_SCAN_MAX = 1_000;

export interface AgendaCandidates {
  rows: AgendaCandidateRow[];
  /** Set when a filtered read stopped at AGENDA_SCAN_MAX flags: the key to go on after when the page is not full. */
  scanEnd: AgendaKey | null;
}

/** A new incident as the agenda shows it: what the review rules read, and the area it happened in. */
export interface AgendaIncidentRow extends ReviewIncident {
  areaId: string;
  offenceText: string | null;
  incidentLocation: string | null;
  school: string | null;
}

/** At most `limit` of a person's nested rows, and how many there are in all. */
export interface Capped<T> {
  rows: T[];
  total: number;
}

/**
 * The agenda's queries. The candidates are read a page at a time in the domain's order
 * (buildAgenda: priority, newest new incident, pseudonym, each descending), so that only the
 * page's rows reach the service whatever the number of persons; a person's incidents and
 * interventions are capped per person the same way.
 */
@Injectable()
export class AgendaRepository {
  constructor(private readonly dataSource: DataSource) {}

  /**
   * A page of the agenda of the meeting on `meetingDate` after `after`, in the order above
   * (`urgency`), or with the day of the newest new incident or concern first (`newest`,
   * along the index review_flag_newest_order).
   * Two ranges are merged: the flagged persons without an overdue intervention, read along the
   * index review_flag_agenda_order, and the persons with an intervention overdue at the
   * meeting (any flag's priority plus `overdueWeight`): the flagged ones along the index of
   * the earliest deadline their flag keeps (review_flag_intervention_due), the others through
   * the open interventions' deadlines. A page costs its own rows (AGENDA_SCAN_MAX when
   * filtered) plus the persons with an overdue intervention, whom only a decision of the group
   * can make, each read along an index without a lookup of its own; never the flagged persons
   * or incidents a history load brings. A flag is gone with its person's erasure or
   * merge (RetentionService, PersonMergeService), so the flags need no look at the person.
   */
  async candidates(
    meetingDate: string,
    overdueWeight: number,
    after: AgendaKey | undefined,
    limit: number,
    filter: AgendaFilter = {},
    order: AgendaOrder = 'urgency',
  ): Promise<AgendaCandidates> {
    const parameters: unknown[] = [meetingDate, overdueWeight, limit];
    const parameter = (value: unknown) => `$${parameters.push(value)}`;
    /** The key's three parts in the order's sequence: `newest` puts the day first. */
    const parts = (priority: string, newest: string, pseudonym: string) => [...(order === 'newest' ? [newest, priority] : [priority, newest]), pseudonym];
    const key = (priority: string, newest: string, pseudonym: string) => `(${parts(priority, newest, `${pseudonym} COLLATE "C"`).join(', ')})`;
    const afterKey =
      after === undefined
        ? () => 'TRUE'
        : ((cursor) => (priority: string, newest: string, pseudonym: string) => `${key(priority, newest, pseudonym)} < ${cursor}`)(
            key(`${parameter(after[0])}::int`, `${parameter(after[1] === '' ? '-infinity' : after[1])}::date`, `${parameter(after[2])}::bpchar`),
          );
    /** ORDER BY the key, descending (the index's order) or ascending; `pseudonym` with its collation (C) where it is not an output column already in it. */
    const orderBy = (priority: string, newest: string, pseudonym: string, direction = 'DESC') =>
      parts(priority, newest, pseudonym)
        .map((part) => `${part} ${direction}`)
        .join(', ');
    const filtered = Object.values(filter).some((value) => value !== undefined && value !== false);
    const scan = parameter(filtered ? AGENDA_SCAN_MAX : limit);
    const matches: string[] = [];
    if (filter.minPriority !== undefined) matches.push(`priority >= ${parameter(filter.minPriority)}::int`);
    if (filter.reason !== undefined) {
      const reason = parameter(filter.reason);
      matches.push(`(reasons @> jsonb_build_array(jsonb_build_object('code', ${reason}::text)) OR (escalated AND ${reason} = 'overdue-intervention'))`);
    }
    if (filter.area !== undefined) matches.push(`area_id = ${parameter(filter.area)}`);
    if (filter.onlyNew) matches.push("newest > '-infinity'");
    const match = matches.length === 0 ? 'TRUE' : matches.join(' AND ');
    const pageOrder = (alias: string) => orderBy(`${alias}.priority`, `${alias}.newest`, `${alias}.person_pseudonym COLLATE "C"`);
    const rows: { pseudonym: string; review_priority: number | null; reasons: ReviewReason[] | null; case_state: CaseState | null; priority: number; newest: string; scan_end: boolean }[] =
      await queryPrepared(
        this.dataSource,
        `WITH overdue AS MATERIALIZED (
           -- The few merged persons by hash, not a lookup per intervention (a page reads every
           -- overdue intervention). An erased person has no open intervention: retention erases
           -- only persons without one, and an erased person takes no decision (writablePerson).
           SELECT DISTINCT coalesce(m.merged_into, i.person_pseudonym) AS person_pseudonym FROM intervention i
             LEFT JOIN (SELECT pseudonym, merged_into FROM person WHERE merged_into IS NOT NULL) m ON m.pseudonym = i.person_pseudonym
            WHERE i.status <> 'completed' AND i.deadline < $1::date
         ),
         scanned AS MATERIALIZED (
           SELECT f.person_pseudonym, f.priority AS review_priority, f.reasons, f.priority, f.newest_incident_date AS newest, f.area_id, false AS escalated
             FROM review_flag f
            WHERE NOT coalesce(f.intervention_due < $1::date, false)
              AND ${afterKey('f.priority', 'f.newest_incident_date', 'f.person_pseudonym')}
              ${filter.minPriority === undefined ? '' : `AND f.priority >= ${parameter(filter.minPriority)}::int`}
            ORDER BY ${orderBy('f.priority', 'f.newest_incident_date', 'f.person_pseudonym COLLATE "C"')}
            LIMIT ${scan}
         ),
         scan_end AS (
           SELECT s.priority, s.newest, s.person_pseudonym FROM scanned s
            WHERE (SELECT count(*) FROM scanned) = ${scan}::int AND ${filtered}
            ORDER BY ${orderBy('s.priority', 's.newest', 's.person_pseudonym COLLATE "C"', 'ASC')} LIMIT 1
         ),
         escalated AS (
           -- The flagged persons along the index of the earliest deadline their flag keeps.
           SELECT f.person_pseudonym, f.priority AS review_priority, f.reasons, f.priority + $2::int AS priority, f.newest_incident_date AS newest, f.area_id, true AS escalated
             FROM review_flag f
            WHERE f.intervention_due < $1::date
           UNION ALL
           -- The others, whom only their overdue intervention brings.
           SELECT o.person_pseudonym, NULL, NULL, $2::int,
                  coalesce((SELECT max(i.incident_date) FROM person_incident i WHERE i.person_pseudonym IN ${pseudonymsOf('o.person_pseudonym')} AND i.reviewed_at IS NULL), '-infinity'),
                  (SELECT i.area_id FROM person_incident i WHERE i.person_pseudonym IN ${pseudonymsOf('o.person_pseudonym')} ORDER BY i.incident_date DESC, i.recorded_at DESC LIMIT 1),
                  true
             FROM overdue o
            WHERE o.person_pseudonym NOT IN (SELECT f.person_pseudonym FROM review_flag f WHERE f.intervention_due < $1::date)
         ),
         page AS (
           (SELECT * FROM scanned WHERE ${match} ORDER BY ${pageOrder('scanned')} LIMIT $3)
           UNION ALL
           (SELECT * FROM escalated e
             WHERE ${afterKey('e.priority', 'e.newest', 'e.person_pseudonym')} AND ${match}
               AND NOT EXISTS (SELECT 1 FROM scan_end s WHERE ${key('e.priority', 'e.newest', 'e.person_pseudonym')} < ${key('s.priority', 's.newest', 's.person_pseudonym')})
             ORDER BY ${pageOrder('e')} LIMIT $3)
         )
         SELECT page.person_pseudonym::text COLLATE "C" AS pseudonym, page.review_priority, page.reasons, c.state AS case_state, page.priority,
                CASE WHEN page.newest = '-infinity' THEN '' ELSE to_char(page.newest, 'YYYY-MM-DD') END COLLATE "C" AS newest, false AS scan_end
           FROM page LEFT JOIN person_case c ON c.person_pseudonym = page.person_pseudonym AND c.state <> 'closed'
         UNION ALL
         SELECT s.person_pseudonym::text COLLATE "C", NULL, NULL, NULL, s.priority, CASE WHEN s.newest = '-infinity' THEN '' ELSE to_char(s.newest, 'YYYY-MM-DD') END COLLATE "C", true
           FROM scan_end s
         ORDER BY scan_end, ${orderBy('priority', 'newest', 'pseudonym')}`,
        parameters,
      );
    const keyOf = (row: (typeof rows)[number]): AgendaKey => [row.priority, row.newest, row.pseudonym];
    const end = rows.find((row) => row.scan_end);
    return {
      rows: rows
        .filter((row) => !row.scan_end)
        .slice(0, limit)
        .map((row) => ({ pseudonym: row.pseudonym, reviewPriority: row.review_priority, reasons: row.reasons, caseState: row.case_state, key: keyOf(row) })),
      scanEnd: end === undefined ? null : keyOf(end),
    };
  }

  /**
   * Everything a page shows of its persons besides their flags, in one statement (each part
   * was a statement of its own, and a statement costs the service and the database more than
   * the rows of a page): of each person and those merged into them, the newest `limit`
   * unreviewed incidents and, for each of these, at most `linkedLimit` other persons on its
   * journal number; the newest `limit` unseen concerns; the first `limit` open interventions
   * by deadline; the newest unanswered notification to the family department; the encrypted
   * identity; and a digest of the reference tables, so that their names are read again only
   * when they changed (AgendaReferenceNames). Each part is looked up by person or by journal
   * number, as the statements were: a page costs its own rows whatever the number of persons.
   */
  async nestedOf(pseudonyms: readonly string[], limit: number, linkedLimit: number): Promise<AgendaNested> {
    const [row] = await queryPrepared<NestedRow>(
      this.dataSource,
      `WITH incidents AS MATERIALIZED (
         SELECT "personPseudonym", "incidentId", "journalNumber", role, "incidentDate", "offenceCategory", "ageAtIncident", "areaId", "offenceText", "incidentLocation", school, total, own, n FROM (
           SELECT counts_as::text AS "personPseudonym", incident_id AS "incidentId", journal_number AS "journalNumber", role,
                  to_char(incident_date, 'YYYY-MM-DD') AS "incidentDate", offence_category AS "offenceCategory", age_at_incident AS "ageAtIncident", area_id AS "areaId",
                  offence_text AS "offenceText", incident_location AS "incidentLocation", school, person_pseudonym AS own,
                  row_number() OVER (PARTITION BY counts_as ORDER BY incident_date DESC, incident_id) AS n,
                  count(*) OVER (PARTITION BY counts_as)::int AS total
             FROM (${rowsCountingAs(
               'person_incident',
               't.incident_id, t.journal_number, t.role, t.incident_date, t.offence_category, t.age_at_incident, t.area_id, t.offence_text, t.incident_location, t.school, t.person_pseudonym',
               '$1::bpchar[]',
               't.reviewed_at IS NULL',
             )}) unreviewed) numbered
          WHERE n <= $2
       ),
       -- Every person is looked up by key, one row at a time (LIMIT 1): before the tables are
       -- analysed after a history load, plain joins let the planner scan every incident per incident.
       linked AS (
         SELECT i."incidentId", other.pseudonym AS "personPseudonym", other.role
           FROM incidents i
           CROSS JOIN LATERAL (SELECT merged_into, pseudonym FROM person WHERE person.pseudonym = i.own LIMIT 1) own
           CROSS JOIN LATERAL (
             SELECT coalesce(p.merged_into, o.person_pseudonym)::text AS pseudonym, o.role
               FROM person_incident o
               CROSS JOIN LATERAL (SELECT merged_into FROM person WHERE person.pseudonym = o.person_pseudonym AND person.erased_at IS NULL LIMIT 1) p
              WHERE o.journal_number = i."journalNumber" AND coalesce(p.merged_into, o.person_pseudonym) <> coalesce(own.merged_into, own.pseudonym)
              ORDER BY o.person_pseudonym, o.role
              LIMIT $3) other
       ),
       concerns AS (
         SELECT "personPseudonym", "concernId", source, "legalBasis", "raisedOn", "areaId", worry, "raisedBy", false AS reviewed, total, n FROM (
           SELECT counts_as::text AS "personPseudonym", concern_id AS "concernId", source, legal_basis AS "legalBasis", to_char(raised_on, 'YYYY-MM-DD') AS "raisedOn",
                  area_id AS "areaId", worry, raised_by AS "raisedBy",
                  row_number() OVER (PARTITION BY counts_as ORDER BY raised_on DESC, recorded_at DESC, concern_id) AS n,
                  count(*) OVER (PARTITION BY counts_as)::int AS total
             FROM (${rowsCountingAs('person_concern', 't.concern_id, t.source, t.legal_basis, t.raised_on, t.recorded_at, t.area_id, t.worry, t.raised_by', '$1::bpchar[]', 't.reviewed_at IS NULL')}) unreviewed) numbered
          WHERE n <= $2
       ),
       interventions AS (
         SELECT "personPseudonym", id, title, "ownerBody", "ownerSubject", "responsibleText", deadline, status, total, n FROM (
           SELECT counts_as::text AS "personPseudonym", id, title, owner_body AS "ownerBody", owner_subject AS "ownerSubject", responsible AS "responsibleText", to_char(deadline, 'YYYY-MM-DD') AS deadline, status,
                  row_number() OVER (PARTITION BY counts_as ORDER BY deadline, id) AS n,
                  count(*) OVER (PARTITION BY counts_as)::int AS total
             FROM (${rowsCountingAs('intervention', 't.id, t.title, t.owner_body, t.owner_subject, t.responsible, t.deadline, t.status', '$1::bpchar[]', "t.status <> 'completed'")}) open) numbered
          WHERE n <= $2
       ),
       assessments AS (
         SELECT DISTINCT ON (counts_as) counts_as::text AS "personPseudonym", to_char(assessment_due_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.MS"Z"') AS "dueAt"
           FROM (${rowsCountingAs('person_decision', 't.assessment_due_at, t.decided_at', '$1::bpchar[]', 't.assessment_due_at IS NOT NULL AND t.assessment_answered_at IS NULL')}) unanswered
          ORDER BY counts_as, decided_at DESC
       )
       SELECT
         (SELECT coalesce(json_agg(i ORDER BY "personPseudonym", n), '[]') FROM (SELECT "personPseudonym", "incidentId", "journalNumber", role, "incidentDate", "offenceCategory", "ageAtIncident", "areaId", "offenceText", "incidentLocation", school, total, n FROM incidents) i) AS incidents,
         (SELECT coalesce(json_agg(l ORDER BY "incidentId", "personPseudonym", role), '[]') FROM linked l) AS linked,
         (SELECT coalesce(json_agg(c ORDER BY "personPseudonym", n), '[]') FROM concerns c) AS concerns,
         (SELECT coalesce(json_agg(v ORDER BY "personPseudonym", n), '[]') FROM interventions v) AS interventions,
         (SELECT coalesce(json_agg(a), '[]') FROM assessments a) AS assessments,
         (SELECT coalesce(json_agg(json_build_object('person_pseudonym', person_pseudonym, 'key_id', key_id, 'iv', iv, 'ciphertext', ciphertext, 'auth_tag', auth_tag)), '[]')
            FROM person_identity WHERE person_pseudonym = ANY($1::bpchar[])) AS identities,
         ${REFERENCE_TABLES_DIGEST} AS "referenceDigest"`,
      [pseudonyms, limit, linkedLimit + 1],
    );
    const linked = groupBy(row.linked, (other) => other.incidentId);
    return {
      incidents: capped(row.incidents, ({ personPseudonym: _person, total: _total, n: _n, ...incident }) => incident),
      linked: new Map([...linked].map(([incidentId, group]) => [incidentId, { rows: group.slice(0, linkedLimit).map(({ personPseudonym, role }) => ({ personPseudonym, role })), more: group.length > linkedLimit }])),
      concerns: capped(row.concerns, ({ personPseudonym: _person, total: _total, n: _n, ...concern }) => concern),
      interventions: capped(row.interventions, ({ personPseudonym: _person, total: _total, n: _n, ...intervention }) => intervention),
      assessmentsDue: new Map(row.assessments.map((assessment) => [assessment.personPseudonym, new Date(assessment.dueAt)])),
      identityRows: row.identities,
      referenceDigest: row.referenceDigest,
    };
  }
}

interface NestedRow {
  incidents: (AgendaIncidentRow & { personPseudonym: string; total: number; n: number })[];
  linked: { incidentId: string; personPseudonym: string; role: IncidentRole }[];
  concerns: (PersonConcernRow & { personPseudonym: string; total: number; n: number })[];
  interventions: (AgendaIntervention & { personPseudonym: string; total: number; n: number })[];
  assessments: { personPseudonym: string; dueAt: string }[];
  identities: IdentityRow[];
  referenceDigest: string;
}

/** What `nestedOf` reads of a page's persons. */
export interface AgendaNested {
  incidents: Map<string, Capped<AgendaIncidentRow>>;
  /** For each incident, the other persons on its journal number, and whether there are more. */
  linked: Map<string, { rows: { personPseudonym: string; role: IncidentRole }[]; more: boolean }>;
  concerns: Map<string, Capped<PersonConcernRow>>;
  interventions: Map<string, Capped<AgendaIntervention>>;
  /** The newest unanswered notification to the family department, per person. */
  assessmentsDue: Map<string, Date>;
  /** The persons' encrypted identities, to decrypt (IdentityReaderService.decrypt). */
  identityRows: IdentityRow[];
  /** Changes whenever an area or offence category does. */
  referenceDigest: string;
}

function capped<R extends { personPseudonym: string; total: number }, V>(rows: readonly R[], valueOf: (row: R) => V): Map<string, Capped<V>> {
  return new Map([...groupBy(rows, (row) => row.personPseudonym)].map(([pseudonym, group]) => [pseudonym, { rows: group.map(valueOf), total: group[0].total }]));
}
