import { Injectable } from '@nestjs/common';
import { conflict, decodePageCursor, isPageKey, pageOf, type Page } from '@ssp/platform';
import { ORGANISATION_REFUSALS, type CreateOrganisationDto, type OrganisationDto } from './organisations.dto';
import { PeopleRepository } from './people.repository';

const isOrganisationKey = isPageKey('uuid');

/** The member organisations: schools, clubs, the police, self-governing institutions, ... */
@Injectable()
export class OrganisationsService {
  constructor(private readonly repository: PeopleRepository) {}

  /** A page of the organisations by name; the cursor is the last one's id. */
  async list(limit: number, after: string | undefined): Promise<Page<OrganisationDto>> {
    const [afterId] = decodePageCursor(after, isOrganisationKey) ?? [null];
    return pageOf(await this.repository.organisations(limit + 1, afterId), limit, (organisation) => [organisation.id]);
  }

  /** Names are unique whatever their case, as memberships name their organisation by name. */
  async create(request: CreateOrganisationDto): Promise<OrganisationDto> {
    const created = await this.repository.createOrganisation(request.name.trim(), request.kind, request.selfGoverning);
    if (!created) throw conflict(ORGANISATION_REFUSALS.nameTaken);
    return created;
  }
}
