import { useState } from 'react';
import { KONTRAK_AKTIVITAS } from '@simasn/aktivitas/kontrak';
import { formatAngka, formatRupiah, formatTanggal, labelBulan } from '@simasn/domain';
import { Link, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { KONTRAK_KINERJA, LABEL_ASPEK, labelPeriode, PERIODE_SKP } from '@simasn/kinerja/kontrak';
import { kunciJalur, panggil, periksaIsian, unggahTitik } from '../api.ts';
import { pramuatApi, useKirim, useKueriApi, type Pramuat } from '../kait.ts';
import { hariIniSetempat, tahunIniSetempat } from '../format.ts';
import { KONTRAK_TPP } from '@simasn/tpp/kontrak';
import { Formulir, IsianForm, PilihBerkas } from '../komponen/Formulir.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { DaftarPenilaian, DaftarPerilaku, DaftarRhk, KepalaSkp, UmpanBalikDialog, VersiSkp, type Skp } from '../komponen/kinerja/TampilSkp.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kinerja/kontrak');

const segarkan = (qc: ReturnType<typeof useQueryClient>) => qc.invalidateQueries({ queryKey: kunciJalur('kinerja') });

/**
 * "Kinerja Saya": the ASN's SKP of a year. Without one: who will rate it and the button to draft
 * it. A draft: RHK intervening the atasan's RHK (or, for a head, taken from the PK in one click),
 * indicators and targets, then signing. Agreed: realisasi per RHK and period with evidence, the
 * atasan's feedback and the dialog kinerja, and a revision when the plan changes.
 */
const tahunDari = (cari: URLSearchParams) => Number(cari.get('tahun') ?? tahunIniSetempat());
const bulanIni = () => hariIniSetempat().slice(0, 7);

/** The page's data from its address, before it renders (kait.ts `Pramuat`).: the SKP of the year and this month's TPP. */
export const pramuat: Record<string, Pramuat> = { KinerjaSaya({ qc, cari }) {
  pramuatApi(qc, KONTRAK_KINERJA.saya, { query: { tahun: tahunDari(cari) } });
  pramuatApi(qc, KONTRAK_TPP.rincian, { query: { bulan: bulanIni() } });
} };

export function KinerjaSaya() {
  const qc = useQueryClient();
  const [cari, setCari] = useSearchParams();
  const tahun = tahunDari(cari);
  const q = useKueriApi(KONTRAK_KINERJA.saya, { query: { tahun } });
  const buat = useKirim();
  const [pesan, setPesan] = useState<string | null>(null);
  const pilihanTahun = [...new Set([tahunIniSetempat() + 1, tahunIniSetempat(), tahunIniSetempat() - 1, ...(q.data?.tahunAda ?? [])])].sort((a, b) => b - a);
  const skp = q.data?.skp ?? null;
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kinerja Saya</h1>
        <Pilih sebaris id="kinerja-tahun" label="Tahun" nilai={String(tahun)} ganti={(t) => setCari({ tahun: t }, { replace: true })}
          pilihan={pilihanTahun.map((t) => [String(t), t] as const)} />
      </div>
      <TppBulanIni />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && !skp && (
        <div className="kartu">
          <h2>Belum ada SKP tahun {tahun}</h2>
          <p>
            Pejabat penilai Anda: <strong>{q.data.penilai?.nama}</strong> ({q.data.penilai?.jabatan}).
          </p>
          <PesanGalat galat={buat.galat} />
          <button type="button" className="tombol utama" disabled={buat.mengirim} onClick={() =>
            buat.jalankan(async () => {
              await panggil(KONTRAK_KINERJA.buat, { body: { tahun } });
              setPesan(`SKP tahun ${tahun} dibuat sebagai draf. Tambahkan rencana hasil kerja Anda.`);
              await segarkan(qc);
            })}
          >
            Susun SKP {tahun}
          </button>
        </div>
      )}
      {skp && <IsiSkp skp={skp} setPesan={setPesan} />}
    </section>
  );
}

