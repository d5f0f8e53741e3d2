import { consumerLag, retainedMessages } from './consumer-lag';

describe('consumerLag', () => {
  it('is the high watermark minus the committed offset, per partition', () => {
    expect(
      consumerLag(
        [
          { partition: 0, low: '0', high: '120' },
          { partition: 1, low: '0', high: '80' },
        ],
        [
          { partition: 0, offset: '100' },
          { partition: 1, offset: '80' },
        ],
      ),
    ).toEqual([
      { partition: 0, lag: 20 },
      { partition: 1, lag: 0 },
    ]);
  });

  it('counts every kept message of a partition the group never committed on', () => {
    expect(consumerLag([{ partition: 0, low: '5', high: '12' }], [{ partition: 0, offset: '-1' }])).toEqual([{ partition: 0, lag: 7 }]);
    expect(consumerLag([{ partition: 3, low: '0', high: '4' }], [])).toEqual([{ partition: 3, lag: 4 }]);
  });

  it('counts from the first kept message when retention removed what the group had not read', () => {
    expect(consumerLag([{ partition: 0, low: '500', high: '510' }], [{ partition: 0, offset: '200' }])).toEqual([{ partition: 0, lag: 10 }]);
  });

  it('is never negative, and exact beyond 2^53', () => {
    expect(consumerLag([{ partition: 0, low: '0', high: '10' }], [{ partition: 0, offset: '11' }])).toEqual([{ partition: 0, lag: 0 }]);
    expect(consumerLag([{ partition: 0, low: '0', high: '9007199254740995' }], [{ partition: 0, offset: '9007199254740993' }])).toEqual([
      { partition: 0, lag: 2 },
    ]);
  });
});

describe('retainedMessages', () => {
  it('adds up what each partition keeps', () => {
    expect(retainedMessages([{ partition: 0, low: '3', high: '10' }, { partition: 1, low: '0', high: '2' }])).toBe(9);
    expect(retainedMessages([])).toBe(0);
  });
});
