import { errorSummary, formText, formToken, noticeOf, radioGroup, successNotice, textField } from './forms';

describe('the form parts', () => {
  it('reads a field as text: absent, repeated or not text is empty', () => {
    expect(formText({ name: 'Anton', count: 7, kind: ['no-action', 'referral'] }, 'name')).toBe('Anton');
    expect(formText({ count: 7 }, 'count')).toBe('');
    expect(formText({ kind: ['no-action', 'referral'] }, 'kind')).toBe('');
    expect(formText(undefined, 'name')).toBe('');
  });

  it('sums up the problems, each linking to its field with the code, the field names when given, escaped', () => {
    const summary = errorSummary([{ field: 'cpr', message: 'Ikke en <dato>', code: 'cpr-invalid' }], { labels: { cpr: 'CPR-nummer' } }).markup;
    expect(summary).toContain('role="alert"');
    expect(summary).toContain('Der er et problem');
    expect(summary).toContain('<a href="#cpr">CPR-nummer: Ikke en &lt;dato&gt;</a>');
    expect(summary).toContain('<code>cpr-invalid</code>');
    const unlinked = errorSummary([{ field: 'answer', message: 'Allerede besvaret.' }], { heading: 'Det blev ikke gemt', linked: false, note: 'Det, du skrev, står der stadig.' }).markup;
    expect(unlinked).toContain('<li>Allerede besvaret.</li>');
    expect(unlinked).toContain('Det blev ikke gemt');
    expect(unlinked).toContain('Det, du skrev, står der stadig.');
    expect(errorSummary([]).markup).toBe('');
  });

  it('shows a text field with its hint, its error and what was typed', () => {
    const field = textField({ id: 'note-text', name: 'text', label: 'Oplysningen', hint: 'Kort', value: 'Skrevet <her>', multiline: true, rows: 4, errors: [{ field: 'note-text', message: 'Mangler' }] }).markup;
    expect(field).toContain('<label class="form-label" for="note-text">Oplysningen</label>');
    expect(field).toContain('id="note-text-error"');
    expect(field).toMatch(/<textarea class="form-input" rows="4" id="note-text" name="text" aria-describedby="note-text-hint note-text-error" aria-invalid="true">Skrevet &lt;her&gt;<\/textarea>/);
    expect(textField({ id: 'cpr', label: 'CPR-nummer', value: '', inputmode: 'numeric', width: 's' }).markup).toMatch(/<input class="form-input input-width-s" type="text" id="cpr" name="cpr" value="" inputmode="numeric">/);
  });

  it('shows a radio group whose first choice has the group id, the chosen one kept', () => {
    const group = radioGroup({ id: 'purpose', legend: 'Formål', value: 'b', choices: [{ value: 'a', text: 'A' }, { value: 'b', text: 'B', hint: 'Bee' }], errors: [{ field: 'purpose', message: 'Vælg' }] }).markup;
    expect(group).toContain('<legend class="form-label">Formål</legend>');
    expect(group).toContain('id="purpose" name="purpose" value="a">');
    expect(group).toContain('<fieldset aria-describedby="purpose-error">');
    expect(group).toContain('id="purpose-b" name="purpose" value="b" checked aria-describedby="purpose-b-hint">');
    expect(group).toContain('<label class="form-label" for="purpose-b">B</label>');
    expect(group).toContain('<span class="form-hint" id="purpose-b-hint">Bee</span>');
  });

  it('carries the form token and shows only fixed notices', () => {
    expect(formToken({ formToken: 'a"b' }).markup).toBe('<input type="hidden" name="_csrf" value="a&quot;b">');
    expect(noticeOf({ saved: 'Gemt.' }, 'saved')).toBe('Gemt.');
    for (const code of ['<script>', 'toString', undefined, ['saved']]) expect(noticeOf({ saved: 'Gemt.' }, code)).toBeNull();
    expect(successNotice('Gemt.').markup).toContain('role="status"');
    expect(successNotice(null).markup).toBe('');
  });
});
