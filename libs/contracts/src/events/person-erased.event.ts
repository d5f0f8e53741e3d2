import { IsDateString, IsIn, Matches } from 'class-validator';

export const ERASURE_REASONS = ['retention', 'request'] as const;

/**
 * A person's identity was erased by case coordination: the retention period ran out, or the
 * person's request was granted. Every service that holds the identity deletes it; counts stay.
 */
export class PersonErasedV1 {
  @Matches(/^[0-9a-f]{64}$/)
  personPseudonym!: string;

  @IsIn(ERASURE_REASONS)
  reason!: (typeof ERASURE_REASONS)[number];

  @IsDateString({ strict: true })
  erasedAt!: string;
}
