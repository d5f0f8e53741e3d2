import { ReferenceNames } from './reference-names';

describe('ReferenceNames', () => {
  const names = new ReferenceNames(
    [
      { id: 'randers-c', name: 'Randers C', withdrawn: false },
      { id: 'gammel-by', name: 'Gammel By', withdrawn: true },
      { id: 'havndal', name: 'Havndal', withdrawn: false },
    ],
    [{ id: 'theft', name: 'Tyveri', withdrawn: false }],
  );

  it('names areas and categories, withdrawn ones too, so earlier incidents keep their label', () => {
    expect(names.area('randers-c')).toBe('Randers C');
    expect(names.area('gammel-by')).toBe('Gammel By');
    expect(names.offenceCategory('theft')).toBe('Tyveri');
  });

  it('shows an id it does not know as it is', () => {
    expect(names.area('ny-by')).toBe('ny-by');
    expect(names.offenceCategory('arson')).toBe('arson');
  });

  it('lists the areas in the table now, in order', () => {
    expect(names.currentAreas().map((area) => area.id)).toEqual(['randers-c', 'havndal']);
  });
});
