import type { ActiveSession } from '../session/session.service';
import type { InterventionItem, Referral } from './follow-up.types';
import { referralPage } from './referrals.page';
import { EMPTY_TASK_FORM, taskPage } from './tasks.page';

const SESSION = { subject: 'demo-karen-kjaer', name: 'Karen Kjær', roles: ['ssp-consultant'], formToken: 'form-token', accessToken: 'token' } as unknown as ActiveSession;
const TASK: InterventionItem = {
  id: '4f7c1a52-0000-4000-8000-000000000001',
  personPseudonym: 'ab'.repeat(32),
  caseId: '4f7c1a52-0000-4000-8000-000000000002',
  title: 'Samtale <med> Anton',
  ownerBody: 'mandagsgruppen',
  ownerSubject: 'demo-karen-kjaer',
  responsibleText: null,
  deadline: '2026-11-26',
  status: 'agreed',
  statusText: 'aftalt',
  outcome: null,
  assignedAt: '2026-11-23T09:00:00.000Z',
  startedAt: null,
  completedAt: null,
  overdue: false,
};
const REFERRAL: Referral = {
  id: '4f7c1a52-0000-4000-8000-000000000003',
  personPseudonym: 'cd'.repeat(32),
  receiverBody: 'familieafdelingen',
  receiverName: 'Familieafdelingen',
  status: 'pending',
  statusText: 'venter på svar',
  referredBy: 'demo-karen-kjaer',
  referredAt: '2026-11-23T09:00:00.000Z',
  answeredBy: null,
  answeredAt: null,
  person: { pseudonym: 'cd'.repeat(32), name: 'Carl Dahl', birthDate: '2012-03-03' },
  reason: 'Brug for støtte',
  consent: null,
  answerNote: null,
};

const radios = (page: string) => [...page.matchAll(/<input type="radio"[^>]*value="([^"]+)"/g)].map((match) => match[1]);

describe('the follow-up pages', () => {
  it('offers to start or complete an agreed task, only to complete one in progress, and escapes its title', () => {
    expect(radios(taskPage(SESSION, TASK, undefined, EMPTY_TASK_FORM))).toEqual(['in-progress', 'completed']);
    const started = taskPage(SESSION, { ...TASK, status: 'in-progress', statusText: 'i gang', startedAt: '2026-11-24T09:00:00.000Z' }, undefined, EMPTY_TASK_FORM);
    expect(radios(started)).toEqual(['completed']);
    expect(started).toContain('<h1>Samtale &lt;med&gt; Anton</h1>');
    expect(started).toContain(`href="/personer/${'ab'.repeat(32)}"`);
  });

  it('shows a refused form again with the error summary, the choice and the text kept, and "Fejl" in the title', () => {
    const page = taskPage(SESSION, TASK, 'cursor/1', {
      ...EMPTY_TASK_FORM,
      status: { status: 'completed', outcome: 'Noget <skrevet>' },
      errors: [{ field: 'outcome', code: 'intervention-outcome-invalid', message: 'outcome skal være en tekst på højst 4000 tegn, hvis den er med.' }],
    });
    expect(page).toContain('<title>Fejl: Opgave: Samtale &lt;med&gt; Anton - SSP Randers</title>');
    expect(page).toMatch(/<a href="#outcome">outcome skal være en tekst/);
    expect(page).toContain('value="completed" checked');
    expect(page).toContain('>Noget &lt;skrevet&gt;</textarea>');
    expect(page).toContain('<input type="hidden" name="efter" value="cursor/1">');
  });

  it('shows the answer form while a referral waits, and after it is answered only to show a refused answer again', () => {
    const answered = { ...REFERRAL, status: 'accepted' as const, answeredBy: 'demo-peter-dahl', answeredAt: '2026-11-23T10:00:00.000Z' };
    expect(referralPage(SESSION, REFERRAL, { answer: '', note: '' }, [], undefined)).toContain('Send svar');
    expect(referralPage(SESSION, answered, { answer: '', note: '' }, [], 'besvaret')).not.toContain('Send svar');
    const refused = referralPage(SESSION, answered, { answer: 'declined', note: 'Ikke os' }, [{ field: 'answer', code: 'referral-already-answered', message: 'Henvisningen er allerede besvaret.' }], undefined);
    expect(refused).toContain('value="declined" checked');
    expect(refused).toContain('>Ikke os</textarea>');
  });
});
