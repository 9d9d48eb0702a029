// The same profile open in another tab or window: its progress is merged into ours, and the learner is told if it
// changed the saved game (two tabs playing one saved game would overwrite each other's place).
import { load, type StorageLike } from '../state/persist';
import { profilePrefix } from '../state/profiles';
import { progressSpec, type ProgressStore } from '../state/progress';
import { mergeProgress, sameProgress } from '../state/tabs';

const OTHER_TAB =
  'This game is also open in another tab or window. To keep your place safe, carry on in one of them only.';

export function linkTabs(
  own: StorageLike | null,
  profileId: string,
  progress: ProgressStore,
  tell: (m: string) => void,
) {
  const key = (name: string) => `${profilePrefix(profileId)}${name}`;
  window.addEventListener('storage', (e) => {
    if (!own || !e.key || !e.newValue) return;
    if (e.key === key('progress')) {
      const theirs = load(own, progressSpec, () => undefined);
      const merged = mergeProgress(progress.getState(), theirs);
      if (!sameProgress(merged, progress.getState())) progress.setState(merged, true);
    } else if (e.key === key('session')) tell(OTHER_TAB);
  });
}
