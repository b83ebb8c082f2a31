import { useMemo, useRef, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_BERKAS, type KONTRAK_PEGAWAI, KONTRAK_USULAN, uraiJenisUsulan } from '@simasn/kepegawaian/kontrak';
import { kunciJalur, panggil, periksaIsian, unggahTitik } from '../api.ts';
import { JUDUL_RIWAYAT, keIsian, keNilaiApi, ISIAN_IDENTITAS_USULAN, ISIAN_RIWAYAT, RIWAYAT_USULAN, type JenisRiwayat, type DefinisiIsian } from '../riwayat.ts';
import { DaftarIsian, type NilaiIsian } from './Isian.tsx';
import { Pilih } from './PilihSaring.tsx';
import { PesanGalat } from './Status.tsx';
import { periksaPdf, PilihPdf } from './PilihPdf.tsx';
import { Formulir, IsianForm, salahIsian } from './Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kepegawaian/kontrak');

type ProfilPegawai = ResponsTitik<typeof KONTRAK_PEGAWAI.ambil>;
type BerkasTersimpan = ResponsTitik<typeof KONTRAK_BERKAS.unggah>;

export interface AwalUsulan {
  jenis: string;
  riwayatId?: number;
  data?: Record<string, unknown>;
  namaJabatan?: string;
}

export const PILIHAN_JENIS_USULAN = [
  { nilai: 'identitas', label: 'Perubahan data pribadi' },
  ...RIWAYAT_USULAN.map((r) => ({ nilai: `tambah_${r}`, label: `Tambah riwayat ${JUDUL_RIWAYAT[r].toLowerCase()}` })),
];

function definisiIsianUntuk(jenis: string): DefinisiIsian[] {
  if (jenis === 'identitas') return ISIAN_IDENTITAS_USULAN;
  const r = jenis.replace(/^(tambah|ubah)_/, '') as JenisRiwayat;
  return ISIAN_RIWAYAT[r] ?? [];
}

/**
 * ASN: propose a change to one's own record. The supporting PDF is uploaded first
 * (POST /api/pegawai/{nip}/berkas), then the proposal refers to it (POST /api/usulan).
 */
