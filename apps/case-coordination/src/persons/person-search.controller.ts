import { BadRequestException, Controller, Get, Query } from '@nestjs/common';
import { ApiBadRequestResponse, ApiOkResponse, ApiOperation, ApiProperty, ApiPropertyOptional, ApiServiceUnavailableResponse, ApiTags } from '@nestjs/swagger';
import type { PersonIdentityContent } from '@ssp/contracts';
import { CurrentPrincipal, Permission, type Principal, refusedWith, Requires } from '@ssp/platform';
import { IsOptional, IsString } from 'class-validator';
import { ACCESS_PURPOSES } from '../access-log/access-log.service';
import { IdentityErrorDto } from '../agenda/agenda.dto';
import { PersonSearchService } from './person-search.service';
import { isSearchRefusal, NAME_MAX_LENGTH, parseSearch, SEARCH_LIMIT_DEFAULT, SEARCH_LIMIT_MAX, searchRefusal } from './search-terms';

/** A parameter given twice (an array) or as an object is no text to search for. */
const NOT_ONE_TEXT = refusedWith(searchRefusal('search-parameter-repeated'));

/** Strings as they came: parseSearch reads them and refuses with a code and Danish text. */
export class PersonSearchQuery {
  @ApiPropertyOptional({ description: 'CPR number, DDMMYY-SSSS or ten digits; alone, not with name or birthDate' })
  @IsOptional()
  @IsString(NOT_ONE_TEXT)
  cpr?: string;

  @ApiPropertyOptional({
    maxLength: NAME_MAX_LENGTH,
    description:
      'Name or part of it: every part given must be among the person\'s (so a missing middle name or one half of a double name still finds them); æ/ae, ø/oe, å/aa, upper and lower case, hyphens and accents are alike. A plain o does not find ø.',
    example: 'Soeren Aagaard',
  })
  @IsOptional()
  @IsString(NOT_ONE_TEXT)
  name?: string;

  @ApiPropertyOptional({ format: 'date', description: 'Birth date, YYYY-MM-DD; alone or with name' })
  @IsOptional()
  @IsString(NOT_ONE_TEXT)
  birthDate?: string;

  @ApiProperty({ enum: ACCESS_PURPOSES, description: 'Why the search is made; written to the access log of every person found, and to the search log' })
  @IsOptional()
  @IsString(NOT_ONE_TEXT)
  purpose?: string;

  @ApiPropertyOptional({ type: 'integer', minimum: 1, maximum: SEARCH_LIMIT_MAX, default: SEARCH_LIMIT_DEFAULT, description: 'Most persons answered; `more` says there were more' })
  @IsOptional()
  @IsString(NOT_ONE_TEXT)
  limit?: string;
}

class PersonSearchHitDto {
  @ApiProperty() pseudonym!: string;
  @ApiProperty({ enum: ['strong', 'weak'] }) pseudonymStrength!: string;
  @ApiProperty({ nullable: true, type: String, description: 'The person this one is merged into, if any' }) mergedInto!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'under-review', description: 'Stable code; null when the person has no case' }) caseState!: string | null;
  @ApiProperty({ nullable: true, type: String, example: 'til behandling', description: 'The case state in Danish, for people' }) caseStateText!: string | null;
  @ApiProperty({ nullable: true, type: Object, description: 'Name, birth date, CPR, school; the address only when not protected (as GET /persons/{pseudonym})' })
  identity!: PersonIdentityContent | null;
  @ApiProperty({ nullable: true, type: IdentityErrorDto, description: 'Set when the identity is held but cannot be decrypted' }) identityError!: IdentityErrorDto | null;
}

class PersonSearchResultDto {
  @ApiProperty({ type: [PersonSearchHitDto], description: `At most limit (default ${SEARCH_LIMIT_DEFAULT}, at most ${SEARCH_LIMIT_MAX}), in pseudonym order` }) items!: PersonSearchHitDto[];
  @ApiProperty({ description: 'More persons matched than limit: narrow the search (add a birth date or more of the name)' }) more!: boolean;
}

class SearchRefusalDto {
  @ApiProperty({ enum: ['search-criterion-missing', 'search-criteria-combined', 'search-cpr-invalid', 'search-birth-date-invalid', 'search-name-empty', 'search-name-too-long', 'search-purpose-missing', 'search-limit-out-of-range', 'search-parameter-repeated'] })
  code!: string;
  @ApiProperty({ description: 'Danish: what is wrong and what to do' }) message!: string;
}

@ApiTags('persons')
@Controller('persons')
export class PersonSearchController {
  constructor(private readonly search: PersonSearchService) {}

  @Get()
  @Requires(Permission.personDataRead)
  @ApiOperation({
    summary:
      'Find persons by CPR number, by name (and birth date) or by birth date, through a blind index; the search is recorded with its kind and purpose (never what was searched for), and every person found is written to their access log',
  })
  @ApiOkResponse({ type: PersonSearchResultDto })
  @ApiBadRequestResponse({ type: SearchRefusalDto, description: 'No criterion, CPR with other criteria, a bad CPR number, birth date or limit, or no purpose' })
  @ApiServiceUnavailableResponse({ type: SearchRefusalDto, description: '`search-index-building`: after an upgrade the identities held are being indexed; search again in a few minutes' })
  async find(@Query() query: PersonSearchQuery, @CurrentPrincipal() principal: Principal): Promise<PersonSearchResultDto> {
    const parsed = parseSearch(query, ACCESS_PURPOSES);
    if (isSearchRefusal(parsed)) throw new BadRequestException(parsed);
    return this.search.search(principal, parsed);
  }
}