function IsiSkp({ skp, setPesan }: { skp: Skp, setPesan: (p: string | null) => void }) {
  const qc = useQueryClient();
  const aksi = useKirim();
  const [alasan, setAlasan] = useState('');
  const jalankan = (f: () => Promise<unknown>, teks: string) =>
    aksi.jalankan(async () => {
      setPesan(null);
      await f();
      setPesan(teks);
      await segarkan(qc);
    });
  return (
    <>
      <KepalaSkp skp={skp} />
      <VersiSkp skp={skp} />
      <PesanGalat galat={aksi.galat} />
      <h2>Hasil kerja</h2>
      <DaftarRhk skp={skp} aksi={(r) =>
        skp.boleh.ubah ?
          (
            <button type="button" className="tombol sekunder kecil" disabled={aksi.mengirim} onClick={() =>
              window.confirm(`Hapus RHK "${r.uraian}"?`) &&
              jalankan(() => panggil(KONTRAK_KINERJA.hapusRhk, { params: { id: skp.id, rhkId: r.id }, query: { versi: skp.versi } }), 'RHK dihapus.')}
            >
              Hapus RHK
            </button>
          ) :
          skp.boleh.realisasi ?
          (
            <div className="baris-tombol">
              <FormRealisasi skp={skp} rhk={r} setPesan={setPesan} />
              <TautkanAktivitas skp={skp} rhk={r} setPesan={setPesan} />
            </div>
          ) :
          null} lepas={skp.boleh.realisasi ?
        (aktivitasId) => (
          <button type="button" className="tombol teks kecil" disabled={aksi.mengirim} onClick={() =>
            jalankan(() =>
              panggil(KONTRAK_KINERJA.lepasAktivitas, { params: { id: skp.id, aktivitasId } }), 'Tautan aktivitas harian dilepas.')}
          >
            lepas
          </button>
        ) :
        undefined} />
      {skp.boleh.ubah && <TambahRhk skp={skp} setPesan={setPesan} />}
      {skp.boleh.ubah && (
        <div className="baris-tombol">
          <button type="button" className="tombol utama" disabled={aksi.mengirim || !skp.boleh.ajukan} onClick={() =>
            jalankan(() => panggil(KONTRAK_KINERJA.ajukan, { params: { id: skp.id }, body: { versi: skp.versi } }), 'SKP ditandatangani dan diajukan kepada pejabat penilai.')}
          >
            Tandatangani dan ajukan ke penilai
          </button>
        </div>
      )}
      <h2>Perilaku kerja</h2>
      <DaftarPerilaku skp={skp} />
      <UmpanBalikDialog skp={skp} />
      <h2>Penilaian dan predikat</h2>
      <DaftarPenilaian skp={skp} />
      {skp.boleh.revisi && (
        <Formulir className="kartu form-panel" aria-labelledby="judul-revisi" onSubmit={(e) => {
          e.preventDefault();
          void jalankan(() => panggil(KONTRAK_KINERJA.revisi, { params: { id: skp.id }, body: { versi: skp.versi, alasan } }),
            'Revisi SKP dibuat sebagai draf; versi yang disepakati tetap berlaku sampai revisi disetujui.');
        }}>
          <h2 id="judul-revisi">Revisi SKP</h2>
          <IsianForm id="revisi-alasan" label="Alasan revisi" wajib galat={aksi.galat} nama="alasan" lebar>
            {(x) => <textarea {...x} rows={2} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
          </IsianForm>
          <button type="submit" className="tombol sekunder" disabled={aksi.mengirim}>Buat revisi</button>
        </Formulir>
      )}
    </>
  );
}

let nomorIndikator = 0;
const indikatorKosong = () => ({ kunci: ++nomorIndikator, aspek: 'kuantitas', uraian: '', pendekatan: 'kuantitatif', targetMin: '', targetMaks: '', satuan: '', targetTeks: '' });
const angka = (s: string) => (s.trim() === '' ? null : Number(s.replace(/\./g, '').replace(',', '.')));

/** A new RHK: utama or tambahan, the atasan's RHK it intervenes, and one or more indicators with targets; or a head's RHK from the PK. */
function TambahRhk({ skp, setPesan }: { skp: Skp, setPesan: (p: string | null) => void }) {
  const qc = useQueryClient();
  const pilihan = useKueriApi(KONTRAK_KINERJA.pilihanRhk, { params: { id: skp.id } });
  const kirim = useKirim();
  const [isi, setIsi] = useState({ jenis: 'utama', uraian: '', rhkAtasanAkarId: '' });
  const [indikator, setIndikator] = useState([indikatorKosong()]);
  const [pk, setPk] = useState<number[]>([]);
  const setI = (i: number, k: Exclude<keyof ReturnType<typeof indikatorKosong>, 'kunci'>) => (v: string) => setIndikator((x) => x.map((y, j) => (j === i ? { ...y, [k]: v } : y)));
  const simpan = () =>
    kirim.jalankan(async () => {
      setPesan(null);
      const m = { versi: skp.versi, jenis: isi.jenis, uraian: isi.uraian, rhkAtasanAkarId: isi.rhkAtasanAkarId ? Number(isi.rhkAtasanAkarId) : null,
        indikator: indikator.map((x) => ({ aspek: x.aspek, uraian: x.uraian, pendekatan: x.pendekatan, ...(x.pendekatan === 'kuantitatif' ?
          { targetMin: angka(x.targetMin), targetMaks: angka(x.targetMaks) ?? angka(x.targetMin), satuan: x.satuan } :
          { targetTeks: x.targetTeks }) })
        ) };
      const { skemaSimpanRhk } = await muatSkema();
      periksaIsian(skemaSimpanRhk, m, 'Rencana hasil kerja belum benar.');
      await panggil(KONTRAK_KINERJA.tambahRhk, { params: { id: skp.id }, body: skemaSimpanRhk.parse(m) });
      setIsi({ jenis: 'utama', uraian: '', rhkAtasanAkarId: '' });
      setIndikator([indikatorKosong()]);
      setPesan('RHK ditambahkan.');
      await segarkan(qc);
    });
  const ambilPk = () =>
    kirim.jalankan(async () => {
      await panggil(KONTRAK_KINERJA.rhkDariPk, { params: { id: skp.id }, body: { versi: skp.versi, pkId: pilihan.data!.pk!.pkId, indikatorIds: pk } });
      setPk([]);
      setPesan('Indikator Perjanjian Kinerja diambil menjadi RHK utama.');
      await segarkan(qc);
    });
  const p = pilihan.data;
  return (
    <>
      {p?.pk?.indikator.some((i) => !i.sudahDiambil) && (
        <div className="kartu form-panel">
          <h3>Ambil dari Perjanjian Kinerja {p.pk.jabatan}</h3>
          <ul className="daftar-pilih">
            {p.pk.indikator.filter((i) => !i.sudahDiambil).map((i) => (
              <li key={i.indikatorId}>
                <label>
                  <input type="checkbox" checked={pk.includes(i.indikatorId)} onChange={(e) =>
                    setPk((x) => (e.target.checked ? [...x, i.indikatorId] : x.filter((y) => y !== i.indikatorId)))} />{' '}
                  {i.kode} {i.uraian}
                </label>
              </li>
            ))}
          </ul>
          <button type="button" className="tombol utama" disabled={!pk.length || kirim.mengirim} onClick={() => void ambilPk()}>Jadikan RHK utama</button>
        </div>
      )}
      <Formulir className="kartu form-panel" aria-labelledby="judul-tambah-rhk" onSubmit={(e) => {
        e.preventDefault();
        void simpan();
      }}>
        <h3 id="judul-tambah-rhk">Tambah rencana hasil kerja</h3>
        <div className="kisi-isian">
          <Pilih id="rhk-jenis" label="Jenis RHK" nilai={isi.jenis} ganti={(v) => setIsi((x) => ({ ...x, jenis: v }))} galat={kirim.galat} nama="jenis"
            pilihan={[['utama', 'Utama'], ['tambahan', 'Tambahan']]} />
          {skp.penilai.pegawaiId !== null && (
            <Pilih id="rhk-atasan" label="RHK atasan yang diintervensi" nilai={isi.rhkAtasanAkarId} kosong="(pilih RHK atasan)" galat={kirim.galat} nama="rhkAtasanAkarId"
              ganti={(v) => setIsi((x) => ({ ...x, rhkAtasanAkarId: v }))} pilihan={(p?.rhkAtasan ?? []).map((r) => [String(r.akarId), r.uraian] as const)} />
          )}
          <IsianForm id="rhk-uraian" label="Rencana hasil kerja" wajib galat={kirim.galat} nama="uraian" lebar>
            {(x) => <textarea {...x} rows={2} value={isi.uraian} onChange={(e) => setIsi((y) => ({ ...y, uraian: e.target.value }))} />}
          </IsianForm>
        </div>
        {p && skp.penilai.pegawaiId !== null && p.rhkAtasan.length === 0 && <p className="meta">Atasan Anda belum menyusun SKP tahun ini; RHK utama perlu RHK atasan.</p>}
        {indikator.map((x, i) => (
          <fieldset key={x.kunci} className="kisi-isian">
            <legend>Indikator {i + 1}</legend>
            <Pilih id={`ind-${i}-aspek`} label="Aspek" nilai={x.aspek} ganti={setI(i, 'aspek')} galat={kirim.galat} nama={`indikator.${i}.aspek`}
              pilihan={Object.entries(LABEL_ASPEK)} />
            <Pilih id={`ind-${i}-pendekatan`} label="Pendekatan" nilai={x.pendekatan} ganti={setI(i, 'pendekatan')} galat={kirim.galat} nama={`indikator.${i}.pendekatan`}
              pilihan={[['kuantitatif', 'Kuantitatif'], ['kualitatif', 'Kualitatif']]} />
            <IsianForm id={`ind-${i}-uraian`} label="Indikator" wajib galat={kirim.galat} nama={`indikator.${i}.uraian`} lebar>
              {(a) => <input {...a} value={x.uraian} onChange={(e) => setI(i, 'uraian')(e.target.value)} />}
            </IsianForm>
            {x.pendekatan === 'kuantitatif' ?
              (
                <>
                  <IsianForm id={`ind-${i}-min`} label="Target" wajib galat={kirim.galat} nama={`indikator.${i}.targetMin`}>
                    {(a) => <input {...a} inputMode="decimal" value={x.targetMin} onChange={(e) => setI(i, 'targetMin')(e.target.value)} />}
                  </IsianForm>
                  <IsianForm id={`ind-${i}-maks`} label="Batas atas target (opsional)" galat={kirim.galat} nama={`indikator.${i}.targetMaks`}>
                    {(a) => <input {...a} inputMode="decimal" value={x.targetMaks} onChange={(e) => setI(i, 'targetMaks')(e.target.value)} />}
                  </IsianForm>
                  <IsianForm id={`ind-${i}-satuan`} label="Satuan" wajib galat={kirim.galat} nama={`indikator.${i}.satuan`} petunjuk="mis. dokumen, %, bulan">
                    {(a) => <input {...a} value={x.satuan} onChange={(e) => setI(i, 'satuan')(e.target.value)} />}
                  </IsianForm>
                </>
              ) :
              (
                <IsianForm id={`ind-${i}-teks`} label="Target kualitatif" wajib galat={kirim.galat} nama={`indikator.${i}.targetTeks`} lebar>
                  {(a) => <input {...a} value={x.targetTeks} onChange={(e) => setI(i, 'targetTeks')(e.target.value)} />}
                </IsianForm>
              )}
          </fieldset>
        ))}
        <PesanGalat galat={kirim.galat} />
        <div className="baris-tombol">
          <button type="submit" className="tombol utama" disabled={kirim.mengirim}>Simpan RHK</button>
          <button type="button" className="tombol sekunder" onClick={() => setIndikator((x) => [...x, indikatorKosong()])}>Tambah indikator</button>
        </div>
      </Formulir>
    </>
  );
}

/** The realisasi of one RHK in a period, with its evidence (PDF or photo, at most 5 MB). */
function FormRealisasi({ skp, rhk, setPesan }: { skp: Skp, rhk: Skp['rhk'][number], setPesan: (p: string | null) => void }) {
  const qc = useQueryClient();
  const kirim = useKirim();
  const [buka, setBuka] = useState(false);
  const [isi, setIsi] = useState({ periode: 'tw1', realisasi: '', nilai: '' });
  const [berkas, setBerkas] = useState<File | null>(null);
  const id = `real-${rhk.id}`;
  if (!buka) return <button type="button" className="tombol sekunder kecil" onClick={() => setBuka(true)}>Catat realisasi</button>;
  return (
    <Formulir className="form-panel" aria-label={`Realisasi ${rhk.uraian}`} onSubmit={(e) => {
      e.preventDefault();
      void kirim.jalankan(async () => {
        const lama = rhk.realisasi.find((x) => x.periode === isi.periode);
        const m = { rhkAkarId: rhk.akarId, periode: isi.periode, realisasi: isi.realisasi, nilai: angka(isi.nilai), ...(lama ? { versi: lama.versi } : {}) };
        const { skemaSimpanRealisasi } = await muatSkema();
        periksaIsian(skemaSimpanRealisasi, m, 'Realisasi belum benar.');
        const hasil = await panggil(KONTRAK_KINERJA.realisasi, { params: { id: skp.id }, body: skemaSimpanRealisasi.parse(m) });
        if (berkas) {
          const r = hasil.rhk.find((x) => x.akarId === rhk.akarId)!.realisasi.find((x) => x.periode === isi.periode)!;
          const f = new FormData();
          f.append('file', berkas);
          await unggahTitik(KONTRAK_KINERJA.unggahBukti, f, { params: { id: r.id } });
        }
        setBuka(false);
        setBerkas(null);
        setPesan(`Realisasi ${labelPeriode(isi.periode)} disimpan.`);
        await segarkan(qc);
      });
    }}>
      <div className="kisi-isian">
        <Pilih id={`${id}-periode`} label="Periode" nilai={isi.periode} ganti={(v) => setIsi((x) => ({ ...x, periode: v }))} galat={kirim.galat} nama="periode"
          pilihan={PERIODE_SKP.map((p) => [p, labelPeriode(p)] as const)} />
        <IsianForm id={`${id}-nilai`} label="Capaian (angka, opsional)" galat={kirim.galat} nama="nilai">
          {(a) => <input {...a} inputMode="decimal" value={isi.nilai} onChange={(e) => setIsi((x) => ({ ...x, nilai: e.target.value }))} />}
        </IsianForm>
        <IsianForm id={`${id}-uraian`} label="Realisasi" wajib galat={kirim.galat} nama="realisasi" lebar>
          {(a) => <textarea {...a} rows={2} value={isi.realisasi} onChange={(e) => setIsi((x) => ({ ...x, realisasi: e.target.value }))} />}
        </IsianForm>
        <IsianForm id={`${id}-bukti`} label="Bukti (opsional)" galat={kirim.galat} nama="berkas" petunjuk="Foto atau PDF, paling besar 5 MB" lebar>
          {(a) => <PilihBerkas {...a} berkas={berkas} ganti={setBerkas} accept="application/pdf,image/png,image/jpeg" />}
        </IsianForm>
      </div>
      <PesanGalat galat={kirim.galat} />
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={kirim.mengirim}>Simpan realisasi</button>
        <button type="button" className="tombol sekunder" onClick={() => setBuka(false)}>Batal</button>
      </div>
    </Formulir>
  );
}

/** This month's TPP (modules/tpp) in one line, linked to its reasons (/tpp/saya). */
function TppBulanIni() {
  const bulan = bulanIni();
  const q = useKueriApi(KONTRAK_TPP.rincian, { query: { bulan } }, { retry: false });
  const r = q.data;
  return (
    <p className="petunjuk" data-testid="tpp-bulan-ini">
      TPP {labelBulan(bulan)}: {r?.pegawai ? (r.diterima === null ? 'belum dapat dihitung' : formatRupiah(r.diterima)) : 'belum dihitung'}.{' '}
      <Link to="/tpp/saya">Lihat TPP dan alasannya</Link>
    </p>
  );
}

const NAMA_BULAN = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

/**
 * Links daily activities of a month (the Aktivitas Harian log) to one RHK: the approved ones count
 * toward its realisasi as evidence. Rejected ones and those already on this RHK are not offered.
 */
function TautkanAktivitas({ skp, rhk, setPesan }: { skp: Skp, rhk: Skp['rhk'][number], setPesan: (p: string | null) => void }) {
  const qc = useQueryClient();
  const kirim = useKirim();
  const hariIni = hariIniSetempat();
  const bulanAwal = Number(hariIni.slice(0, 4)) === skp.tahun ? Number(hariIni.slice(5, 7)) : 12;
  const [buka, setBuka] = useState(false);
  const [bulan, setBulan] = useState(String(bulanAwal));
  const [pilih, setPilih] = useState<number[]>([]);
  const b = Number(bulan);
  const dari = `${skp.tahun}-${String(b).padStart(2, '0')}-01`;
  const sampai = `${skp.tahun}-${String(b).padStart(2, '0')}-${String(new Date(Date.UTC(skp.tahun, b, 0)).getUTCDate()).padStart(2, '0')}`;
  const q = useKueriApi(KONTRAK_AKTIVITAS.saya, { query: { dari, sampai } }, { enabled: buka });
  const sudah = new Set(rhk.aktivitas.map((a) => a.id));
  const calon = (q.data?.items ?? []).filter((a) => a.status !== 'ditolak' && !sudah.has(a.id));
  if (!buka) return <button type="button" className="tombol sekunder kecil" onClick={() => setBuka(true)}>Tautkan aktivitas harian</button>;
  return (
    <Formulir className="form-panel" aria-label={`Tautkan aktivitas harian ke ${rhk.uraian}`} onSubmit={(e) => {
      e.preventDefault();
      void kirim.jalankan(async () => {
        await panggil(KONTRAK_KINERJA.tautkanAktivitas, { params: { id: skp.id }, body: { rhkAkarId: rhk.akarId, aktivitasIds: pilih } });
        setPesan(`${formatAngka(pilih.length)} aktivitas harian ditautkan; yang disetujui atasan dihitung sebagai realisasi RHK ini.`);
        setPilih([]);
        setBuka(false);
        await segarkan(qc);
      });
    }}>
      <Pilih id={`tautkan-${rhk.id}-bulan`} label="Bulan" nilai={bulan} ganti={(v) => {
        setBulan(v);
        setPilih([]);
      }} pilihan={NAMA_BULAN.map((n, i) => [String(i + 1), `${n} ${skp.tahun}`] as const)} />
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && calon.length === 0 && <p className="meta">Tidak ada aktivitas harian bulan ini yang dapat ditautkan.</p>}
      {calon.length > 0 && (
        <ul className="daftar-pilih" data-testid={`calon-aktivitas-${rhk.id}`}>
          {calon.map((a) => (
            <li key={a.id}>
              <label>
                <input type="checkbox" checked={pilih.includes(a.id)} onChange={(e) => setPilih((x) => (e.target.checked ? [...x, a.id] : x.filter((y) => y !== a.id)))} />{' '}
                {formatTanggal(a.tanggal)} · {a.uraian} · {formatAngka(a.kuantitas, Number.isInteger(a.kuantitas) ? 0 : 2)} {a.satuan} ({a.labelStatus})
              </label>
            </li>
          ))}
        </ul>
      )}
      <PesanGalat galat={kirim.galat} />
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={kirim.mengirim || !pilih.length}>Tautkan {pilih.length ? formatAngka(pilih.length) : ''} aktivitas</button>
        <button type="button" className="tombol sekunder" onClick={() => setBuka(false)}>Batal</button>
      </div>
    </Formulir>
  );
}
