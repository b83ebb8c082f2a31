import { LABEL_STATUS_USULAN } from '../format.ts';

export function LencanaStatus({ status }: { status: string }) {
  return <span className={`lencana lencana-${status}`}>{LABEL_STATUS_USULAN[status] ?? status}</span>;
}
