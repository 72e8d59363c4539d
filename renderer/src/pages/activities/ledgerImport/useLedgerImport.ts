import type { Input } from '../../../../../shared/api';
import { MAX_LEDGER_BYTES } from '../../../../../shared/contract/ledgerImport';
import { call } from '../../../api/client';
import { useFileImport } from '../../../files/useFileImport';

type Choices = Pick<Input<'activities.importLedger'>, 'onlyGood' | 'matches' | 'addFormer'>;

/** The chosen ledger, its preview and the import itself. */
export const useLedgerImport = () =>
  useFileImport({
    maxBytes: MAX_LEDGER_BYTES,
    what: '活动台账',
    preview: (file) => call('activities.previewLedgerImport', file),
    commit: (file, choices: Choices) => call('activities.importLedger', { ...file, ...choices }),
  });
