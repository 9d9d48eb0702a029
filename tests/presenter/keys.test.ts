import { describe, expect, it } from 'vitest';
import { isCommand } from '../../src/presenter/commands';
import { commandForKey, KEY_HELP } from '../../src/presenter/keys';
import { roomPrompt } from '../../src/presenter/prompt';

describe('presenter keys', () => {
  it('maps a clicker’s and a keyboard’s keys to the same commands', () => {
    for (const key of ['PageDown', 'ArrowRight', ' ', 'Enter'])
      expect(commandForKey({ key })).toEqual({ type: 'next' });
    for (const key of ['PageUp', 'ArrowLeft']) expect(commandForKey({ key })).toEqual({ type: 'back' });
    expect(commandForKey({ key: 'b' })).toEqual({ type: 'blank' });
    expect(commandForKey({ key: '.' })).toEqual({ type: 'blank' });
    expect(commandForKey({ key: 'B', shiftKey: true })).toEqual({ type: 'blank' });
    expect(commandForKey({ key: 'F5' })).toEqual({ type: 'present' });
    expect(commandForKey({ key: 'f' })).toEqual({ type: 'fullscreen' });
    expect(commandForKey({ key: 'r' })).toEqual({ type: 'reveal' });
    expect(commandForKey({ key: '?', shiftKey: true })).toEqual({ type: 'help' });
    expect(commandForKey({ key: 'p' })).toEqual({ type: 'view' });
  });

  it('counts hands with the digits, Shift+digit takes one off, Backspace takes back the last', () => {
    expect(commandForKey({ key: '3', code: 'Digit3' })).toEqual({ type: 'hand', option: 2, delta: 1 });
    expect(commandForKey({ key: '1', code: 'Numpad1' })).toEqual({ type: 'hand', option: 0, delta: 1 });
    expect(commandForKey({ key: '!', code: 'Digit1', shiftKey: true })).toEqual({
      type: 'hand',
      option: 0,
      delta: -1,
    });
    expect(commandForKey({ key: '9' })).toEqual({ type: 'hand', option: 8, delta: 1 });
    expect(commandForKey({ key: '0', code: 'Digit0' })).toBeNull();
    expect(commandForKey({ key: 'Backspace' })).toEqual({ type: 'undo-hand' });
  });

  it('leaves browser shortcuts alone (Ctrl+P prints, Ctrl+R reloads) and unknown keys unmapped', () => {
    expect(commandForKey({ key: 'p', ctrlKey: true })).toBeNull();
    expect(commandForKey({ key: 'r', metaKey: true })).toBeNull();
    expect(commandForKey({ key: 'Tab' })).toBeNull();
    expect(commandForKey({ key: 'q' })).toBeNull();
  });

  it('lists every key it handles in the help', () => {
    const listed = KEY_HELP.flatMap((k) => k.keys).join(' ');
    for (const k of ['Page Down', 'Page Up', 'Backspace', 'R', 'B', 'F', 'P', '?', 'T', 'D', 'C', 'M'])
      expect(listed).toContain(k);
  });

  it('accepts well-formed commands from the channel and nothing else', () => {
    expect(isCommand({ type: 'next' })).toBe(true);
    expect(isCommand({ type: 'hand', option: 1, delta: -1 })).toBe(true);
    expect(isCommand({ type: 'set-hands', option: 0, count: 12 })).toBe(true);
    expect(isCommand({ type: 'play' })).toBe(true);
    expect(isCommand({ type: 'hand', option: 1, delta: 5 })).toBe(false);
    expect(isCommand({ type: 'set-hands', option: 0, count: -1 })).toBe(false);
    expect(isCommand({ type: 'pick', option: 'x' })).toBe(false);
    expect(isCommand({ type: 'eval' })).toBe(false);
    expect(isCommand(null)).toBe(false);
  });

  it('puts a trainer’s note to the room directly', () => {
    expect(roomPrompt('Ask the room: why might someone nod?')).toBe('Why might someone nod?');
    expect(roomPrompt('Is walking to the shop an unwise choice?')).toBe(
      'Is walking to the shop an unwise choice?',
    );
  });
});
