import type { EntityManager } from 'typeorm';

/** The SQL of erasing persons that belongs to no other feature's table: the person rows, identities, flags, notes, decisions and interventions. */
export class PersonErasureRepository {
  constructor(private readonly manager: EntityManager) {}

  /** Retention: marks the persons with no incident or concern after `cutoff` and no open intervention as erased at `at`; returns them. */
  async markExpired(cutoff: string, at: Date): Promise<string[]> {
    const [rows] = (await this.manager.query(
      `UPDATE person p SET erased_at = $2
        WHERE p.erased_at IS NULL AND p.last_incident_date < $1
          AND NOT EXISTS (SELECT 1 FROM intervention i WHERE i.person_pseudonym = p.pseudonym AND i.status <> 'completed')
        RETURNING pseudonym`,
      [cutoff, at],
    )) as [{ pseudonym: string }[], number];
    return rows.map((row) => row.pseudonym);
  }

  /** A request: marks the persons as erased at `at`. */
  async markErased(pseudonyms: readonly string[], at: Date): Promise<void> {
    await this.manager.query('UPDATE person SET erased_at = $2 WHERE pseudonym = ANY($1)', [pseudonyms, at]);
  }

  /** Their identities, and with them their search terms and duplicate pairs (ON DELETE CASCADE). */
  async deleteIdentities(pseudonyms: readonly string[]): Promise<void> {
    await this.manager.query('DELETE FROM person_identity WHERE person_pseudonym = ANY($1)', [pseudonyms]);
  }

  async deleteFlags(pseudonyms: readonly string[]): Promise<void> {
    await this.manager.query('DELETE FROM review_flag WHERE person_pseudonym = ANY($1)', [pseudonyms]);
  }

  /** The notes' text and necessity go; body, legal basis and author stay (the counts by basis). */
  async eraseNoteTexts(pseudonyms: readonly string[], at: Date): Promise<void> {
    await this.manager.query('UPDATE person_note SET text = NULL, necessity = NULL, erased_at = $2 WHERE person_pseudonym = ANY($1) AND erased_at IS NULL', [pseudonyms, at]);
  }

  /** The decisions' free text goes; kind, case state and the family department's assessment (codes) stay. */
  async eraseDecisionNotes(pseudonyms: readonly string[]): Promise<void> {
    await this.manager.query('UPDATE person_decision SET note = NULL WHERE person_pseudonym = ANY($1) AND note IS NOT NULL', [pseudonyms]);
  }

  /** Title, the old free-text responsible and outcome are free text; owner body, the responsible's sign-in subject, deadline and status stay. */
  async eraseInterventionTexts(pseudonyms: readonly string[], placeholder: string): Promise<void> {
    await this.manager.query('UPDATE intervention SET outcome = NULL, responsible = CASE WHEN responsible IS NULL THEN NULL ELSE $2 END, title = $2 WHERE person_pseudonym = ANY($1)', [pseudonyms, placeholder]);
  }
}
