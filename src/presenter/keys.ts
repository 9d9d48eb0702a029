// The key map. One table drives both the handling and the key list the trainer sees (?), so they cannot drift.
// Presentation clickers send PageDown/PageUp (some send Right/Left, B or "." for a black screen, and F5 or Esc
// for their "present" button): all of those do what a clicker user expects.

import type { Command } from './commands';

export interface KeyLike {
  key: string;
  code?: string;
  shiftKey?: boolean;
  ctrlKey?: boolean;
  altKey?: boolean;
  metaKey?: boolean;
}

export interface KeyHelp {
  keys: string[];
  does: string;
}

export const KEY_HELP: readonly KeyHelp[] = [
  {
    keys: ['Page Down', '→', 'Space', 'Enter'],
    does: 'Move on: next line; at a vote, show the options (after the room’s own words, if asked), confirm the count, then play; reveal, then move on; on the list, open a scenario',
  },
  {
    keys: ['Page Up', '←'],
    does: 'Undo the last step: back to counting; after playing, back to the vote to correct it; else the previous line',
  },
  { keys: ['1 – 9'], does: 'Add a raised hand to that option' },
  { keys: ['Shift + 1 – 9'], does: 'Take a hand off that option' },
  { keys: ['Backspace'], does: 'Take back the last hand added' },
  { keys: ['C'], does: 'Type the counts instead (Enter or Tab to the next, Esc to finish)' },
  { keys: ['Delete'], does: 'Start the count again' },
  { keys: ['↑', '↓'], does: 'Highlight a different option to play' },
  { keys: ['R'], does: 'Reveal the ratings and feedback, once the count is confirmed (press again to hide)' },
  {
    keys: ['T'],
    does: 'After an unsafe option is revealed: try that decision again (Next offers it too)',
  },
  { keys: ['D'], does: 'Show or hide the discussion card now (it shows by itself after the reveal)' },
  { keys: ['B', '.'], does: 'Blank the screen (any key brings it back)' },
  { keys: ['F', 'F5'], does: 'Full screen on or off' },
  { keys: ['P'], does: 'Open the presenter view in a second window' },
  { keys: ['+', '−'], does: 'Bigger or smaller text' },
  { keys: ['M'], does: 'Sound on or off' },
  { keys: ['?', 'H'], does: 'Show or hide this list of keys' },
  { keys: ['Esc'], does: 'Close this list; stop typing counts; back to the live screen' },
];

const LETTERS: Record<string, Command> = {
  r: { type: 'reveal' },
  b: { type: 'blank' },
  '.': { type: 'blank' },
  f: { type: 'fullscreen' },
  '?': { type: 'help' },
  h: { type: 'help' },
  p: { type: 'view' },
  t: { type: 'retry' },
  c: { type: 'type-counts' },
  d: { type: 'discuss' },
  m: { type: 'mute' },
  '+': { type: 'text-size', delta: 1 },
  '=': { type: 'text-size', delta: 1 },
  '-': { type: 'text-size', delta: -1 },
  _: { type: 'text-size', delta: -1 },
};

const NAMED: Record<string, Command> = {
  PageDown: { type: 'next' },
  ArrowRight: { type: 'next' },
  ' ': { type: 'next' },
  Spacebar: { type: 'next' },
  Enter: { type: 'next' },
  PageUp: { type: 'back' },
  ArrowLeft: { type: 'back' },
  ArrowUp: { type: 'move-pick', delta: -1 },
  ArrowDown: { type: 'move-pick', delta: 1 },
  Backspace: { type: 'undo-hand' },
  Delete: { type: 'clear-hands' },
  Escape: { type: 'escape' },
  F5: { type: 'present' },
};

/** The command for a key press, or null for keys the presenter leaves to the browser (Ctrl+P prints, Tab moves). */
export function commandForKey(e: KeyLike): Command | null {
  if (e.ctrlKey || e.altKey || e.metaKey) return null;
  const digit = /^(?:Digit|Numpad)([1-9])$/.exec(e.code ?? '')?.[1] ?? (/^[1-9]$/.test(e.key) ? e.key : null);
  if (digit) return { type: 'hand', option: Number(digit) - 1, delta: e.shiftKey ? -1 : 1 };
  const named = NAMED[e.key];
  if (named) return named;
  return LETTERS[e.key.length === 1 ? e.key.toLowerCase() : ''] ?? null;
}
