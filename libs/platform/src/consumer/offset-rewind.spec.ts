import { plannedRewinds } from './offset-rewind';

describe('plannedRewinds', () => {
  const committed = [
    { partition: 0, offset: '40' },
    { partition: 1, offset: '7' },
    { partition: 2, offset: '-1' },
    { partition: 3, offset: '12' },
  ];

  it('moves each partition back to the first message at the time, never forward, and leaves uncommitted ones alone', () => {
    const atTime = [
      { partition: 0, offset: '25' }, // back
      { partition: 1, offset: '9' }, // the group was behind at that time: moving on would skip events
      { partition: 2, offset: '3' }, // never committed: read from the start anyway
      { partition: 3, offset: '12' }, // nothing after the time
    ];
    expect(plannedRewinds('t', committed, atTime)).toEqual([{ topic: 't', partition: 0, from: '40', to: '25' }]);
  });

  it('compares offsets as integers, not as text', () => {
    expect(plannedRewinds('t', [{ partition: 0, offset: '100' }], [{ partition: 0, offset: '99' }])).toEqual([{ topic: 't', partition: 0, from: '100', to: '99' }]);
    expect(plannedRewinds('t', [{ partition: 0, offset: '9' }], [{ partition: 0, offset: '10' }])).toEqual([]);
  });
});
