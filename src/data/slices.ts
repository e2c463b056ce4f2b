/** Long work cut into slices, so that the page stays responsive: the feed's reading and its index. */

/** Gives the event loop a turn: `scheduler.yield()` where there is one, else a message-channel task. */
export function yieldToEventLoop(): Promise<void> {
  const scheduler = (globalThis as { scheduler?: { yield?: () => Promise<void> } }).scheduler;
  if (typeof scheduler?.yield === 'function') return scheduler.yield();
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}

/** How long a slice of sliced work lasts by default, in milliseconds. */
export const SLICE_MS = 8;
