import { BadRequestException, Injectable, NotFoundException } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { Repository } from 'typeorm';
import type { AddMembershipDto, BodyDto, MembershipDto } from './bodies.dto';
import { BodyMembershipEntity } from './body-membership.entity';
import { isActiveOn, isValidPeriod } from './membership-period';
import { SspBodyEntity } from './ssp-body.entity';
import { danishToday } from '@ssp/platform/time';

@Injectable()
export class BodiesService {
  constructor(
    @InjectRepository(SspBodyEntity) private readonly bodies: Repository<SspBodyEntity>,
    @InjectRepository(BodyMembershipEntity) private readonly memberships: Repository<BodyMembershipEntity>,
  ) {}

  async list(): Promise<BodyDto[]> {
    return this.bodies.find({ order: { level: 'ASC', id: 'ASC' } });
  }

  async membersOn(bodyId: string, day = danishToday()): Promise<MembershipDto[]> {
    await this.existing(bodyId);
    const all = await this.memberships.find({ where: { bodyId }, order: { personName: 'ASC' } });
    return all.filter((membership) => isActiveOn(membership, day)).map(({ createdAt: _createdAt, ...membership }) => membership);
  }

  async addMember(bodyId: string, request: AddMembershipDto): Promise<MembershipDto> {
    await this.existing(bodyId);
    const period = { validFrom: request.validFrom, validTo: request.validTo ?? null };
    if (!isValidPeriod(period)) throw new BadRequestException('validTo must not be before validFrom');
    const { createdAt: _createdAt, ...saved } = await this.memberships.save(this.memberships.create({ ...request, ...period, bodyId }));
    return saved;
  }

  private async existing(bodyId: string): Promise<SspBodyEntity> {
    const body = await this.bodies.findOneBy({ id: bodyId });
    if (!body) throw new NotFoundException(`No SSP body ${bodyId}`);
    return body;
  }
}
