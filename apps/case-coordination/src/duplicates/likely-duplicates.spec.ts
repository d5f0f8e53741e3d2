import { duplicatesOf, findLikelyDuplicates, identifiedPersonOf, type IdentifiedPerson } from './likely-duplicates';

const person = (pseudonym: string, name: string, birthDate: string, strength: 'strong' | 'weak'): IdentifiedPerson => ({ pseudonym, name, birthDate, strength });

describe('findLikelyDuplicates', () => {
  it('pairs a person without CPR with the same person later identified by CPR', () => {
    expect(findLikelyDuplicates([person('b', 'Søren Ærøe', '2012-03-04', 'weak'), person('a', 'søren  ærøe', '2012-03-04', 'strong')])).toEqual([
      { pseudonyms: ['a', 'b'], reason: 'identified-later', explanation: expect.stringContaining('senere registreret med CPR') },
    ]);
  });

  it('pairs similar names on the same birth date: a typo, names swapped', () => {
    const found = findLikelyDuplicates([
      person('a', 'Mikkel Hansen', '2011-05-06', 'weak'),
      person('b', 'Mikel Hansen', '2011-05-06', 'weak'),
      person('c', 'Hansen Mikkel', '2011-05-06', 'strong'),
    ]);
    expect(found.map((pair) => [pair.pseudonyms, pair.reason])).toEqual([
      [['a', 'b'], 'similar-name'],
      [['a', 'c'], 'similar-name'],
      [['b', 'c'], 'similar-name'],
    ]);
  });

  it('never pairs two CPR numbers, other birth dates or different names', () => {
    expect(
      findLikelyDuplicates([
        person('a', 'Ida Holm', '2010-01-01', 'strong'),
        person('b', 'Ida Holm', '2010-01-01', 'strong'),
        person('c', 'Ida Holm', '2010-01-02', 'weak'),
        person('d', 'Ida Jensen', '2010-01-01', 'weak'),
      ]),
    ).toEqual([]);
  });

  it('keeps Danish letters apart: Ø is not O', () => {
    expect(findLikelyDuplicates([person('a', 'Bøje Møller', '2010-01-01', 'weak'), person('b', 'Boje Moller', '2010-01-01', 'weak')])).toHaveLength(1);
    expect(findLikelyDuplicates([person('a', 'Åse Ørsted Lø', '2010-01-01', 'weak'), person('b', 'Ase Orsted Lo', '2010-01-01', 'weak')])).toEqual([]);
  });
});

describe('identifiedPersonOf', () => {
  it('is strong exactly when the identity holds a CPR number, as the pseudonym was made', () => {
    expect(identifiedPersonOf('a', { cpr: '0303104004', name: 'Dina Dahl', birthDate: '2010-03-03' })).toEqual(person('a', 'Dina Dahl', '2010-03-03', 'strong'));
    expect(identifiedPersonOf('b', { name: 'Dina Dahl', birthDate: '2010-03-03' })).toEqual(person('b', 'Dina Dahl', '2010-03-03', 'weak'));
    expect(identifiedPersonOf('c', { cpr: '', name: 'Dina Dahl', birthDate: '2010-03-03' }).strength).toBe('weak');
  });
});

describe('duplicatesOf', () => {
  it("gives only the person's own pairs, never those among the candidates, nor the person with itself", () => {
    const candidates = [person('a', 'Mikkel Hansen', '2011-05-06', 'weak'), person('c', 'Mikel Hansen', '2011-05-06', 'weak'), person('b', 'Ida Holm', '2011-05-06', 'weak')];
    expect(duplicatesOf(person('b', 'Mikkel Hansen', '2011-05-06', 'strong'), candidates).map((pair) => [pair.pseudonyms, pair.reason])).toEqual([
      [['a', 'b'], 'identified-later'],
      [['b', 'c'], 'similar-name'],
    ]);
  });
});
