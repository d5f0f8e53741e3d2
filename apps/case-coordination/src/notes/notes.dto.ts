import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { LEGAL_BASES, type LegalBasis } from '@ssp/contracts';
import { PageDto, type Refusals, refusedWith } from '@ssp/platform';
import { Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, Matches, Max, MaxLength, Min, MinLength } from 'class-validator';
import { BODY_ID } from '../meetings/decisions.dto';

/** At least one character that is not white space. */
const SOMETHING = /\S/;

const NECESSITY_MAX_LENGTH = 1000;
const TEXT_MAX_LENGTH = 4000;
const SEARCH_MIN_LENGTH = 2;
const SEARCH_MAX_LENGTH = 200;
const SEARCH_LIMIT_MAX = 100;

/** What a refused note or note search says. */
export const NOTE_REFUSALS = {
  body: { code: 'note-body-invalid', message: "body skal være id'et på det organ, oplysningen kommer fra: små bogstaver, tal og bindestreger, højst 64 tegn (fx familieafdelingen)." },
  legalBasis: { code: 'note-legal-basis-invalid', message: 'legalBasis skal være SSP, PSP eller KSP: formålet efter retsplejelovens § 115, som oplysningen deles til.' },
  necessity: { code: 'note-necessity-invalid', message: `necessity skal forklare, hvorfor det er nødvendigt at dele oplysningen: en tekst på 1 til ${NECESSITY_MAX_LENGTH} tegn.` },
  text: { code: 'note-text-invalid', message: `text skal være selve oplysningen: en tekst på 1 til ${TEXT_MAX_LENGTH} tegn.` },
  searchQuery: { code: 'note-search-query-invalid', message: `q skal være de ord, der søges efter: ${SEARCH_MIN_LENGTH} til ${SEARCH_MAX_LENGTH} tegn med mindst ét ord.` },
  searchLimit: { code: 'note-search-limit-out-of-range', message: `limit skal være et helt tal fra 1 til ${SEARCH_LIMIT_MAX}. Gør søgningen mere præcis for at finde færre noter.` },
} as const satisfies Refusals;

export class CreateNoteDto {
  @ApiProperty({ pattern: BODY_ID.source, example: 'familieafdelingen', description: 'The body the information comes from, by id' })
  @Matches(BODY_ID, refusedWith(NOTE_REFUSALS.body))
  body!: string;

  @ApiProperty({ enum: LEGAL_BASES, description: 'The purpose under retsplejeloven § 115 the information is shared for' })
  @IsIn(LEGAL_BASES, refusedWith(NOTE_REFUSALS.legalBasis))
  legalBasis!: LegalBasis;

  @ApiProperty({ maxLength: NECESSITY_MAX_LENGTH, description: 'Why sharing this is necessary for the crime-preventive cooperation' })
  @IsString(refusedWith(NOTE_REFUSALS.necessity))
  @MaxLength(NECESSITY_MAX_LENGTH, refusedWith(NOTE_REFUSALS.necessity))
  @Matches(SOMETHING, refusedWith(NOTE_REFUSALS.necessity))
  necessity!: string;

  @ApiProperty({ maxLength: TEXT_MAX_LENGTH })
  @IsString(refusedWith(NOTE_REFUSALS.text))
  @MaxLength(TEXT_MAX_LENGTH, refusedWith(NOTE_REFUSALS.text))
  @Matches(SOMETHING, refusedWith(NOTE_REFUSALS.text))
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
  @ApiProperty({ minLength: SEARCH_MIN_LENGTH, maxLength: SEARCH_MAX_LENGTH, description: 'Words to find (web-search syntax: "a phrase", or, -not), Danish stemming' })
  @IsString(refusedWith(NOTE_REFUSALS.searchQuery))
  @MinLength(SEARCH_MIN_LENGTH, refusedWith(NOTE_REFUSALS.searchQuery))
  @MaxLength(SEARCH_MAX_LENGTH, refusedWith(NOTE_REFUSALS.searchQuery))
  @Matches(SOMETHING, refusedWith(NOTE_REFUSALS.searchQuery))
  q!: string;

  @ApiPropertyOptional({ minimum: 1, maximum: SEARCH_LIMIT_MAX, default: 50 })
  @IsOptional()
  @Type(() => Number)
  @IsInt(refusedWith(NOTE_REFUSALS.searchLimit))
  @Min(1, refusedWith(NOTE_REFUSALS.searchLimit))
  @Max(SEARCH_LIMIT_MAX, refusedWith(NOTE_REFUSALS.searchLimit))
  limit: number = 50;
}
