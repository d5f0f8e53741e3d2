// A real OpenID provider for local use (oidc-provider), in a process of its own because the
// package is ESM-only: authorization code flow with PKCE, a Danish sign-in page offering the
// demo people, ID tokens with `name` and `roles`, and JWT access tokens for the services'
// audience with `sub`, `name` and `roles`, signed with a key kept in a local folder. The
// services trust it as they trust Entra ID: OIDC_ISSUER=<issuer>, OIDC_JWKS_URI=<issuer>/jwks.
//
// Settings (environment):
//   OIDC_PROVIDER_PORT     port to listen on (default 4000; 0 for a free one)
//   OIDC_PROVIDER_LISTEN_ADDRESS  the address it listens on (default 127.0.0.1; docker-compose.yml
//                          gives 0.0.0.0, so that the port published from its container reaches it)
//   OIDC_PROVIDER_HOSTNAME the issuer's host name (default localhost): the issuer is http://<hostname>:<port>
//   OIDC_PROVIDER_KEYS     folder of its keys (default .run/oidc-provider)
//   OIDC_AUDIENCE          the services' audience (default api://ssp)
//   OIDC_WEB_URL           the web app (default http://localhost:3000): its callback and signed-out page
//   OIDC_WEB_CLIENT_ID / OIDC_WEB_CLIENT_SECRET   the web app's registration (id ssp-web; the secret required,
//                          or OIDC_WEB_CLIENT_SECRET_FILE naming a file that holds it, as docker-compose.yml mounts it)
// Prints one line `{"event":"oidc-provider-listening","issuer":...}` when it answers.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import Provider, { errors } from 'oidc-provider';
import { demoPeople } from './demo-people.mjs';
import { openKeys } from './keys.mjs';
import { errorPage, signInPage, signedOutPage, signOutPage } from './pages.mjs';
import { serveStatic } from './static-files.mjs';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const ACCESS_TOKEN_SECONDS = 3600;
/** The resource's one scope: the web app asks for it with the audience. */
const API_SCOPE = 'ssp';

function required(env, name) {
  const file = env[`${name}_FILE`];
  if (file && env[name]) throw new Error(`set either ${name} or ${name}_FILE, not both`);
  const value = file ? readFileSync(file, 'utf8').replace(/\r?\n$/, '') : env[name];
  if (!value) throw new Error(`${name} must be set`);
  return value;
}

