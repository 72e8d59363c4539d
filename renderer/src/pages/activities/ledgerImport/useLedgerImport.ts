import { useState } from 'react';
import type { Input } from '../../../../../shared/api';
import type { LedgerImportOutcome, LedgerImportPreview } from '../../../../../shared/contract/ledgerImport';
import { MAX_LEDGER_BYTES } from '../../../../../shared/contract/ledgerImport';
import type { Result } from '../../../../../shared/result';
import { call } from '../../../api/client';
import { readFileBase64 } from '../../../forms/readFileBase64';

interface Chosen {
  fileName: string;
  dataBase64: string;
}

type Choices = Pick<Input<'activities.importLedger'>, 'onlyGood' | 'matches' | 'addFormer'>;

/** The chosen ledger, its preview and the import itself; the archive reads the file again on import. */
export function useLedgerImport() {
  const [chosen, setChosen] = useState<Chosen | null>(null);
  const [preview, setPreview] = useState<LedgerImportPreview | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const [busy, setBusy] = useState<'reading' | 'importing' | null>(null);

  async function choose(file: File) {
    setChosen(null);
    setPreview(null);
    setProblem(null);
    if (file.size > MAX_LEDGER_BYTES) {
      setProblem(
        `“${file.name}”超过 ${MAX_LEDGER_BYTES / 1024 / 1024} MB，不像是活动台账。请只保留台账所在的工作表后再试。`,
      );
      return;
    }
    setBusy('reading');
    try {
      const picked = { fileName: file.name, dataBase64: await readFileBase64(file) };
      const r = await call('activities.previewLedgerImport', picked);
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

  async function commit(choices: Choices): Promise<Result<LedgerImportOutcome> | null> {
    if (!chosen) return null;
    setBusy('importing');
    const r = await call('activities.importLedger', { ...chosen, ...choices });
    setBusy(null);
    if (!r.ok) setProblem(r.error.message);
    return r;
  }

  return { fileName: chosen?.fileName ?? null, preview, problem, busy, choose, commit };
}
