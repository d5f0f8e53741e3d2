// Resolves the @ssp/* imports of the compiled apps to dist/libs at run time, as tsconfig.json's
// paths do at compile time: the lib itself and any module inside it.
const path = require('node:path');
const { register } = require('tsconfig-paths');

register({
  baseUrl: path.resolve(__dirname, '../dist'),
  paths: { '@ssp/*': ['libs/*/src'], '@ssp/contracts/*': ['libs/contracts/src/*'], '@ssp/platform/*': ['libs/platform/src/*'] },
});
