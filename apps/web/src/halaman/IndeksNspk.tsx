import { useState, type FormEvent } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka, bacaAngkaIsian } from '@simasn/domain';
import { KONTRAK_MERIT } from '@simasn/indeks/kontrak';
import type { ResponsTitik } from '@simasn/kontrak';
import { alamatTitik, GalatApi, kunci, panggil } from '../api.ts';
import { useBerganti, useKueriApi } from '../kait.ts';
import { formatWaktu, tahunIniSetempat } from '../format.ts';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { PilihTahun, useTahunPenilaian } from '../komponen/PilihTahun.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { Formulir, IsianForm, salahIsian } from '../komponen/Formulir.tsx';

type PenilaianNspk = ResponsTitik<typeof KONTRAK_MERIT.ambilNspk>;

const TAHUN_INI = tahunIniSetempat();
const desimal = (x: number) => formatAngka(x, 2);
const teksNilai = (x: number | null) => (x === null ? '' : formatAngka(x, Number.isInteger(x) ? 0 : 2));

/**
 * Indeks Implementasi NSPK Manajemen ASN (Peraturan BKN 12/2022): the 18 element scores BKN
 * gave for a year, the index and category A-E, the weakest elements, and freezing the figure.
 */
export function IndeksNspk() {
  const { boleh } = useSesi();
  const kelola = boleh('indeks:kelola');
  const qc = useQueryClient();
  const daftar = useKueriApi(KONTRAK_MERIT.daftarNspk, {});
  const pilihTahun = useTahunPenilaian(daftar.data, TAHUN_INI - 1, Array.from({ length: 6 }, (_, i) => TAHUN_INI - i));
  const { tahun } = pilihTahun;
  const q = useKueriApi(KONTRAK_MERIT.ambilNspk, { params: { tahun } }, { enabled: !daftar.isPending });
  const p = q.data;
  const [isian, setIsian] = useState<Record<string, string>>({});
  const [catatan, setCatatan] = useState('');
  const [salah, setSalah] = useState<Error | null>(null);
  // Filled when another year or version arrives: a refetch of the same one must not wipe what is being typed.
  const versiBaru = useBerganti(p ? `${p.tahun}/${p.versi}` : '');
  if (p && versiBaru) {
    setIsian(Object.fromEntries(p.elemen.map((e) => [e.kode, teksNilai(e.nilai)])));
    setCatatan(p.catatan ?? '');
  }
  const simpan = (x: PenilaianNspk) => {
    qc.setQueryData(kunci(KONTRAK_MERIT.ambilNspk, { params: { tahun: x.tahun } }), x);
    void qc.invalidateQueries({ queryKey: kunci(KONTRAK_MERIT.daftarNspk), exact: true });
  };
  const gagal409 = (e: Error) => {
    if (e instanceof GalatApi && e.status === 409) void q.refetch();
  };
  const m = useMutation({
    mutationFn: (body: { skor: Record<string, number | null>, catatan: string | null, versi: number }) => panggil(KONTRAK_MERIT.simpanNspk, { params: { tahun }, body }),
    onSuccess: simpan,
    onError: gagal409,
  });
  const beku = useMutation({ mutationFn: () => panggil(KONTRAK_MERIT.bekukanNspk, { params: { tahun }, body: { versi: p?.versi ?? 0 } }), onSuccess: simpan, onError: gagal409 });

  function kirim(e: FormEvent) {
    e.preventDefault();
    if (!p) return;
    setSalah(null);
    const skor: Record<string, number | null> = {};
    for (const el of p.elemen) {
      const t = (isian[el.kode] ?? '').trim();
      if (!t) {
        skor[el.kode] = null;
        continue;
      }
      const h = bacaAngkaIsian(t);
      if (!h.ok || h.nilai < p.aturan.nilaiMin || h.nilai > p.aturan.nilaiMaks) {
        setSalah(salahIsian(`skor.${el.kode}`, `nilai harus angka ${p.aturan.nilaiMin}–${p.aturan.nilaiMaks}${h.ok ? '' : ` (${h.alasan})`}`, `${el.nama}: nilai belum benar.`));
        return;
      }
      skor[el.kode] = h.nilai;
    }
    m.mutate({ skor, catatan: catatan.trim() || null, versi: p.versi });
  }

  return (
    <section className="indeks-nspk">
      <div className="judul-halaman">
        <h1>Indeks Implementasi NSPK</h1>
        <a className="tombol sekunder kecil" data-testid="ekspor-xlsx" href={alamatTitik(KONTRAK_MERIT.eksporNspk, { params: { tahun } })} download>Ekspor XLSX</a>
        <PilihTahun id="nspk-tahun" tahun={pilihTahun} />
      </div>
      <PesanGalat galat={daftar.error ?? q.error} />
      {(daftar.isPending || q.isPending) && <Memuat />}
      {p && p.tahun === tahun && (
        <>
          <div className="kartu-angka" aria-busy={q.isFetching}>
            <KartuAngka label="Indeks NSPK" idNilai="indeks-nspk" nilai={p.indeks !== null ? desimal(p.indeks) : '–'}
              sub={<>{formatAngka(p.jumlahDinilai)} dari {formatAngka(p.jumlahElemen)} elemen dinilai</>} />
            <KartuAngka label="Kategori" kecil idNilai="kategori-nspk" nilai={p.kategori?.teks ?? '–'} />
            <KartuAngka label={<>Tahun {p.tahun - 1}</>} nilai={p.tahunLalu?.indeks != null ? desimal(p.tahunLalu.indeks) : '–'}
              sub={p.tahunLalu?.selisih != null ? `${p.tahunLalu.selisih > 0 ? '+' : ''}${desimal(p.tahunLalu.selisih)}; ${p.tahunLalu.kategori?.teks ?? ''}` : 'belum ada'} />
          </div>
          <p className="sub">Aturan: {p.aturan.nama} ({p.aturan.dasarHukum}).{p.aturan.catatan ? ` ${p.aturan.catatan}` : ''}</p>
          {p.hasil && <PesanBerhasil>Nilai {desimal(p.hasil.nilai)} ({p.hasil.kategori}) dibekukan {formatWaktu(p.hasil.dihitungPada)} oleh {p.hasil.dihitungOleh}.</PesanBerhasil>}
          {p.peringatan.length > 0 && <div className="pesan pesan-peringatan" role="note">{p.peringatan.join(' ')}</div>}

          <div className="kisi-grafik">
            <div className="kartu">
              <h2>Elemen terlemah</h2>
              {p.elemenTerlemah.length ?
                (
                  <ol className="daftar-ringkas" data-testid="elemen-terlemah">
                    {p.elemenTerlemah.map((e) => (
                      <li key={e.kode}>
                        {e.nama}: <strong>{teksNilai(e.nilai)}</strong>
                      </li>
                    ))}
                  </ol>
                ) :
                <p className="sub">Belum ada elemen yang dinilai.</p>}
            </div>
            <div className="kartu">
              <h2>Kategori</h2>
              <Tabel tanpaGulir kartu={false} baris={p.kategoriAturan} kunci={(k) => k.kode}
                atributBaris={(k) => ({ className: p.kategori?.kode === k.kode ? 'terpilih' : undefined })} kolom={[{ judul: 'Kategori', isi: (k) =>
                  k.teks }, { judul: 'Indeks', isi: (k, i) => {
                  const atas = i === 0 ? p.aturan.nilaiMaks : p.kategoriAturan[i - 1]!.lebihDari;
                  return k.lebihDari === null ? `sampai ${teksNilai(atas)}` : `lebih dari ${teksNilai(k.lebihDari)} sampai ${teksNilai(atas)}`;
                } }]} />
            </div>
          </div>

          {kelola ?
            (
              <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Nilai elemen NSPK">
                <h2>Nilai 18 elemen (0–100)</h2>
                <div className="kisi-isian">
                  {p.elemen.map((e, i) => (
                    <IsianForm key={e.kode} id={`nspk-${e.kode}`} label={`${i + 1}. ${e.nama}`} galat={salah ?? m.error} nama={`skor.${e.kode}`}>
                      {(a) => <input {...a} inputMode="decimal" value={isian[e.kode] ?? ''} onChange={(x) => setIsian({ ...isian, [e.kode]: x.target.value })} />}
                    </IsianForm>
                  ))}
                  <IsianForm id="nspk-catatan" label="Catatan" lebar galat={salah ?? m.error} nama="catatan">
                    {(a) => <textarea {...a} rows={2} value={catatan} onChange={(x) => setCatatan(x.target.value)} />}
                  </IsianForm>
                </div>
                <PesanGalat galat={salah ?? m.error ?? beku.error} />
                <div className="baris-tombol">
                  <button type="submit" className="tombol utama" disabled={m.isPending}>{m.isPending ? 'Menyimpan…' : 'Simpan nilai'}</button>
                  {p.ada && (
                    <button type="button" className="tombol sekunder" disabled={!p.lengkap || beku.isPending} onClick={() => beku.mutate()}>
                      {beku.isPending ? 'Membekukan…' : 'Bekukan hasil'}
                    </button>
                  )}
                </div>
              </Formulir>
            ) :
            (
              <Tabel data-testid="tabel-nspk" baris={p.elemen} kunci={(e) => e.kode} kolom={[{ judul: 'Elemen', isi: (e, i) =>
                `${i + 1}. ${e.nama}` }, { judul: 'Nilai', isi: (e) => (e.nilai !== null ? teksNilai(e.nilai) : '–') }]} />
            )}
        </>
      )}
    </section>
  );
}
