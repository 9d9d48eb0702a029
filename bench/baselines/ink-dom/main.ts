// Baseline 1, the simplest thing that could do the game's job: a DOM-only ink player with one story bundled in.
// Its first control is the first line's Continue button (or the first option).
import scenario from 'virtual:bench-story';
import { mountPlayer } from '../player';
import '../styles.css';

mountPlayer(document.getElementById('root')!, scenario.json);