export function FormUsulan({ p, awal, selesai, batal }: { p: ProfilPegawai, awal: AwalUsulan | null, selesai: (pesan: string) => void, batal: () => void }) {
  const qc = useQueryClient();
  const [jenis, setJenis] = useState(awal?.jenis ?? 'identitas');
  const perbaikan = jenis.startsWith('ubah_');
  const definisiIsian = definisiIsianUntuk(jenis);
  const nilaiAwal = useMemo<NilaiIsian>(() => {
    if (jenis === 'identitas') return keIsian(ISIAN_IDENTITAS_USULAN, p as unknown as Record<string, unknown>);
    return keIsian(definisiIsianUntuk(jenis), perbaikan ? awal?.data : null);
  }, [jenis, p, awal, perbaikan]);
  const [isian, setIsian] = useState<NilaiIsian>(nilaiAwal);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [alasan, setAlasan] = useState('');
  const [galat, setGalat] = useState<unknown>(null);
  const [tahap, setTahap] = useState<'' | 'unggah' | 'kirim'>('');
  // A PDF already uploaded for this form is not uploaded twice when the proposal is resent.
  const terunggah = useRef<{ file: File, berkas: BerkasTersimpan } | null>(null);

  function gantiJenis(j: string) {
    setJenis(j);
    setGalat(null);
    setIsian(j === 'identitas' ? keIsian(ISIAN_IDENTITAS_USULAN, p as unknown as Record<string, unknown>) : keIsian(definisiIsianUntuk(j), null));
  }

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    let data: Record<string, unknown>;
    if (jenis === 'identitas') {
      const berubah = definisiIsian.filter((m) => (isian[m.nama] ?? '') !== (nilaiAwal[m.nama] ?? ''));
      if (!berubah.length) return setGalat(new Error('Belum ada data yang diubah. Ubah minimal satu isian.'));
      data = keNilaiApi(berubah, isian, { kosong: 'null' });
    } else {
      data = keNilaiApi(definisiIsian, isian);
    }
    if (!berkas) return setGalat(salahIsian('berkasId', 'lampirkan dokumen pendukung (PDF)', 'Dokumen pendukung belum dilampirkan.'));
    const salahPdf = periksaPdf(berkas);
    if (salahPdf) return setGalat(salahIsian('berkasId', salahPdf, 'Dokumen pendukung belum benar.'));
    try {
      // The proposal's own rules (the kind's data schema and the reason), checked before the upload.
      const j = uraiJenisUsulan(jenis);
      const { skemaAjukanUsulan, skemaDataUsulan } = await muatSkema();
      if (j) periksaIsian(skemaDataUsulan(j), data, 'Data usulan belum benar.');
      periksaIsian(skemaAjukanUsulan.pick({ alasan: true }), { alasan }, 'Tuliskan alasan perubahan.');
      let b = terunggah.current?.file === berkas ? terunggah.current.berkas : null;
      if (!b) {
        setTahap('unggah');
        const f = new FormData();
        f.set('file', berkas);
        b = await unggahTitik(KONTRAK_BERKAS.unggah, f, { params: { nip: p.nip } });
        terunggah.current = { file: berkas, berkas: b };
      }
      setTahap('kirim');
      await panggil(KONTRAK_USULAN.ajukan, {
        body: { jenis, data, alasan: alasan.trim(), berkasId: b.id, ...(awal?.riwayatId && perbaikan ? { riwayatId: awal.riwayatId } : {}) },
      });
      await qc.invalidateQueries({ queryKey: kunciJalur('usulan') });
      selesai('Usulan terkirim dan menunggu verifikasi BKD.');
    } catch (err) {
      setGalat(err);
    } finally {
      setTahap('');
    }
  }

  const judulPerbaikan = perbaikan ? `Perbaikan riwayat ${JUDUL_RIWAYAT[jenis.slice(5) as JenisRiwayat]?.toLowerCase() ?? ''}` : null;
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Usulkan perubahan">
      <h2>Usulkan perubahan</h2>
      <p className="catatan-kecil">
        Perubahan berlaku setelah diperiksa dan disetujui verifikator BKD. Lampirkan dokumen pendukung (mis. KTP, akta, ijazah, SK) dalam format PDF.
      </p>
      <PesanGalat galat={galat} />
      {perbaikan ?
        (
          <p>
            <strong>Jenis usulan:</strong> {judulPerbaikan}
          </p>
        ) :
        <Pilih id="usulan-jenis" label="Jenis usulan" nilai={jenis} ganti={gantiJenis} pilihan={PILIHAN_JENIS_USULAN.map((j) => [j.nilai, j.label] as const)} />}
      <fieldset className="kelompok">
        <legend>{jenis === 'identitas' ? 'Data pribadi (ubah yang perlu diperbaiki saja)' : 'Isian riwayat'}</legend>
        <DaftarIsian awalan={`usulan-${jenis}`} definisiIsian={definisiIsian} isian={isian} ubah={(n, v) => setIsian((s) => ({ ...s, [n]: v }))} galat={galat}
          namaAwal={awal?.namaJabatan ? { jabatanId: awal.namaJabatan } : undefined} />
      </fieldset>
      <PilihPdf id="usulan-berkas" label="Dokumen pendukung (PDF, maks. 5 MB)" berkas={berkas} ganti={setBerkas} wajib galat={galat} nama={['berkasId', 'berkas', 'file']} />
      <IsianForm id="usulan-alasan" label="Alasan perubahan" wajib galat={galat} nama="alasan">
        {(a) => <textarea {...a} rows={3} value={alasan} minLength={5} onChange={(e) => setAlasan(e.target.value)} />}
      </IsianForm>
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={tahap !== ''}>
          {tahap === 'unggah' ? 'Mengunggah dokumen…' : tahap === 'kirim' ? 'Mengirim usulan…' : 'Kirim usulan'}
        </button>
        <button type="button" className="tombol sekunder" onClick={batal} disabled={tahap !== ''}>
          Batal
        </button>
      </div>
    </Formulir>
  );
}
