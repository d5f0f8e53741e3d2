import { maskIdentity, personalDataIn, UnknownColumnNames } from './personal-data-in-text';

const NAME = 'Mads Emil Jensen';

describe('personalDataIn', () => {
  it.each(['010112-4001', '0101124001', '01 01 12 4001', '01.01.12-4001', '０１０１１２４００１', 'Sigtet sammen med 010112 4001'])('finds the CPR number in %s, whatever the rule', (text) => {
    expect(personalDataIn(text, NAME, 'whole-name-or-part')).toBe('cpr-number');
    expect(personalDataIn(text, NAME, 'whole-name')).toBe('cpr-number');
    expect(personalDataIn(text, undefined, 'whole-name')).toBe('cpr-number');
  });

  it.each([
    ['the whole name', 'Mads Emil Jensen'],
    ['the whole name in capitals, spaced oddly', '  MADS   EMIL  JENSEN '],
    ['the whole name with a hyphen', 'mads-emil jensen'],
    ['the first and last name', 'Set sammen med Mads Jensen'],
    ['the whole name in full-width letters', 'Ｍａｄｓ Ｅｍｉｌ Ｊｅｎｓｅｎ'],
  ])('finds %s under either rule', (_what, text) => {
    expect(personalDataIn(text, NAME, 'whole-name')).toBe('person-name');
    expect(personalDataIn(text, NAME, 'whole-name-or-part')).toBe('person-name');
  });

  it.each([
    ['the first name alone', 'Mads slog en dreng'],
    ['the surname alone', 'Hos Jensen'],
    ['the middle name alone', 'emil var med'],
  ])('finds %s where parts count, not in the school column', (_what, text) => {
    expect(personalDataIn(text, NAME, 'whole-name-or-part')).toBe('person-name');
    expect(personalDataIn(text, NAME, 'whole-name')).toBeUndefined();
  });

  it('finds a name part of three letters, not one of two', () => {
    expect(personalDataIn('Ali var der', 'Ali Bo Hansen', 'whole-name-or-part')).toBe('person-name');
    expect(personalDataIn('Ville bo hos faren', 'Ali Bo Hansen', 'whole-name-or-part')).toBeUndefined();
    expect(personalDataIn('Bo Li', 'Bo Li', 'whole-name')).toBe('person-name');
  });

  it.each([
    ['a school whose name holds the surname inside a word', 'Skovvangskolen', 'Mads Skov'],
    ['a school named after a place that is the surname', 'Lund Skole', 'Emil Lund'],
    ['a school named after a common word that is a first name part', 'Hald Ege Skole', 'Ege Hald Nielsen'],
  ])('accepts %s in the school column', (_what, school, name) => {
    expect(personalDataIn(school, name, 'whole-name')).toBeUndefined();
  });

  it.each([
    ['a street holding the surname inside a word', 'Holmevej 3', 'Emil Holm'],
    ['a remark with a longer word starting with the name', 'Madsens bil', 'Mads Hansen'],
    ['phone number and date', 'Ring 12 34 56 78 om mødet 01.01.2012', 'Mads Hansen'],
    ['no name known', 'Mads slog en dreng', undefined],
  ])('accepts %s', (_what, text, name) => {
    expect(personalDataIn(text, name, 'whole-name-or-part')).toBeUndefined();
  });
});

describe('maskIdentity', () => {
  it('masks CPR numbers as DDMMYY-xxxx and the name, however much of it, as [navn]', () => {
    expect(maskIdentity('Mads Emil Jensen 01.01.12-4001', NAME)).toBe('[navn] 010112-xxxx');
    expect(maskIdentity('Note om Jensen, Mads', NAME)).toBe('Note om [navn], [navn]');
    expect(maskIdentity('Sagsbehandler', NAME)).toBe('Sagsbehandler');
    expect(maskIdentity('0101124001', undefined)).toBe('010112-xxxx');
  });
});

describe('UnknownColumnNames', () => {
  it('masks CPR numbers at once and each row person’s name as the rows come', () => {
    const columns = new UnknownColumnNames(['Sagsbehandler', '01 01 12 4001', 'Mads Jensen', 'Anna']);
    expect(columns.masked).toEqual(['Sagsbehandler', '010112-xxxx', 'Mads Jensen', 'Anna']);
    columns.maskName('Anna Berg');
    columns.maskName(undefined);
    columns.maskName('Mads Emil Jensen');
    expect(columns.masked).toEqual(['Sagsbehandler', '010112-xxxx', '[navn]', '[navn]']);
  });
});
