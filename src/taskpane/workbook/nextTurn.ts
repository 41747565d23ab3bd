/**
 * Hands the main thread back to the browser for one turn of the event loop, without waiting: what was
 * just reported is drawn, and a click (on Cancel, say) is handled, before the work goes on. A message
 * is not held back as nested timers are (4 ms each after the fifth, in the HTML standard).
 */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel !== 'function') return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
