import type { MethodName } from '../../shared/api';
import { memberHandlers } from './members';
import { metaHandlers } from './meta';
import type { Handler } from './types';

/** Every method of the contract, each with its handler: a missing one fails to compile. */
export const handlers: { [M in MethodName]: Handler<M> } = {
  ...metaHandlers,
  ...memberHandlers,
};
