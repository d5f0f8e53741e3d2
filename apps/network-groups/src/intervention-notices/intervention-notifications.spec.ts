import { danishDate, interventionAssignedNotification, interventionDueSoonNotification, interventionOverdueNotification } from './intervention-notifications';

const NOTICE = { interventionId: '0b9d6a4e-6f6c-4c39-9d0e-8f1f0f4c2a11', ownerBody: 'familieafdelingen', deadline: '2026-12-18' };

describe("what an intervention's responsible is told", () => {
  it('writes the deadline as Danes do', () => {
    expect(danishDate('2026-12-18')).toBe('18. december 2026');
    expect(danishDate('2027-01-01')).toBe('1. januar 2027');
  });

  it('is told of the assignment, with the deadline and a link to the intervention', () => {
    expect(interventionAssignedNotification(NOTICE)).toEqual({
      kind: 'intervention-assigned',
      subject: 'Du er ansvarlig for en indsats med frist 18. december 2026',
      text: 'Du er ansvarlig for en ny indsats med frist 18. december 2026. Se indsatsen i SSP-systemet.',
      link: `/opfoelgning/mine-opgaver/${NOTICE.interventionId}`,
      bodyId: 'familieafdelingen',
    });
  });

  it('is reminded of how near the deadline is', () => {
    expect(interventionDueSoonNotification(NOTICE, '2026-12-16')).toMatchObject({
      kind: 'intervention-due-soon',
      subject: 'Frist om 2 dage for en indsats, du er ansvarlig for',
      text: 'En indsats, du er ansvarlig for, har frist 18. december 2026 og er ikke meldt afsluttet.',
    });
    expect(interventionDueSoonNotification(NOTICE, '2026-12-17').subject).toBe('Frist i morgen for en indsats, du er ansvarlig for');
    expect(interventionDueSoonNotification(NOTICE, '2026-12-18').subject).toBe('Frist i dag for en indsats, du er ansvarlig for');
  });

  it('is told when the deadline has passed', () => {
    expect(interventionOverdueNotification(NOTICE)).toMatchObject({
      kind: 'intervention-overdue',
      subject: 'Fristen for en indsats er overskredet (18. december 2026)',
      link: `/opfoelgning/mine-opgaver/${NOTICE.interventionId}`,
    });
  });

  it('names nothing of the child: only the deadline, the owning body and the link', () => {
    for (const notification of [interventionAssignedNotification(NOTICE), interventionDueSoonNotification(NOTICE, '2026-12-16'), interventionOverdueNotification(NOTICE)]) {
      const words = `${notification.subject} ${notification.text}`;
      expect(words).not.toMatch(/[0-9a-f]{64}/);
      expect(words).not.toContain(NOTICE.interventionId);
    }
  });
});
