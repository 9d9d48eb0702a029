// Starts sound on the first tap or key (browsers allow nothing earlier) and keeps it in step with settings.
// Sound is optional: without it, captions carry every cue.

import type { SettingsStore } from '../state/settings';
import type { SoundBoard } from '../audio/sound';
import { nextTask } from './next-task';

export function startSound(
  settings: SettingsStore,
  onProblem: (message: string) => void,
): Promise<SoundBoard | null> {
  return new Promise((resolve) => {
    const unlock = async () => {
      window.removeEventListener('pointerdown', unlock, true);
      window.removeEventListener('keydown', unlock, true);
      try {
        const { createSoundBoard } = await import('../audio/sound');
        // Howler's code is run by the import; the audio context it makes on the first volume change gets a task of
        // its own (together they were one task of 70-150 ms at 4x CPU throttling, just after the first press).
        await nextTask();
        let told = false;
        const board = createSoundBoard(() => {
          // One quiet note is enough: captions are on screen whatever happens to the sound.
          if (!told && !settings.getState().muted) {
            told = true;
            onProblem('A sound could not be played on this device. The captions show every sound instead.');
          }
        });
        const apply = () => board.setVolume(settings.getState().volume, settings.getState().muted);
        apply();
        settings.subscribe(apply);
        document.body.dataset.sound = 'ready';
        resolve(board);
      } catch {
        resolve(null);
      }
    };
    window.addEventListener('pointerdown', unlock, true);
    window.addEventListener('keydown', unlock, true);
  });
}
