import type { AreaDefinition } from '@ssp/contracts';

/** The kinds of SSP bodies in Randers (the seeds: organisation of the SSP cooperation). */
export enum BodyKind {
  localCouncil = 'local-council',
  leaderGroup = 'leader-group',
  coordinationTeam = 'coordination-team',
  networkGroup = 'network-group',
  mondayGroup = 'monday-group',
  youthEducation = 'ssp-u',
  overEighteen = 'ssp-plus',
  /** The municipality's family department: it receives the Monday group's referrals and notifications. */
  familyDepartment = 'family-department',
  adHoc = 'ad-hoc',
  secretariat = 'secretariat',
}

/** Strategic (Lokalråd), coordinating (leaders, coordination team) or executing (the rest). */
export enum BodyLevel {
  strategic = 'strategic',
  coordinating = 'coordinating',
  executing = 'executing',
}

export const LEVEL_OF: Record<BodyKind, BodyLevel> = {
  [BodyKind.localCouncil]: BodyLevel.strategic,
  [BodyKind.leaderGroup]: BodyLevel.coordinating,
  [BodyKind.coordinationTeam]: BodyLevel.coordinating,
  [BodyKind.secretariat]: BodyLevel.coordinating,
  [BodyKind.networkGroup]: BodyLevel.executing,
  [BodyKind.mondayGroup]: BodyLevel.executing,
  [BodyKind.youthEducation]: BodyLevel.executing,
  [BodyKind.overEighteen]: BodyLevel.executing,
  [BodyKind.familyDepartment]: BodyLevel.executing,
  [BodyKind.adHoc]: BodyLevel.executing,
};

export interface BodyDefinition {
  id: string;
  name: string;
  kind: BodyKind;
  areaId: string | null;
}

/** The id of an area's network group; tokens name it in `ssp_groups`. */
export function networkGroupIdOf(areaId: string): string {
  return `netvaerk-${areaId}`;
}

/** The network group of a local area. */
export function networkGroupOf(area: { id: string; name: string }): BodyDefinition {
  return { id: networkGroupIdOf(area.id), name: `Netværksgruppe ${area.name}`, kind: BodyKind.networkGroup, areaId: area.id };
}

/** The family department as a body: the Monday group refers persons to it, and its members answer (issue 21). */
export const FAMILY_DEPARTMENT_BODY: BodyDefinition = { id: 'familieafdelingen', name: 'Familieafdelingen', kind: BodyKind.familyDepartment, areaId: null };

/** Randers' standing bodies, and one network group per local area. */
export function randersStructure(areas: readonly AreaDefinition[]): BodyDefinition[] {
  const standing: BodyDefinition[] = [
    { id: 'lokalraadet', name: 'Lokalrådet', kind: BodyKind.localCouncil, areaId: null },
    { id: 'ledergruppen', name: 'Ledergruppen', kind: BodyKind.leaderGroup, areaId: null },
    { id: 'koordinationsteam', name: 'SSP-koordinationsteamet', kind: BodyKind.coordinationTeam, areaId: null },
    { id: 'sekretariatet', name: 'SSP- og forebyggelsessekretariatet', kind: BodyKind.secretariat, areaId: null },
    { id: 'mandagsgruppen', name: 'Mandagsgruppen', kind: BodyKind.mondayGroup, areaId: null },
    { id: 'ssp-u', name: 'SSP-U (ungdomsuddannelserne)', kind: BodyKind.youthEducation, areaId: null },
    { id: 'ssp-plus', name: 'SSP+ (over 18 år)', kind: BodyKind.overEighteen, areaId: null },
    FAMILY_DEPARTMENT_BODY,
  ];
  return [...standing, ...areas.map(networkGroupOf)];
}
