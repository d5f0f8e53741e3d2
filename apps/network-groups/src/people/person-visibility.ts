import { isActiveOn, type MembershipPeriod } from '../bodies/membership-period';

/** Who is looking: their sign-in, the bodies their token names, and whether they see everyone (the secretariat). */
export interface Viewer {
  subject: string;
  groups: readonly string[];
  seesEveryone: boolean;
}

export interface VisibleMembership extends MembershipPeriod {
  bodyId: string;
}

export interface PersonSeen<M extends VisibleMembership> {
  /** False: the person is hidden from the viewer (answered as not found). */
  visible: boolean;
  /** The sign-in subject is for the secretariat and the person themself. */
  showsSubject: boolean;
  memberships: M[];
}

/**
 * What a viewer may see of a professional in the registry. Members of a body see who sits in
 * it with them, as on a members list; nobody else's colleagues, and not the bodies a colleague
 * sits in beyond the ones they share. A former colleague is no longer listed, but their past
 * memberships of a shared body stay visible on an open person (the minutes name them).
 */
export function whatViewerSees<M extends VisibleMembership>(viewer: Viewer, person: { subject: string | null }, memberships: readonly M[], today: string): PersonSeen<M> {
  const isSelf = person.subject !== null && person.subject === viewer.subject;
  if (viewer.seesEveryone || isSelf) return { visible: true, showsSubject: true, memberships: [...memberships] };
  const shared = memberships.filter((membership) => viewer.groups.includes(membership.bodyId));
  const sitsWithViewerNow = shared.some((membership) => isActiveOn(membership, today));
  return { visible: sitsWithViewerNow, showsSubject: false, memberships: sitsWithViewerNow ? shared : [] };
}
