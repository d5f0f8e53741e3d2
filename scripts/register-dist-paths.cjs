// Resolves the @ssp/* imports of the compiled apps to dist/libs at run time.
const path = require('node:path');
const { register } = require('tsconfig-paths');

register({
  baseUrl: path.resolve(__dirname, '../dist'),
  paths: { '@ssp/*': ['libs/*/src'] },
});
