import { Parser } from '@asyncapi/parser';
import { readFileSync } from 'node:fs';
import { ALL_TOPICS } from '../topics';
import { ASYNCAPI_PATH, renderAsyncApiDocument } from './write-asyncapi';

describe('AsyncAPI document', () => {
  const generated = renderAsyncApiDocument();

  it('docs/asyncapi.json is what the code generates (run `npm run asyncapi` after changing a contract)', () => {
    expect(readFileSync(ASYNCAPI_PATH, 'utf8')).toBe(generated);
  });

  it('is a valid AsyncAPI 3 document with a channel for every topic and its dead-letter topic', async () => {
    const { document, diagnostics } = await new Parser().parse(generated);
    const errors = diagnostics.filter((diagnostic) => diagnostic.severity === 0);
    expect(errors).toEqual([]);
    const addresses = document!.channels().all().map((channel) => channel.address()).sort();
    expect(addresses).toEqual(ALL_TOPICS.flatMap((topic) => [topic.name, `${topic.name}.dlq`]).sort());
  });

  it('describes each payload from its class-validator rules', () => {
    const schemas = JSON.parse(generated).components.schemas;
    expect(schemas.IncidentRecordedV1.properties.role.enum).toEqual(['suspect', 'charged', 'victim', 'witness', 'concern']);
    expect(schemas.IncidentRecordedV1.required).toContain('personPseudonym');
    expect(JSON.stringify(schemas.IncidentRecordedV1)).not.toMatch(/cpr|name|address/i);
  });
});
