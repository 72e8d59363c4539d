/**
 * The desktop shell's folder dialog, for the second backup folder. Not a contract method: choosing
 * a folder is the host's business (the browser has no such dialog; there the clerk types the path,
 * and backups.updateSettings checks it either way).
 */
export const IPC_CHOOSE_FOLDER_CHANNEL = 'archive:chooseFolder';

/** What the Electron preload exposes as `window.chooseFolder`: the chosen folder, or null when cancelled. */
export type ChooseFolder = (title: string) => Promise<string | null>;
