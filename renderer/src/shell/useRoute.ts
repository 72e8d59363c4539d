import { create } from 'zustand';
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
  go(section: SectionKey): void;
}

/** The current section, kept in the URL's hash so reload and back/forward keep the place. */
export const useRoute = create<RouteState>()((set) => ({
  section: sectionFromHash(window.location.hash),
  go(section) {
    window.location.hash = `/${section}`;
    set({ section });
  },
}));

window.addEventListener('hashchange', () => useRoute.setState({ section: sectionFromHash(window.location.hash) }));
