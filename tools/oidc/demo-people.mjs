// The demo people of the local OpenID provider: one per kind of user the issue names. Those
// who are demo members of an SSP body (demo/network-members.json, which npm start puts in
// network groups' registry) sign in with that member's subject, so the registry gives them
// their bodies; the rest belong to no body. Roles are the codes of libs/platform/src/auth/roles.ts.
import { readFileSync } from 'node:fs';

const PEOPLE = [
  { subject: 'demo-karen-kjaer', roles: ['ssp-consultant'], title: 'SSP-konsulent i Mandagsgruppen' },
  { subject: 'demo-lars-baekgaard', roles: ['secretariat'], title: 'SSP-sekretariatet, koordinationsteamet' },
  { subject: 'demo-sara-holm', roles: ['police-prevention'], title: 'Politiets forebyggelse, netværksgruppe Randers C' },
  { subject: 'demo-peter-dahl', roles: ['family-department'], title: 'Familieafdelingen i Mandagsgruppen' },
  { subject: 'demo-mette-skovgaard', roles: ['school'], title: 'Skole: SSP-kontaktlærer, netværksgruppe Randers C' },
  { subject: 'demo-ali-yilmaz', roles: ['network-group-member'], title: 'Medlem af netværksgruppe Randers NV' },
  { subject: 'demo-hanne-moerch', name: 'Hanne Mørch', roles: ['local-council-member'], title: 'Medlem af Lokalrådet' },
  { subject: 'demo-ole-bjerre', name: 'Ole Bjerre', roles: ['operator'], title: 'Driftsoperatør' },
];

/** The demo people by subject, named as in the members file where they are members. */
export function demoPeople(membersFile) {
  const members = JSON.parse(readFileSync(membersFile, 'utf8')).members;
  const nameOf = (subject) => members.find((member) => member.subject === subject)?.personName;
  return new Map(
    PEOPLE.map((person) => {
      const name = person.name ?? nameOf(person.subject);
      if (!name) throw new Error(`${person.subject} has no name and is not in ${membersFile}`);
      return [person.subject, { ...person, name }];
    }),
  );
}
