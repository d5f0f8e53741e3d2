// Writes demo/politiliste-demo.csv, the list `npm start` uploads as demo data: invented
// young people (no real CPR numbers are meant), in the Danish Excel format, with a few rows
// a clerk would have to fix and a blank line, as real lists have.
import { policeListCsv, SYNTHETIC_HEADER, syntheticPoliceListRows } from '@ssp/testing';
import { writeFileSync } from 'node:fs';
import path from 'node:path';

const rows = syntheticPoliceListRows(120, { seed: 2026, people: 45, incidentYear: 2026, months: 10 });
const withMistakes = [
  ...rows.slice(0, 60),
  null,
  { ...rows[60], 'CPR-nummer': '310211-4000' },
  { ...rows[61], Rolle: 'gerningsmand' },
  { ...rows[62], Gerningsdato: '31-09-2026' },
  ...rows.slice(63),
];
const file = path.resolve(__dirname, '../../demo/politiliste-demo.csv');
writeFileSync(file, policeListCsv(SYNTHETIC_HEADER, withMistakes, { encoding: 'windows-1252', separator: ';' }));
process.stdout.write(`wrote ${path.relative(process.cwd(), file)}\n`);
