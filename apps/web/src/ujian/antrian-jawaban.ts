/**
 * The answers of an attempt not yet confirmed by the server, kept in the page's storage so that a
 * lost signal, a reload or a closed tab loses nothing: per item the last choice and its sequence
 * number. An entry leaves the queue once the server has stored that number or a newer one.
 */
export interface JawabanAntri {
  pilihan: string[];
  nomor: number;
}

const kunci = (percobaanId: number) => `simasn-ujian-antrian-${percobaanId}`;

export function bacaAntrian(percobaanId: number): Record<number, JawabanAntri> {
  try {
    return JSON.parse(localStorage.getItem(kunci(percobaanId)) ?? '{}') as Record<number, JawabanAntri>;
  } catch {
    return {};
  }
}

export function simpanAntrian(percobaanId: number, urutan: number, j: JawabanAntri) {
  const a = bacaAntrian(percobaanId);
  a[urutan] = j;
  localStorage.setItem(kunci(percobaanId), JSON.stringify(a));
}

/** The server stored `nomor` (or newer) for the item: drop the entry unless a newer one waits. */
export function lepasAntrian(percobaanId: number, urutan: number, nomor: number) {
  const a = bacaAntrian(percobaanId);
  if (a[urutan] && a[urutan].nomor <= nomor) delete a[urutan];
  if (Object.keys(a).length) localStorage.setItem(kunci(percobaanId), JSON.stringify(a));
  else localStorage.removeItem(kunci(percobaanId));
}

export function hapusAntrian(percobaanId: number) {
  localStorage.removeItem(kunci(percobaanId));
}

/** This browser's device code (a proctor sees when one attempt is answered from several). */
export function kodePerangkat(): string {
  let k = localStorage.getItem('simasn-perangkat');
  if (!k) {
    const b = new Uint8Array(12);
    crypto.getRandomValues(b);
    k = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
    localStorage.setItem('simasn-perangkat', k);
  }
  return k;
}
