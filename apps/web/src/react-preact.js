/**
 * What `react` means in the browser build: Preact through preact/compat (vite.config.ts aliases
 * `react`, `react-dom` and the JSX runtime here). The app is typed against React's own types;
 * this file is JavaScript because preact/compat's types (`export =`) cannot be re-exported whole.
 * preact/compat has the React API the app and its libraries call except `useOptimistic`, which
 * react-router imports for its data router (RouterProvider, which the app does not use): here it
 * shows the optimistic value until the state it was set over changes.
 *
 * Effects (`useEffect`) run as React runs them: in a task of their own right after the render
 * (a posted message), not after the next frame as Preact schedules them. A frame never comes to a
 * tab in the background and its timers are slowed to one a second, so a page opened there set up
 * its observers and subscriptions late (the page walk's desktop tab met a table not yet marked
 * scrollable), and a query's first request waited a frame on every page.
 */
import { options } from 'preact';
import { useState } from 'preact/compat';
import { segera } from './segera.ts';

export * from 'preact/compat';
export { default } from 'preact/compat';

/**
 * @template S, A
 * @param {S} nyata the state as it is
 * @param {(kini: S, aksi: A) => S} [gabung] how an optimistic action changes it (none: the action is the new value)
 * @returns {[S, (aksi: A) => void]}
 */
export function useOptimistic(nyata, gabung) {
  const [optimis, setOptimis] = useState(/** @type {{ atas: S, nilai: S } | null} */ (null));
  const nilai = optimis && Object.is(optimis.atas, nyata) ? optimis.nilai : nyata;
  return [nilai, (aksi) => setOptimis({ atas: nyata, nilai: gabung ? gabung(nilai, aksi) : /** @type {S} */ (/** @type {unknown} */ (aksi)) })];
}

options.requestAnimationFrame = segera;
