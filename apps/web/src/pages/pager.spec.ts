import { pageHref, pager } from './pager';

describe('the pager', () => {
  it('is not there on a list of one page', () => {
    expect(pager({ path: '/dagsorden', label: 'Sider', next: null, onLaterPage: false }).markup).toBe('');
  });

  it('links to the next page by the service cursor, and back to the first from a later page', () => {
    const first = pager({ path: '/dagsorden', label: 'Sider i dagsordenen', next: 'a/b', onLaterPage: false }).markup;
    expect(first).toContain('<nav aria-label="Sider i dagsordenen"');
    expect(first).toContain('<a href="/dagsorden?efter=a%2Fb" rel="next">Næste side</a>');
    expect(first).not.toContain('Første side');
    const last = pager({ path: '/moeder', label: 'Sider', next: null, onLaterPage: true, firstText: 'Nyeste møder' }).markup;
    expect(last).toContain('<a href="/moeder">Nyeste møder</a>');
    expect(last).not.toContain('rel="next"');
  });

  it('keeps a query the path already has', () => {
    expect(pageHref('/personer/p/noter?formaal=case-follow-up', 'c')).toBe('/personer/p/noter?formaal=case-follow-up&efter=c');
  });
});
