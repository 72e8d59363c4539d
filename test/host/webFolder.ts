import fs from 'node:fs';
import path from 'node:path';

/** A stand-in for the built web renderer in `dir`/web: an index page and a script, for the host to serve. */
export function webFolder(dir: string): string {
  const staticDir = path.join(dir, 'web');
  fs.mkdirSync(path.join(staticDir, 'assets'), { recursive: true });
  fs.writeFileSync(path.join(staticDir, 'index.html'), '<!doctype html><title>政协联络组履职档案</title>');
  fs.writeFileSync(path.join(staticDir, 'assets', 'app.js'), 'console.log(1)');
  return staticDir;
}
