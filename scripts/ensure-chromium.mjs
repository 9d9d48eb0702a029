// Browser tests use Debian's Chromium, never a browser a test tool downloads. Install it when it is missing.
// Everything this prints, and everything apt-get prints, goes to standard error: the bench's `--json` keeps
// standard output for its JSON alone.
import { execSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';

export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

// The installer may ask for a password on the terminal (stdin); its output goes to stderr (fd 2), never stdout.
const INSTALLER_STDIO = ['inherit', 2, 2];

export function ensureChromium() {
  if (existsSync(CHROMIUM)) return CHROMIUM;
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  const sudo = isRoot ? '' : 'sudo ';
  console.error(`Chromium not found at ${CHROMIUM}: installing Debian's chromium package (${sudo}apt-get)…`);
  try {
    execSync(
      `${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`,
      { stdio: INSTALLER_STDIO },
    );
  } catch {
    console.error(
      'Could not install chromium. Install it yourself (apt-get install chromium) or set CHROMIUM_PATH.',
    );
    process.exit(1);
  }
  if (!existsSync(CHROMIUM)) {
    const which = spawnSync('which', ['chromium'], { encoding: 'utf8' }).stdout.trim();
    if (which) return which;
    console.error(`chromium installed but not at ${CHROMIUM}; set CHROMIUM_PATH`);
    process.exit(1);
  }
  return CHROMIUM;
}

if (import.meta.url === `file://${process.argv[1]}`) ensureChromium();
