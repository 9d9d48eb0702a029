// File paths without node:path, for code that also runs in the browser. Forward slashes, as ink's messages use.

/** The folder a file is in ("" for a bare name). */
export function parentOf(file: string): string {
  const i = file.lastIndexOf('/');
  return i < 0 ? '' : i === 0 ? '/' : file.slice(0, i);
}

/** `name` taken from `root`, with "." and ".." folded away; an absolute `name` stands on its own. */
export function joinPath(root: string, name: string): string {
  const full = name.startsWith('/') || !root ? name : `${root}/${name}`;
  const out: string[] = [];
  for (const p of full.split('/')) {
    if (p === '' || p === '.') continue;
    if (p === '..') out.pop();
    else out.push(p);
  }
  return `${full.startsWith('/') ? '/' : ''}${out.join('/')}`;
}
