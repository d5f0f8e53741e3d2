/**
 * The web app's pages that notifications link to (apps/web serves each of these paths; its
 * notification-links spec checks them against the web app's routes). E-mails make them
 * absolute with NOTIFICATION_LINK_BASE_URL.
 */
export const APP_LINKS = {
  /** A network group's (any body's) meetings. */
  meetings: (bodyId: string): string => `/netvaerksgrupper/${encodeURIComponent(bodyId)}/moeder`,
  /** One meeting with its record. */
  meeting: (bodyId: string, meetingId: string): string => `/netvaerksgrupper/${encodeURIComponent(bodyId)}/moeder/${meetingId}`,
  /** A body's messages, newest first. */
  messages: (bodyId: string): string => `/netvaerksgrupper/${encodeURIComponent(bodyId)}/beskeder`,
  /** An intervention the person is responsible for: their task in the follow-up pages. */
  intervention: (interventionId: string): string => `/opfoelgning/mine-opgaver/${interventionId}`,
  /** A referral received or answered. */
  referral: (referralId: string): string => `/henvisninger/${referralId}`,
} as const;
