/**
 * The phone's offline queue of check-ins (IndexedDB): a check-in made without signal is kept with
 * its idempotency key and the device's time, and sent when the connection returns. The server
 * records it as offline (device time vs receive time) and answers a resend of the same key with
 * the same result, so sending twice is harmless.
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
