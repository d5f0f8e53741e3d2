import { APP_LINKS } from '../notifications/app-links';
import { REFERRAL_RECEIVER_NAMES, type ReferralAnswer, type ReferralReceiver } from '@ssp/contracts';
import type { NewNotification } from '../notifications/notification';

/** The notifications of referrals: to the receiving body's members of a new one, to the Monday group's of the answer. */
export const REFERRAL_NOTIFICATION_KINDS = ['referral-received', 'referral-answered'] as const;


const ANSWER_WORDS: Readonly<Record<ReferralAnswer, string>> = { accepted: 'taget imod', declined: 'afvist' };

/** What the receiving body's members are told: that a referral waits for them, and where; nothing about the person. */
export function referralReceivedNotification(referralId: string, receiver: ReferralReceiver): NewNotification {
  const name = REFERRAL_RECEIVER_NAMES[receiver];
  return {
    kind: 'referral-received',
    subject: `Ny henvisning til ${name}`,
    text: `Mandagsgruppen har henvist en person til ${name}. Læs henvisningen, og tag imod den eller afvis den i SSP-systemet.`,
    link: APP_LINKS.referral(referralId),
    bodyId: receiver,
  };
}

/** What the Monday group's members are told: which body answered what, and where to read it. */
export function referralAnsweredNotification(referralId: string, receiver: ReferralReceiver, answer: ReferralAnswer, mondayGroupId: string): NewNotification {
  const name = REFERRAL_RECEIVER_NAMES[receiver];
  return {
    kind: 'referral-answered',
    subject: `${name} har ${ANSWER_WORDS[answer]} en henvisning`,
    text: `${name} har ${ANSWER_WORDS[answer]} en af Mandagsgruppens henvisninger. Se svaret i SSP-systemet.`,
    link: APP_LINKS.referral(referralId),
    bodyId: mondayGroupId,
  };
}
