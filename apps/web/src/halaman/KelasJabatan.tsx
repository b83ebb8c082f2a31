import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatAngka, formatRupiah } from '@simasn/domain';
import type { MasukanTitik } from '@simasn/kontrak';
import { KONTRAK_TPP } from '@simasn/tpp/kontrak';
import { alamatTitik, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim } from '../kait.ts';
import { Formulir } from '../komponen/Formulir.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PanelImpor } from '../komponen/PanelImpor.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/tpp/kontrak');

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_TPP.kelas>['query']>;
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'jenis', 'kelas'] as const;
const URUT = [['nama', 'Nama jabatan'], ['kode', 'Kode'], ['kelas', 'Kelas jabatan', 'angka'], ['pegawai', 'Pegawai', 'angka']] as const;
const JENIS = [['struktural', 'Struktural'], ['fungsional', 'Fungsional'], ['pelaksana', 'Pelaksana']] as const;
const KELAS = [['kosong', 'Belum berkelas'], ...Array.from({ length: 17 }, (_, i) => [String(17 - i), `Kelas ${17 - i}`] as const)] as const;
const LABEL_JENIS: Record<string, string> = { struktural: 'Struktural', fungsional: 'Fungsional', pelaksana: 'Pelaksana' };

interface HasilImpor {
  ok: boolean;
  diubah: number;
  baris: number;
  masalah: { baris: number, kolom: string, pesan: string }[];
}

/**
 * Kelas jabatan per jabatan (data BKD keeps; the besaran TPP follows from it under the rule set in
 * force): searched, filtered, paged, exported; BKD edits one kelas in place or imports the
 * exported sheet back (every row checked first, all or nothing).
 */
export function KelasJabatan() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const { boleh } = useSesi();
  const kelola = boleh('tpp:kelola');
  const kueri = { ...d.filter, jenis: d.filter.jenis || undefined, kelas: d.filter.kelas || undefined } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_TPP.kelas, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const qc = useQueryClient();
  const [ubah, setUbah] = useState<{ id: number, nilai: string } | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const k = useKirim();
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kelas Jabatan</h1>
      </div>
      <p className="petunjuk">
        Kelas jabatan menentukan besaran TPP setiap jabatan.{q.data ? ` ${formatAngka(q.data.tanpaKelas)} jabatan belum berkelas; pemegangnya belum dapat dihitung TPP-nya.` : ''}
      </p>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={k.galat} />
      <SaringDaftar id="kelas" daftar={d} labelCari="Cari nama atau kode jabatan" urut={URUT} ekspor={alamatTitik(KONTRAK_TPP.eksporKelas, { query: kueri })}>
        <Pilih id="kelas-jenis" label="Jenis" nilai={d.filter.jenis} ganti={(v) => d.ubah({ jenis: v })} kosong="Semua" pilihan={JENIS} />
        <Pilih id="kelas-kelas" label="Kelas" nilai={d.filter.kelas} ganti={(v) => d.ubah({ kelas: v })} kosong="Semua" pilihan={KELAS} />
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada jabatan yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} jabatan</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-kelas" sibuk={q.isFetching} baris={items} kunci={(j) => j.id} kolom={[
            { judul: 'Jabatan', kepalaBaris: true, isi: (j) => (
              <>
                {j.nama}
                <br />
                <small>{j.kode} · {LABEL_JENIS[j.jenis] ?? j.jenis}{j.unit ? ` · ${j.unit}` : ''}</small>
              </>
            ) },
            { judul: 'Pegawai', kelas: 'angka', isi: (j) => formatAngka(j.pegawai) },
            { judul: 'Kelas', isi: (j) =>
              ubah?.id === j.id
                ? (
                  <Formulir className="sebaris" onSubmit={(e) => {
                    e.preventDefault();
                    void k.jalankan(async () => {
                      const body = { kelasJabatan: ubah.nilai === '' ? null : Number(ubah.nilai) };
                      const { skemaUbahKelas } = await muatSkema();
                      periksaIsian(skemaUbahKelas, body);
                      const h = await panggil(KONTRAK_TPP.ubahKelas, { params: { id: j.id }, body });
                      setUbah(null);
                      setPesan(`Kelas jabatan ${h.nama} menjadi ${h.kelasJabatan ?? 'kosong'}.`);
                      await qc.invalidateQueries({ queryKey: kunciJalur('kelas-jabatan') });
                    });
                  }}>
                    <Pilih id={`kelas-${j.id}`} label={`Kelas ${j.nama}`} nilai={ubah.nilai} ganti={(v) => setUbah({ id: j.id, nilai: v })} kosong="(kosong)"
                      pilihan={Array.from({ length: 17 }, (_, i) => [String(i + 1), String(i + 1)] as const)} />
                    <button type="submit" className="tombol utama" disabled={k.mengirim}>Simpan</button>
                    <button type="button" className="tombol teks" onClick={() => setUbah(null)}>Batal</button>
                  </Formulir>
                )
                : (
                  <>
                    {j.kelasJabatan ?? 'Belum berkelas'} {kelola && (
                      <button type="button" className="tombol teks" aria-label={`Ubah kelas ${j.nama}`} onClick={() => {
                        setPesan(null);
                        setUbah({ id: j.id, nilai: j.kelasJabatan ? String(j.kelasJabatan) : '' });
                      }}>
                        Ubah
                      </button>
                    )}
                  </>
                ) },
            { judul: 'Besaran TPP', kelas: 'angka', isi: (j) => (j.besaran === null ? '-' : formatRupiah(j.besaran)) },
          ]} />
        )}
      </DaftarBerhalaman>
      {kelola && <FormImpor selesai={setPesan} />}
    </section>
  );
}

function FormImpor({ selesai }: { selesai: (p: string) => void }) {
  const qc = useQueryClient();
  return (
    <PanelImpor<HasilImpor> judul="Impor kelas jabatan" id="kelas-berkas" jalur={alamatTitik(KONTRAK_TPP.imporKelas)} data-testid="masalah-impor-kelas"
      pesanKosong="Pilih berkas kelas jabatan." kabari={selesai} petunjuk={
      <>
        Kolom "Kode jabatan" dan "Kelas jabatan" (1 sampai 17); berkas hasil Ekspor dapat diubah lalu diimpor kembali. Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada
        yang disimpan.
      </>
    } selesai={async (h) => {
      await qc.invalidateQueries({ queryKey: kunciJalur('kelas-jabatan') });
      return `Impor selesai: ${formatAngka(h.baris)} baris diperiksa, ${formatAngka(h.diubah)} kelas jabatan berubah.`;
    }} />
  );
}
