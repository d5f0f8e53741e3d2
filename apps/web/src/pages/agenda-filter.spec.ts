import { agendaFilterOf, agendaFilterPath, agendaServiceQuery, isFiltered, NO_AGENDA_FILTER } from './agenda-filter';

describe('the agenda filter', () => {
  it('reads the form from the address, as typed, and nothing else', () => {
    expect(agendaFilterOf({ nye: 'ja', prioritet: ' 3 ', omraade: 'randers-c', sortering: 'nyeste', efter: 'x' })).toEqual({ onlyNew: true, minPriority: '3', area: 'randers-c', sort: 'newest' });
    expect(agendaFilterOf({ nye: 'nej', prioritet: ['1', '2'], sortering: 'noget andet' })).toEqual(NO_AGENDA_FILTER);
  });

  it('gives the page its address back, so the pager keeps the filter', () => {
    expect(agendaFilterPath(NO_AGENDA_FILTER)).toBe('/dagsorden');
    expect(agendaFilterPath({ onlyNew: true, minPriority: '5', area: 'randers-c', sort: 'newest' })).toBe('/dagsorden?nye=ja&prioritet=5&omraade=randers-c&sortering=nyeste');
    expect(agendaFilterOf(Object.fromEntries(new URLSearchParams(agendaFilterPath({ onlyNew: true, minPriority: 'x', area: 'a b', sort: 'urgency' }).split('?')[1])))).toEqual({
      onlyNew: true,
      minPriority: 'x',
      area: 'a b',
      sort: 'urgency',
    });
  });

  it("asks case coordination in its own parameters, leaving out what the person did not choose (the service judges what was typed)", () => {
    expect(agendaServiceQuery(NO_AGENDA_FILTER)).toEqual({});
    expect(agendaServiceQuery({ onlyNew: true, minPriority: 'x', area: 'nord', sort: 'newest' })).toEqual({ onlyNew: 'true', priority: 'x', area: 'nord', sort: 'newest' });
    expect([isFiltered(NO_AGENDA_FILTER), isFiltered({ ...NO_AGENDA_FILTER, sort: 'newest' })]).toEqual([false, true]);
  });
});
