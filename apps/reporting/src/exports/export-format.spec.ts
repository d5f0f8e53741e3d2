import { chooseFormat } from './export-format';

describe('chooseFormat', () => {
  it('takes ?format= over the Accept header', () => expect(chooseFormat('xlsx', 'text/csv')).toBe('xlsx'));

  it.each([
    [undefined, 'json'],
    ['', 'json'],
    ['text/csv', 'csv'],
    ['application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 'xlsx'],
    ['text/html, text/csv;q=0.9, */*;q=0.1', 'csv'],
    ['application/json;q=0.5, text/csv', 'csv'],
    ['text/csv;q=0, application/json', 'json'],
    ['*/*', 'json'],
    ['image/png', 'json'],
  ] as const)('reads Accept %p as %s', (accept, format) => expect(chooseFormat(undefined, accept)).toBe(format));
});
