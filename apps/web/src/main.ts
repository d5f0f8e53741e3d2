import { runWebApp } from './run-web-app';

runWebApp();
