import type { AreaAlertRaisedV1 } from '@ssp/contracts';
import type { ReferenceNames } from '@ssp/platform';
import type { SourcedAgendaItem } from '../meetings/agenda.service';
import { AREA_ALERT_SOURCE } from '../meetings/meeting-notifications';

/**
 * The agenda item an area alert puts on the area's network group's next meeting: the week's
 * count only (at least 5), the area and category named as the reference data has them now. Not the trailing mean: beside the weekly counts the group sees, it
 * would give away the weeks below 5 that are suppressed.
 */
export function areaAlertAgendaItem(alert: AreaAlertRaisedV1, names: ReferenceNames): SourcedAgendaItem {
  const category = names.offenceCategory(alert.offenceCategory);
  const area = names.area(alert.areaId);
  return {
    title: `${category}: ${alert.count} hændelser i ugen fra ${alert.weekStart}`,
    description: `Områdealarm for ${area}: ${alert.count} hændelser med ${category.toLowerCase()} i ugen fra ${alert.weekStart}, et godt stykke over niveauet i de foregående uger.`,
    source: AREA_ALERT_SOURCE,
    sourceId: alert.alertId,
  };
}
