/** What every list above a table is narrowed by: the search box, plus the page's own choices. */
export interface ListFilters {
  q: string;
}

/** Whether the clerk narrowed the list, so an empty one says "nothing matches" rather than "nothing yet". */
export const hasFilters = ({ q, ...choices }: ListFilters) =>
  q.trim() !== '' || Object.values(choices).some((v) => v !== undefined);
