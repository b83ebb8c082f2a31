import { useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_BERKAS, KONTRAK_RIWAYAT } from '@simasn/kepegawaian/kontrak';
import { kunciJalur, panggil, unggahTitik } from '../api.ts';
import { JUDUL_RIWAYAT, keIsian, keNilaiApi, ISIAN_RIWAYAT, type JenisRiwayat } from '../riwayat.ts';
import { DaftarIsian, type NilaiIsian } from './Isian.tsx';
import { PesanGalat } from './Status.tsx';
import { PilihPdf, periksaPdf } from './PilihPdf.tsx';
import { TombolSimpan } from './TombolSimpan.tsx';
import { Formulir, salahIsian } from './Formulir.tsx';

type BarisRiwayat = ResponsTitik<typeof KONTRAK_RIWAYAT.daftar>[number];

/** Admin: add or correct one riwayat entry (with an optional scanned document). */
export function FormRiwayat(
  { nip, jenis, entri, selesai, batal }: { nip: string, jenis: JenisRiwayat, entri?: BarisRiwayat, selesai: (pesan: string) => void, batal: () => void },
) {
  const qc = useQueryClient();
  const definisiIsian = ISIAN_RIWAYAT[jenis];
  const [isian, setIsian] = useState<NilaiIsian>(() => keIsian(definisiIsian, entri?.data));
  const [berkas, setBerkas] = useState<File | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);
  const awalan = `riwayat-${jenis}-${entri?.id ?? 'baru'}`;

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    const salahPdf = berkas ? periksaPdf(berkas) : null;
    if (salahPdf) return setGalat(salahIsian('berkas', salahPdf, 'Dokumen belum benar.'));
    setMengirim(true);
    try {
      const data = keNilaiApi(definisiIsian, isian);
      const h = entri
        ? await panggil(KONTRAK_RIWAYAT.ubah, { params: { nip, jenis, id: entri.id }, body: { ...data, versi: entri.versi } })
        : await panggil(KONTRAK_RIWAYAT.tambah, { params: { nip, jenis }, body: data });
      if (berkas) {
        const f = new FormData();
        f.set('riwayatJenis', jenis);
        f.set('riwayatId', String(h.id ?? entri?.id));
        f.set('file', berkas);
        await unggahTitik(KONTRAK_BERKAS.unggah, f, { params: { nip } });
      }
      // The profile, its riwayat and its documents all live under /api/pegawai/:nip.
      await qc.invalidateQueries({ queryKey: kunciJalur('pegawai', nip) });
      selesai(entri ? `${JUDUL_RIWAYAT[jenis]}: perubahan disimpan.` : `${JUDUL_RIWAYAT[jenis]}: data baru disimpan.`);
    } catch (err) {
      setGalat(err);
    } finally {
      setMengirim(false);
    }
  }

  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label={`${entri ? 'Ubah' : 'Tambah'} riwayat ${JUDUL_RIWAYAT[jenis].toLowerCase()}`}>
      <h3>
        {entri ? 'Ubah' : 'Tambah'} riwayat {JUDUL_RIWAYAT[jenis].toLowerCase()}
      </h3>
      <PesanGalat galat={galat} />
      <DaftarIsian awalan={awalan} definisiIsian={definisiIsian} isian={isian} ubah={(n, v) => setIsian((s) => ({ ...s, [n]: v }))} galat={galat}
        namaAwal={entri ? { jabatanId: String(entri.tambahan.namaJabatan ?? '') } : undefined} />
      <PilihPdf id={`${awalan}-berkas`} label="Dokumen (PDF, opsional)" berkas={berkas} ganti={setBerkas} galat={galat} nama={['berkas', 'file']} />
      <TombolSimpan mengirim={mengirim} batal={batal} />
    </Formulir>
  );
}
