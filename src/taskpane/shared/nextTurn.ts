/**
 * A turn of the event loop for the browser (paint, input), without the 4 ms that browsers add to a setTimeout(0)
 * nested more than five deep (HTML's timer rules): a message posted to ourselves runs as the next task. A check of
 * a long document takes one turn per rule, so the clamp would cost tens of milliseconds for nothing.
 */
export function nextTurn(): Promise<void> {
  if (typeof MessageChannel === "undefined") return new Promise((resolve) => setTimeout(resolve, 0));
  return new Promise((resolve) => {
    const { port1, port2 } = new MessageChannel();
    port1.onmessage = () => {
      port1.close();
      resolve();
    };
    port2.postMessage(null);
  });
}
