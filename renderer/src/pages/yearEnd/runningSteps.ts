import type { Progress } from '../../../../shared/transport';
import type { YearEndStep } from './yearEndSteps';

export type StepState = 'waiting' | 'running' | 'done' | 'failed';

/** One step of the run under way, and what the archive last said about it. */
export interface StepRun {
  label: string;
  state: StepState;
  message: string;
  /** Of this step, 0..1. */
  fraction: number;
}

/** The run under way: its steps, several of which may be running at once. */
export interface Running {
  title: string;
  steps: StepRun[];
}

export const waiting = (step: YearEndStep): StepRun => ({ label: step.label, state: 'waiting', message: '', fraction: 0 });

/** Overall share of a run done, in percent: a step done counts whole, a running one by its fraction. */
export const runPercent = (r: Running) =>
  Math.round(
    (r.steps.reduce((n, s) => n + (s.state === 'done' ? 1 : s.state === 'running' ? s.fraction : 0), 0) /
      r.steps.length) *
      100,
  );

/**
 * Which running steps a progress report is about: those calling the method it names, and among
 * several of one method (the Word and the PDF volume) those whose marks its message bears (all of
 * them when it bears none); a report of no running step's method goes to the one step running
 * when that step names no method.
 */
export function stepsHeard(steps: YearEndStep[], states: StepRun[], p: Progress): number[] {
  const running = states.flatMap((s, i) => (s.state === 'running' ? [i] : []));
  const ofTask = running.filter((i) => steps[i].task === p.task);
  if (ofTask.length === 0) return running.length === 1 && !running.some((i) => steps[i].task) ? running : [];
  if (ofTask.length === 1) return ofTask;
  const marked = ofTask.filter((i) => steps[i].marks?.test(p.message));
  return marked.length ? marked : ofTask;
}
