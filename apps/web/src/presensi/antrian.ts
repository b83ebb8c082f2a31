/**
 * The phone's offline queue of check-ins (IndexedDB): a check-in made without signal is kept with
 * its idempotency key and the device's time, and sent when the connection returns. The server
 * records it as offline (device time vs receive time) and answers a resend of the same key with
 * the same result, so sending twice is harmless.
 *
 * Each item names the account that made it (`pemilik`): a phone may be shared, and an item is
 * only ever sent while its own account is logged in (`milik`); another account's items stay on
 * the phone for their owner (or are removed by hand), never sent as the new user's.
 */
export interface PresensiAntre {
  jenis: 'masuk' | 'pulang';
  kunci: string;
  lat: number;
  lon: number;
  akurasi?: number;
  lokasiPalsu?: boolean;
  perangkat: string;
  keteranganPerangkat?: string;
  luring: true;
  waktuPerangkat: string;
  swafoto?: { jenisMime: 'image/jpeg' | 'image/png' | 'image/webp', data: string };
  /** The user name of the account that made it (absent on items queued before owners were recorded: sent by nobody). */
  pemilik?: string;
  /** That account's display name, to tell another user whose item waits. */
  namaPemilik?: string;
}

/** Whether a queued item belongs to the logged-in account (an item without an owner belongs to nobody). */
export const milik = (p: PresensiAntre, namaPengguna: string | null | undefined): boolean => !!namaPengguna && p.pemilik === namaPengguna;

/** The request body of a queued item: what the check-in endpoint takes, without the phone's own bookkeeping. */
export function isiKirim(p: PresensiAntre): Omit<PresensiAntre, 'pemilik' | 'namaPemilik'> {
  const { pemilik: _p, namaPemilik: _n, ...isi } = p;
  return isi;
}

const NAMA_DB = 'simasn-presensi';
const TOKO = 'antrian';

function buka(): Promise<IDBDatabase> {
  return new Promise((lulus, gagal) => {
    const r = indexedDB.open(NAMA_DB, 1);
    r.onupgradeneeded = () => {
      if (!r.result.objectStoreNames.contains(TOKO)) r.result.createObjectStore(TOKO, { keyPath: 'kunci' });
    };
    r.onsuccess = () => lulus(r.result);
    r.onerror = () => gagal(r.error);
  });
}

async function dengan<T>(mode: IDBTransactionMode, kerja: (toko: IDBObjectStore) => IDBRequest<T>): Promise<T> {
  const db = await buka();
  try {
    return await new Promise<T>((lulus, gagal) => {
      const tx = db.transaction(TOKO, mode);
      const r = kerja(tx.objectStore(TOKO));
      tx.oncomplete = () => lulus(r.result);
      tx.onerror = () => gagal(tx.error);
      tx.onabort = () => gagal(tx.error);
    });
  } finally {
    db.close();
  }
}

export const simpanAntrian = (p: PresensiAntre) => dengan('readwrite', (t) => t.put(p)).then(() => undefined);
export const daftarAntrian = () =>
  dengan<PresensiAntre[]>('readonly', (t) => t.getAll() as IDBRequest<PresensiAntre[]>).then((d) => d.sort((a, b) => a.waktuPerangkat.localeCompare(b.waktuPerangkat)));
export const hapusAntrian = (kunci: string) => dengan('readwrite', (t) => t.delete(kunci)).then(() => undefined);
