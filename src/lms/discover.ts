// Finding the LMS. A SCORM package runs in a frame or a window the LMS opened, and the LMS puts its API object on
// one of the windows above: the standard search (ADL's) walks up the parents, then the opener's parents. Windows
// from another origin cannot be read and are passed over.

export type ApiName = 'API' | 'API_1484_11';

/** The least a window needs for the walk: a parent, an opener, and the API perhaps. */
export interface WindowLike {
  parent?: WindowLike | null;
  opener?: WindowLike | null;
}

const MAX_HOPS = 500; // ADL's limit, so a strange frame tree cannot loop forever

function own(win: WindowLike, name: ApiName): unknown {
  try {
    const api = (win as Record<string, unknown>)[name];
    return api && typeof api === 'object' ? api : null;
  } catch {
    return null; // another origin's window
  }
}

function parentOf(win: WindowLike): WindowLike | null {
  try {
    const p = win.parent;
    return p && p !== win ? p : null;
  } catch {
    return null;
  }
}

function walkUp(start: WindowLike, name: ApiName): unknown {
  let win: WindowLike | null = start;
  for (let hops = 0; win && hops <= MAX_HOPS; hops += 1) {
    const api = own(win, name);
    if (api) return api;
    win = parentOf(win);
  }
  return null;
}

/** The API named `name` on this window, a parent, the opener or one of its parents; null when there is none. */
export function findApi(win: WindowLike, name: ApiName): unknown {
  const found = walkUp(win, name);
  if (found) return found;
  const opener = (() => {
    try {
      return win.opener ?? null;
    } catch {
      return null;
    }
  })();
  return opener ? walkUp(opener, name) : null;
}
