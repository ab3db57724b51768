// PGlite is a database inside one process: two processes opening the same data folder would
// corrupt it. A lock file holding the owner's pid keeps the second one out with a clear message.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export class DataFolderInUseError extends Error {
  constructor(dataDir: string, pid: number) {
    super(
      `The data folder ${dataDir} is in use by another tracktwo process (pid ${pid}). ` +
        'Stop it first, or point TRACKTWO_DATA elsewhere.',
    );
    this.name = 'DataFolderInUseError';
  }
}

/** Takes the folder for this process; returns the function that gives it back. */
export function acquireDataFolder(dataDir: string): () => void {
  mkdirSync(dataDir, { recursive: true });
  const lockFile = join(dataDir, 'tracktwo.pid');
  if (existsSync(lockFile)) {
    const owner = Number.parseInt(readFileSync(lockFile, 'utf8'), 10);
    if (owner !== process.pid && isAlive(owner)) throw new DataFolderInUseError(dataDir, owner);
  }
  writeFileSync(lockFile, String(process.pid));
  return () => rmSync(lockFile, { force: true });
}

function isAlive(pid: number): boolean {
  if (!Number.isInteger(pid) || pid <= 0) return false;
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
