import { spawnSync } from 'node:child_process';
import path from 'node:path';

describe('the generated API client types (libs/api-client)', () => {
  it('are committed exactly as docs/openapi gives them (run `npm run api-client` after `npm run openapi`)', () => {
    const check = spawnSync(process.execPath, [path.join(__dirname, 'write-api-client.mjs'), '--check'], { encoding: 'utf8' });
    expect([check.status, check.stderr]).toEqual([0, '']);
  });
});
