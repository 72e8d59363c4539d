import type { Input } from '../../../../../shared/api';
import { MAX_IMPORT_BYTES } from '../../../../../shared/contract/memberImport';
import { call } from '../../../api/client';
import { useFileImport } from '../../../files/useFileImport';

type Choices = Pick<Input<'members.importCommit'>, 'onlyGood' | 'skipDuplicates'>;

/** The chosen roster, its preview and the import itself. */
export const useMemberImport = () =>
  useFileImport({
    maxBytes: MAX_IMPORT_BYTES,
    what: '委员名册',
    preview: (file) => call('members.importPreview', file),
    commit: (file, choices: Choices) => call('members.importCommit', { ...file, ...choices }),
  });
