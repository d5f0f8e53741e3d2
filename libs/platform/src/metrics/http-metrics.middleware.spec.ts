import { routeTemplateOf } from './http-metrics.middleware';

describe('routeTemplateOf', () => {
  it('names the declared route, never the path with its ids', () => {
    expect(routeTemplateOf({ baseUrl: '', route: { path: '/persons/:pseudonym' } })).toBe('/persons/:pseudonym');
    expect(routeTemplateOf({ baseUrl: '/api', route: { path: '/cases/:id' } })).toBe('/api/cases/:id');
  });

  it('puts requests no route took under one label', () => {
    expect(routeTemplateOf({ baseUrl: '', route: undefined })).toBe('unmatched');
  });
});
