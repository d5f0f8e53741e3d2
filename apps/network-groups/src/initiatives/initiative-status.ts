/**
 * An initiative's life: planned ──▶ launched ──▶ completed, and planned or launched ──▶
 * cancelled. Completed and cancelled are final; nothing goes back, so an initiative is
 * launched at most once.
 */
export const INITIATIVE_STATUSES = ['planned', 'launched', 'completed', 'cancelled'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

const NEXT_STATUSES: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> = {
  planned: ['launched', 'cancelled'],
  launched: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

export class InitiativeRefusal extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'InitiativeRefusal';
  }
}

/** `to`, when an initiative with status `from` may get it; otherwise an InitiativeRefusal saying what is allowed. */
export function changeInitiativeStatus(from: InitiativeStatus, to: InitiativeStatus): InitiativeStatus {
  const allowed = NEXT_STATUSES[from];
  if (allowed.includes(to)) return to;
  const instead = allowed.length === 0 ? `A ${from} initiative cannot change any more.` : `From ${from} it can only become ${allowed.join(' or ')}.`;
  throw new InitiativeRefusal(`The initiative is ${from}, so it cannot become ${to}. ${instead}`);
}
