// Read aloud with the device's own speech synthesis (nothing leaves the device). The line being spoken is
// highlighted while it is read; a new line stops the old one.

export interface SpeakOptions {
  /** A device voice's name; '' for the device's default. */
  voice: string;
  rate: number;
}

export interface Speech {
  speak(text: string, options: SpeakOptions, onStart: () => void, onEnd: () => void): void;
  stop(): void;
  voices(): string[];
}

export function deviceSpeech(): Speech | null {
  const synth = globalThis.speechSynthesis;
  if (!synth || typeof SpeechSynthesisUtterance === 'undefined') return null;
  return {
    speak(text, { voice, rate }, onStart, onEnd) {
      synth.cancel();
      const u = new SpeechSynthesisUtterance(text);
      u.lang = 'en-GB';
      u.rate = rate;
      const chosen = synth.getVoices().find((x) => x.name === voice);
      if (chosen) u.voice = chosen;
      u.onstart = onStart;
      u.onend = onEnd;
      u.onerror = onEnd;
      synth.speak(u);
    },
    stop() {
      synth.cancel();
    },
    voices() {
      return synth
        .getVoices()
        .filter((v) => v.lang.startsWith('en'))
        .map((v) => v.name);
    },
  };
}
