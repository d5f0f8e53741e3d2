import { describeServiceApi } from '@ssp/platform';
import { documentedAccessOf } from '@ssp/testing';
import { readFileSync } from 'node:fs';
import { openApiFileOf, SERVICE_DEFINITIONS } from './service-apis';

const METHODS = ['get', 'put', 'post', 'delete', 'patch'] as const;

describe.each(SERVICE_DEFINITIONS.map((service) => [service.name, service] as const))('OpenAPI document of %s', (_name, service) => {
  it('is committed exactly as the code describes it (run `npm run openapi` after changing routes)', async () => {
    const committed: unknown = JSON.parse(readFileSync(openApiFileOf(service), 'utf8'));
    expect(committed).toEqual(JSON.parse(JSON.stringify(await describeServiceApi(service))));
  });

  it('has every operation behind the bearer scheme with a declared permission', async () => {
    const document = await describeServiceApi(service);
    const operations = Object.entries(document.paths).flatMap(([route, item]) =>
      METHODS.flatMap((method) => (item[method] ? [{ route: `${method.toUpperCase()} ${route}`, operation: item[method] }] : [])),
    );
    const open = operations.filter(({ operation }) => !operation?.security?.some((requirement) => 'bearer' in requirement) || !documentedAccessOf(operation ?? {}).permission);
    expect(open.map(({ route }) => route)).toEqual([]);
  });
});
