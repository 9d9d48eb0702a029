// A trainer's note, worded for the room. Notes are written to the trainer ("Ask the room: ..."); on the
// projector the same question reads better put to the room directly. The presenter view keeps the full note.

export function roomPrompt(note: string): string {
  const text = note.replace(/^\s*ask the room\s*[:,-]\s*/i, '').trim();
  return text.charAt(0).toUpperCase() + text.slice(1);
}
