import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { PageDto } from '@ssp/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { BODY_ID } from '../meetings/decisions.dto';

/**
 * The purpose under retsplejeloven § 115 for which the information is shared: SSP (schools,
 * social services, police, stk. 1), PSP (psychiatry, social services, police) or KSP (the
 * prison and probation service, social services, police).
 */
export const LEGAL_BASES = ['SSP', 'PSP', 'KSP'] as const;
export type LegalBasis = (typeof LEGAL_BASES)[number];

/** At least one character that is not white space. */
const SOMETHING = /\S/;

export class CreateNoteDto {
  @ApiProperty({ pattern: BODY_ID.source, example: 'familieafdelingen', description: 'The body the information comes from, by id' })
  @Matches(BODY_ID, { message: 'body must be a body id: lowercase letters, digits and hyphens' })
  body!: string;

  @ApiProperty({ enum: LEGAL_BASES, description: 'The purpose under retsplejeloven § 115 the information is shared for' })
  @IsIn(LEGAL_BASES, { message: 'legalBasis must be SSP, PSP or KSP (retsplejeloven § 115)' })
  legalBasis!: LegalBasis;

  @ApiProperty({ maxLength: 1000, description: 'Why sharing this is necessary for the crime-preventive cooperation' })
  @IsString()
  @MaxLength(1000)
  @Matches(SOMETHING, { message: 'necessity must say why sharing is necessary' })
  necessity!: string;

  @ApiProperty({ maxLength: 4000 })
  @IsString()
  @MaxLength(4000)
  @Matches(SOMETHING, { message: 'text must not be empty' })
  text!: string;
}

export class NoteDto {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() personPseudonym!: string;
  @ApiProperty() body!: string;
  @ApiProperty({ enum: LEGAL_BASES }) legalBasis!: LegalBasis;
  @ApiProperty({ nullable: true, type: String, description: 'Null once the person is erased' }) necessity!: string | null;
  @ApiProperty({ nullable: true, type: String, description: 'Null once the person is erased' }) text!: string | null;
  @ApiProperty({ description: "The author's token subject" }) author!: string;
  @ApiProperty({ nullable: true, type: String }) authorName!: string | null;
  @ApiProperty() writtenAt!: string;
}

export class NotePageDto extends PageDto {
  @ApiProperty({ type: [NoteDto] }) items!: NoteDto[];
}

/** Best matches first; bounded by `limit` (at most 100), not paged: a search is refined, not read through. */
export class NoteSearchQuery {
  @ApiProperty({ minLength: 2, maxLength: 200, description: 'Words to find (web-search syntax: "a phrase", or, -not), Danish stemming' })
  @IsString()
  @MinLength(2)
  @MaxLength(200)
  @Matches(SOMETHING, { message: 'q must contain a word' })
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: 100, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(1)
  @Max(100)
  limit: number = 50;
}
