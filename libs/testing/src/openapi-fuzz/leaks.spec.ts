import { leaksInErrorBody } from './leaks';

describe('leaksInErrorBody', () => {
  it.each([
    '{"message":"Bad Request"}',
    '{"statusCode":400,"message":["title must be shorter than or equal to 200 characters"],"error":"Bad Request"}',
    '{"message":"Cannot GET /police-lists/abc/entries/1.js","error":"Not Found","statusCode":404}',
    '{"createdAt":"2026-11-22","at":"2026-11-22T10:00:00.000Z"}',
    '{"id":"550e8400-e29b-41d4-a716-446655440000","other":"01020312-3456-4789-a012-010203123456"}',
    '{"count":1234567890123,"small":12345,"ratio":0.0102031234,"epoch":1763800000}',
    '{"notADate":"3213991234","month13":"0113991234"}',
    'waiting at the station',
  ])('finds nothing in %s', (body) => {
    expect(leaksInErrorBody(body)).toEqual([]);
  });

  it.each([
    ['{"cpr":"010203-1234"}', 'CPR number: 010203-****'],
    ['{"cpr":"0102031234"}', 'CPR number: 010203****'],
    ['{"message":"row 3: 2902961234 not found"}', 'CPR number: 290296****'],
    ['{"message":"line\\n0102031234"}', 'CPR number: 010203****'],
    ['Error: boom\n    at Foo (/x/y.ts:10:5)', 'stack trace: at Foo (/x/y.ts:10:5)'],
    ['{"stack":"Error: boom\\n    at async Promise.all (index 0)\\n    at /srv/app/dist/main.js:1:2"}', 'stack trace: at /srv/app/dist/main.js:1:2'],
    ['{"stack":"at processTicksAndRejections (node:internal/process/task_queues:95:5)"}', 'stack trace: at processTicksAndRejections (node:internal/process/task_queues:95:5)'],
    ['{"message":"Cannot find module \'x\' from node_modules/foo"}', 'node_modules path: node_modules'],
    ['{"message":"ENOENT: open \'/home/app/uploads/a.csv\'"}', "server file path: /home/app/uploads/a.csv"],
    ['{"file":"/opt/ssp/apps/reporting/src/main.ts"}', 'server file path: /opt/ssp/apps/reporting/src/main.ts'],
    ['{"message":"QueryFailedError: invalid input syntax for type uuid: \\"x\\""}', 'SQL error: QueryFailedError'],
    ['{"message":"syntax error at or near \\"DROP\\""}', 'SQL error: syntax error at or near'],
    ['{"message":"duplicate key value violates unique constraint \\"pk\\""}', 'SQL error: duplicate key value violates'],
  ])('finds the leak in %s', (body, problem) => {
    expect(leaksInErrorBody(body)).toContain(problem);
  });

  it('does not take an impossible date for a CPR number', () => {
    expect(leaksInErrorBody('{"a":"3002991234","b":"2902971234"}')).toEqual([]);
  });
});
