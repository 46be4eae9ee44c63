import { existsSync } from 'node:fs';

/**
 * Exits with status 2 and a message naming every one of `files` that is missing, then
 * `hint` (where the files come from, how to point elsewhere); returns when all exist.
 * `who` starts the message: "npm run compare", "Training".
 */
export function requireFiles(who: string, files: readonly string[], hint: string): void {
  const missing = files.filter((f) => !existsSync(f));
  if (missing.length === 0) return;
  console.error(`${who} needs these files, which are missing:\n  ${missing.join('\n  ')}\n${hint}`);
  process.exit(2);
}
