import { PartitionProgress, truncatedPartitions } from './partition-progress';

describe('PartitionProgress', () => {
  const ends = [
    { topic: 'a', partition: 0, low: '0', high: '3' },
    { topic: 'a', partition: 1, low: '0', high: '0' },
    { topic: 'b', partition: 0, low: '5', high: '7' },
  ];

  it('is caught up when every partition has been read to its end, empty ones from the start', () => {
    const progress = new PartitionProgress(ends);
    expect(progress.behind()).toEqual([
      { topic: 'a', partition: 0, behind: 3n },
      { topic: 'b', partition: 0, behind: 2n },
    ]);
    progress.applied('a', 0, '2');
    progress.applied('b', 0, '5');
    expect(progress.behind()).toEqual([{ topic: 'b', partition: 0, behind: 1n }]);
    progress.applied('b', 0, '6');
    expect(progress.isCaughtUp()).toBe(true);
  });

  it('counts messages beyond the end as caught up, and never goes back', () => {
    const progress = new PartitionProgress(ends);
    progress.applied('a', 0, '9');
    progress.applied('a', 0, '1');
    progress.applied('b', 0, '6');
    expect(progress.isCaughtUp()).toBe(true);
  });

  it('can be given later ends to reach', () => {
    const progress = new PartitionProgress(ends);
    progress.applied('a', 0, '2');
    progress.applied('b', 0, '6');
    progress.retarget([...ends.slice(0, 2), { topic: 'b', partition: 0, low: '5', high: '10' }]);
    expect(progress.behind()).toEqual([{ topic: 'b', partition: 0, behind: 3n }]);
  });
});

describe('truncatedPartitions', () => {
  it('names the partitions that no longer start at offset 0', () => {
    expect(
      truncatedPartitions([
        { topic: 'a', partition: 0, low: '0', high: '3' },
        { topic: 'a', partition: 1, low: '2', high: '2' },
      ]),
    ).toEqual([{ topic: 'a', partition: 1, low: '2', high: '2' }]);
  });
});
