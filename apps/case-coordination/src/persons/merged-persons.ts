/**
 * A merge makes a person's records count for the person they were merged into (docs/
 * case-coordination.md, "Duplicates"): their incidents, flags, decisions, notes and
 * interventions stay under their own pseudonym, so that an unmerge gives them back, and every
 * read of the kept person takes them in. These SQL fragments say which pseudonyms a read takes.
 */

/**
 * A derived table `(pseudonym, counts_as)` of the persons in the array parameter `param` and
 * of those merged into them: `counts_as` is the asked-for person a row's records count for.
 * Two index lookups (the primary key, person_merged_into), no scan of the persons.
 */
export function personsCountingAs(param: string): string {
  return `(SELECT pseudonym, pseudonym AS counts_as FROM person WHERE pseudonym = ANY(${param})
           UNION ALL
           SELECT pseudonym, merged_into FROM person WHERE merged_into = ANY(${param}))`;
}

/** A subquery of the pseudonyms whose records count for the one in `column` (or parameter): itself and those merged into it. */
export function pseudonymsOf(column: string): string {
  return `(SELECT ${column}::bpchar UNION ALL SELECT pseudonym FROM person WHERE merged_into = ${column})`;
}
