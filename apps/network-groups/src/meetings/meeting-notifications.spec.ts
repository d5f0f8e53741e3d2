import { actionItemDueNotification, agendaItemNotification, AREA_ALERT_SOURCE, scheduleChangedNotification } from './meeting-notifications';

describe("meetings' notifications", () => {
  const notice = { agendaItemId: 'i-1', bodyId: 'netvaerk-vorup', meetingId: 'm-1', title: 'Opfølgning på skolevejen', source: 'manual', authorSubject: 'medlem-1' };

  it('tells members of a new agenda item with a link to the meeting, without its title', () => {
    expect(agendaItemNotification(notice, 'Netværksgruppe Vorup')).toEqual({
      kind: 'new-agenda',
      subject: 'Nyt punkt på dagsordenen i Netværksgruppe Vorup',
      text: 'Der er sat et nyt punkt på dagsordenen for Netværksgruppe Vorups næste møde.',
      link: '/netvaerksgrupper/netvaerk-vorup/moeder/m-1',
      bodyId: 'netvaerk-vorup',
    });
  });

  it('says an item waits when the body has no meeting in the calendar yet', () => {
    const waiting = agendaItemNotification({ ...notice, meetingId: null }, 'Netværksgruppe Vorup');
    expect([waiting.kind, waiting.link, waiting.text]).toEqual([
      'new-agenda',
      '/netvaerksgrupper/netvaerk-vorup/moeder',
      'Et nyt punkt venter på Netværksgruppe Vorups næste møde, som endnu ikke er sat i kalenderen.',
    ]);
  });

  it("tells of an area alert's item as an area alert", () => {
    const alert = agendaItemNotification({ ...notice, source: AREA_ALERT_SOURCE, title: 'Tyveri: 6 hændelser i ugen fra 2026-11-09' }, 'Netværksgruppe Vorup');
    expect([alert.kind, alert.subject]).toEqual(['area-alert', 'Områdealarm i Netværksgruppe Vorup: Tyveri: 6 hændelser i ugen fra 2026-11-09']);
  });

  it('tells the owner of an action item that its deadline has come, without its title', () => {
    const due = actionItemDueNotification(
      { actionItemId: 'a-1', bodyId: 'netvaerk-vorup', meetingId: 'm-1', title: 'Kontakt klubben', ownerPersonId: 'p-1', deadline: '2026-11-20' },
      'Netværksgruppe Vorup',
    );
    expect(due).toEqual({
      kind: 'action-item-due',
      subject: 'Opgave med frist 2026-11-20 i Netværksgruppe Vorup',
      text: 'Du har en opgave fra Netværksgruppe Vorup med frist 2026-11-20, som ikke er meldt udført.',
      link: '/netvaerksgrupper/netvaerk-vorup/moeder/m-1',
      bodyId: 'netvaerk-vorup',
    });
  });

  it("tells how a schedule's change changed its coming meetings: moved, cancelled, back on", () => {
    const text = (change: { moved: number; cancelled: number; restored: number }) => scheduleChangedNotification('netvaerk-vorup', change, 'Netværksgruppe Vorup').text;
    expect(text({ moved: 3, cancelled: 2, restored: 0 })).toBe('Mødeplanen for Netværksgruppe Vorup er ændret: 3 kommende møder er flyttet og 2 møder er aflyst. Se møderne i SSP-systemet.');
    expect(text({ moved: 1, cancelled: 1, restored: 2 })).toBe(
      'Mødeplanen for Netværksgruppe Vorup er ændret: 1 kommende møde er flyttet, 1 møde er aflyst og 2 aflyste møder er sat i kalenderen igen. Se møderne i SSP-systemet.',
    );
    expect(text({ moved: 0, cancelled: 0, restored: 1 })).toBe('Mødeplanen for Netværksgruppe Vorup er ændret: 1 aflyst møde er sat i kalenderen igen. Se møderne i SSP-systemet.');
    expect(text({ moved: 0, cancelled: 0, restored: 0 })).toBe('Mødeplanen for Netværksgruppe Vorup er ændret. Se møderne i SSP-systemet.');
  });
});
