// Bundled typefaces, never fetched from the network: Atkinson Hyperlegible by default (designed for low vision),
// OpenDyslexic on request. The second is only loaded when a learner picks it.
import '@fontsource/atkinson-hyperlegible/latin-400.css';
import '@fontsource/atkinson-hyperlegible/latin-700.css';

let dyslexic: Promise<unknown> | null = null;

export function useFont(font: 'legible' | 'dyslexic'): void {
  document.documentElement.dataset.font = font;
  if (font === 'dyslexic')
    dyslexic ??= Promise.all([
      import('@fontsource/opendyslexic/latin-400.css'),
      import('@fontsource/opendyslexic/latin-700.css'),
    ]);
}
