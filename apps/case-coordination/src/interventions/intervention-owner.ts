import { addDays } from '@ssp/platform/time';

/**
 * Whether a person may own an intervention of `ownerBody`: the owner is a person of network
 * groups' registry who holds a membership of the owning body on the day (`heldBodies`: their
 * bodies that day, from this service's copy of the registry).
 */
export function holdsOwningBody(ownerBody: string, heldBodies: readonly string[]): boolean {
  return heldBodies.includes(ownerBody);
}

/** The Copenhagen day on which the owner is reminded of an intervention: `daysBefore` days before its deadline. */
export function dueSoonReminderDay(deadline: string, daysBefore: number): string {
  return addDays(deadline, -daysBefore);
}

export interface ReminderCandidate {
  /** YYYY-MM-DD. */
  deadline: string;
  /** The Copenhagen day the current owner got the intervention. */
  ownerAssignedDay: string;
}

/**
 * Whether an open intervention's owner is reminded on `today`: from its reminder day up to
 * and including the deadline (a run missed on the reminder day catches up), unless the owner
 * got it on or after the reminder day: the notice of the assignment named the near deadline.
 * Once per intervention; the caller remembers that it reminded.
 */
export function remindsOn(candidate: ReminderCandidate, today: string, daysBefore: number): boolean {
  const reminderDay = dueSoonReminderDay(candidate.deadline, daysBefore);
  return reminderDay <= today && today <= candidate.deadline && candidate.ownerAssignedDay < reminderDay;
}
