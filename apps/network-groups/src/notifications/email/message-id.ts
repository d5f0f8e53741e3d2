const FALLBACK_DOMAIN = 'network-groups.ssp.invalid';

/** The domain of the sender address in MAIL_FROM ("SSP <ssp@randers.dk>" or "ssp@randers.dk"). */
export function mailDomainOf(from: string | undefined): string {
  const match = from ? /@([A-Za-z0-9.-]+)>?\s*$/.exec(from.trim()) : null;
  return match ? match[1].toLowerCase() : FALLBACK_DOMAIN;
}

/**
 * Fixed when the e-mail is queued, before any attempt to send it, so every attempt carries the
 * same one: a receiver (and an operator reading the mail server's log) can tell a copy from a new mail.
 */
export function messageIdOf(emailId: string, domain: string): string {
  return `<${emailId}@${domain}>`;
}
