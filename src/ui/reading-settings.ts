// The learner's reading settings applied to the whole page: text size, theme, motion and typeface. Kept up to date
// as they change, and when the device's own reduced-motion setting does.
import { prefersReducedMotion, type SettingsStore } from '../state/settings';
import { useFont } from './fonts';

export function applyReadingSettings(settings: SettingsStore): void {
  const system = globalThis.matchMedia?.('(prefers-reduced-motion: reduce)');
  const apply = () => {
    const s = settings.getState();
    const html = document.documentElement;
    html.style.setProperty('--text-scale', String(s.textSize / 100));
    html.dataset.theme = s.theme;
    html.dataset.motion = prefersReducedMotion(s, system?.matches ?? false) ? 'reduce' : 'full';
    useFont(s.font);
  };
  settings.subscribe(apply);
  system?.addEventListener?.('change', apply);
  apply();
}
