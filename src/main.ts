// Entry point: presenter mode (a trainer with a room), its presenter view, or self-study. Presenter mode takes over
// before anything reads or writes the learner's storage, and is loaded only when asked for.
import { scenarios } from 'virtual:scenarios';
import './ui/styles.css';
import { bootLearner } from './app/learner';
import { presenterMode } from './app/mode';

const root = document.getElementById('root')!;
const mode = presenterMode(location.search);
if (mode) void import('./app/presenter').then(({ bootPresenter }) => bootPresenter(root, mode, scenarios));
else bootLearner(root, scenarios);
