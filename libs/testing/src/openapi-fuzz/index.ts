/**
 * Generates HTTP requests for the operations of an OpenAPI 3.0 document (as @nestjs/swagger
 * writes it): a mix of well-formed requests, so a fuzz run reaches the code behind validation,
 * and hostile ones, so it probes validation itself. Plus the two helpers such a fuzz test
 * needs: sending a generated request, and finding what an error body must not contain.
 */

export { csvTextArbitrary, type GeneratedBody, type GeneratedFile } from './bodies';
export { cprLikeArbitrary, hostileStringArbitrary } from './hostile-values';
export { leaksInErrorBody } from './leaks';
export { HTTP_METHODS, listOperations, type ApiOperation, type HttpMethod } from './operations';
export { type SeededValues } from './path-and-query';
export { requestArbitrary, sendGeneratedRequest, type GeneratedRequest, type SendOptions, type SentResponse } from './requests';
