// Preloaded (-r) into a service by monday-group-cost.ts: counts the SQL statements the service
// sends through pg, by their first words, and writes the counts to STATEMENT_COUNTS_FILE on
// SIGUSR2. A measuring aid only; nothing of the service changes.
const { writeFileSync } = require('node:fs');
const path = require('node:path');
const { Client } = require(require.resolve('pg', { paths: [path.resolve(__dirname, '..')] }));

const counts = new Map();
const query = Client.prototype.query;
Client.prototype.query = function countedQuery(config, ...rest) {
  const text = typeof config === 'string' ? config : config && config.text;
  if (typeof text === 'string') {
    const shape = text.replace(/\s+/g, ' ').trim().slice(0, 90);
    counts.set(shape, (counts.get(shape) ?? 0) + 1);
  }
  return query.call(this, config, ...rest);
};
process.on('SIGUSR2', () => {
  writeFileSync(process.env.STATEMENT_COUNTS_FILE, JSON.stringify(Object.fromEntries(counts)));
});
