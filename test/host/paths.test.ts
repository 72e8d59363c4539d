import { describe, expect, it } from 'vitest';
import { defaultArchivePath } from '../../db/paths';

describe('default archive path: the per-user data folder the README names', () => {
  it('Windows: %APPDATA%\\liaison-archive\\archive.sqlite', () => {
    const env = { APPDATA: 'C:\\Users\\张三\\AppData\\Roaming' };
    expect(defaultArchivePath({ platform: 'win32', env, home: 'C:\\Users\\张三' })).toBe(
      'C:\\Users\\张三\\AppData\\Roaming\\liaison-archive\\archive.sqlite',
    );
    expect(defaultArchivePath({ platform: 'win32', env: {}, home: 'C:\\Users\\张三' })).toBe(
      'C:\\Users\\张三\\AppData\\Roaming\\liaison-archive\\archive.sqlite',
    );
  });

  it('Linux: $XDG_CONFIG_HOME or ~/.config', () => {
    expect(defaultArchivePath({ platform: 'linux', env: {}, home: '/home/li' })).toBe(
      '/home/li/.config/liaison-archive/archive.sqlite',
    );
    expect(defaultArchivePath({ platform: 'linux', env: { XDG_CONFIG_HOME: '/data/cfg' }, home: '/home/li' })).toBe(
      '/data/cfg/liaison-archive/archive.sqlite',
    );
  });

  it('macOS: ~/Library/Application Support', () => {
    expect(defaultArchivePath({ platform: 'darwin', env: {}, home: '/Users/li' })).toBe(
      '/Users/li/Library/Application Support/liaison-archive/archive.sqlite',
    );
  });
});
