import { itCodesEveryValidationRule, itGivesDanishRefusals } from '@ssp/testing/danish-refusals';
import { DASHBOARD_REFUSALS } from './dashboard/dashboard.dto';
import { WINDOW_REFUSALS } from './rules/periods';
import { STATISTIC_REFUSALS } from './statistics/statistics.dto';

describe("reporting's refusals", () => {
  itGivesDanishRefusals({ DASHBOARD_REFUSALS, STATISTIC_REFUSALS, WINDOW_REFUSALS });

  itCodesEveryValidationRule(__dirname);
});
