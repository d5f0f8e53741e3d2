import { isRole, Role } from '@ssp/platform';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';

const ROOT = path.resolve(__dirname, '../..');
const MEMBERS_FILE = path.join(ROOT, 'demo/network-members.json');

interface DemoPerson {
  subject: string;
  name: string;
  roles: string[];
  title: string;
}

/** The provider's people as it loads them (an ES module, so in a Node process of its own). */
function demoPeople(): DemoPerson[] {
  const script = `import { demoPeople } from ${JSON.stringify(path.join(__dirname, 'demo-people.mjs'))}; console.log(JSON.stringify([...demoPeople(${JSON.stringify(MEMBERS_FILE)}).values()]));`;
  const run = spawnSync(process.execPath, ['--input-type=module', '-e', script], { encoding: 'utf8' });
  if (run.status !== 0) throw new Error(run.stderr);
  return JSON.parse(run.stdout) as DemoPerson[];
}

describe("the local OpenID provider's demo people", () => {
  const people = demoPeople();

  it('offer each kind of user the issue names, with role codes the services know', () => {
    expect(people.flatMap((person) => person.roles).sort()).toEqual(
      [Role.sspConsultant, Role.secretariat, Role.policePrevention, Role.familyDepartment, Role.school, Role.networkGroupMember, Role.localCouncilMember, Role.operator].sort(),
    );
    expect(people.flatMap((person) => person.roles).filter((role) => !isRole(role))).toEqual([]);
  });

  it("sign in as the registry's demo members where they are members, with their names", () => {
    const { members } = JSON.parse(readFileSync(MEMBERS_FILE, 'utf8')) as { members: { subject: string; personName: string; bodyId: string }[] };
    const consultant = people.find((person) => person.roles.includes(Role.sspConsultant));
    expect(consultant).toMatchObject({ subject: 'demo-karen-kjaer', name: 'Karen Kjær' });
    expect(members.find((member) => member.subject === consultant?.subject)?.bodyId).toBe('mandagsgruppen');
    for (const person of people.filter((candidate) => members.some((member) => member.subject === candidate.subject))) {
      expect(person.name).toBe(members.find((member) => member.subject === person.subject)?.personName);
    }
    expect(new Set(people.map((person) => person.subject)).size).toBe(people.length);
  });
});
