import { create } from 'zustand';
import { anyLeaveGuard, mayLeaveSection } from './leaveGuards';
import { isSectionKey, type SectionKey } from './sections';

/** Where the app opens: the year at a glance. */
const HOME: SectionKey = 'overview';

/** `#/members` → members; anything unknown → the home section. */
function sectionFromHash(hash: string): SectionKey {
  const key = hash.replace(/^#\/?/, '');
  return isSectionKey(key) ? key : HOME;
}

interface RouteState {
  section: SectionKey;
  /** Moves to the section once every open form with unsaved changes agrees to be left. */
  go(section: SectionKey): Promise<void>;
}

/** The current section, kept in the URL's hash so reload and back/forward keep the place. */
export const useRoute = create<RouteState>()((set, get) => ({
  section: sectionFromHash(window.location.hash),
  async go(section) {
    if (section === get().section) return;
    // With no form to ask, the move happens at once (callers and tests see it synchronously).
    if (anyLeaveGuard() && !(await mayLeaveSection())) return;
    window.location.hash = `/${section}`;
    set({ section });
  },
}));

// Back/forward and typed addresses change the hash first; a form that may not be left puts it back.
window.addEventListener('hashchange', () => {
  const wanted = sectionFromHash(window.location.hash);
  const { section } = useRoute.getState();
  if (wanted === section) return;
  void mayLeaveSection().then((ok) => {
    if (ok) useRoute.setState({ section: wanted });
    else window.location.hash = `/${section}`;
  });
});
