import { randomBytes } from 'node:crypto';
import { openConcernDetails, sealConcernDetails } from './concern-details';
import { IdentityCipher } from './identity-cipher';

const cipher = IdentityCipher.fromConfig(`k1:${randomBytes(32).toString('base64')}`, 'k1');
const FIRST = '6ba7b810-9dad-41d1-80b4-00c04fd430c1';
const SECOND = '6ba7b810-9dad-41d1-80b4-00c04fd430c2';
const details = { worry: 'Mads Ærø er set med en kniv i skolegården', raisedBy: 'u-skole-1' };

describe("a concern's sealed details", () => {
  const sealed = sealConcernDetails(FIRST, details, cipher);

  it('say nothing in clear, and open to the worry and who raised it', () => {
    expect(JSON.stringify(sealed)).not.toMatch(/Mads|kniv|u-skole-1/);
    expect(openConcernDetails({ concernId: FIRST, detailsSealed: sealed }, cipher)).toEqual(details);
  });

  it('do not open for another concern, so they cannot be moved to one', () => {
    expect(() => openConcernDetails({ concernId: SECOND, detailsSealed: sealed }, cipher)).toThrow();
  });

  it('do not open under another key', () => {
    const other = IdentityCipher.fromConfig(`k1:${randomBytes(32).toString('base64')}`, 'k1');
    expect(() => openConcernDetails({ concernId: FIRST, detailsSealed: sealed }, other)).toThrow();
  });

  it('are refused when what was sealed is not a concern\'s details', () => {
    const notDetails = cipher.encrypt(JSON.stringify({ worry: 7 }), `concern-details:${FIRST}`);
    expect(() => openConcernDetails({ concernId: FIRST, detailsSealed: notDetails }, cipher)).toThrow('no worry or no raiser');
  });
});
