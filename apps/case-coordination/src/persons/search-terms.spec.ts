import { randomBytes } from 'node:crypto';
import { blindTerms, cprOf, criteriaTerms, identityTerms, isSearchRefusal, nameParts, parseSearch, type SearchInput } from './search-terms';

const PURPOSES = ['monday-group-meeting', 'case-follow-up'] as const;

/** The rule the repository's SQL applies: every term of the query is among the person's. */
const found = (identity: { name: string; birthDate: string; cpr?: string }, input: SearchInput) => {
  const parsed = parseSearch({ purpose: 'case-follow-up', ...input }, PURPOSES);
  if (isSearchRefusal(parsed)) throw new Error(parsed.code);
  const own = new Set(identityTerms(identity));
  return criteriaTerms(parsed.criteria).every((term) => own.has(term));
};

describe('name parts', () => {
  it('fold æ, ø and å into ae, oe and aa, in upper and lower case', () => {
    expect(nameParts('Søren Aagaard-Hansen')).toEqual(['soeren', 'aagaard', 'hansen']);
    expect(nameParts('SOEREN ÅGÅRD HANSEN')).toEqual(['soeren', 'aagaard', 'hansen']);
    expect(nameParts('Æbelø Ærø')).toEqual(['aebeloe', 'aeroe']);
  });

  it('drop other accents, and split on spaces, hyphens and apostrophes', () => {
    expect(nameParts('  José  Müller-Lüdenscheidt ')).toEqual(['jose', 'muller', 'ludenscheidt']);
    expect(nameParts("Liam O'Brien")).toEqual(['liam', 'o', 'brien']);
    expect(nameParts('Anne‐Marie Østergård')).toEqual(['anne', 'marie', 'oestergaard']);
  });

  it('are NFKC: a decomposed ø or å and a full-width letter are the same as the usual ones', () => {
    expect(nameParts('A\u030Agård')).toEqual(nameParts('Ågård'));
    expect(nameParts('Ｓøren')).toEqual(['soeren']);
  });

  it('count each part once and leave nothing empty', () => {
    expect(nameParts('Hansen Hansen')).toEqual(['hansen']);
    expect(nameParts(' - \' ')).toEqual([]);
  });

  it('do not take a plain o for ø, nor a for æ or å (documented choice)', () => {
    expect(nameParts('Soren')).not.toEqual(nameParts('Søren'));
    expect(nameParts('Agard')).not.toEqual(nameParts('Ågård'));
  });
});

describe('matching', () => {
  const soeren = { name: 'Søren Emil Aagaard-Hansen', birthDate: '2012-05-15', cpr: '1505124001' };

  it('finds a person by every Danish spelling, a missing middle name and either half of a double name', () => {
    for (const name of ['Søren Emil Aagaard-Hansen', 'Soeren Aagaard Hansen', 'søren ågård-hansen', 'SØREN AAGÅRD', 'Hansen', 'Aagaard-Hansen Søren', 'Søren Emil']) {
      expect([name, found(soeren, { name })]).toEqual([name, true]);
    }
  });

  it('does not find a person when a part of the query is not among theirs', () => {
    for (const name of ['Soren Aagaard', 'Søren Peter Aagaard', 'Søren Aagaard-Jensen', 'Sø']) {
      expect([name, found(soeren, { name })]).toEqual([name, false]);
    }
  });

  it('matches birth date and CPR exactly, and name with birth date only when both hold', () => {
    expect(found(soeren, { birthDate: '2012-05-15' })).toBe(true);
    expect(found(soeren, { birthDate: '2012-05-16' })).toBe(false);
    expect(found(soeren, { cpr: '150512-4001' })).toBe(true);
    expect(found(soeren, { cpr: '1505124002' })).toBe(false);
    expect(found(soeren, { name: 'Søren', birthDate: '2012-05-15' })).toBe(true);
    expect(found(soeren, { name: 'Søren', birthDate: '2013-05-15' })).toBe(false);
    expect(found({ ...soeren, cpr: undefined }, { cpr: '1505124001' })).toBe(false);
  });
});

