import { DEFAULT_AREAS, DEFAULT_OFFENCE_CATEGORIES, type AreaAlertRaisedV1 } from '@ssp/contracts';
import type { SourcedAgendaItem } from '../meetings/agenda.service';
import { AREA_ALERT_SOURCE } from '../meetings/meeting-notifications';

const AREA_NAMES = new Map(DEFAULT_AREAS.map((area) => [area.id, area.name]));
const CATEGORY_NAMES = new Map(DEFAULT_OFFENCE_CATEGORIES.map((category) => [category.id, category.da]));

/** The agenda item an area alert puts on the area's network group's next meeting: counts only. */
export function areaAlertAgendaItem(alert: AreaAlertRaisedV1): SourcedAgendaItem {
  const category = CATEGORY_NAMES.get(alert.offenceCategory) ?? alert.offenceCategory;
  const area = AREA_NAMES.get(alert.areaId) ?? alert.areaId;
  const usual = alert.trailingMean.toLocaleString('da-DK', { maximumFractionDigits: 1 });
  return {
    title: `${category}: ${alert.count} hændelser i ugen fra ${alert.weekStart}`,
    description: `Områdealarm for ${area}: ${alert.count} hændelser med ${category.toLowerCase()} i ugen fra ${alert.weekStart}, mod ${usual} om ugen i gennemsnit de foregående uger.`,
    source: AREA_ALERT_SOURCE,
    sourceId: alert.alertId,
  };
}
