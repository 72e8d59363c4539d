/**
 * Reloads the whole window at the same address. After a restore every page's store holds data of
 * the archive as it was; reading everything again is the one way that leaves none of it behind.
 */
export function reloadWindow(): void {
  window.location.reload();
}
