import { whenTopicsSettle } from './topics-settle';

const brokerError = (type: string) => Object.assign(new Error(type), { type });

describe('whenTopicsSettle', () => {
  it('tries again while topics are unknown or without a leader, then returns', async () => {
    const answers: (boolean | Error)[] = [brokerError('UNKNOWN_TOPIC_OR_PARTITION'), false, brokerError('LEADER_NOT_AVAILABLE'), true];
    const waits: number[] = [];
    await whenTopicsSettle(
      async () => {
        const answer = answers.shift()!;
        if (answer instanceof Error) throw answer;
        return answer;
      },
      (tries) => waits.push(tries),
    );
    expect([answers, waits]).toEqual([[], [1, 2, 3]]);
  });

  it('throws any other error at once', async () => {
    let tries = 0;
    await expect(whenTopicsSettle(async () => (tries++, Promise.reject(brokerError('TOPIC_AUTHORIZATION_FAILED'))))).rejects.toThrow('TOPIC_AUTHORIZATION_FAILED');
    expect(tries).toBe(1);
  });

  it('gives up after its time with the last answer', async () => {
    await expect(whenTopicsSettle(() => Promise.reject(brokerError('UNKNOWN_TOPIC_OR_PARTITION')), undefined, 0)).rejects.toThrow('UNKNOWN_TOPIC_OR_PARTITION');
    await expect(whenTopicsSettle(() => Promise.resolve(false), undefined, 0)).rejects.toThrow('topics not settled after 0 ms');
  });
});
