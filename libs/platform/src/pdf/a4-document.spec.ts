import { readPdf } from '@ssp/testing';
import { renderA4Pdf } from './a4-document';

describe('renderA4Pdf', () => {
  const createdAt = new Date('2026-12-07T10:00:00Z');

  it('writes Danish text that a PDF reader gives back, on as many A4 pages as it needs', async () => {
    const lines = Array.from({ length: 90 }, (_, index) => `Punkt ${index + 1}: Søren Ærø fra Ålum blev drøftet`);
    const pdf = await renderA4Pdf({ title: 'Referat af mødet i Mandagsgruppen', subtitle: 'Mandag den 7. december 2026', author: 'SSP Randers', createdAt, sections: [{ heading: 'Personer', lines }] });

    const { text, pages } = await readPdf(pdf);
    expect(text).toContain('Referat af mødet i Mandagsgruppen');
    expect(text).toContain('Mandag den 7. december 2026');
    expect(text).toContain('Punkt 90: Søren Ærø fra Ålum blev drøftet');
    expect(pages).toBe(3);
  });

  it('fits a short document on one page', async () => {
    const pdf = await renderA4Pdf({ title: 'Kvittering', author: 'SSP Randers', createdAt, sections: [{ heading: 'Slettet', lines: ['Alt er slettet.'] }] });
    expect(await readPdf(pdf)).toEqual({ text: expect.stringContaining('Alt er slettet.'), pages: 1 });
  });
});
