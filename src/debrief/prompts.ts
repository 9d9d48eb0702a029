// The three reflection prompts after every scenario, and the limits on what a learner types. Plain English, and
// pointed at what an assessor will want to talk about.

export const REFLECTION_PROMPTS: readonly string[] = [
  'What went well, and how did it help the person you were supporting?',
  'What would you do differently next time, and why?',
  'What would you like to talk over with your assessor, and who at work could you go to for advice?',
];

/** Characters per reflection: enough for a good paragraph, small enough to print on the record. */
export const REFLECTION_MAX = 1000;

/** The learner's name or initials on the record (optional). */
export const NAME_MAX = 40;
