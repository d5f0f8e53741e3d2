// The provider's signing key and cookie keys, made at first start and kept in a folder of their
// own (gitignored, readable by its owner only). The key files have the development issuer's
// format (libs/platform/src/auth/dev-issuer.ts): private-key.jwk.json and jwks.json.
import { generateKeyPairSync, randomBytes, randomUUID } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import path from 'node:path';

function writeAtomically(file, content) {
  const temporary = `${file}.${process.pid}.tmp`;
  writeFileSync(temporary, content, { mode: 0o600 });
  renameSync(temporary, file);
}

export function openKeys(folder) {
  mkdirSync(folder, { recursive: true, mode: 0o700 });
  const privateFile = path.join(folder, 'private-key.jwk.json');
  const jwksFile = path.join(folder, 'jwks.json');
  const cookieFile = path.join(folder, 'cookie-keys.json');
  if (!existsSync(privateFile) || !existsSync(jwksFile)) {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const kid = randomUUID();
    writeAtomically(privateFile, JSON.stringify({ ...privateKey.export({ format: 'jwk' }), kid, alg: 'RS256' }));
    writeAtomically(jwksFile, JSON.stringify({ keys: [{ ...publicKey.export({ format: 'jwk' }), kid, alg: 'RS256', use: 'sig' }] }));
  }
  if (!existsSync(cookieFile)) writeAtomically(cookieFile, JSON.stringify([randomBytes(32).toString('base64url')]));
  return {
    signingKey: { ...JSON.parse(readFileSync(privateFile, 'utf8')), use: 'sig' },
    cookieKeys: JSON.parse(readFileSync(cookieFile, 'utf8')),
  };
}
