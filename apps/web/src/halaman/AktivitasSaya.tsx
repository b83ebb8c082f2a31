import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatTanggal } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_AKTIVITAS } from '@simasn/aktivitas/kontrak';
import { kunciJalur, panggil, periksaIsian, unggahTitik } from '../api.ts';
import { useKirim, useKueriApi } from '../kait.ts';
import { CONTOH_JAM, hariIniSetempat } from '../format.ts';
import { Formulir, IsianForm, IsianJam, IsianTanggal, PilihBerkas } from '../komponen/Formulir.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/aktivitas/kontrak');

type Aktivitas = ResponsTitik<typeof KONTRAK_AKTIVITAS.saya>['items'][number];
const KELAS: Record<string, string> = { konsep: 'netral', diajukan: 'diajukan', disetujui: 'disetujui', ditolak: 'ditolak' };
const kosong = () => ({ tanggal: hariIniSetempat(), uraian: '', kuantitas: '1', satuan: '', jamMulai: '', jamSelesai: '' });

/**
 * The ASN's daily activity log, phone first: one activity at a time (what, how much, from when
 * to when, evidence), kept as a draft until submitted to the atasan; the last seven days with
 * their status and the atasan's reason when rejected.
 */
export function AktivitasSaya() {
  const qc = useQueryClient();
  const q = useKueriApi(KONTRAK_AKTIVITAS.saya, {});
  const [isi, setIsi] = useState(kosong);
  const [ubahId, setUbahId] = useState<{ id: number, versi: number } | null>(null);
  const [berkas, setBerkas] = useState<File | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const kirim = useKirim();
  const aksi = useKirim();
  const set = (k: keyof ReturnType<typeof kosong>) => (v: string) => setIsi((x) => ({ ...x, [k]: v }));
  const segarkan = () => qc.invalidateQueries({ queryKey: kunciJalur('aktivitas') });

  const simpan = () =>
    kirim.jalankan(async () => {
      setPesan(null);
      const m = { ...isi, kuantitas: Number(isi.kuantitas.replace(',', '.')), ...(ubahId ? { versi: ubahId.versi } : {}) };
      const { skemaSimpanAktivitas } = await muatSkema();
      periksaIsian(skemaSimpanAktivitas, m, 'Aktivitas belum benar.');
      let a = ubahId ? await panggil(KONTRAK_AKTIVITAS.ubah, { params: { id: ubahId.id }, body: m }) : await panggil(KONTRAK_AKTIVITAS.tambah, { body: m });
      if (berkas) {
        const f = new FormData();
        f.append('file', berkas);
        a = await unggahTitik(KONTRAK_AKTIVITAS.unggahBukti, f, { params: { id: a.id } });
      }
      setIsi({ ...kosong(), tanggal: isi.tanggal });
      setBerkas(null);
      setUbahId(null);
      setPesan('Aktivitas disimpan sebagai konsep. Ajukan ke atasan bila sudah lengkap.');
      await segarkan();
    });

  const ajukan = (ids: number[]) =>
    aksi.jalankan(async () => {
      const r = await panggil(KONTRAK_AKTIVITAS.ajukan, { body: { ids } });
      setPesan(`${formatAngka(r.diajukan)} aktivitas diajukan ke atasan.`);
      await segarkan();
    });
  const hapus = (a: Aktivitas) =>
    aksi.jalankan(async () => {
      if (!window.confirm(`Hapus aktivitas "${a.uraian}"?`)) return;
      await panggil(KONTRAK_AKTIVITAS.hapus, { params: { id: a.id } });
      await segarkan();
    });
  const ubah = (a: Aktivitas) => {
    setUbahId({ id: a.id, versi: a.versi });
    setIsi({ tanggal: a.tanggal, uraian: a.uraian, kuantitas: String(a.kuantitas).replace('.', ','), satuan: a.satuan, jamMulai: a.jamMulai, jamSelesai: a.jamSelesai });
    window.scrollTo({ top: 0 });
  };

  const items = q.data?.items ?? [];
  const perTanggal = [...new Set(items.map((a) => a.tanggal))];
  const konsep = items.filter((a) => a.status === 'konsep' && a.bolehUbah).map((a) => a.id);
  return (
    <section>
      <div className="judul-halaman">
        <h1>Aktivitas Harian</h1>
      </div>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <Formulir className="kartu form-panel" aria-labelledby="judul-isi-aktivitas" onSubmit={(e) => {
        e.preventDefault();
        void simpan();
      }}>
        <h2 id="judul-isi-aktivitas">{ubahId ? 'Perbaiki aktivitas' : 'Catat aktivitas'}</h2>
        {q.data && <p className="meta">Aktivitas dapat dicatat paling jauh sejak {formatTanggal(q.data.batasIsi)}.</p>}
        <div className="kisi-isian">
          <IsianForm id="akt-tanggal" label="Tanggal" wajib galat={kirim.galat} nama="tanggal">
            {(x) => <IsianTanggal {...x} nilai={isi.tanggal} ganti={set('tanggal')} />}
          </IsianForm>
          <IsianForm id="akt-mulai" label="Jam mulai" wajib galat={kirim.galat} nama="jamMulai" petunjuk={CONTOH_JAM}>
            {(x) => <IsianJam {...x} nilai={isi.jamMulai} ganti={set('jamMulai')} />}
          </IsianForm>
          <IsianForm id="akt-selesai" label="Jam selesai" wajib galat={kirim.galat} nama="jamSelesai" petunjuk={CONTOH_JAM}>
            {(x) => <IsianJam {...x} nilai={isi.jamSelesai} ganti={set('jamSelesai')} />}
          </IsianForm>
          <IsianForm id="akt-uraian" label="Uraian kegiatan" wajib galat={kirim.galat} nama="uraian" lebar>
            {(x) => <textarea {...x} rows={3} value={isi.uraian} onChange={(e) => set('uraian')(e.target.value)} />}
          </IsianForm>
          <IsianForm id="akt-kuantitas" label="Kuantitas" wajib galat={kirim.galat} nama="kuantitas">
            {(x) => <input {...x} inputMode="decimal" value={isi.kuantitas} onChange={(e) => set('kuantitas')(e.target.value)} />}
          </IsianForm>
          <IsianForm id="akt-satuan" label="Satuan" wajib galat={kirim.galat} nama="satuan" petunjuk="mis. dokumen, surat, kegiatan">
            {(x) => <input {...x} value={isi.satuan} onChange={(e) => set('satuan')(e.target.value)} />}
          </IsianForm>
          <IsianForm id="akt-bukti" label="Bukti (opsional)" galat={kirim.galat} nama="berkas" petunjuk="Foto atau PDF, paling besar 5 MB" lebar>
            {(x) => <PilihBerkas {...x} berkas={berkas} ganti={setBerkas} accept="application/pdf,image/png,image/jpeg" />}
          </IsianForm>
        </div>
        <PesanGalat galat={kirim.galat} />
        <div className="baris-tombol">
          <button type="submit" className="tombol utama" disabled={kirim.mengirim}>{kirim.mengirim ? 'Menyimpan…' : 'Simpan konsep'}</button>
          {ubahId && (
            <button type="button" className="tombol sekunder" onClick={() => {
              setUbahId(null);
              setIsi(kosong());
            }}>
              Batal memperbaiki
            </button>
          )}
        </div>
      </Formulir>

      <div className="judul-bagian">
        <h2>Tujuh hari terakhir</h2>
        {konsep.length > 0 && (
          <button type="button" className="tombol utama" onClick={() => ajukan(konsep)} disabled={aksi.mengirim}>
            Ajukan {formatAngka(konsep.length)} konsep ke atasan
          </button>
        )}
      </div>
      <PesanGalat galat={aksi.galat} />
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && items.length === 0 && <Kosong>Belum ada aktivitas dalam tujuh hari terakhir.</Kosong>}
      {perTanggal.map((t) => (
        <div key={t} className="kelompok-aktivitas">
          <h3>{formatTanggal(t)}</h3>
          <ul className="daftar-aktivitas" data-testid={`aktivitas-${t}`}>
            {items.filter((a) => a.tanggal === t).map((a) => (
              <li key={a.id} className="kartu kartu-aktivitas">
                <div className="kepala-usulan">
                  <strong>{a.jamMulai}–{a.jamSelesai}</strong>
                  <span className={`lencana lencana-${KELAS[a.status]}`}>{a.labelStatus}</span>
                </div>
                <p>{a.uraian}</p>
                <p className="meta">
                  {formatAngka(a.kuantitas, 2).replace(/,00$/, '')} {a.satuan}
                  {a.namaBukti && ` · bukti: ${a.namaBukti}`}
                </p>
                {a.alasanTolak && (
                  <p className="catatan-verifikator">
                    <span className="label-kecil">Alasan ditolak:</span> {a.alasanTolak}
                  </p>
                )}
                {a.bolehUbah && (
                  <div className="baris-tombol">
                    {a.status === 'konsep' && <button type="button" className="tombol kecil utama" onClick={() => ajukan([a.id])}>Ajukan</button>}
                    <button type="button" className="tombol kecil sekunder" onClick={() => ubah(a)}>Perbaiki</button>
                    <button type="button" className="tombol kecil bahaya" onClick={() => hapus(a)}>Hapus</button>
                  </div>
                )}
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
