import { useState } from 'react';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { capaianPeriode, formatAngka, formatPersen, formatRupiah, LABEL_SUMBER_OTOMATIS, NA, bacaAngkaIsian, type BisaNa, type NilaiTribulan } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { alamatTitik, GalatApi, kunciJalur, panggil, unggahTitik } from '../api.ts';
import { useKueriApi } from '../kait.ts';
import { PilihRenstra, useRenstraTerpilih } from '../komponen/PilihRenstra.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel, TabelGulir } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import { masalahIsian, PilihBerkas, SalahDiSamping } from '../komponen/Formulir.tsx';

type Capaian = ResponsTitik<typeof KONTRAK_SAKIP.capaian>;
type IndikatorCapaian = Capaian['indikator'][number];
type Pos = ResponsTitik<typeof KONTRAK_SAKIP.anggaran>['program'][number];

const angka = (x: BisaNa | null) => (x === null ? '–' : x === NA ? 'N/A' : formatAngka(x, Number.isInteger(x) ? 0 : 2));
const persen = (x: BisaNa | null) => (x === null ? '–' : x === NA ? 'N/A' : formatPersen(x));
const semuaSub = (p: Pos[]): Pos[] => p.flatMap((x) => (x.tingkat === 'sub_kegiatan' ? [x] : semuaSub(x.anak)));

/** The typed value of a cell: a number, N/A, or nothing (not entered); `salah` when it is not a number. */
function bacaIsian(teks: string, na: boolean): { nilai: NilaiTribulan, salah?: string | undefined } {
  if (na) return { nilai: NA };
  if (!teks.trim()) return { nilai: null };
  const h = bacaAngkaIsian(teks);
  return h.ok ? { nilai: h.nilai } : { nilai: null, salah: h.alasan };
}

function BarisIndikator({ i, tw, tahun, kelola, segarkan }: { i: IndikatorCapaian, tw: number, tahun: number, kelola: boolean, segarkan: () => void }) {
  const sel = i.tribulan[tw - 1]!;
  const [teks, setTeks] = useState(sel.nilai === null || sel.nilai === NA ? '' : angka(sel.nilai));
  const [na, setNa] = useState(sel.nilai === NA);
  const [catatan, setCatatan] = useState(sel.catatan ?? '');
  const bisaKetik = kelola && !i.sumberOtomatis;
  // Only a box the user types into is read (and can be wrong); a measured value is shown, never parsed.
  const isian = bisaKetik ? bacaIsian(teks, na) : { nilai: sel.nilai };
  const nilai = i.tribulan.map((t, k) => (k === tw - 1 && !i.sumberOtomatis ? isian.nilai : t.nilai));
  // Capaian shown live, by the same rule the server uses.
  const live = capaianPeriode({ target: i.target, polaritas: i.polaritas, agregasi: i.agregasi, nilai, sampai: tw as 1 });
  const simpan = useMutation({
    mutationFn: () =>
      panggil(KONTRAK_SAKIP.simpanRealisasi, {
        body: { indikatorId: i.id, tahun, tribulan: tw, nilai: na ? null : isian.nilai, na, catatan: catatan.trim() || null, ...(sel.versi ? { versi: sel.versi } : {}) },
      }),
    onSuccess: segarkan,
    onError: (e) => {
      if (e instanceof GalatApi && e.status === 409) segarkan();
    },
  });
  const unggah = useMutation({ mutationFn: (f: File) => {
    const form = new FormData();
    form.set('tahun', String(tahun));
    form.set('tribulan', String(tw));
    form.set('versi', String(sel.versi));
    form.set('file', f);
    return unggahTitik(KONTRAK_SAKIP.unggahBukti, form, { params: { id: i.id } });
  }, onSuccess: segarkan });
  // The value's own problem (typed wrong, or refused by the server) beside the box it came from.
  // A refusal of the note (too long) goes beside the note, anything else beside the value.
  const salahCatatan = masalahIsian(simpan.error, 'catatan');
  const salahBaris = isian.salah ?? (salahCatatan.length ? null : simpan.error?.message) ?? null;
  const idSalah = `realisasi-${i.id}-${tw}-salah`;
  return (
    <tr data-testid={`realisasi-${i.kode}`}>
      <td data-label="Indikator">
        <strong>{i.kode}</strong> {i.uraian} <span className="sub">({i.satuan})</span>
        {i.sumberOtomatis && <span className="sub">· otomatis: {(LABEL_SUMBER_OTOMATIS as Record<string, string>)[i.sumberOtomatis] ?? 'dari data SIMASN'}</span>}
      </td>
      <td data-label="Target">{angka(i.target)}{i.sumberTarget === 'pk' ? ' (PK)' : ''}</td>
      {i.tribulan.map((t) => (
        <td key={t.tribulan} data-label={`TW ${t.tribulan}`}>
          {t.tribulan === tw && bisaKetik ?
            (
              <div className="sel-realisasi">
                <input aria-label={`Realisasi ${i.kode} tribulan ${tw}`} inputMode="decimal" size={7} disabled={na} value={teks} onChange={(e) => setTeks(e.target.value)}
                  aria-invalid={salahBaris ? true : undefined} aria-describedby={salahBaris ? idSalah : undefined} />
                <label>
                  <input type="checkbox" checked={na} onChange={(e) => setNa(e.target.checked)} /> N/A
                </label>
                <SalahDiSamping id={`realisasi-${i.id}-${tw}-catatan`} pesan={salahCatatan} umumkan>
                  {(a) => <input {...a} aria-label={`Catatan ${i.kode}`} placeholder="catatan" value={catatan} onChange={(e) => setCatatan(e.target.value)} />}
                </SalahDiSamping>
                <button type="button" className="tombol sekunder" disabled={simpan.isPending || !!isian.salah || (isian.nilai === null && !na)} onClick={() => simpan.mutate()}>
                  Simpan
                </button>
                {salahBaris && <small className="salah" id={idSalah} role="alert">{salahBaris}</small>}
              </div>
            ) :
            angka(t.nilai)}
          {t.tribulan === tw && t.bukti.map((b) => (
            <div key={b.id}>
              <a href={alamatTitik(KONTRAK_SAKIP.bukti, { params: { id: i.id, dokumenId: b.id } })} target="_blank" rel="noreferrer">{b.nama}</a>
            </div>
          ))}
          {t.tribulan === tw && kelola && t.versi !== null && (
            <PilihBerkas accept="application/pdf,image/png,image/jpeg" label={`Bukti ${i.kode}`} teksTombol="Unggah bukti" langsung ganti={(f) => {
              if (f) unggah.mutate(f);
            }} aria-invalid={unggah.error ? true : undefined} aria-describedby={unggah.error ? `${idSalah}-bukti` : undefined} />
          )}
          {t.tribulan === tw && unggah.error && <small className="salah" id={`${idSalah}-bukti`} role="alert">{unggah.error.message}</small>}
        </td>
      ))}
      <td data-label="Realisasi">{angka(live.realisasi)}</td>
      <td data-label="Capaian" data-testid={`capaian-${i.kode}`}>
        {persen(live.capaian === null ? null : live.capaian === NA ? NA : Math.round(live.capaian * 100) / 100)}
        {live.catatan && <div className="sub">{live.catatan}</div>}
      </td>
    </tr>
  );
}

