import { itCodesEveryValidationRule, itGivesDanishRefusals } from '@ssp/testing/danish-refusals';
import { CONCERN_REFUSALS } from './concerns/concerns.dto';
import { POLICE_LIST_REFUSALS } from './police-lists/police-lists.dto';
import { REFERENCE_DATA_REFUSALS } from './reference-data/reference-data.dto';

describe("police-list ingestion's refusals", () => {
  itGivesDanishRefusals({ CONCERN_REFUSALS, POLICE_LIST_REFUSALS, REFERENCE_DATA_REFUSALS });

  itCodesEveryValidationRule(__dirname);
});
