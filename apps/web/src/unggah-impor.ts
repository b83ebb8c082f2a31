import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_IMPOR, type NAMA_LEMBAR_IMPOR, type PesanAliranImpor } from '@simasn/kepegawaian/kontrak';
import { alamatTitik, ambilTokenCsrf, GalatApi, tanganiStatus401 } from './api.ts';

export type HasilImpor = ResponsTitik<typeof KONTRAK_IMPOR.pegawai>;

export type TahapImpor = 'mengunggah' | 'membaca' | 'validasi' | 'menulis' | 'selesai';

export interface Kemajuan {
  tahap: TahapImpor;
  /** 0-100 over the whole job. */
  persen: number;
  selesai?: number;
  total?: number;
}

/** Share of the bar each stage fills. */
const RENTANG: Record<TahapImpor, [number, number]> = { mengunggah: [0, 25], membaca: [25, 35], validasi: [35, 75], menulis: [75, 99], selesai: [100, 100] };

function persenDari(tahap: TahapImpor, selesai: number, total: number): number {
  const [a, b] = RENTANG[tahap];
  const r = total > 0 ? Math.min(1, selesai / total) : 0;
  return Math.round(a + (b - a) * r);
}

/**
 * Sends an import file with XMLHttpRequest (upload progress) and reads the NDJSON answer as it
 * streams (`{"progres":...}` lines, then `{"hasil":...}` or `{"galat":...}`).
 */
export function kirimImpor(file: File, opsi: { dryRun: boolean, lembar?: (typeof NAMA_LEMBAR_IMPOR)[number] }, kabar: (k: Kemajuan) => void): Promise<HasilImpor> {
  return new Promise((selesaikan, tolak) => {
    const xhr = new XMLHttpRequest();
    const jalur = KONTRAK_IMPOR.pegawai.url;
    xhr.open(KONTRAK_IMPOR.pegawai.method, alamatTitik(KONTRAK_IMPOR.pegawai, { query: { dryRun: opsi.dryRun ? 'true' : 'false', lembar: opsi.lembar } }));
    xhr.setRequestHeader('Accept', 'application/x-ndjson');
    const token = ambilTokenCsrf();
    if (token) xhr.setRequestHeader('X-CSRF-Token', token);
    let dibaca = 0;
    let hasil: HasilImpor | null = null;
    let galat: string | null = null;

    const bacaBaris = () => {
      const teks = xhr.responseText;
      let akhir = teks.indexOf('\n', dibaca);
      while (akhir >= 0) {
        const baris = teks.slice(dibaca, akhir).trim();
        dibaca = akhir + 1;
        akhir = teks.indexOf('\n', dibaca);
        if (!baris) continue;
        let pesan: PesanAliranImpor;
        try {
          pesan = JSON.parse(baris);
        } catch {
          continue;
        }
        if (pesan.progres) {
          const p = pesan.progres;
          kabar({ tahap: p.tahap, persen: persenDari(p.tahap, p.selesai, p.total), selesai: p.selesai, total: p.total });
        } else if (pesan.hasil) hasil = pesan.hasil;
        else if (pesan.galat) galat = pesan.galat.pesan;
      }
    };

    xhr.upload.onprogress = (e) => {
      if (e.lengthComputable) kabar({ tahap: 'mengunggah', persen: persenDari('mengunggah', e.loaded, e.total), selesai: e.loaded, total: e.total });
    };
    xhr.upload.onload = () => kabar({ tahap: 'membaca', persen: RENTANG.membaca[0] });
    xhr.onprogress = () => {
      if (xhr.status === 200) bacaBaris();
    };
    xhr.onerror = () => tolak(new GalatApi(0, 'jaringan', 'Unggahan terputus. Periksa koneksi Anda lalu ulangi.'));
    xhr.onload = () => {
      if (xhr.status !== 200) {
        tanganiStatus401(jalur, xhr.status);
        let isi: { kode?: string, pesan?: string, masalah?: { kolom: string, pesan: string }[] } = {};
        try {
          isi = JSON.parse(xhr.responseText);
        } catch {
          // not JSON
        }
        tolak(new GalatApi(xhr.status, isi.kode ?? 'galat', isi.pesan ?? `Impor gagal (kode ${xhr.status}).`, isi.masalah ?? []));
        return;
      }
      bacaBaris();
      if (hasil) {
        kabar({ tahap: 'selesai', persen: 100 });
        selesaikan(hasil);
      } else tolak(new GalatApi(500, 'galat_impor', galat ?? 'Jawaban server terputus sebelum impor selesai; tidak ada data yang disimpan.'));
    };
    const form = new FormData();
    form.set('file', file);
    xhr.send(form);
  });
}
