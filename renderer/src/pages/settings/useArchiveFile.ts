import { call } from '../../api/client';
import { useQuery } from '../../api/useQuery';

/**
 * Where the archive file lives on this computer (read-only: the app chooses it when it starts);
 * undefined while asking, null when the archive could not say.
 */
export function useArchiveFile(): string | null | undefined {
  const info = useQuery(() => call('meta.info', {}), []);
  if (info.loading) return undefined;
  return info.value ? info.value.file : null;
}
