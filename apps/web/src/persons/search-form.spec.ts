import { parseSearchForm, searchRefusalError } from './search-form';

describe('the search form', () => {
  it('sends a CPR number alone with the purpose', () => {
    expect(parseSearchForm({ cpr: ' 010312-4000 ', name: '', birthDate: '', purpose: 'case-follow-up', _csrf: 'x' })).toEqual({
      values: { cpr: '010312-4000', name: '', birthDate: '', purpose: 'case-follow-up' },
      query: { cpr: '010312-4000', purpose: 'case-follow-up' },
      errors: [],
    });
  });

  it('sends a name and a birth date typed the Danish way as the service wants them', () => {
    expect(parseSearchForm({ name: '  Anton Ågård ', birthDate: '1.3.2012', purpose: 'monday-group-meeting' }).query).toEqual({
      name: 'Anton Ågård',
      birthDate: '2012-03-01',
      purpose: 'monday-group-meeting',
    });
    expect(parseSearchForm({ birthDate: '2012-03-01', purpose: 'data-subject-request' }).query).toEqual({ birthDate: '2012-03-01', purpose: 'data-subject-request' });
  });

  it('refuses, in Danish and by field, a search without a purpose, without a criterion, with CPR and name, or with no date', () => {
    expect(parseSearchForm({ cpr: '', name: '', birthDate: '' })).toMatchObject({
      query: null,
      errors: [
        { field: 'purpose', message: expect.stringContaining('Vælg formålet') },
        { field: 'cpr', message: 'Skriv et CPR-nummer, et navn eller en fødselsdato.' },
      ],
    });
    expect(parseSearchForm({ cpr: '0103124000', name: 'Anton', purpose: 'case-follow-up' }).errors).toEqual([{ field: 'cpr', message: expect.stringContaining('ikke begge dele') }]);
    expect(parseSearchForm({ name: 'Anton', birthDate: '31.02.2012', purpose: 'case-follow-up' })).toMatchObject({
      values: { name: 'Anton', birthDate: '31.02.2012' },
      errors: [{ field: 'birthDate', message: 'Skriv fødselsdatoen som dd.mm.åååå, fx 03.12.2012.' }],
    });
  });

  it('takes a purpose only from the service\'s list, and a repeated field as none', () => {
    expect(parseSearchForm({ name: 'Anton', purpose: 'curiosity' }).errors.map((error) => error.field)).toEqual(['purpose']);
    expect(parseSearchForm({ name: ['Anton', 'Bella'], purpose: 'case-follow-up' }).errors.map((error) => error.field)).toEqual(['cpr']);
  });

  it("puts the service's refusal on its field with its code", () => {
    expect(searchRefusalError({ code: 'search-cpr-invalid', message: 'cpr skal være et CPR-nummer med 10 cifre' })).toEqual({ field: 'cpr', message: 'cpr skal være et CPR-nummer med 10 cifre', code: 'search-cpr-invalid' });
    expect(searchRefusalError({ code: 'search-name-too-long', message: 'for langt' }).field).toBe('name');
    expect(searchRefusalError(null).field).toBe('cpr');
  });
});
