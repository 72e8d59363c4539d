import { useCallback, useEffect, useRef, useState } from 'react';
import type { SignInStatus } from '../../../../../shared/contract/signIn';
import { call } from '../../../api/client';

/** How often the clerk's panel asks for new arrivals (it also tells the host the panel is still open). */
export const POLL_MS = 2000;

/**
 * One activity's 现场签到 as the clerk's panel sees it: starts it on `start()`, then asks for the
 * arrivals every two seconds while it is open; ends it when the panel goes away.
 */
export function useSignIn(activityId: number) {
  const [status, setStatus] = useState<SignInStatus>({ session: null, ended: null, lostArrivals: 0 });
  const [problem, setProblem] = useState<string>();
  const [busy, setBusy] = useState(false);
  const open = status.session !== null;
  const started = useRef(false);

  const start = useCallback(async () => {
    setBusy(true);
    const r = await call('signIn.open', { activityId });
    setBusy(false);
    if (!r.ok) {
      setProblem(r.error.message);
      return false;
    }
    started.current = true;
    setProblem(undefined);
    setStatus({ session: r.value, ended: null, lostArrivals: 0 });
    return true;
  }, [activityId]);

  useEffect(() => {
    if (!open) return;
    const timer = setInterval(() => {
      void call('signIn.arrivals', { activityId }).then((r) => {
        if (r.ok) setStatus(r.value);
      });
    }, POLL_MS);
    return () => clearInterval(timer);
  }, [open, activityId]);

  // Closing the panel (or leaving the page) ends the session: the listener and its token are gone.
  useEffect(
    () => () => {
      if (started.current) void call('signIn.close', { activityId });
    },
    [activityId],
  );

  const confirm = useCallback(
    async (arrivalIds?: number[]) => {
      setBusy(true);
      const r = await call('signIn.confirm', { activityId, ...(arrivalIds ? { arrivalIds } : {}) });
      setBusy(false);
      if (!r.ok) {
        setProblem(r.error.message);
        return undefined;
      }
      setProblem(undefined);
      setStatus({ session: r.value.session, ended: null, lostArrivals: 0 });
      return r.value;
    },
    [activityId],
  );

  const close = useCallback(async () => {
    const r = await call('signIn.close', { activityId });
    started.current = false;
    if (r.ok) setStatus(r.value);
  }, [activityId]);

  return { status, problem, busy, start, confirm, close };
}
