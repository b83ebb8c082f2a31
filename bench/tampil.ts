/**
 * When the page's content last changed on screen: every element or text added, removed or changed
 * in the body (a MutationObserver from before the page's first script; the head, the title and
 * attribute-only changes such as a style property or aria-busy left out) marks the frame that shows
 * it, and the time is taken after that frame's rendering (a message posted from its animation-frame
 * callback runs after its style, layout and paint). A page whose data came early can still spend
 * 100 ms or more rendering it: the last response alone (this bench's figure before 5 December
 * 2026, still printed as `respons`) missed that, and on the lightest pages it ended before the
 * app had rendered anything.
 */
export const CATAT_TAMPIL = `(() => {
  const w = window;
  const kanal = new MessageChannel();
  kanal.port1.onmessage = () => { w.__tampil = performance.now(); };
  let menunggu = false;
  new MutationObserver((daftar) => {
    if (menunggu || !daftar.some((m) => !(document.head && document.head.contains(m.target)))) return;
    menunggu = true;
    requestAnimationFrame(() => { menunggu = false; kanal.port2.postMessage(null); });
  }).observe(document, { subtree: true, childList: true, characterData: true });
})();`;
