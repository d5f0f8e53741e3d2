/**
 * An initiative's life: planned ──▶ launched ──▶ completed, and planned or launched ──▶
 * cancelled. A network group's proposal starts as proposed: the secretariat accepts it
 * (planned) or turns it down (cancelled). Completed and cancelled are final; nothing goes
 * back, so an initiative is launched at most once.
 */
export const INITIATIVE_STATUSES = ['proposed', 'planned', 'launched', 'completed', 'cancelled'] as const;
export type InitiativeStatus = (typeof INITIATIVE_STATUSES)[number];

/** Each status's Danish name, as it reads inside a sentence. */
export const INITIATIVE_STATUS_DA: Readonly<Record<InitiativeStatus, string>> = {
  proposed: 'foreslået',
  planned: 'planlagt',
  launched: 'i gang',
  completed: 'afsluttet',
  cancelled: 'aflyst',
};

const NEXT_STATUSES: Readonly<Record<InitiativeStatus, readonly InitiativeStatus[]>> = {
  proposed: ['planned', 'cancelled'],
  planned: ['launched', 'cancelled'],
  launched: ['completed', 'cancelled'],
  completed: [],
  cancelled: [],
};

/** The stable code of a refused status change; the HTTP edge answers 409 with it beside the Danish message (refusalAsConflict). */
export const INITIATIVE_STATUS_REFUSED = 'initiative-status-change-refused';

export class InitiativeRefusal extends Error {
  readonly code = INITIATIVE_STATUS_REFUSED;

  constructor(message: string) {
    super(message);
    this.name = 'InitiativeRefusal';
  }
}

/** `to`, when an initiative with status `from` may get it; otherwise an InitiativeRefusal saying, in Danish, what is allowed. */
export function changeInitiativeStatus(from: InitiativeStatus, to: InitiativeStatus): InitiativeStatus {
  const allowed = NEXT_STATUSES[from];
  if (allowed.includes(to)) return to;
  const instead = allowed.length === 0 ? `Et initiativ med status ${from} kan ikke ændres mere.` : `Fra ${from} kan det kun få status ${allowed.join(' eller ')}.`;
  throw new InitiativeRefusal(`Initiativet har status ${from}, så det kan ikke få status ${to}. ${instead}`);
}
