import { itCodesEveryValidationRule, itGivesDanishRefusals } from '@ssp/testing/danish-refusals';
import { POLICE_LIST_REFUSALS } from './police-lists/police-lists.dto';
import { REFERENCE_DATA_REFUSALS } from './reference-data/reference-data.dto';

describe("police-list ingestion's refusals", () => {
  itGivesDanishRefusals({ POLICE_LIST_REFUSALS, REFERENCE_DATA_REFUSALS });

  itCodesEveryValidationRule(__dirname);
});
