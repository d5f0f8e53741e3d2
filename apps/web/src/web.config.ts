import { IsIn, IsInt, IsString, IsUrl, Matches, Max, Min, MinLength } from 'class-validator';

const LOCAL_OR_HTTPS = /^(https:\/\/|http:\/\/(localhost|127\.0\.0\.1)[:/])/;

/** The web app's settings, validated at start-up: a wrong or missing one stops it with its name. */
export class WebConfig {
  @IsInt()
  @Min(0)
  @Max(65535)
  PORT: number = 3000;

  /** The web app's own database (sessions and sign-ins in progress only: no domain data). */
  @Matches(/^postgres(ql)?:\/\/.+/, { message: 'DATABASE_URL must be a postgres:// connection URL' })
  DATABASE_URL!: string;

  /** Where people reach the app, e.g. https://ssp.randers.dk; the sign-in callback and Secure cookies follow from it. */
  @Matches(LOCAL_OR_HTTPS, { message: 'PUBLIC_URL must be an https:// URL (http:// only on localhost)' })
  PUBLIC_URL: string = 'http://localhost:3000';

  /** The OpenID provider's issuer; its discovery document is read from `<issuer>/.well-known/openid-configuration`. */
  @Matches(LOCAL_OR_HTTPS, { message: 'OIDC_ISSUER must be an https:// URL (http:// only on localhost)' })
  OIDC_ISSUER!: string;

  @IsString()
  @MinLength(1, { message: 'OIDC_CLIENT_ID must name the web app at the provider' })
  OIDC_CLIENT_ID: string = 'ssp-web';

  @IsString()
  @MinLength(16, { message: 'OIDC_CLIENT_SECRET must be at least 16 characters' })
  OIDC_CLIENT_SECRET!: string;

  /** The services' audience: the access token is asked for this resource (RFC 8707). */
  @IsString()
  @MinLength(1)
  OIDC_RESOURCE: string = 'api://ssp';

  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'CASE_COORDINATION_URL must be the service URL, e.g. http://localhost:3002' })
  CASE_COORDINATION_URL!: string;

  /** Police lists, their rejected rows, the reference tables, and municipal concerns (which need the pseudonymisation key only it holds). */
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'POLICE_LIST_INGESTION_URL must be the service URL, e.g. http://localhost:3001' })
  POLICE_LIST_INGESTION_URL!: string;

  /** The SSP bodies: network groups' meetings, members, initiatives, alerts, messages, and the registry. */
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'NETWORK_GROUPS_URL must be the service URL, e.g. http://localhost:3003' })
  NETWORK_GROUPS_URL!: string;

  /** Statistics for the Lokalråd and the operators' view of the suite. */
  @IsUrl({ require_tld: false, require_protocol: true }, { message: 'REPORTING_URL must be the service URL, e.g. http://localhost:3004' })
  REPORTING_URL!: string;

  /** 32 random bytes, base64: seals the tokens a session holds in the database (`_FILE` reads a mounted secret). */
  @Matches(/^[A-Za-z0-9+/]{43}=$/, { message: 'SESSION_KEY must be 32 random bytes, base64 (openssl rand -base64 32)' })
  SESSION_KEY!: string;

  /** A session unused this long ends. */
  @IsInt()
  @Min(1)
  @Max(24 * 60)
  SESSION_IDLE_MINUTES: number = 30;

  /** A session ends this long after sign-in, however busy. */
  @IsInt()
  @Min(1)
  @Max(24)
  SESSION_ABSOLUTE_HOURS: number = 8;

  @IsIn(['error', 'warn', 'log', 'debug'])
  LOG_LEVEL: 'error' | 'warn' | 'log' | 'debug' = 'log';
}

export function usesHttps(config: Pick<WebConfig, 'PUBLIC_URL'>): boolean {
  return config.PUBLIC_URL.startsWith('https://');
}
