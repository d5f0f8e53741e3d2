import { parseConnectionUrl } from 'nodemailer/lib/shared';

/** The settings of NetworkGroupsConfig the sender reads. */
export interface MailConfig {
  SMTP_URL?: string;
  SMTP_HOST?: string;
  SMTP_PORT: number;
  SMTP_SECURE: boolean;
  SMTP_USER?: string;
  SMTP_PASSWORD?: string;
  MAIL_FROM?: string;
}

export interface SmtpServer {
  host: string;
  port: number;
  secure: boolean;
  auth?: { user: string; pass: string };
}

export type MailSetup = { configured: true; server: SmtpServer; from: string; envelopeFrom: string } | { configured: false; missing: string };

/** The bare address of "Name <address>" or "address", for the SMTP envelope. */
export function envelopeAddressOf(from: string): string {
  return (/<([^>]+)>/.exec(from)?.[1] ?? from).trim();
}

/**
 * Where and as whom to send, from SMTP_URL or SMTP_HOST/PORT/SECURE/USER/PASSWORD, with
 * MAIL_FROM. Both are optional so the service runs without a mail server (development, most
 * tests); then nothing is sent and the e-mails wait in the outbox.
 */
export function mailSetupOf(config: MailConfig): MailSetup {
  if (!config.SMTP_URL && !config.SMTP_HOST) return { configured: false, missing: 'SMTP_URL or SMTP_HOST' };
  if (!config.MAIL_FROM) return { configured: false, missing: 'MAIL_FROM' };
  const fromUrl = config.SMTP_URL ? parseConnectionUrl(config.SMTP_URL) : {};
  const secure = fromUrl.secure ?? config.SMTP_SECURE;
  const user = config.SMTP_USER ?? fromUrl.auth?.user;
  const pass = config.SMTP_PASSWORD ?? fromUrl.auth?.pass;
  const server: SmtpServer = {
    host: fromUrl.host ?? config.SMTP_HOST ?? 'localhost',
    port: fromUrl.port ?? (config.SMTP_URL && secure ? 465 : config.SMTP_PORT),
    secure,
    ...(user ? { auth: { user, pass: pass ?? '' } } : {}),
  };
  return { configured: true, server, from: config.MAIL_FROM, envelopeFrom: envelopeAddressOf(config.MAIL_FROM) };
}
