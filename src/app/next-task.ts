// Long work split at its seams: `await nextTask()` lets the browser paint and handle a key press before the next
// piece runs. Opening a scenario was one task of 200-300 ms at 4x CPU throttling (its code, then building the ink
// story, then its first line); split, no piece is long enough to hold up a tap. Loading Phaser a module at a time
// (stage/phaser-load.ts) yields here hundreds of times.

export function nextTask(): Promise<void> {
  if (typeof scheduler !== 'undefined' && typeof scheduler.yield === 'function') return scheduler.yield();
  // Without scheduler.yield (Safari, Firefox, Node in the unit tests): a message, which a timer would not be after
  // a few in a row (they are held back to 4 ms each).
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close(); // an open port would keep Node running
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
