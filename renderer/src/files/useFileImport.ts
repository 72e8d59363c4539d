import { useState } from 'react';
import type { Result } from '../../../shared/result';
import { readFileBase64 } from '../forms/readFileBase64';

/** A file as the contract's import methods take it. */
export interface ChosenFile {
  fileName: string;
  dataBase64: string;
}

export interface FileImportSpec<P, O, C> {
  /** Files larger than this are refused before they are read. */
  maxBytes: number;
  /** What the file should be, for the refusal of a file too large: 委员名册, 活动台账. */
  what: string;
  preview(file: ChosenFile): Promise<Result<P>>;
  commit(file: ChosenFile, choices: C): Promise<Result<O>>;
}

/**
 * An import the clerk checks before it is written: the chosen file, its preview, and the import
 * itself. The archive reads the file again on import; the preview is never trusted.
 */
export function useFileImport<P, O, C>(spec: FileImportSpec<P, O, C>) {
  const [chosen, setChosen] = useState<ChosenFile | null>(null);
  const [preview, setPreview] = useState<P | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);

  async function choose(file: File) {
    setChosen(null);
    setPreview(null);
    setProblem(null);
    if (file.size > spec.maxBytes) {
      setProblem(
        `“${file.name}”超过 ${spec.maxBytes / 1024 / 1024} MB，不像是${spec.what}。请只保留${spec.what}所在的工作表后再试。`,
      );
      return;
    }
    setBusy('reading');
    try {
      const picked = { fileName: file.name, dataBase64: await readFileBase64(file) };
      const r = await spec.preview(picked);
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

  async function commit(choices: C): Promise<Result<O> | null> {
    if (!chosen) return null;
    setBusy('importing');
    const r = await spec.commit(chosen, choices);
    setBusy(null);
    if (!r.ok) setProblem(r.error.message);
    return r;
  }

  return { fileName: chosen?.fileName ?? null, preview, problem, busy, choose, commit };
}
