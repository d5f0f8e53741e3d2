import { ApiProperty, OmitType } from '@nestjs/swagger';
import type { PersonIdentityContent } from '@ssp/contracts';
import { IdentityErrorDto } from '../agenda/agenda.dto';
import { ConcernDto } from '../concerns/concern.dto';
import { InterventionDto } from '../interventions/interventions.dto';
import { CaseReopeningDto } from '../meetings/case-reopening.dto';
import { DecisionDto } from '../meetings/decisions.dto';
import { NoteDto } from '../notes/notes.dto';
import { PersonIncidentDto } from '../persons/persons.controller';
import { EXTRACT_LIST_MAX } from './register-extract-rules';

const CUT = `The newest ${EXTRACT_LIST_MAX}, newest first; cut says whether there are more`;

class ExtractListDto {
  @ApiProperty({ description: `true when the list holds only the newest ${EXTRACT_LIST_MAX} and there are more` }) cut!: boolean;
}

export class ExtractCaseDto {
  @ApiProperty({ format: 'uuid' }) caseId!: string;
  @ApiProperty({ example: 'closed', description: 'Stable code' }) state!: string;
  @ApiProperty({ example: 'lukket' }) stateText!: string;
  @ApiProperty() openedAt!: string;
  @ApiProperty({ nullable: true, type: String }) closedAt!: string | null;
}

export class ExtractInterventionDto extends OmitType(InterventionDto, ['caseState', 'caseStateText'] as const) {}

export class ExtractReopeningDto extends OmitType(CaseReopeningDto, ['caseState', 'caseStateText'] as const) {}

export class ExtractAccessDto {
  @ApiProperty() accessedAt!: string;
  @ApiProperty({ description: 'Sign-in subject of who read' }) actor!: string;
  @ApiProperty({ type: [String] }) actorRoles!: string[];
  @ApiProperty({ example: 'person', description: 'What was read: a stable code' }) action!: string;
  @ApiProperty({ example: 'personens side', description: 'What was read, in Danish' }) actionText!: string;
  @ApiProperty({ example: 'case-follow-up', description: 'Stable code of why' }) purpose!: string;
  @ApiProperty({ example: 'opfølgning på sagen' }) purposeText!: string;
}

class ExtractCasesDto extends ExtractListDto {
  @ApiProperty({ type: [ExtractCaseDto], description: CUT }) items!: ExtractCaseDto[];
}
class ExtractIncidentsDto extends ExtractListDto {
  @ApiProperty({ type: [PersonIncidentDto], description: CUT }) items!: PersonIncidentDto[];
}
class ExtractConcernsDto extends ExtractListDto {
  @ApiProperty({ type: [ConcernDto], description: CUT }) items!: ConcernDto[];
}
class ExtractNotesDto extends ExtractListDto {
  @ApiProperty({ type: [NoteDto], description: CUT }) items!: NoteDto[];
}
class ExtractDecisionsDto extends ExtractListDto {
  @ApiProperty({ type: [DecisionDto], description: CUT }) items!: DecisionDto[];
}
class ExtractInterventionsDto extends ExtractListDto {
  @ApiProperty({ type: [ExtractInterventionDto], description: CUT }) items!: ExtractInterventionDto[];
}
class ExtractReopeningsDto extends ExtractListDto {
  @ApiProperty({ type: [ExtractReopeningDto], description: CUT }) items!: ExtractReopeningDto[];
}
class ExtractAccessLogDto extends ExtractListDto {
  @ApiProperty({ type: [ExtractAccessDto], description: CUT }) items!: ExtractAccessDto[];
}

/** Everything case coordination registers about a person (GDPR art. 15), those merged into them included. */
export class RegisterExtractDto {
  @ApiProperty() personPseudonym!: string;
  @ApiProperty({ description: 'When the extract was made' }) madeAt!: string;
  @ApiProperty({ nullable: true, type: String, description: 'When the person was erased; their identity and free text are gone then' }) erasedAt!: string | null;
  @ApiProperty({ type: [String], description: 'Pseudonyms merged into this person, whose records are included' }) mergedPseudonyms!: string[];
  @ApiProperty({ nullable: true, type: Object, description: 'Name, birth date, CPR, school; the address only when not protected' }) identity!: PersonIdentityContent | null;
  @ApiProperty({ nullable: true, type: IdentityErrorDto }) identityError!: IdentityErrorDto | null;
  @ApiProperty({ type: ExtractCasesDto }) cases!: ExtractCasesDto;
  @ApiProperty({ type: ExtractIncidentsDto }) incidents!: ExtractIncidentsDto;
  @ApiProperty({ type: ExtractConcernsDto }) concerns!: ExtractConcernsDto;
  @ApiProperty({ type: ExtractNotesDto }) notes!: ExtractNotesDto;
  @ApiProperty({ type: ExtractDecisionsDto, description: "With the family department's assessment of a notification" }) decisions!: ExtractDecisionsDto;
  @ApiProperty({ type: ExtractInterventionsDto }) interventions!: ExtractInterventionsDto;
  @ApiProperty({ type: ExtractReopeningsDto }) reopenings!: ExtractReopeningsDto;
  @ApiProperty({ type: ExtractAccessLogDto, description: "Who read the person's data, when, what and why" }) accessLog!: ExtractAccessLogDto;
}
