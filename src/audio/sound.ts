// Sound through Howler (Web Audio, not HTML5 audio: iOS ignores HTML5 volume). Every sound is optional: one
// that fails to load or play is skipped, and its caption is on screen anyway. Nothing plays until the first tap
// or key, as browsers require.

import { Howl, Howler } from 'howler';

export interface SoundBoard {
  sfx(id: string): void;
  ambience(id: string | null): void;
  setVolume(volume: number, muted: boolean): void;
}

const urls = import.meta.glob('../../assets/audio/*.{ogg,mp3}', {
  query: '?url',
  import: 'default',
  eager: true,
}) as Record<string, string>;

function sourcesFor(id: string): string[] {
  // Ogg first (gapless loops), MP3 for browsers without Ogg.
  return ['ogg', 'mp3'].flatMap((ext) => urls[`../../assets/audio/${id}.${ext}`] ?? []);
}

export function createSoundBoard(onProblem: (id: string) => void): SoundBoard {
  const cache = new Map<string, Howl | null>();
  let current: { id: string; howl: Howl } | null = null;
  const howl = (id: string, loop: boolean): Howl | null => {
    if (cache.has(id)) return cache.get(id)!;
    const src = sourcesFor(id);
    if (src.length === 0) {
      cache.set(id, null);
      onProblem(id);
      return null;
    }
    const h = new Howl({
      src,
      loop,
      html5: false,
      volume: loop ? 0.5 : 1,
      onloaderror: () => {
        cache.set(id, null);
        onProblem(id);
      },
      onplayerror: () => onProblem(id),
    });
    cache.set(id, h);
    return h;
  };
  return {
    sfx(id) {
      howl(id, false)?.play();
    },
    ambience(id) {
      if (current?.id === id) return;
      current?.howl.fade(current.howl.volume(), 0, 400).once('fade', function (this: Howl) {
        this.stop();
      });
      current = null;
      if (!id) return;
      const h = howl(id, true);
      if (!h) return;
      h.volume(0.5);
      h.play();
      current = { id, howl: h };
    },
    setVolume(volume, muted) {
      Howler.volume(volume);
      Howler.mute(muted);
    },
  };
}
