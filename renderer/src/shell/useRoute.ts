import { create } from 'zustand';
import { anyLeaveGuard, mayLeaveSection } from './leaveGuards';
import { routeFromHash, routeHash, sameRoute, type RecordSection, type Route } from './routeHash';
import type { SectionKey } from './sections';

interface RouteState extends Route {
  /** Moves to the section (no record open) once every open form with unsaved changes agrees. */
  go(section: SectionKey): Promise<void>;
  /** Opens a record by its address (`#/members/12`), asking open forms first as `go` does. */
  open(section: RecordSection, id: number): Promise<void>;
  /** The record's drawer was closed (it asked about its changes itself): back to its section. */
  closeRecord(): void;
  /** The record of the address could not be opened: the address becomes its section's, in place. */
  forgetRecord(): void;
}

/** Moves to `to`, a new entry in the history, once the open forms agree to be left. */
async function moveTo(to: Route, set: (r: Route) => void, current: Route): Promise<void> {
  if (sameRoute(to, current)) return;
  // With no form to ask, the move happens at once (callers and tests see it synchronously).
  if (anyLeaveGuard() && !(await mayLeaveSection())) return;
  window.location.hash = routeHash(to);
  set(to);
}

/** The section and open record, kept in the URL's hash so reload and back/forward keep the place. */
export const useRoute = create<RouteState>()((set, get) => ({
  ...routeFromHash(window.location.hash),
  go: (section) => moveTo({ section, record: null }, set, get()),
  open: (section, id) => moveTo({ section, record: id }, set, get()),
  closeRecord() {
    const { section, record } = get();
    if (record === null) return;
    set({ record: null });
    window.location.hash = routeHash({ section, record: null });
  },
  forgetRecord() {
    const { section } = get();
    window.history.replaceState(window.history.state, '', `#${routeHash({ section, record: null })}`);
    set({ record: null });
  },
}));

// Back/forward and typed addresses change the hash first; a form that may not be left puts it back.
window.addEventListener('hashchange', () => {
  const wanted = routeFromHash(window.location.hash);
  const { section, record } = useRoute.getState();
  if (sameRoute(wanted, { section, record })) return;
  void mayLeaveSection().then((ok) => {
    if (ok) useRoute.setState(wanted);
    else window.location.hash = routeHash({ section, record });
  });
});
