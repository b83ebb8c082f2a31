import { parentPort } from 'node:worker_threads';
import { bacaXlsxDiSini } from './tabel.ts';
import { XlsxDitolak } from './zip-xlsx.ts';

/**
 * A worker thread of bacaXlsx: reads each workbook it is sent (within BATAS_XLSX) and posts the
 * sheets back, or why it was refused. Its heap limit is set by the caller; running out ends this
 * thread, not the server.
 */
parentPort!.on('message', async (data: Uint8Array) => {
  const isi = Buffer.from(data.buffer, data.byteOffset, data.byteLength);
  try {
    parentPort!.postMessage({ ok: true, tabel: await bacaXlsxDiSini(isi) });
  } catch (e) {
    if (e instanceof XlsxDitolak) parentPort!.postMessage({ ok: false, status: e.status, pesan: e.message });
    else parentPort!.postMessage({ ok: false, status: 422, pesan: 'Berkas bukan XLSX yang dapat dibaca; simpan ulang dari Excel (format .xlsx) lalu unggah lagi.' });
  }
});
