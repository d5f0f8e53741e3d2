import { ApiProperty } from '@nestjs/swagger';
import { CONCERN_SOURCES, LEGAL_BASES, LEGAL_BASIS_NAMES, type ConcernSource, type LegalBasis } from '@ssp/contracts';
import { areaName, INCIDENT_REVIEW_NAMES, type IncidentReview, type ReferenceNaming } from '../domain';
import { concernSourceText } from './concern-rules';
import type { PersonConcernRow } from './person-concern.repository';

/** A concern a member raised, as the agenda and the person's page show it. */
export class ConcernDto {
  @ApiProperty({ format: 'uuid' }) concernId!: string;
  @ApiProperty({ enum: CONCERN_SOURCES, description: 'Stable code of where it comes from' }) source!: ConcernSource;
  @ApiProperty({ example: 'Bekymring fra skole', description: 'The same in Danish, for people' }) sourceText!: string;
  @ApiProperty({ enum: LEGAL_BASES }) legalBasis!: LegalBasis;
  @ApiProperty({ description: 'The legal basis in Danish, for people' }) legalBasisText!: string;
  @ApiProperty({ format: 'date' }) raisedOn!: string;
  @ApiProperty({ example: 'langaa', description: 'Stable code of the local area' }) areaId!: string;
  @ApiProperty({ example: 'Langå', description: 'The area in Danish, for people' }) areaText!: string;
  @ApiProperty({ nullable: true, type: String, description: 'What worries the member, in their words; null once erased' }) worry!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'The sign-in subject of the member who raised it; null once erased' }) raisedBy!: string | null;
  @ApiProperty({ enum: ['new', 'reviewed'], description: 'Stable code: not yet seen by the Monday group, or seen' }) review!: Exclude<IncidentReview, 'before-baseline'>;
  @ApiProperty({ description: 'The same in Danish, for people' }) reviewText!: string;
}

export function concernDtoOf({ reviewed, ...concern }: PersonConcernRow, names: ReferenceNaming): ConcernDto {
  const review = reviewed ? 'reviewed' : 'new';
  return {
    ...concern,
    sourceText: concernSourceText(concern.source),
    legalBasisText: LEGAL_BASIS_NAMES[concern.legalBasis],
    areaText: areaName(concern.areaId, names),
    review,
    reviewText: INCIDENT_REVIEW_NAMES[review],
  };
}
