// Seeded random play of a third of the scenarios (random-play.ts says what is proved and why it is split).
import { describeRandomPlay } from './random-play';

describeRandomPlay(2, 3);
