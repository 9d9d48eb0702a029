// The "More below" cue of a panel that scrolls. Pure CSS decides when it shows (play.css, a scroll-driven
// animation), so it costs nothing to keep in every panel. Hidden from screen readers: they read the whole panel.
import { h } from '../dom';

export const moreBelow = () => h('p', { class: 'more-below', 'aria-hidden': 'true' }, 'More below ↓');
