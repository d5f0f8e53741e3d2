import { loadSuppressionAttacker, PublishedNumbers, type SuppressionAttacker } from './suppression-attacker.fixture';

/*
 * The attacker's relations beyond sums and distinct counts (those are in suppress-table.spec.ts),
 * each shown pinning a hidden number it should, and leaving one it should not.
 */

let attacker: SuppressionAttacker;
beforeAll(async () => {
  attacker = await loadSuppressionAttacker();
});

describe('the suppression attacker', () => {
  it('reads a shown percentage as bounds on its numerator and denominator: 1 of 8 is 12.5 %, and nothing else of 8 is', () => {
    const numbers = () => new PublishedNumbers().number('repeaters', 1, true).number('persons', 8, false);
    expect(attacker.pinned(numbers().percent('rate', 'repeaters', 'persons', { value: 12.5, hidden: false }, 12.5))).toEqual([{ id: 'repeaters', value: 1 }]);
    expect(attacker.pinned(numbers().percent('rate', 'repeaters', 'persons', { value: null, hidden: true }, 12.5))).toEqual([]);
  });

  it('narrows a hidden denominator by a shown percentage over it: 16.7 % of 24 or 25 young people can only be of 24', () => {
    // 24 or 25 young people (their total with 6 more is 30 or 31), 4 repeaters: 4 of 25 would be 16.0 %.
    const numbers = (rate: { value: number | null; hidden: boolean }) =>
      new PublishedNumbers()
        .number('persons', 24, true)
        .number('others', 6, true)
        .number('all', 30, false)
        .sum('all', ['persons', 'others'])
        .number('repeaters', 4, false)
        .percent('rate', 'repeaters', 'persons', rate, 16.7);
    expect(attacker.pinned(numbers({ value: 16.7, hidden: false }))).toEqual([
      { id: 'persons', value: 24 },
      { id: 'others', value: 6 },
    ]);
    expect(attacker.pinned(numbers({ value: null, hidden: true }))).toEqual([]);
  });

  it('finds a hidden percentage pinned when its counts are', () => {
    const numbers = new PublishedNumbers().number('repeaters', 2, false).number('persons', 9, false).percent('rate', 'repeaters', 'persons', { value: null, hidden: true }, 22.2);
    expect(attacker.pinned(numbers)).toEqual([{ id: 'rate', value: 22.2 }]);
  });

  it('keeps an unknown out of the targets, and refuses a model the true values do not fit', () => {
    const unknown = new PublishedNumbers().number('part', 3, true).unknown('whole').atMost('part', 'whole');
    expect(attacker.pinned(unknown)).toEqual([]);
    expect(() => attacker.pinned(new PublishedNumbers().number('few', 3, true).number('many', 2, false).zeroTogether('few', 'many'))).toThrow('the true values do not fit the model');
  });

  it('reads that young people have incidents: a hidden incident count over as many young people, with the other way up closed, is pinned', () => {
    // Two hidden incident counts add up to 9, and so do (at least) their 9 young people. The second's 8 young people
    // are shown, so it has at least 8 incidents: the first at most 1, and at least the one young person left.
    const numbers = (shownYoungPeople: boolean) =>
      new PublishedNumbers()
        .number('incidents-a', 1, true)
        .number('incidents-b', 8, true)
        .number('incidents', 9, false)
        .sum('incidents', ['incidents-a', 'incidents-b'])
        .number('young-a', 1, true)
        .number('young-b', 8, !shownYoungPeople)
        .number('young', 9, false)
        .distinctTotal('young', ['young-a', 'young-b'])
        .zeroTogether('young-a', 'incidents-a')
        .zeroTogether('young-b', 'incidents-b');
    expect(attacker.pinned(numbers(true))).toEqual([
      { id: 'incidents-a', value: 1 },
      { id: 'incidents-b', value: 8 },
      { id: 'young-a', value: 1 },
    ]);
    expect(attacker.pinned(numbers(false))).toEqual([]);
  });

  it('reads a median of whole days that ends in .5 as an even count', () => {
    // Of 7 cases, more decided than not and at most 5: four or five decided; a median of 18.5 days leaves only four.
    const numbers = () =>
      new PublishedNumbers()
        .number('decided', 4, true)
        .number('undecided', 3, true)
        .number('all', 7, false)
        .sum('all', ['decided', 'undecided'])
        .atMost('undecided', 'decided')
        .number('at-most', 5, false)
        .atMost('decided', 'at-most');
    expect(attacker.pinned(numbers())).toEqual([]);
    expect(attacker.pinned(numbers().even('decided'))).toEqual([
      { id: 'decided', value: 4 },
      { id: 'undecided', value: 3 },
    ]);
  });
});
