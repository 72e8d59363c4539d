import type { Input, MethodName, Output } from '../../shared/api';
import type { Dispatch } from '../dispatcher';

/** Calls a contract method and returns its value; a failed call stops the demo with the reason. */
export type Call = <M extends MethodName>(method: M, input: Input<M>) => Promise<Output<M>>;

export class DemoError extends Error {
  override name = 'DemoError';
}

export function unwrapping(dispatch: Dispatch): Call {
  return async (method, input) => {
    const r = await dispatch(method, input);
    if (!r.ok) throw new DemoError(`${method}：${r.error.message}`);
    return r.value as Output<typeof method>;
  };
}
