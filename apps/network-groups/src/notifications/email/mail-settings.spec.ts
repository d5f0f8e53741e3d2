import { envelopeAddressOf, mailSetupOf } from './mail-settings';

const defaults = { SMTP_PORT: 587, SMTP_SECURE: false };

describe('mail settings', () => {
  it('is not configured without a server or a sender, and says which is missing', () => {
    expect(mailSetupOf(defaults)).toEqual({ configured: false, missing: 'SMTP_URL or SMTP_HOST' });
    expect(mailSetupOf({ ...defaults, SMTP_HOST: 'smtp.randers.dk' })).toEqual({ configured: false, missing: 'MAIL_FROM' });
  });

  it('reads host, port, TLS and credentials from SMTP_URL', () => {
    const setup = mailSetupOf({ ...defaults, SMTP_URL: 'smtps://ssp:hemmelig@smtp.randers.dk', MAIL_FROM: 'SSP Randers <ssp@randers.dk>' });
    expect(setup).toEqual({
      configured: true,
      server: { host: 'smtp.randers.dk', port: 465, secure: true, auth: { user: 'ssp', pass: 'hemmelig' } },
      from: 'SSP Randers <ssp@randers.dk>',
      envelopeFrom: 'ssp@randers.dk',
    });
  });

  it('reads the separate settings, and a password from its own setting wins over the URL', () => {
    expect(mailSetupOf({ ...defaults, SMTP_HOST: '127.0.0.1', SMTP_PORT: 2525, MAIL_FROM: 'ssp@randers.dk' })).toMatchObject({
      server: { host: '127.0.0.1', port: 2525, secure: false },
    });
    expect(mailSetupOf({ ...defaults, SMTP_URL: 'smtp://ssp:old@smtp.randers.dk:587', SMTP_PASSWORD: 'new', MAIL_FROM: 'ssp@randers.dk' })).toMatchObject({
      server: { port: 587, auth: { user: 'ssp', pass: 'new' } },
    });
  });

  it('takes the bare address for the envelope', () => {
    expect(envelopeAddressOf('SSP Randers <ssp@randers.dk>')).toBe('ssp@randers.dk');
    expect(envelopeAddressOf(' ssp@randers.dk ')).toBe('ssp@randers.dk');
  });
});
