import { ServiceUnavailableException, type ArgumentsHost } from '@nestjs/common';
import { SafeErrorFilter } from './safe-error.filter';

/** What the filter sent: status and JSON body. */
function answerTo(exception: unknown): { status: number; body: Record<string, unknown> } {
  const sent = { status: 0, body: {} as Record<string, unknown> };
  const response = {
    setHeader: () => response,
    status: (status: number) => {
      sent.status = status;
      return response;
    },
    json: (body: Record<string, unknown>) => {
      sent.body = body;
      return response;
    },
  };
  const host = { switchToHttp: () => ({ getResponse: () => response }) } as unknown as ArgumentsHost;
  const filter = new SafeErrorFilter();
  // The server log is not what is tested here.
  (filter as unknown as { logger: { error: () => void } }).logger = { error: () => undefined };
  filter.catch(exception, host);
  return sent;
}

describe('SafeErrorFilter', () => {
  it('shows a 503 thrown on purpose with a code and a Danish message as it was thrown', () => {
    const refusal = { error: 'Service Unavailable', code: 'search-index-building', message: 'Personsøgningen er ikke klar endnu.' };
    expect(answerTo(new ServiceUnavailableException(refusal))).toEqual({ status: 503, body: { statusCode: 503, ...refusal } });
  });

  it('says nothing of a 503 without a code, nor of any other fault, but an id to quote', () => {
    for (const fault of [new ServiceUnavailableException('database pool exhausted at 10.0.0.3'), new Error('relation "x" does not exist')]) {
      const { status, body } = answerTo(fault);
      expect([status, body.message, body.errorId]).toEqual([fault instanceof ServiceUnavailableException ? 503 : 500, 'An internal error occurred; quote the errorId when reporting it', expect.any(String)]);
    }
  });
});
