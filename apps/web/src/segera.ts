/**
 * Runs `f` in a task of its own right after the current one, in order with the others queued here:
 * a posted message, neither a frame nor a timer, which a tab in the background withholds or slows to
 * one a second. Preact's effects (react-preact.js) and react-query's notifications (main.tsx) run
 * through it, so a page renders and sets itself up alike in the foreground and in the background.
 */
const antrean: (() => void)[] = [];
const saluran = typeof MessageChannel === 'function' ? new MessageChannel() : null;
if (saluran) {
  saluran.port1.onmessage = () => {
    for (const f of antrean.splice(0)) f();
  };
}

export function segera(f: () => void): void {
  if (!saluran) return void setTimeout(f, 0);
  antrean.push(f);
  if (antrean.length === 1) saluran.port2.postMessage(null);
}