describe('parsing a search', () => {
  const parse = (input: SearchInput) => parseSearch({ purpose: 'monday-group-meeting', ...input }, PURPOSES);

  it('reads CPR, name, birth date and both, with the default and a given limit', () => {
    expect(parse({ cpr: '150512-4001' })).toEqual({ criteria: { kind: 'cpr', cpr: '1505124001' }, purpose: 'monday-group-meeting', limit: 20 });
    expect(parse({ name: 'Åse Øberg', limit: '50' })).toMatchObject({ criteria: { kind: 'name', nameParts: ['aase', 'oeberg'] }, limit: 50 });
    expect(parse({ name: 'Åse', birthDate: '2011-06-15' })).toMatchObject({ criteria: { kind: 'name+birthDate', nameParts: ['aase'], birthDate: '2011-06-15' } });
    expect(parse({ birthDate: '2011-06-15' })).toMatchObject({ criteria: { kind: 'birthDate', birthDate: '2011-06-15' } });
  });

  it('refuses with a code and Danish text: no criterion, CPR with other criteria, a bad CPR, date or limit, an empty or overlong name, no purpose', () => {
    const codes = [
      parse({}),
      parse({ name: '  ' }),
      parse({ cpr: '1505124001', name: 'Søren' }),
      parse({ cpr: '15051240' }),
      parse({ cpr: '991312-4001' }),
      parse({ birthDate: '2011-02-30' }),
      parse({ birthDate: '15-06-2011' }),
      parse({ name: '--' }),
      parse({ name: 'Åse '.repeat(51) }),
      parse({ name: 'Åse', limit: '0' }),
      parse({ name: 'Åse', limit: '51' }),
      parse({ name: 'Åse', limit: 'ti' }),
      parseSearch({ name: 'Åse' }, PURPOSES),
      parseSearch({ name: 'Åse', purpose: 'curiosity' }, PURPOSES),
    ].map((parsed) => (isSearchRefusal(parsed) ? parsed.code : 'accepted'));
    expect(codes).toEqual([
      'search-criterion-missing',
      'search-criterion-missing',
      'search-criteria-combined',
      'search-cpr-invalid',
      'search-cpr-invalid',
      'search-birth-date-invalid',
      'search-birth-date-invalid',
      'search-name-empty',
      'search-name-too-long',
      'search-limit-out-of-range',
      'search-limit-out-of-range',
      'search-limit-out-of-range',
      'search-purpose-missing',
      'search-purpose-missing',
    ]);
    const refused = parse({});
    expect(isSearchRefusal(refused) && refused.message).toMatch(/^Angiv cpr, name eller birthDate/);
  });

  it('reads a CPR number with or without hyphen, and nothing else', () => {
    expect([cprOf('150512-4001'), cprOf(' 1505124001 '), cprOf('15.05.12-4001'), cprOf('1505124001x')]).toEqual(['1505124001', '1505124001', null, null]);
  });
});

describe('identity terms and the blind index', () => {
  it('index each name part, the birth date and the CPR number, and no CPR when there is none', () => {
    expect(identityTerms({ name: 'Åse Øberg', birthDate: '2011-06-15', cpr: '1506115678' })).toEqual(['name:aase', 'name:oeberg', 'birth:2011-06-15', 'cpr:1506115678']);
    expect(identityTerms({ name: 'Åse Øberg', birthDate: '2011-06-15' })).toEqual(['name:aase', 'name:oeberg', 'birth:2011-06-15']);
  });

  it('are 32-byte keyed hashes: equal under one key, different under another, never the clear text', () => {
    const [key, other] = [randomBytes(32), randomBytes(32)];
    const terms = identityTerms({ name: 'Åse Øberg', birthDate: '2011-06-15', cpr: '1506115678' });
    const blind = blindTerms(key, terms);
    expect(blind.map((term) => term.length)).toEqual([32, 32, 32, 32]);
    expect(blindTerms(key, terms)).toEqual(blind);
    expect(blindTerms(other, terms).some((term, index) => term.equals(blind[index]))).toBe(false);
    expect(blind.some((term) => term.toString('latin1').includes('aase') || term.toString('hex').includes('1506115678'))).toBe(false);
  });
});
