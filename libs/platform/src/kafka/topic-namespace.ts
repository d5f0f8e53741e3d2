/**
 * A deployment-level prefix for topics and consumer groups (empty in production). Tests use
 * it to share one broker without sharing topics; the catalogue's names stay as they are.
 */
export class TopicNamespace {
  constructor(readonly prefix: string) {}

  topic(name: string): string {
    return `${this.prefix}${name}`;
  }

  group(name: string): string {
    return `${this.prefix}${name}`;
  }
}
