// `npm run archive -- …`: the command-line tool as plain JavaScript. The TypeScript is bundled
// into out/cli/main.mjs the first time and again whenever a source is newer than the bundle, so a
// call starts in a fraction of a second instead of compiling the sources at every start.
import fs from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';

const root = path.resolve(import.meta.dirname, '..');
// Two levels below the root, like db/host/: paths the sources take from import.meta.dirname hold.
const bundle = path.join(root, 'out/cli/main.mjs');
const workerBundle = path.join(root, 'out/cli/exportWorker.mjs');
const sources = ['db', 'shared', 'package.json', 'scripts/archive.mjs'].map((p) => path.join(root, p));

/** The newest modification time under the given files and folders. */
function newest(paths) {
  let latest = 0;
  const visit = (p) => {
    const st = fs.statSync(p, { throwIfNoEntry: false });
    if (!st) return;
    if (st.isDirectory()) for (const name of fs.readdirSync(p)) visit(path.join(p, name));
    else latest = Math.max(latest, st.mtimeMs);
  };
  paths.forEach(visit);
  return latest;
}

async function ensureBuilt() {
  const built = fs.statSync(bundle, { throwIfNoEntry: false });
  if (built && built.mtimeMs >= newest(sources) && fs.existsSync(workerBundle)) return;
  const { build } = await import('esbuild');
  const options = {
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'esm',
    // The packages are bundled too: resolving and reading their thousands of files one by one is
    // most of a start. Native ones (and the build tools the host may load) stay in node_modules.
    external: ['better-sqlite3', 'sharp', '@img/*', 'vite', 'esbuild', 'electron', 'playwright', 'playwright-core'],
    // CommonJS packages inside an ES module bundle still call require() for Node's own modules.
    banner: { js: "import { createRequire as __cliRequire } from 'node:module'; const require = __cliRequire(import.meta.url);" },
    logLevel: 'warning',
  };
  // Written aside and renamed into place: a call starting meanwhile reads the old bundle or the new, never half of one.
  // The export worker (Word, Excel, the snapshot) is a bundle of its own beside the CLI's, and in place first.
  const bundles = [
    [path.join(root, 'db/export/worker/exportWorker.ts'), workerBundle],
    [path.join(root, 'db/cli/main.ts'), bundle],
  ];
  for (const [entry, outfile] of bundles) {
    const partial = `${outfile}.${process.pid}.partial`;
    await build({ ...options, entryPoints: [entry], outfile: partial });
    fs.renameSync(partial, outfile);
  }
}

await ensureBuilt();
await import(pathToFileURL(bundle).href);
