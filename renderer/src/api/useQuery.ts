import { useEffect, useRef, useState } from 'react';
import type { Result, ResultError } from '../../../shared/result';

export interface Query<T> {
  /** The newest answer's value; the one before stays while a new read is under way. None after a failure. */
  value: T | undefined;
  /** A read is under way. */
  loading: boolean;
  /** Why the newest read failed, if it did. */
  error: ResultError | null;
  /** Reads again, e.g. after 重试. */
  reload(): void;
}

const sameDeps = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((x, i) => Object.is(x, b[i]));

/**
 * Reads from the archive while the component shows, and again whenever one of `deps` changes
 * (compared as an effect's dependencies are); `read` null reads nothing. Only the newest read's
 * answer is kept: a slow older one (a year or record switched quickly) is dropped.
 */
export function useQuery<T>(read: (() => Promise<Result<T>>) | null, deps: readonly unknown[]): Query<T> {
  const [asked, setAsked] = useState({ deps, round: 0 });
  const [answer, setAnswer] = useState<{ round: number; result: Result<T> } | null>(null);
  // New deps start a new round at once, in this render, so `loading` is right before the read starts.
  let { round } = asked;
  if (!sameDeps(asked.deps, deps)) {
    round += 1;
    setAsked({ deps, round });
  }
  const latest = useRef(read);
  useEffect(() => {
    latest.current = read;
  });
  useEffect(() => {
    const r = latest.current;
    if (!r) return;
    let live = true;
    void r().then((result) => {
      if (live) setAnswer({ round, result });
    });
    return () => {
      live = false;
    };
  }, [round]);

  const loading = read !== null && answer?.round !== round;
  const failed = answer && !answer.result.ok ? answer.result.error : null;
  return {
    value: answer?.result.ok ? answer.result.value : undefined,
    loading,
    error: loading ? null : failed,
    reload: () => setAsked((a) => ({ deps: a.deps, round: a.round + 1 })),
  };
}
