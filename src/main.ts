// Entry point: presenter mode (a trainer with a room), its presenter view, the scenario workshop, or self-study.
// Presenter mode takes over before anything reads or writes the learner's storage. Both it and the workshop are
// loaded only when asked for, so a learner's first load carries none of their code.
import { scenarios } from 'virtual:scenarios';
import './ui/styles.css';
import { bootLearner } from './app/learner';
import { presenterMode, workshopMode } from './app/mode';

const root = document.getElementById('root')!;
const mode = presenterMode(location.search);
if (mode) void import('./app/presenter').then(({ bootPresenter }) => bootPresenter(root, mode, scenarios));
else if (workshopMode(location.search))
  void import('./app/workshop').then(({ bootWorkshop }) => bootWorkshop(root));
else bootLearner(root, scenarios);
