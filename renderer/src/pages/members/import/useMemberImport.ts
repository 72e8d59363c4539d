import { useState } from 'react';
import type { ImportOutcome, ImportPreview } from '../../../../../shared/contract/memberImport';
import { MAX_IMPORT_BYTES } from '../../../../../shared/contract/memberImport';
import type { Result } from '../../../../../shared/result';
import { call } from '../../../api/client';
import { readFileBase64 } from '../../../forms/readFileBase64';

interface Chosen {
  fileName: string;
  dataBase64: string;
}

/** The chosen file, its preview and the import itself; the archive checks the file again on import. */
export function useMemberImport() {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<ImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);

  async function choose(file: File) {
    setChosen(null);
    setPreview(null);
    setProblem(null);
    if (file.size > MAX_IMPORT_BYTES) {
      setProblem(
        `“${file.name}”超过 ${MAX_IMPORT_BYTES / 1024 / 1024} MB，不像是委员名册。请只保留名册所在的工作表后再试。`,
      );
      return;
    }
    setBusy('reading');
    try {
      const picked = { fileName: file.name, dataBase64: await readFileBase64(file) };
      const r = await call('members.importPreview', picked);
      if (r.ok) {
        setChosen(picked);
        setPreview(r.value);
      } else setProblem(r.error.message);
    } catch (e) {
      setProblem(`无法读取“${file.name}”：${(e as Error).message}`);
    } finally {
      setBusy(null);
    }
  }

  async function commit(options: {
    onlyGood: boolean;
    skipDuplicates: boolean;
  }): Promise<Result<ImportOutcome> | null> {
    if (!chosen) return null;
    setBusy('importing');
    const r = await call('members.importCommit', { ...chosen, ...options });
    setBusy(null);
    if (!r.ok) setProblem(r.error.message);
    return r;
  }

  return { fileName: chosen?.fileName ?? null, preview, problem, busy, choose, commit };
}
