import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { NoCprNumber } from '@ssp/platform';
import { IsOptional, IsString, Matches, MaxLength } from 'class-validator';

/** A required free text of a meeting's record: not blank, at most `maxLength` long, no CPR number in it. */
export function MeetingText(field: string, maxLength: number, example?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ maxLength, example }), IsString(), MaxLength(maxLength), Matches(/\S/, { message: `${field} must not be empty` }), NoCprNumber());
}

/** An optional free text of a meeting's record: at most `maxLength` long, no CPR number in it. */
export function OptionalMeetingText(maxLength: number): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ maxLength, nullable: true, type: String }), IsOptional(), IsString(), MaxLength(maxLength), NoCprNumber());
}
