import fs from 'node:fs';
import path from 'node:path';

/**
 * SQLite's locking is unreliable over network file systems, so an archive on a share can be
 * corrupted by two computers at once. Opening it there is allowed, with a warning.
 */
const NETWORK_FS = /^(nfs4?|cifs|smb3?|smbfs|ncpfs|afs|9p|fuse\.sshfs|ceph|glusterfs|fuse\.glusterfs)$/;

export interface ShareProbe {
  platform: NodeJS.Platform;
  /** The archive path with links and mapped drives resolved (on Windows a mapped drive resolves to \\server\share). */
  realPath: string;
  /** The text of /proc/mounts (Linux only). */
  mounts?: string;
}

/** The mount point and type holding `p`: the longest mount point that is a prefix of it. */
function mountOf(p: string, mounts: string): { point: string; type: string } | null {
  let best: { point: string; type: string } | null = null;
  for (const line of mounts.split('\n')) {
    const [, rawPoint, type] = line.split(' ');
    if (!rawPoint || !type) continue;
    const point = rawPoint.replace(/\\040/g, ' ');
    const inside = p === point || p.startsWith(point.endsWith('/') ? point : `${point}/`);
    if (inside && (!best || point.length > best.point.length)) best = { point, type };
  }
  return best;
}

export function networkShareWarning({ platform, realPath, mounts }: ShareProbe): string | null {
  const warn = (where: string) =>
    `档案文件位于网络共享文件夹（${where}）上。多台电脑同时打开可能损坏档案，建议把档案放在本机磁盘上，用备份功能把副本存到共享文件夹。`;
  if (platform === 'win32') {
    const p = realPath.replace(/^\\\\\?\\UNC\\/i, '\\\\');
    return /^(\\\\|\/\/)(?!\?\\|\.\\)[^\\/]+[\\/]/.test(p) ? warn(p) : null;
  }
  if (platform === 'linux' && mounts) {
    const m = mountOf(realPath, mounts);
    return m && NETWORK_FS.test(m.type) ? warn(`${m.type}：${m.point}`) : null;
  }
  return null;
}

/** Probes the real machine for the archive at `file` (its folder must exist). */
export function checkNetworkShare(file: string): string | null {
  const dir = path.dirname(path.resolve(file));
  let realPath: string;
  try {
    realPath = path.join(fs.realpathSync.native(dir), path.basename(file));
  } catch {
    return null;
  }
  let mounts: string | undefined;
  if (process.platform === 'linux') {
    try {
      mounts = fs.readFileSync('/proc/mounts', 'utf8');
    } catch {
      mounts = undefined;
    }
  }
  return networkShareWarning({ platform: process.platform, realPath, mounts });
}
