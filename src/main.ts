// Entry point: presenter mode (a trainer with a room), its presenter view, an LMS launch, the scenario workshop, or
// self-study. Presenter mode and LMS mode take over before anything reads or writes the learner's storage. Each mode
// but self-study is loaded only when asked for, so a learner's first load carries none of their code.
import { scenarios } from 'virtual:scenarios';
import './ui/styles.css';
import { bootLearner } from './app/learner';
import { lmsLaunch, presenterMode, workshopMode } from './app/mode';

const root = document.getElementById('root')!;
const mode = presenterMode(location.search);
const lms = lmsLaunch(location.search);
if (mode) void import('./app/presenter').then(({ bootPresenter }) => bootPresenter(root, mode, scenarios));
else if (lms) void import('./app/lms').then(({ bootLms }) => bootLms(root, lms, scenarios));
else if (workshopMode(location.search))
  void import('./app/workshop').then(({ bootWorkshop }) => bootWorkshop(root));
else bootLearner(root, scenarios);
