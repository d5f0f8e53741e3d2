// npm run token -- --role <role> [--group <id>] [--area <id>] [--minutes <n>] [--subject <id>]
// Prints a bearer token from the local development issuer (.run/dev-issuer), which the
// services started by `npm start` trust. Never used in production.
import path from 'node:path';
import { parseArgs } from 'node:util';
import { DevIssuer } from '../auth/dev-issuer';
import { ALL_ROLES, isRole, ROLE_LABELS, type Role } from '../auth/roles';

const DEV_ISSUER_FOLDER = path.resolve(__dirname, '../../../../.run/dev-issuer');

function usage(): string {
  const roles = ALL_ROLES.map((role) => `  ${role.padEnd(28)}${ROLE_LABELS[role]}`).join('\n');
  return [
    'usage: npm run token -- --role <role> [--role <role>] [--group <id>] [--area <id>] [--minutes <n>] [--subject <id>]',
    '',
    'roles:',
    roles,
    '',
    'The services take a sign-in\'s bodies and areas from network groups\' registry (MEMBERSHIP_SOURCE=registry),',
    'not from --group and --area. npm start links its demo members (demo/network-members.json) to subjects;',
    'person-level data needs one in the Monday group or the coordination team:',
    '  npm run token -- --role ssp-consultant --subject demo-karen-kjaer',
    '--group and --area count only where a service runs with MEMBERSHIP_SOURCE=token.',
    'Use the token as: curl -H "Authorization: Bearer $(npm run -s token -- --role operator)" http://127.0.0.1:3001/audit-log',
  ].join('\n');
}

async function main(): Promise<number> {
  const { values } = parseArgs({
    options: {
      role: { type: 'string', multiple: true, default: [] },
      group: { type: 'string', multiple: true, default: [] },
      area: { type: 'string', multiple: true, default: [] },
      minutes: { type: 'string', default: '60' },
      subject: { type: 'string' },
      help: { type: 'boolean', default: false },
    },
  });
  const roles = values.role.flatMap((role) => role.split(','));
  const unknown = roles.filter((role) => !isRole(role));
  const minutes = Number(values.minutes);
  if (values.help || roles.length === 0 || unknown.length > 0 || !Number.isInteger(minutes) || minutes < 1) {
    if (unknown.length > 0) process.stderr.write(`unknown role: ${unknown.join(', ')}\n\n`);
    process.stderr.write(`${usage()}\n`);
    return values.help ? 0 : 2;
  }
  const issuer = await DevIssuer.open(DEV_ISSUER_FOLDER);
  const token = await issuer.token({
    roles: roles as Role[],
    groups: values.group,
    areas: values.area,
    subject: values.subject,
    expiresInSeconds: minutes * 60,
  });
  process.stdout.write(`${token}\n`);
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`token failed: ${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  },
);
