import { barChart } from './bar-chart';
import { columnChart } from './column-chart';
import { lineChart } from './line-chart';
import { danishNumber, emptyChart, escapeXml, niceTicks, valueText } from './svg';

describe('chart basics', () => {
  it('escapes every character that could end text or an attribute', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'y'`)).toBe('&#60;script&#62;alert(&#34;x&#34;)&#60;/script&#62; &#38; &#39;y&#39;');
  });

  it('writes numbers the Danish way', () => {
    expect([danishNumber(1234), danishNumber(36.4), danishNumber(1234567.25, 2)]).toEqual(['1.234', '36,4', '1.234.567,25']);
  });

  it('shows a hidden value as hidden, never as its number', () => {
    expect([valueText(3, true), valueText(null, true), valueText(12, false), valueText(null, false), valueText(80.3, false, ' %')]).toEqual(['skjult', 'skjult', '12', '–', '80,3 %']);
  });

  it.each([
    [0, [0, 1]],
    [3, [0, 1, 2, 3]],
    [7, [0, 2, 4, 6, 8]],
    [25, [0, 10, 20, 30]],
    [209, [0, 100, 200, 300]],
    [1234, [0, 500, 1000, 1500]],
  ])('puts round axis ticks from 0 to at least %d', (max, ticks) => {
    expect(niceTicks(max)).toEqual(ticks);
  });
});

describe('charts under a strict Content-Security-Policy', () => {
  // The web app's CSP is `style-src 'self'`: a style attribute or element would be refused, so
  // the charts carry colours as SVG presentation attributes and everything else as classes.
  it('need no inline style: no style attribute, no style element, no script', () => {
    const hidden = { hidden: [false, true] };
    const charts = [
      barChart({ id: 'b', title: 'B', description: 'b', color: '#000000', bars: [{ label: 'A', value: 4 }, { label: 'B', value: null, hidden: true }] }),
      columnChart({ id: 'c', title: 'C', description: 'c', labels: ['jan.', 'feb.'], series: [{ name: '2026', color: '#0072B2', values: [4, null], ...hidden }] }),
      lineChart({ id: 'l', title: 'L', description: 'l', labels: ['jan.', 'feb.'], series: [{ name: 'Tyveri', color: '#0072B2', values: [4, 6] }] }),
      emptyChart('e', 300, 'E'),
    ];
    for (const chart of charts) expect(chart).not.toMatch(/style=|<style|<script|on[a-z]+=/i);
  });
});
