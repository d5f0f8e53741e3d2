import { Topics, type EventEnvelope, type InterventionAssignedV1, type InterventionCompletedV1, type InterventionOverdueV1 } from '@ssp/contracts';
import { HandlesEvent } from '@ssp/platform';
import type { EntityManager } from 'typeorm';
import { danishDayOf } from '../../rules/event-day';
import { insertRows, type ColumnSpec } from '../insert-rows';
import { Projection } from '../projection';

type InterventionFact = InterventionAssignedV1 | InterventionCompletedV1 | InterventionOverdueV1;

/**
 * The three intervention events go to three tables, one per topic, each once per
 * intervention: a table written from one topic never depends on how topics interleave
 * (a rebuild may well see a completion before its assignment).
 */
function columns<T extends InterventionFact>(day: 'assigned' | 'completed' | 'reported', at: (fact: T) => string): ColumnSpec<T>[] {
  return [
    { name: 'intervention_id', type: 'uuid', value: (fact) => fact.interventionId },
    { name: 'case_id', type: 'uuid', value: (fact) => fact.caseId },
    { name: 'person_pseudonym', type: 'bpchar', value: (fact) => fact.personPseudonym },
    { name: 'owner_body', type: 'text', value: (fact) => fact.ownerBody },
    { name: 'deadline', type: 'date', value: (fact) => fact.deadline },
    { name: `${day}_at`, type: 'timestamptz', value: at },
    { name: `${day}_on`, type: 'date', value: (fact) => danishDayOf(at(fact)) },
  ];
}

@HandlesEvent(Topics.interventionAssigned)
export class InterventionAssignedProjection extends Projection<InterventionAssignedV1> {
  protected async project(events: readonly EventEnvelope<InterventionAssignedV1>[], tx: EntityManager): Promise<void> {
    const rows = events.map((event) => event.payload);
    await insertRows(tx, this.table('intervention_assigned'), columns<InterventionAssignedV1>('assigned', (fact) => fact.assignedAt), rows, 'ON CONFLICT (intervention_id) DO NOTHING');
  }
}

@HandlesEvent(Topics.interventionCompleted)
export class InterventionCompletedProjection extends Projection<InterventionCompletedV1> {
  protected async project(events: readonly EventEnvelope<InterventionCompletedV1>[], tx: EntityManager): Promise<void> {
    const rows = events.map((event) => event.payload);
    await insertRows(tx, this.table('intervention_completed'), columns<InterventionCompletedV1>('completed', (fact) => fact.completedAt), rows, 'ON CONFLICT (intervention_id) DO NOTHING');
  }
}

@HandlesEvent(Topics.interventionOverdue)
export class InterventionOverdueProjection extends Projection<InterventionOverdueV1> {
  protected async project(events: readonly EventEnvelope<InterventionOverdueV1>[], tx: EntityManager): Promise<void> {
    const rows = events.map((event) => event.payload);
    await insertRows(
      tx,
      this.table('intervention_overdue'),
      [...columns<InterventionOverdueV1>('reported', (fact) => fact.reportedAt), { name: 'status', type: 'text', value: (fact) => fact.status }],
      rows,
      'ON CONFLICT (intervention_id) DO NOTHING',
    );
  }
}