function settings(env) {
  return {
    port: Number(env.OIDC_PROVIDER_PORT ?? 4000),
    listenAddress: env.OIDC_PROVIDER_LISTEN_ADDRESS ?? '127.0.0.1',
    hostname: env.OIDC_PROVIDER_HOSTNAME ?? 'localhost',
    keysFolder: path.resolve(ROOT, env.OIDC_PROVIDER_KEYS ?? '.run/oidc-provider'),
    audience: env.OIDC_AUDIENCE ?? 'api://ssp',
    webUrl: (env.OIDC_WEB_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
    clientId: env.OIDC_WEB_CLIENT_ID ?? 'ssp-web',
    clientSecret: required(env, 'OIDC_WEB_CLIENT_SECRET'),
  };
}

function securityHeaders(response, webUrl) {
  response.setHeader(
    'Content-Security-Policy',
    `default-src 'none'; style-src 'self'; font-src 'self'; img-src 'self' data:; form-action 'self' ${new URL(webUrl).origin}; frame-ancestors 'none'; base-uri 'none'`,
  );
  response.setHeader('X-Content-Type-Options', 'nosniff');
  response.setHeader('Cache-Control', 'no-store');
}

function readForm(request) {
  return new Promise((resolve, reject) => {
    let body = '';
    request.setEncoding('utf8');
    request.on('data', (chunk) => {
      body += chunk;
      if (body.length > 10_000) request.destroy(new Error('form too large'));
    });
    request.on('end', () => resolve(new URLSearchParams(body)));
    request.on('error', reject);
  });
}

function configuration(options, keys, people) {
  const person = (subject) => people.get(subject);
  return {
    clients: [
      {
        client_id: options.clientId,
        client_secret: options.clientSecret,
        client_name: 'SSP Randers',
        redirect_uris: [`${options.webUrl}/auth/callback`],
        post_logout_redirect_uris: [`${options.webUrl}/logget-ud`],
        grant_types: ['authorization_code'],
        response_types: ['code'],
        token_endpoint_auth_method: 'client_secret_basic',
      },
    ],
    jwks: { keys: [keys.signingKey] },
    cookies: { keys: keys.cookieKeys },
    pkce: { required: () => true },
    scopes: ['openid', 'profile', 'roles'],
    claims: { openid: ['sub'], profile: ['name'], roles: ['roles'] },
    // The web app reads who signed in from the ID token, as from Entra ID's (name, roles).
    conformIdTokenClaims: false,
    async findAccount(_ctx, subject) {
      const found = person(subject);
      if (!found) return undefined;
      return { accountId: subject, claims: async () => ({ sub: subject, name: found.name, roles: found.roles }) };
    },
    async extraTokenClaims(_ctx, token) {
      if (token.kind !== 'AccessToken') return undefined;
      const found = person(token.accountId);
      return found ? { name: found.name, roles: found.roles } : undefined;
    },
    // One first-party client: what it asks for is granted without a consent page.
    async loadExistingGrant(ctx) {
      const grantId = ctx.oidc.result?.consent?.grantId ?? ctx.oidc.session.grantIdFor(ctx.oidc.client.clientId);
      if (grantId) {
        const existing = await ctx.oidc.provider.Grant.find(grantId);
        if (existing) return existing;
      }
      const grant = new ctx.oidc.provider.Grant({ clientId: ctx.oidc.client.clientId, accountId: ctx.oidc.session.accountId });
      grant.addOIDCScope('openid profile roles');
      grant.addOIDCClaims(['name', 'roles']);
      grant.addResourceScope(options.audience, API_SCOPE);
      await grant.save();
      return grant;
    },
    features: {
      devInteractions: { enabled: false },
      resourceIndicators: {
        enabled: true,
        defaultResource: () => options.audience,
        useGrantedResource: () => true,
        getResourceServerInfo(_ctx, resourceIndicator) {
          if (resourceIndicator !== options.audience) throw new errors.InvalidTarget();
          return { scope: API_SCOPE, audience: options.audience, accessTokenTTL: ACCESS_TOKEN_SECONDS, accessTokenFormat: 'jwt', jwt: { sign: { alg: 'RS256' } } };
        },
      },
      rpInitiatedLogout: {
        enabled: true,
        async logoutSource(ctx, form) {
          securityHeaders(ctx.res, options.webUrl);
          ctx.type = 'html';
          ctx.body = signOutPage(form, ctx.oidc.client?.clientName);
        },
        async postLogoutSuccessSource(ctx) {
          securityHeaders(ctx.res, options.webUrl);
          ctx.type = 'html';
          ctx.body = signedOutPage();
        },
      },
    },
    interactions: { url: (_ctx, interaction) => `/interaction/${interaction.uid}` },
    async renderError(ctx, out) {
      securityHeaders(ctx.res, options.webUrl);
      ctx.type = 'html';
      ctx.body = errorPage(out);
    },
    ttl: { AccessToken: ACCESS_TOKEN_SECONDS, IdToken: ACCESS_TOKEN_SECONDS, AuthorizationCode: 60, Interaction: 600, Session: 8 * 3600, Grant: 8 * 3600 },
  };
}

async function interaction(provider, people, options, request, response) {
  securityHeaders(response, options.webUrl);
  const [, , uid, action] = new URL(request.url, 'http://provider').pathname.split('/');
  const details = await provider.interactionDetails(request, response);
  if (details.uid !== uid) throw new errors.SessionNotFound('interaction does not match');
  const client = await provider.Client.find(details.params.client_id);
  const show = (problem) => {
    response.statusCode = problem ? 400 : 200;
    response.setHeader('Content-Type', 'text/html; charset=utf-8');
    response.end(signInPage({ uid, clientName: client?.clientName ?? 'løsningen', people, problem }));
  };
  if (request.method === 'GET' && action === undefined) return show(null);
  if (request.method !== 'POST') throw new errors.InvalidRequest('method not allowed');
  if (action === 'abort') {
    return provider.interactionFinished(request, response, { error: 'access_denied', error_description: 'Log-ind blev afbrudt' }, { mergeWithLastSubmission: false });
  }
  const subject = (await readForm(request)).get('subject');
  if (action !== 'login' || !subject || !people.has(subject)) return show('Vælg den person, du vil logge ind som.');
  return provider.interactionFinished(request, response, { login: { accountId: subject } }, { mergeWithLastSubmission: false });
}

export async function startProvider(env = process.env) {
  const options = settings(env);
  const people = demoPeople(path.join(ROOT, 'demo/network-members.json'));
  const keys = openKeys(options.keysFolder);
  let handle = (_request, response) => {
    response.statusCode = 503;
    response.end();
  };
  const server = http.createServer((request, response) => handle(request, response));
  await new Promise((resolve, reject) => server.once('error', reject).listen(options.port, options.listenAddress, resolve));
  const issuer = `http://${options.hostname}:${server.address().port}`;
  const provider = new Provider(issuer, configuration(options, keys, people));
  const oidc = provider.callback();
  handle = (request, response) => {
    const { pathname } = new URL(request.url, 'http://provider');
    if (pathname.startsWith('/static/')) return serveStatic(pathname, response);
    if (pathname.startsWith('/interaction/')) {
      return interaction(provider, people, options, request, response).catch((error) => {
        response.statusCode = error.statusCode ?? 500;
        response.setHeader('Content-Type', 'text/html; charset=utf-8');
        response.end(errorPage({ error: error.error ?? 'server_error' }));
      });
    }
    return oidc(request, response);
  };
  return { issuer, server, close: () => new Promise((resolve) => server.close(resolve)) };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { issuer } = await startProvider();
  console.log(JSON.stringify({ event: 'oidc-provider-listening', issuer, jwks: `${issuer}/jwks` }));
  const stop = () => process.exit(0);
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
}
