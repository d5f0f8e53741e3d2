import { runService } from '@ssp/platform';
import { APP } from './app.definition';

void runService(APP);
