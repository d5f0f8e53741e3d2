import vm from 'node:vm';
import { UPLOAD_PROGRESS_SCRIPT } from './upload-progress.script';

interface Helpers {
  sentText(loaded: number, total: number): string;
  progressMessage(loaded: number, total: number, now: number, spoken: { tenth: number; at: number | null }): string | null;
}

/** The served script's helpers, as the browser would run them (the script hands them to `module` when there is one). */
function helpers(): Helpers {
  const sandbox = { module: { exports: {} as Helpers } };
  vm.runInNewContext(UPLOAD_PROGRESS_SCRIPT, sandbox, { filename: 'upload-progress.js' });
  return sandbox.module.exports;
}

describe('the upload progress script', () => {
  const { sentText, progressMessage } = helpers();

  it('says in Danish how much of the file is sent: kB below a megabyte, MB with one decimal above', () => {
    expect(sentText(0, 300 * 1024)).toBe('Sendt 0 af 300 kB');
    expect(sentText(123_456, 300 * 1024)).toBe('Sendt 121 af 300 kB');
    expect(sentText(3.2 * 1024 * 1024, 12 * 1024 * 1024)).toBe('Sendt 3,2 af 12,0 MB');
    expect(sentText(1_500_000 * 1024, 2_000_000 * 1024)).toBe('Sendt 1.464,8 af 1.953,1 MB');
  });

  it('speaks at each new tenth of the file, never twice for one, and not within three seconds of the last', () => {
    const never = { tenth: 0, at: null };
    expect(progressMessage(5, 100, 0, never)).toBeNull();
    expect(progressMessage(12, 100, 0, never)).toBe('10 % sendt');
    expect(progressMessage(19, 100, 5000, { tenth: 1, at: 0 })).toBeNull();
    expect(progressMessage(25, 100, 2999, { tenth: 1, at: 0 })).toBeNull();
    expect(progressMessage(45, 100, 3000, { tenth: 1, at: 0 })).toBe('40 % sendt');
    // The whole file sent is said by "Hele listen er sendt", not as a tenth.
    expect(progressMessage(100, 100, 10_000, { tenth: 9, at: 0 })).toBeNull();
    expect(progressMessage(10, 0, 0, never)).toBeNull();
  });

  it('is a plain script with no template, inline handler or evaluated code in it', () => {
    expect(() => new vm.Script(UPLOAD_PROGRESS_SCRIPT)).not.toThrow();
    expect(UPLOAD_PROGRESS_SCRIPT).not.toMatch(/\beval\(|new Function|innerHTML|document\.write|`/);
  });
});
