import { areaFormRows, areaRowsOf, areaTableOf, MAX_FORM_ROWS, offenceCategoryFormRows, offenceCategoryRowsOf, offenceCategoryTableOf } from './reference-table-form';

describe('the reference tables as forms', () => {
  it('makes the PUT /areas body from the rows, splitting postal codes and schools, leaving out removed and blank rows', () => {
    const body = {
      _csrf: 'token',
      rows: '4',
      'id-0': ' randers-c ',
      'name-0': 'Randers C',
      'postalCodes-0': '8900, 8920;8930  8940',
      'schools-0': 'Vestervangskolen\r\n\r\n Tirsdalens Skole \r\n',
      'id-1': 'langaa',
      'name-1': 'Langå',
      'postalCodes-1': '8870',
      'schools-1': '',
      'remove-1': 'on',
      'id-2': '',
      'name-2': ' ',
      'postalCodes-2': '',
      'schools-2': '',
      'id-3': 'ny',
      'name-3': 'Nyt område',
      'postalCodes-3': '',
      'schools-3': '',
    };
    expect(areaTableOf(areaRowsOf(body))).toEqual({
      areas: [
        { id: 'randers-c', name: 'Randers C', postalCodes: ['8900', '8920', '8930', '8940'], schools: ['Vestervangskolen', 'Tirsdalens Skole'] },
        { id: 'ny', name: 'Nyt område', postalCodes: [], schools: [] },
      ],
    });
  });

  it('keeps what the person typed, as typed, to show a refused table again', () => {
    const rows = areaRowsOf({ rows: '1', 'id-0': 'Randers C!', 'name-0': '', 'postalCodes-0': '89', 'schools-0': 'a\nb' });
    expect(rows).toEqual([{ id: 'Randers C!', name: '', postalCodes: '89', schools: 'a\nb', remove: false }]);
    expect(areaTableOf(rows)).toEqual({ areas: [{ id: 'Randers C!', name: '', postalCodes: ['89'], schools: ['a', 'b'] }] });
  });

  it('reads no more rows than the form may hold, and nothing from a form without rows or with repeated fields', () => {
    expect(areaRowsOf({ rows: '100000' })).toHaveLength(MAX_FORM_ROWS);
    expect(areaRowsOf({ rows: 'alle' })).toEqual([]);
    expect(areaRowsOf({})).toEqual([]);
    expect(areaRowsOf({ rows: '1', 'id-0': ['a', 'b'] })[0].id).toBe('');
  });

  it('makes the PUT /offence-categories body in the form order, one pattern a line', () => {
    const body = { rows: '3', 'id-0': 'theft', 'da-0': 'Tyveri', 'patterns-0': '§ ?276\ntyveri\n', 'id-1': 'old', 'da-1': 'Gammel', 'patterns-1': 'x', 'remove-1': 'on', 'id-2': 'other', 'da-2': 'Andet', 'patterns-2': '' };
    expect(offenceCategoryTableOf(offenceCategoryRowsOf(body))).toEqual({
      categories: [
        { id: 'theft', da: 'Tyveri', patterns: ['§ ?276', 'tyveri'] },
        { id: 'other', da: 'Andet', patterns: [] },
      ],
    });
  });

  it('shows the tables as the service has them, and back to the same body unchanged', () => {
    const areas = [{ id: 'oersted', name: 'Ørsted og Havndal', postalCodes: ['8950', '8970'], schools: ['Havndal Skole'] }];
    expect(areaTableOf(areaFormRows(areas))).toEqual({ areas });
    const categories = [{ id: 'theft', da: 'Tyveri', patterns: ['tyveri', '276'] }];
    expect(offenceCategoryTableOf(offenceCategoryFormRows(categories))).toEqual({ categories });
  });
});
