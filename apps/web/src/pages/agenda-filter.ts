/** The agenda's filter as the page's form sends it (Danish names in the address) and as the person typed it. */
export interface AgendaFilter {
  /** Only persons with incidents or concerns the group has not yet seen. */
  onlyNew: boolean;
  /** The lowest priority to show, as typed (the service judges it). */
  minPriority: string;
  /** An area id of the reference data, or '' for every area. */
  area: string;
  sort: 'urgency' | 'newest';
}

export const NO_AGENDA_FILTER: AgendaFilter = { onlyNew: false, minPriority: '', area: '', sort: 'urgency' };

const text = (value: unknown): string => (typeof value === 'string' ? value.trim() : '');

/** The filter of `/dagsorden?nye=ja&prioritet=3&omraade=randers-c&sortering=nyeste`; anything else is no filter. */
export function agendaFilterOf(query: Record<string, unknown>): AgendaFilter {
  return {
    onlyNew: query.nye === 'ja',
    minPriority: text(query.prioritet),
    area: text(query.omraade),
    sort: query.sortering === 'nyeste' ? 'newest' : 'urgency',
  };
}

/** The page's own address for this filter (the pager's links keep it). */
export function agendaFilterPath(filter: AgendaFilter): string {
  const query = new URLSearchParams();
  if (filter.onlyNew) query.set('nye', 'ja');
  if (filter.minPriority) query.set('prioritet', filter.minPriority);
  if (filter.area) query.set('omraade', filter.area);
  if (filter.sort === 'newest') query.set('sortering', 'nyeste');
  const search = query.toString();
  return search ? `/dagsorden?${search}` : '/dagsorden';
}

/** The filter as `GET /meetings/next/agenda`'s query parameters. */
export function agendaServiceQuery(filter: AgendaFilter): Record<string, string> {
  return {
    ...(filter.onlyNew ? { onlyNew: 'true' } : {}),
    ...(filter.minPriority ? { priority: filter.minPriority } : {}),
    ...(filter.area ? { area: filter.area } : {}),
    ...(filter.sort === 'newest' ? { sort: 'newest' } : {}),
  };
}

export function isFiltered(filter: AgendaFilter): boolean {
  return filter.onlyNew || filter.minPriority !== '' || filter.area !== '' || filter.sort !== 'urgency';
}
