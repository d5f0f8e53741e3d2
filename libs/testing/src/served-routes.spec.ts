import { Controller, Get, Module, Param, Post, VersioningType, type INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { OpenAPIObject } from '@nestjs/swagger';
import type { NextFunction, Request, Response } from 'express';
import { Router } from 'express';
import fc from 'fast-check';
import { compareServedRoutes, documentedRoutes, openApiPath, requestsToRoute, routeKey, servedRoutes } from './served-routes';

@Controller({ path: 'things', version: '2' })
class ThingsController {
  @Get(':id.ics')
  feed(@Param('id') id: string): string {
    return id;
  }

  @Post()
  create(): string {
    return 'created';
  }
}

@Module({ controllers: [ThingsController] })
class ThingsModule {}

const passOn = (_request: Request, _response: Response, next: NextFunction) => next();

describe('servedRoutes', () => {
  let app: INestApplication;

  beforeAll(async () => {
    app = await NestFactory.create(ThingsModule, { logger: false });
    app.setGlobalPrefix('api');
    app.enableVersioning({ type: VersioningType.URI });
    app.use(passOn);
    app.use('/static', passOn);
    const nested = Router();
    nested.get('/:name', passOn);
    app.use('/nested', nested);
    await app.init();
  });

  afterAll(() => app.close());

  it('lists what Express routes, with the global prefix, the version and mounted routers; middleware mounted at / is no route', () => {
    expect(servedRoutes(app).map(routeKey)).toEqual(['GET /api/v2/things/{id}.ics', 'GET /nested/{name}', 'POST /api/v2/things', 'USE /static']);
  });
});

describe('openApiPath', () => {
  it.each([
    ['/calendar/:token.ics', '/calendar/{token}.ics'],
    ['/bodies/:bodyId/meetings/:meetingId', '/bodies/{bodyId}/meetings/{meetingId}'],
    ['/a/:"quoted name"', '/a/{quoted name}'],
    ['/health', '/health'],
  ])('writes %s as %s', (express, openApi) => {
    expect(openApiPath(express)).toBe(openApi);
  });
});

describe('compareServedRoutes', () => {
  const route = (key: string) => {
    const [method = '', path = ''] = key.split(' ');
    return { method, path };
  };

  it('names what is served but neither documented nor listed, what is listed or documented but not served, and what is both', () => {
    const served = ['GET /a', 'GET /b', 'GET /c', 'GET /d'].map(route);
    const documented = ['GET /a', 'GET /d', 'GET /gone'].map(route);
    const listed = ['GET /b', 'GET /d', 'GET /rotted'].map(route);
    expect(compareServedRoutes(served, documented, listed)).toEqual({
      unaccounted: ['GET /c'],
      listedNotServed: ['GET /rotted'],
      documentedNotServed: ['GET /gone'],
      documentedAndListed: ['GET /d'],
    });
  });

  it('finds nothing when the three agree', () => {
    const all = ['GET /a', 'POST /a'].map(route);
    expect(compareServedRoutes(all, [all[0]!], [all[1]!])).toEqual({ unaccounted: [], listedNotServed: [], documentedNotServed: [], documentedAndListed: [] });
  });
});

describe('documentedRoutes', () => {
  it('lists every operation of the document as a route', () => {
    const document = { openapi: '3.0.0', info: { title: 't', version: '1' }, paths: { '/a/{id}': { get: { responses: {} }, delete: { responses: {} } } } } as OpenAPIObject;
    expect(documentedRoutes(document).map(routeKey)).toEqual(['DELETE /a/{id}', 'GET /a/{id}']);
  });
});

describe('requestsToRoute', () => {
  it('fills the path parameters of a route and sends its method only', () => {
    const requests = fc.sample(requestsToRoute({ method: 'GET', path: '/calendar/{token}.ics' }, { token: { enum: ['abc'] } }), { numRuns: 100, seed: 1 });
    expect(requests.every((request) => request.method === 'get' && /^\/calendar\/[^/?]+\.ics(\?|$)/.test(request.url))).toBe(true);
    expect(requests.some((request) => request.url === '/calendar/abc.ics')).toBe(true);
  });

  it('fuzzes a mount below its path with every method', () => {
    const requests = fc.sample(requestsToRoute({ method: 'USE', path: '/docs' }), { numRuns: 100, seed: 1 });
    expect(requests.every((request) => request.url.startsWith('/docs/'))).toBe(true);
    expect(new Set(requests.map((request) => request.method))).toEqual(new Set(['get', 'post', 'put', 'patch', 'delete']));
  });
});
