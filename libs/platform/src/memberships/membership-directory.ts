import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import { SERVICE_CONFIG } from '../app/tokens';
import type { Principal } from '../auth/principal';
import type { ServiceConfig } from '../config/service.config';
import { Clock } from '../time/clock';
import { localDay } from '../time/local-day';
import { MembershipRepository } from './membership.repository';

/**
 * Where a caller's bodies and areas come from (MEMBERSHIP_SOURCE). `registry`: network
 * groups' registry, as this service's copy of ssp.registry.membership.v1 has it today, whatever the
 * token claims; a subject the registry does not know belongs to no body. `token`: the token's
 * `ssp_groups` and `ssp_areas` claims, as before the registry decided (docs/memberships.md,
 * the migration from one to the other). Roles always come from the token.
 */
@Injectable()
export class MembershipDirectory {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(SERVICE_CONFIG) private readonly config: ServiceConfig,
    private readonly clock: Clock,
  ) {}

  async withMemberships(principal: Principal): Promise<Principal> {
    if (this.config.MEMBERSHIP_SOURCE === 'token') return principal;
    const held = await new MembershipRepository(this.dataSource.manager).heldOn(principal.subject, localDay(this.clock.now()));
    return { ...principal, groups: held.bodies, areas: held.areas };
  }
}
