import { html } from './html';

describe('html', () => {
  it('escapes every value put into a page', () => {
    const name = `<script>alert("x")</script> & 'Ø'`;
    expect(html`<p title="${name}">${name}</p>`.markup).toBe(
      '<p title="&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ø&#39;">&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Ø&#39;</p>',
    );
  });

  it('keeps markup made by html, joins lists and leaves nothing for null, undefined and false', () => {
    const items = ['a<', 'b'].map((item) => html`<li>${item}</li>`);
    expect(html`<ul>${items}</ul>${null}${undefined}${false}${0}`.markup).toBe('<ul><li>a&lt;</li><li>b</li></ul>0');
  });
});
