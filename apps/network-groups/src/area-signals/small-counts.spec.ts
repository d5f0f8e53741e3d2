import { shownCount } from './small-counts';

describe('small counts', () => {
  it('withholds every count below 5 and shows 5 and above', () => {
    expect([1, 4, 5, 17].map(shownCount)).toEqual([
      { count: null, suppressed: true },
      { count: null, suppressed: true },
      { count: 5, suppressed: false },
      { count: 17, suppressed: false },
    ]);
  });
});
