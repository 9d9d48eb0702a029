// The screen host builds a new view, and moves focus at a new moment, in the task after the change that asked for
// it (src/ui/host/host.ts). A test that changes the view, or waits for focus, lets those tasks run first.
export const nextTasks = (): Promise<void> => new Promise((r) => setTimeout(r, 10));
