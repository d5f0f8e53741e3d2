import type { PoliceListRowCells } from './police-list-files';
import { seededRandom } from './seeded-random';

export const SYNTHETIC_HEADER = ['Journalnr', 'Gerningsdato', 'Tidspunkt', 'Forhold', 'Rolle', 'CPR-nummer', 'Navn', 'Adresse', 'Postnr', 'Skole'];

const FIRST_NAMES = ['Emil', 'Noah', 'William', 'Oscar', 'Lucas', 'Alma', 'Ida', 'Clara', 'Freja', 'Ella', 'Malthe', 'Karla', 'Aksel', 'Sofie', 'Viggo'];
const LAST_NAMES = ['Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen', 'Jørgensen'];
const OFFENCES = ['Strfl. § 276 tyveri', 'Strfl. § 244 vold', 'Hærværk', 'Lov om euforiserende stoffer', 'Strfl. § 288 røveri', 'Knivloven', 'Butikstyveri', 'Indbrud i kolonihavehus'];
const ROLES = ['mistænkt', 'sigtet', 'forurettet', 'vidne', 'bekymring'];
const POSTAL_CODES = ['8900', '8920', '8930', '8940', '8960', '8870', '8950', '8981', '8990'];
const SCHOOLS = ['Vestervangskolen', 'Nørrevangsskolen', 'Tirsdalens Skole', 'Rismølleskolen', 'Langå Skole'];


function pick<T>(next: () => number, items: readonly T[]): T {
  return items[Math.floor(next() * items.length)];
}

function pad(value: number, length = 2): string {
  return String(value).padStart(length, '0');
}

/**
 * Invented young people (born 2008-2014; CPR seventh digit 4, so 2000s) with valid CPR
 * numbers and unique journal numbers: every row a new incident.
 */
export function syntheticPoliceListRows(count: number, options: { seed?: number; people?: number; incidentYear?: number; months?: number } = {}): PoliceListRowCells[] {
  const next = seededRandom(options.seed ?? 1);
  const people = Array.from({ length: options.people ?? Math.max(1, Math.ceil(count / 3)) }, (_, index) => {
    const year = 8 + Math.floor(next() * 7);
    const cpr = `${pad(1 + Math.floor(next() * 28))}${pad(1 + Math.floor(next() * 12))}${pad(year)}4${pad(index % 1000, 3)}`;
    return { cpr, name: `${pick(next, FIRST_NAMES)} ${pick(next, LAST_NAMES)}`, address: `Testvej ${1 + (index % 200)}`, postalCode: pick(next, POSTAL_CODES), school: pick(next, SCHOOLS) };
  });
  const year = options.incidentYear ?? 2025;
  const months = options.months ?? 12;
  return Array.from({ length: count }, (_, index) => {
    const person = people[Math.floor(next() * people.length)];
    return {
      Journalnr: `3700-80310-${pad(index, 7)}-${String(year).slice(2)}`,
      Gerningsdato: `${pad(1 + Math.floor(next() * 28))}-${pad(1 + Math.floor(next() * months))}-${year}`,
      Tidspunkt: `${pad(Math.floor(next() * 24))}:${pad(Math.floor(next() * 60))}`,
      Forhold: pick(next, OFFENCES),
      Rolle: pick(next, ROLES),
      'CPR-nummer': person.cpr,
      Navn: person.name,
      Adresse: person.address,
      Postnr: person.postalCode,
      Skole: person.school,
    };
  });
}
