import { useEffect, useState } from 'react';
import { call } from '../../api/client';

/**
 * Where the archive file lives on this computer (read-only: the app chooses it when it starts);
 * undefined while asking, null when the archive could not say.
 */
export function useArchiveFile(): string | null | undefined {
  const [file, setFile] = useState<string | null>();
  useEffect(() => {
    let live = true;
    void call('meta.info', {}).then((r) => {
      if (live) setFile(r.ok ? r.value.file : null);
    });
    return () => {
      live = false;
    };
  }, []);
  return file;
}