/** Realisasi per tribulan: an entry grid with N/A, automatic rows read-only with their source, evidence, capaian live; the budget per sub kegiatan. */
export function SakipRealisasi() {
  const { boleh } = useSesi();
  const kelola = boleh('sakip:kelola');
  const qc = useQueryClient();
  const pilihan = useRenstraTerpilih();
  const { renstra, tahun, cari, ubah } = pilihan;
  const tw = Number(cari.get('tribulan') ?? 1);
  const periode = { unitId: renstra?.unitId ?? 0, tahun, tribulan: tw };
  const q = useKueriApi(KONTRAK_SAKIP.capaian, { query: periode }, { enabled: !!renstra });
  const a = useKueriApi(KONTRAK_SAKIP.anggaran, { query: periode }, { enabled: !!renstra });
  const segarkan = () => {
    void qc.invalidateQueries({ queryKey: kunciJalur('sakip', 'capaian') });
    void qc.invalidateQueries({ queryKey: kunciJalur('sakip', 'anggaran') });
  };
  const otomatis = useMutation({ mutationFn: () => panggil(KONTRAK_SAKIP.realisasiOtomatis, { params: { id: renstra?.id ?? 0 }, body: { tahun, tribulan: tw } }),
    onSuccess: segarkan });
  const [uang, setUang] = useState<Record<number, string>>({});
  const simpanUang = useMutation({ mutationFn: (s: Pos) => {
    const h = bacaAngkaIsian(uang[s.id] ?? '');
    if (!h.ok) throw new Error(`Realisasi belum benar: ${h.alasan}.`);
    const versi = s.versiTribulan?.[tw - 1];
    return panggil(KONTRAK_SAKIP.simpanRealisasiAnggaran, { body: { programKegiatanId: s.id, tahun, tribulan: tw, nilai: h.nilai, ...(versi ? { versi } : {}) } });
  }, onSuccess: segarkan });
  // A refused amount is shown beside the row it was typed in.
  const salahUang = (id: number) => (simpanUang.error && simpanUang.variables?.id === id ? simpanUang.error.message : null);
  return (
    <section className="sakip-realisasi">
      <div className="judul-halaman">
        <h1>Realisasi Kinerja</h1>
        {renstra && <a className="tombol sekunder kecil" data-testid="ekspor-xlsx" href={alamatTitik(KONTRAK_SAKIP.eksporRealisasi, { query: periode })} download>Ekspor XLSX</a>}
      </div>
      <PilihRenstra pilihan={pilihan} tambahan={
        <div className="isian isian-sebaris">
          <label htmlFor="sakip-tw">Tribulan</label>
          <select id="sakip-tw" value={tw} onChange={(e) => ubah({ tribulan: e.target.value })}>
            {[1, 2, 3, 4].map((t) => <option key={t} value={t}>Tribulan {t}</option>)}
          </select>
        </div>
      } />
      <PesanGalat galat={pilihan.daftar.error ?? q.error ?? otomatis.error} />
      {pilihan.daftar.data?.length === 0 && <Kosong>Belum ada Renstra yang dapat Anda baca.</Kosong>}
      {q.isLoading && <Memuat />}
      {q.data && (
        <>
          <p className="sub">
            {q.data.kebijakan} Realisasi sampai tribulan {tw}{' '}
            digabung menurut aturan tiap indikator (kumulatif dijumlah, nilai terakhir, atau rata-rata); N/A berarti belum rilis, bukan nol.
          </p>
          {kelola && (
            <div className="baris-tombol">
              <button type="button" className="tombol sekunder" disabled={otomatis.isPending} onClick={() => otomatis.mutate()}>
                {otomatis.isPending ? 'Mengukur…' : `Isi otomatis tribulan ${tw}`}
              </button>
              {otomatis.isSuccess && <PesanBerhasil>Indikator otomatis diisi dari indeks dan riwayat.</PesanBerhasil>}
            </div>
          )}
          <TabelGulir data-testid="grid-realisasi"
            judul={[{ judul: 'Indikator' }, { judul: `Target ${tahun}`, kunci: 'target' }, ...[1, 2, 3, 4].map((t) => ({ judul: `TW ${t}` })), { judul: 'Realisasi' }, {
              judul: 'Capaian',
            }]}
          >
            {q.data.indikator.map((i) => (
              <BarisIndikator key={`${i.id}-${tw}-${tahun}-${i.tribulan[tw - 1]!.versi}`} i={i} tw={tw} tahun={tahun} kelola={kelola} segarkan={segarkan} />
            ))}
          </TabelGulir>
          <p>
            Rata-rata capaian sasaran: <strong>{persen(q.data.ringkasan.rataRataCapaian)}</strong> · penyerapan anggaran {persen(q.data.ringkasan.penyerapan)} · efisiensi{' '}
            {angka(q.data.ringkasan.efisiensi)}
          </p>
        </>
      )}
      {a.data && (
        <div className="kartu">
          <h2>Realisasi anggaran sampai tribulan {tw}</h2>
          <Tabel baris={semuaSub(a.data.program)} kunci={(s) => s.id} kolom={[{ judul: 'Sub kegiatan', isi: (s) => <>{s.kode} {s.nama}</> }, { judul: 'Pagu', isi: (s) =>
            formatRupiah(s.pagu) }, { judul: `TW ${tw}`, kunci: 'tw', isi: (s) =>
              kelola ?
                (
                  <span className="sel-realisasi">
                    <input aria-label={`Realisasi anggaran ${s.kode}`} inputMode="decimal" size={14} value={uang[s.id] ?? formatAngka(s.tribulan?.[tw - 1] ?? 0, 0)}
                      onChange={(e) => setUang({ ...uang, [s.id]: e.target.value })} aria-invalid={salahUang(s.id) ? true : undefined}
                      aria-describedby={salahUang(s.id) ? `anggaran-${s.id}-salah` : undefined} />
                    <button type="button" className="tombol sekunder" disabled={simpanUang.isPending || uang[s.id] === undefined} onClick={() => simpanUang.mutate(s)}>
                      Simpan
                    </button>
                    {salahUang(s.id) && <small className="salah" id={`anggaran-${s.id}-salah`} role="alert">{salahUang(s.id)}</small>}
                  </span>
                ) :
                formatRupiah(s.tribulan?.[tw - 1] ?? 0) }, { judul: `Sampai TW ${tw}`, kunci: 'sampai', isi: (s) =>
              formatRupiah(s.realisasi) }, { judul: 'Sisa', isi: (s) =>
              formatRupiah(s.sisa) }, { judul: '%', isi: (s) =>
              persen(s.penyerapan) }]} barisAkhir={
            <tr>
              <td data-label="">
                <strong>Jumlah</strong>
              </td>
              <td data-label="Pagu">
                <strong>{formatRupiah(a.data.total.pagu)}</strong>
              </td>
              <td data-label="" />
              <td data-label="Realisasi">
                <strong>{formatRupiah(a.data.total.realisasi)}</strong>
              </td>
              <td data-label="Sisa">
                <strong>{formatRupiah(a.data.total.sisa)}</strong>
              </td>
              <td data-label="%">
                <strong>{persen(a.data.total.penyerapan)}</strong>
              </td>
            </tr>
          } />
        </div>
      )}
    </section>
  );
}
