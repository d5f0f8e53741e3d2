import { mailDomainOf, messageIdOf } from './message-id';

describe('Message-ID', () => {
  it('uses the domain of the sender address', () => {
    expect(mailDomainOf('SSP Randers <ssp-noreply@Randers.dk>')).toBe('randers.dk');
    expect(mailDomainOf('ssp@randers.dk')).toBe('randers.dk');
    expect(mailDomainOf(undefined)).toBe('network-groups.ssp.invalid');
  });

  it('is made from the e-mail id alone, so it is the same on every attempt', () => {
    const id = 'c0a80101-0000-4000-8000-000000000001';
    expect(messageIdOf(id, 'randers.dk')).toBe(`<${id}@randers.dk>`);
    expect(messageIdOf(id, 'randers.dk')).toBe(messageIdOf(id, 'randers.dk'));
  });
});
