import { parentPort, workerData } from 'node:worker_threads';
import { bacaXlsxDiSini } from './tabel.ts';
import { XlsxDitolak } from './zip-xlsx.ts';

/**
 * The worker thread bacaXlsx starts for one uploaded workbook: reads it (within BATAS_XLSX) and
 * posts the sheets back, or why it was refused. Its heap limit is set by the caller; running out
 * ends this thread, not the server.
 */
const isi = Buffer.from(workerData as Uint8Array);
try {
  parentPort!.postMessage({ ok: true, tabel: await bacaXlsxDiSini(isi) });
} catch (e) {
  if (e instanceof XlsxDitolak) parentPort!.postMessage({ ok: false, status: e.status, pesan: e.message });
  else parentPort!.postMessage({ ok: false, status: 422, pesan: 'Berkas bukan XLSX yang dapat dibaca; simpan ulang dari Excel (format .xlsx) lalu unggah lagi.' });
}
