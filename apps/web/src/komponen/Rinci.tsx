import type { ReactNode } from 'react';

/** One label and its value in a detail list (dl.daftar-rinci); `lebar` spans the whole row. */
export function Rinci({ label, lebar, children, ...atribut }: { label: ReactNode, lebar?: boolean, children: ReactNode, 'data-testid'?: string }) {
  return (
    <div className={lebar ? 'lebar' : undefined}>
      <dt>{label}</dt>
      <dd {...atribut}>{children}</dd>
    </div>
  );
}
