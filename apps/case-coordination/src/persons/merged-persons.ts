/**
 * A merge makes a person's records count for the person they were merged into (docs/
 * case-coordination.md, "Duplicates"): their incidents, flags, decisions, notes and
 * interventions stay under their own pseudonym, so that an unmerge gives them back, and every
 * read of the kept person takes them in. These SQL fragments say which pseudonyms a read takes.
 */

/**
 * The rows of `table` (alias `t`, with a `person_pseudonym` column) of the persons in the
 * array parameter `param` and of those merged into them, as `counts_as` (the asked-for person
 * a row counts for) and `columns`. Two lookups by person, whatever the planner thinks of
 * `condition`: a join to a derived table of persons let a poor estimate scan every row of
 * `table` per batch (the incident consumer fell to a quarter of its speed).
 */
export function rowsCountingAs(table: string, columns: string, param: string, condition = 'TRUE'): string {
  return `SELECT t.person_pseudonym AS counts_as, ${columns} FROM ${table} t WHERE t.person_pseudonym = ANY(${param}) AND ${condition}
          UNION ALL
          SELECT m.merged_into AS counts_as, ${columns} FROM person m JOIN ${table} t ON t.person_pseudonym = m.pseudonym WHERE m.merged_into = ANY(${param}) AND ${condition}`;
}

/** A subquery of the pseudonyms whose records count for the one in `column` (or parameter): itself and those merged into it. */
export function pseudonymsOf(column: string): string {
  return `(SELECT ${column}::bpchar UNION ALL SELECT pseudonym FROM person WHERE merged_into = ${column})`;
}
