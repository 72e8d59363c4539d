import { beforeEach } from 'vitest';
import { useWorkingYear } from '../../renderer/src/forms/workingYear';

interface ResettableStore {
  setState(state: never): void;
  getInitialState(): unknown;
}

/**
 * Before each test of a page: its stores back to their initial state and, unless `year` is null,
 * the working year chosen, so no test sees what the one before it loaded or picked.
 */
export function freshStoresEach(year: number | null, ...stores: ResettableStore[]): void {
  beforeEach(() => {
    for (const store of stores) store.setState(store.getInitialState() as never);
    if (year !== null) useWorkingYear.setState({ chosen: year });
  });
}
