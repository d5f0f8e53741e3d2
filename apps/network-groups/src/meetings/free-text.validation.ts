import { applyDecorators } from '@nestjs/common';
import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { maskPersonalData } from '@ssp/platform';
import { IsOptional, IsString, Matches, MaxLength, ValidateBy, type ValidationOptions } from 'class-validator';

/**
 * Meetings of the SSP bodies are about the cooperation, not about young people: a CPR number
 * in a title, an agenda item or the minutes is refused, because person-level matters belong
 * in case coordination (with its legal basis and access log), never here.
 */
export function NoCprNumber(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'noCprNumber',
      validator: {
        validate: (value: unknown) => typeof value !== 'string' || maskPersonalData(value) === value,
        defaultMessage: (args) => `${args?.property ?? 'text'} must not contain a CPR number: matters about a young person belong in case coordination`,
      },
    },
    options,
  );
}

/** A required free text of a meeting's record: not blank, at most `maxLength` long, no CPR number in it. */
export function MeetingText(field: string, maxLength: number, example?: string): PropertyDecorator {
  return applyDecorators(ApiProperty({ maxLength, example }), IsString(), MaxLength(maxLength), Matches(/\S/, { message: `${field} must not be empty` }), NoCprNumber());
}

/** An optional free text of a meeting's record: at most `maxLength` long, no CPR number in it. */
export function OptionalMeetingText(maxLength: number): PropertyDecorator {
  return applyDecorators(ApiPropertyOptional({ maxLength, nullable: true, type: String }), IsOptional(), IsString(), MaxLength(maxLength), NoCprNumber());
}
