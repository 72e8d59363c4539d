/** 2.4 MB, 36 KB, 1.5 GB: a size as the clerk reads it in the file manager. */
export function fileSize(bytes: number): string {
  const mb = 1024 * 1024;
  if (bytes >= 1024 * mb) return `${(bytes / 1024 / mb).toFixed(1)} GB`;
  if (bytes >= mb) return `${(bytes / mb).toFixed(1)} MB`;
  return `${Math.max(1, Math.round(bytes / 1024))} KB`;
}
