// "Once the next frame is painted, when nothing more urgent is waiting": a task queued from the frame callback runs
// after that frame, and at background priority (where the browser has a scheduler) a key press or tap that arrives
// meanwhile is handled first. Used by the session write (write-behind.ts) and the stage's redraws.

export function afterPaint(fn: () => void, win: Window = window): void {
  win.requestAnimationFrame(() => {
    const scheduler = (win as Window & { scheduler?: Scheduler }).scheduler;
    if (scheduler?.postTask) void scheduler.postTask(fn, { priority: 'background' });
    else win.setTimeout(fn, 0);
  });
}
