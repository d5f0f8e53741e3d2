import { sizeInDanish } from '../reading/rejections';

describe('sizeInDanish', () => {
  it('says megabytes from one up, kilobytes below, with a Danish decimal comma', () => {
    expect(sizeInDanish(200 * 1024 * 1024)).toBe('200 MB');
    expect(sizeInDanish(1.5 * 1024 * 1024)).toBe('1,5 MB');
    expect(sizeInDanish(4096)).toBe('4 kB');
    expect(sizeInDanish(400_000)).toBe('390,6 kB');
  });
});
