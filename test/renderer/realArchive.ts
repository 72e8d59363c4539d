import type { Input, MethodName } from '../../shared/api';
import type { ArchiveTransport } from '../../shared/transport';
import { setTransport } from '../../renderer/src/api/client';
import { testArchive, type TestArchive } from '../helpers/archive';
import { yearFixture } from '../helpers/yearFixture';

export interface RealArchive extends TestArchive {
  /** What the renderer asked one method for, in order. */
  inputsOf<M extends MethodName>(method: M): Input<M>[];
  /** Adds members by name, in order; their ids. */
  addMembers(...names: string[]): Promise<number[]>;
}

/**
 * The renderer's client on a real archive file in a temp folder, through the dispatcher (schemas,
 * repositories, SQLite) as the hosts run it: for pages whose reads the archive answers, such as
 * the year lists read a page at a time.
 */
export async function realArchive(): Promise<RealArchive> {
  const t = await testArchive();
  const calls: { method: MethodName; input: unknown }[] = [];
  const transport = {
    call(method: MethodName, input: unknown) {
      calls.push({ method, input });
      return t.call(method, input as never);
    },
    onProgress: () => () => {},
  } as ArchiveTransport;
  setTransport(transport);
  return {
    ...t,
    inputsOf: <M extends MethodName>(method: M) =>
      calls.filter((c) => c.method === method).map((c) => c.input as Input<M>),
    addMembers: (...names) => yearFixture(t).members(...names),
    close() {
      setTransport(undefined);
      t.close();
    },
  };
}
