import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NoCprNumber, refusedWith, type Refusal } from '@ssp/platform';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A required free text of a meeting's record: not blank, at most `maxLength` long (else `refusal`), no CPR number in it (`cpr-number-in-text`). */
export function MeetingText(refusal: Refusal, maxLength: number, example?: string): PropertyDecorator {
  return applyDecorators(
    ApiProperty({ maxLength, example }),
    IsString(refusedWith(refusal)),
    MaxLength(maxLength, refusedWith(refusal)),
    Matches(/\S/, refusedWith(refusal)),
    NoCprNumber(),
  );
}

/** An optional free text of a meeting's record: at most `maxLength` long (else `refusal`), no CPR number in it (`cpr-number-in-text`). */
export function OptionalMeetingText(refusal: Refusal, maxLength: number): PropertyDecorator {
  return applyDecorators(
    ApiPropertyOptional({ maxLength, nullable: true, type: String }),
    IsOptional(),
    IsString(refusedWith(refusal)),
    MaxLength(maxLength, refusedWith(refusal)),
    NoCprNumber(),
  );
}
