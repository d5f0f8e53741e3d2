import { ServiceName } from '@ssp/contracts';
import type { ServedRoute } from '@ssp/testing';

/**
 * The routes each service serves outside its OpenAPI document, so outside the access matrix
 * and the schema fuzzer, with the reason each may be. All of them answer without a bearer
 * token; served-routes.int-spec.ts checks that this list is exactly what Express serves
 * beyond the document, and fuzzes every route on it. Add to it only with a reason a reviewer
 * accepts; a route that can carry a bearer token belongs in the document instead.
 */
export interface UndocumentedRoute extends ServedRoute {
  reason: string;
}

const API_DOCUMENTATION = 'the API documentation (Swagger UI and the OpenAPI document as JSON and YAML), served by SwaggerModule outside production only; it describes the API and holds no data';

const EVERY_SERVICE: readonly UndocumentedRoute[] = [
  { method: 'GET', path: '/health/live', reason: "Kubernetes' liveness and startup probes call it without a token; it says the process serves and nothing else" },
  { method: 'GET', path: '/health/ready', reason: "Kubernetes' readiness probe calls it without a token; it says up or down (database, Kafka, migrations) and nothing else" },
  { method: 'GET', path: '/metrics', reason: 'Prometheus scrapes it inside the cluster without a token (the network policy limits who); counts only, no personal data' },
  ...['/docs', '/docs/index.html', '/docs/swagger-ui-init.js', '/docs/docs/swagger-ui-init.js', '/docs/LICENSE', '/docs-json', '/docs-yaml'].map(
    (path): UndocumentedRoute => ({ method: 'GET', path, reason: API_DOCUMENTATION }),
  ),
  { method: 'USE', path: '/docs', reason: `Swagger UI's static files: ${API_DOCUMENTATION}` },
];

export const UNDOCUMENTED_ROUTES: Record<ServiceName, readonly UndocumentedRoute[]> = {
  [ServiceName.policeListIngestion]: EVERY_SERVICE,
  [ServiceName.caseCoordination]: EVERY_SERVICE,
  [ServiceName.networkGroups]: [
    ...EVERY_SERVICE,
    {
      method: 'GET',
      path: '/calendar/{token}.ics',
      reason: 'calendar clients cannot send a bearer token; the unguessable token in the URL is the credential (issued and revoked through the documented calendar-feed routes)',
    },
  ],
  [ServiceName.reporting]: EVERY_SERVICE,
};
