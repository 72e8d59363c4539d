/** What a handler hears of the page that called it. */
export interface InvokeEvent {
  senderFrame?: { url: string } | null;
  sender: { isDestroyed(): boolean; send(channel: string, ...args: unknown[]): void };
}

/** Electron's `ipcMain`, as far as the shell's channels use it. */
export interface InvokeRegistrar {
  handle(channel: string, listener: (event: InvokeEvent, ...args: unknown[]) => unknown): void;
}
