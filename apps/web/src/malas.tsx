import { createElement, lazy, type ComponentType } from 'react';

/**
 * A component whose code is loaded on first use (`muat`: the dynamic import), that renders at once
 * when its code is already here. React.lazy alone suspends on its first render even then, and
 * React reveals a suspended part no sooner than 300 ms after its fallback appeared: a page whose
 * code was fetched while the session was checked (muatHalamanAwal) or on hover waited that long
 * before it could even ask for its data. `muat` is shared: calling it early starts the download.
 */
export function malas<M extends Record<string, unknown>, P extends object = Record<string, never>>(muat: () => Promise<M>,
  nama: keyof M & string): { Komponen: ComponentType<P>, muat: () => Promise<M> }
{
  let janji: Promise<M> | undefined;
  let modul: M | undefined;
  const sekali = () => (janji ??= muat().then((m) => {
    modul = m;
    return m;
  }, (e) => {
    // A failed download (network) may be tried again by the next render.
    janji = undefined;
    throw e;
  }));
  const Malas = lazy(() => sekali().then((m) => ({ default: m[nama] as ComponentType<P> })));
  // biome-ignore lint/correctness/noComponentHookFactories: called once per component at module level (like React.lazy), never during a render
  function Komponen(props: P) {
    return createElement(modul ? (modul[nama] as ComponentType<P>) : Malas, props);
  }
  return { Komponen, muat: sekali };
}
