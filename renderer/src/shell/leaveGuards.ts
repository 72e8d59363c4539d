import { useEffect, useRef } from 'react';

/** Asked before the app leaves the section on screen; false keeps the clerk where they are. */
export type LeaveGuard = () => Promise<boolean>;

const guards = new Set<LeaveGuard>();

/** Whether some open form would be asked before the section is left. */
export const anyLeaveGuard = () => guards.size > 0;

/**
 * Whether the section may be left: every open form with unsaved changes asks first (one at a
 * time, so the clerk answers one question per form), and any "keep editing" stops the move.
 */
export async function mayLeaveSection(): Promise<boolean> {
  for (const guard of [...guards]) if (!(await guard())) return false;
  return true;
}

/**
 * While `active`, leaving the section asks `guard` first: a drawer with typed-in changes is not
 * dropped by a click on another menu item, as it is not by its own close button.
 */
export function useLeaveGuard(active: boolean, guard: LeaveGuard): void {
  const latest = useRef(guard);
  // The form's latest values are what the question is about.
  useEffect(() => {
    latest.current = guard;
  });
  useEffect(() => {
    if (!active) return;
    const ask: LeaveGuard = () => latest.current();
    guards.add(ask);
    return () => {
      guards.delete(ask);
    };
  }, [active]);
}
