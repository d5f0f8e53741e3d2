import { formTokenOf } from './session.guard';

describe('formTokenOf', () => {
  it("takes a form's token from its fields", () => {
    expect(formTokenOf({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: { _csrf: 'in-body' }, query: { _csrf: 'in-url' } })).toBe('in-body');
  });

  it("takes a multipart form's token from its action URL, since the app streams that body on unread", () => {
    expect(formTokenOf({ headers: { 'content-type': 'multipart/form-data; boundary=x' }, body: undefined, query: { _csrf: 'in-url' } })).toBe('in-url');
  });

  it('never takes a token from the URL of a form that is not multipart', () => {
    expect(formTokenOf({ headers: { 'content-type': 'application/x-www-form-urlencoded' }, body: {}, query: { _csrf: 'in-url' } })).toBeUndefined();
    expect(formTokenOf({ headers: {}, body: undefined, query: { _csrf: 'in-url' } })).toBeUndefined();
  });
});
