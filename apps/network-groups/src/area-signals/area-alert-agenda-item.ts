import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES, type AreaAlertRaisedV1 } from '@ssp/contracts';
import type { SourcedAgendaItem } from '../meetings/agenda.service';
import { AREA_ALERT_SOURCE } from '../meetings/meeting-notifications';

const AREA_NAMES = new Map(DEFAULT_AREAS.map((area) => [area.id, area.name]));
const CATEGORY_NAMES = new Map(DEFAULT_OFFENCE_CATEGORIES.map((category) => [category.id, category.da]));

/**
 * The agenda item an area alert puts on the area's network group's next meeting: the week's
 * count only (at least 5). Not the trailing mean: beside the weekly counts the group sees, it
 * would give away the weeks below 5 that are suppressed.
 */
export function areaAlertAgendaItem(alert: AreaAlertRaisedV1): SourcedAgendaItem {
  const category = CATEGORY_NAMES.get(alert.offenceCategory) ?? alert.offenceCategory;
  const area = AREA_NAMES.get(alert.areaId) ?? alert.areaId;
  return {
    title: `${category}: ${alert.count} hændelser i ugen fra ${alert.weekStart}`,
    description: `Områdealarm for ${area}: ${alert.count} hændelser med ${category.toLowerCase()} i ugen fra ${alert.weekStart}, et godt stykke over niveauet i de foregående uger.`,
    source: AREA_ALERT_SOURCE,
    sourceId: alert.alertId,
  };
}
