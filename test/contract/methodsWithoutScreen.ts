/**
 * The contract methods no screen calls, each with the reason. Every other method of `meta.methods`
 * must be called somewhere in the renderer (test/contract/everyMethodHasCaller.test.ts): a method
 * added to the contract either gets its screen or its line here, and a line whose method has
 * gained a caller must go.
 */
export const methodsWithoutScreen: Record<string, string> = {
  'meta.methods': 'the contract describing itself, for the CLI (`archive call`) and the fuzz test',

  // The duty page's schemes and hand-entered records are read through the matrix and its
  // evidence; these serve the CLI and scripts that know an id.
  'schemes.get': 'the duty page takes schemes from schemes.list; by id for the CLI',
  'schemes.forYear': 'the duty matrix carries its year’s scheme (duty.matrix); kept for the CLI',
  'dutyRecords.list': 'records are seen as the evidence of a matrix cell (duty.evidence); the whole list is for the CLI',
  'dutyRecords.get': 'a record is read with its cell’s evidence (duty.evidence); by id for the CLI',
  'dutyRecords.update':
    'the duty page corrects a hand-entered record by deleting it (with undo) and entering it again; update is for the CLI',
  'schemes.delete':
    'no screen yet: a scheme not in use is kept rather than deleted from the duty page; the CLI can delete one',

  'backups.getSettings':
    'the 备份与恢复 page reads the second folder with its state (backups.mirrorStatus); the bare setting is for the CLI',
};
