/**
 * Counts the lines this process writes to stdout and stderr that contain each needle, as an
 * operator searching the services' logs would; the lines are still written.
 */
export function countLogLines<K extends string>(needles: Record<K, string>): { counts: Record<K, number>; stop: () => void } {
  const counts = Object.fromEntries(Object.keys(needles).map((name) => [name, 0])) as Record<K, number>;
  const streams = [process.stdout, process.stderr];
  const originals = streams.map((stream) => stream.write);
  for (const [index, stream] of streams.entries()) {
    const write = originals[index];
    stream.write = function (this: NodeJS.WriteStream, chunk: unknown, ...rest: unknown[]): boolean {
      // Nest's logger writes each entry, newline included, in one call.
      const text = typeof chunk === 'string' ? chunk : Buffer.isBuffer(chunk) || chunk instanceof Uint8Array ? Buffer.from(chunk).toString('utf8') : '';
      for (const line of text.split('\n')) {
        for (const name of Object.keys(needles) as K[]) if (line.includes(needles[name])) counts[name]++;
      }
      return (write as (...args: unknown[]) => boolean).call(this, chunk, ...rest);
    } as typeof stream.write;
  }
  return {
    counts,
    stop: () => streams.forEach((stream, index) => (stream.write = originals[index])),
  };
}
