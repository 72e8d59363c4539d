/**
 * The contract methods no screen calls, each with the reason. Every other method of `meta.methods`
 * must be called somewhere in the renderer (test/contract/everyMethodHasCaller.test.ts): a method
 * added to the contract either gets its screen or its line here, and a line whose method has
 * gained a caller must go.
 */
export const methodsWithoutScreen: Record<string, string> = {
  'meta.methods': 'the contract describing itself, for the CLI (`archive call`) and the fuzz test',

  // One record by id: every page reads its records through the list it shows (and the list's
  // filters); these serve the CLI and scripts that know an id.
  'members.get': 'pages take a member from members.list; by id for the CLI',
  'plan.get': 'the plan page shows its items from plan.list; by id for the CLI',
  'proposals.get': 'the proposals page takes a proposal from proposals.list; by id for the CLI',
  'reports.get': 'the reports page takes a report from reports.list; by id for the CLI',
  'deeds.get': 'the deeds page takes a deed from deeds.list; by id for the CLI',
  'documents.get': 'the documents page takes a document from documents.list; by id for the CLI',
  'schemes.get': 'the duty page takes schemes from schemes.list; by id for the CLI',
  'schemes.forYear': 'the duty matrix carries its year’s scheme (duty.matrix); kept for the CLI',
  'dutyRecords.list': 'records are seen as the evidence of a matrix cell (duty.evidence); the whole list is for the CLI',
  'dutyRecords.get': 'a record is read with its cell’s evidence (duty.evidence); by id for the CLI',
  'dutyRecords.update':
    'the duty page corrects a hand-entered record by deleting it (with undo) and entering it again; update is for the CLI',
  'schemes.delete':
    'no screen yet: a scheme not in use is kept rather than deleted from the duty page; the CLI can delete one',

  // Screens in progress for these (备份与恢复, the header's search box): the lines go when they land.
  'backups.list': 'the 备份与恢复 page is not built yet; the CLI lists backups',
  'backups.create': 'the 备份与恢复 page is not built yet; backups are made on open and before imports',
  'backups.verify': 'the 备份与恢复 page is not built yet; the CLI verifies a backup',
  'backups.restore': 'the 备份与恢复 page is not built yet; the CLI restores a backup',
  'backups.getSettings': 'the 备份与恢复 page is not built yet; the CLI reads the backup settings',
  'backups.updateSettings': 'the 备份与恢复 page is not built yet; the CLI sets the second backup folder',
  'search.query': 'the header’s search box is not built yet; the lists have their own search fields',
};
