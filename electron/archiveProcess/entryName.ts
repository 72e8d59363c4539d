/**
 * The archive process's bundle entry: the key in electron.vite.config.ts's main `lib.entry`, so
 * it is built as out/main/archiveProcess.js beside out/main/index.js, which forks it from there
 * (a test holds the two together).
 */
export const ARCHIVE_PROCESS_ENTRY = 'archiveProcess';
export const ARCHIVE_PROCESS_FILE = `${ARCHIVE_PROCESS_ENTRY}.js`;
