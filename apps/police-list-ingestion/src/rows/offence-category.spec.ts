import { DEFAULT_OFFENCE_CATEGORIES } from '@ssp/contracts';
import { InvalidOffencePatternError, offenceClassifier } from './offence-category';

describe('offenceClassifier with the default table', () => {
  const classify = offenceClassifier(DEFAULT_OFFENCE_CATEGORIES);

  it.each([
    ['Strfl. § 276 tyveri', 'theft'],
    ['Butikstyveri', 'theft'],
    ['Brugstyveri af knallert', 'theft'],
    ['Lov om euforiserende stoffer', 'drugs'],
    ['Besiddelse af hash', 'drugs'],
    ['§ 288 røveri', 'robbery'],
    ['Røveri med kniv', 'robbery'],
    ['Indbrudstyveri i villa', 'burglary'],
    ['Hærværk', 'vandalism'],
    ['HÆRVÆRK mod busstoppested', 'vandalism'],
    ['Graffiti', 'vandalism'],
    ['Strfl. § 244 vold', 'violence'],
    ['Vold mod tjenestemand', 'violence'],
    ['Trusler på Facebook', 'threats'],
    ['Brandstiftelse i container', 'arson'],
    ['Hæleri', 'receiving'],
    ['Bedrageri med betalingskort', 'fraud'],
    ['Overtrædelse af våbenloven', 'weapons'],
    ['Kørsel uden kørekort', 'traffic'],
    ['Overtrædelse af ordensbekendtgørelsen', 'public-order'],
    ['Deling af billeder af blufærdighedskrænkende karakter', 'sexual'],
    ['Butikstyveri, fundet med kniv', 'theft'],
    ['Mobning i skolegården', 'other'],
    ['', 'other'],
  ])('puts %p under %s', (text, category) => {
    expect(classify(undefined, text)).toBe(category);
  });

  it('tries the offence code as well as the text', () => {
    expect(classify('§ 291', 'Skade på bil')).toBe('vandalism');
    expect(classify('§288', 'Anmeldelse')).toBe('robbery');
    expect(classify('1234', 'Mobning')).toBe('other');
  });

  it('lets the first category in the table win, whether code or text matched', () => {
    expect(classify('§ 276', '§ 288 røveri')).toBe('robbery');
    expect(classify('§ 288', 'tyveri')).toBe('robbery');
  });

  it('matches text typed with decomposed letters', () => {
    expect(classify(undefined, 'Besiddelse af va\u030aben')).toBe('weapons');
  });

  it('does not let a pattern match across code and text', () => {
    expect(classify('§', '288')).toBe('other');
  });
});

describe('offenceClassifier with an edited table', () => {
  it('gives the first matching category and other when nothing matches, even without an other row', () => {
    const classify = offenceClassifier([
      { id: 'first', da: 'Første', patterns: ['tyveri'] },
      { id: 'second', da: 'Anden', patterns: ['tyv'] },
    ]);
    expect(classify(undefined, 'Tyveri')).toBe('first');
    expect(classify(undefined, 'Tyvstart')).toBe('second');
    expect(classify(undefined, 'Noget andet')).toBe('other');
  });

  it('refuses an invalid pattern when the table is compiled, naming the category', () => {
    const table = [
      { id: 'theft', da: 'Tyveri', patterns: ['tyveri'] },
      { id: 'broken', da: 'I stykker', patterns: ['ok', '§\\s*(27'] },
    ];
    expect(() => offenceClassifier(table)).toThrow(InvalidOffencePatternError);
    expect(() => offenceClassifier(table)).toThrow(/"broken"/);
  });

  it('refuses an empty pattern, which would match every offence', () => {
    expect(() => offenceClassifier([{ id: 'all', da: 'Alt', patterns: [''] }])).toThrow(/"all"/);
  });
});
