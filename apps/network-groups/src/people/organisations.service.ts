import { ConflictException, Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { DataSource } from 'typeorm';
import type { CreateOrganisationDto, OrganisationDto } from './organisations.dto';

const COLUMNS = 'id, name, kind, self_governing AS "selfGoverning"';

/** The member organisations: schools, clubs, the police, self-governing institutions, ... */
@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly dataSource: DataSource) {}

  async list(): Promise<OrganisationDto[]> {
    return (await this.dataSource.query(`SELECT ${COLUMNS} FROM organisation ORDER BY lower(name)`)) as OrganisationDto[];
  }

  /** Names are unique whatever their case, as memberships name their organisation by name. */
  async create(request: CreateOrganisationDto): Promise<OrganisationDto> {
    const [created] = (await this.dataSource.query(
      `INSERT INTO organisation (name, kind, self_governing) VALUES ($1, $2, $3)
       ON CONFLICT (lower(name)) DO NOTHING RETURNING ${COLUMNS}`,
      [request.name.trim(), request.kind, request.selfGoverning],
    )) as OrganisationDto[];
    if (!created) throw new ConflictException('name: an organisation with this name already exists');
    return created;
  }
}
