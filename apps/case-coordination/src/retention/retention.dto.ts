import { ApiProperty } from '@nestjs/swagger';
import { ERASURE_STEPS, KEPT_AFTER_ERASURE } from '../erasure/person-erasure';
import type { RetentionState } from './retention-rules';

/** What the erasure takes of a person, in Danish: the steps that both retention and a request run. */
export const ERASED_BY_RETENTION: readonly string[] = ERASURE_STEPS.map((step) => step.text);

/** What stays after it, in Danish. */
export const KEPT_BY_RETENTION: readonly string[] = KEPT_AFTER_ERASURE.map((item) => item.text);

export const RETENTION_STATE_LABELS: Readonly<Record<RetentionState, string>> = {
  'kept-until': 'Slettes ved den daglige sletning fra erasableFrom, hvis der ikke kommer nye hændelser eller bekymringer før',
  'held-by-intervention': 'Slettes ikke, så længe en indsats er åben; derefter fra erasableFrom',
  erased: 'Slettet',
};

export class RetentionDto {
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ enum: ['kept-until', 'held-by-intervention', 'erased'], description: 'Stable code' }) state!: RetentionState;
  @ApiProperty({ description: 'The same in Danish, for people' }) stateText!: string;
  @ApiProperty({ format: 'date', description: 'The newest incident or concern, from which retention counts' }) lastIncidentDate!: string;
  @ApiProperty({ format: 'date', nullable: true, type: String, description: 'The first day the daily erasure may take the person, as things stand; null once erased' })
  erasableFrom!: string | null;
  @ApiProperty({ description: 'Open interventions, which hold the person until they are completed' }) openInterventions!: number;
  @ApiProperty({ nullable: true, type: String }) erasedAt!: string | null;
  @ApiProperty({ type: [String], description: 'What the erasure takes, in Danish' }) erases!: string[];
  @ApiProperty({ type: [String], description: 'What stays, in Danish' }) keeps!: string[];
}
