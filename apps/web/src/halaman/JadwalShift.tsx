import { useEffect, useMemo, useState } from 'react';
import { flushSync } from 'react-dom';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatTanggal, tambahHari, tulisJam } from '@simasn/domain';
import { KONTRAK_KALENDER } from '@simasn/kalender/kontrak';
import { KONTRAK_REKAP } from '@simasn/rekap/kontrak';
import type { ResponsTitik } from '@simasn/kontrak';
import { GalatApi, kunciJalur, panggil } from '../api.ts';
import { hariIniSetempat } from '../format.ts';
import { useKueriApi } from '../kait.ts';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { PilihBulan } from '../komponen/Formulir.tsx';
import { Paginasi } from '../komponen/Paginasi.tsx';
import { Memuat, PesanGalat } from '../komponen/Status.tsx';
import { tulisBulan } from './BulanPresensi.tsx';

type Roster = ResponsTitik<typeof KONTRAK_REKAP.jadwalShift>;
type PegawaiRoster = Roster['pegawai'][number];
type HariRoster = PegawaiRoster['hari'][number];

/** A cell's value in the grid: a shift code, LIBUR (day off), or ROTASI (no roster entry: the pattern's rotation). */
const LIBUR = '-';
const ROTASI = 'rotasi';
const kunciSel = (pegawaiId: number, tanggal: string) => `${pegawaiId}|${tanggal}`;
const NAMA_HARI = ['Min', 'Sen', 'Sel', 'Rab', 'Kam', 'Jum', 'Sab'];
const hariMinggu = (t: string) => new Date(`${t}T00:00:00Z`).getUTCDay();
const bulanSebelum = (bulan: string) => tambahHari(`${bulan}-01`, -1).slice(0, 7);
/**
 * Rows of the grid on one page. Every cell is a select: a unit of 150 employees is 4.650 of them
 * (36.000 elements, two seconds of a phone's main thread), so the grid shows a page of employees;
 * edits, copies, conflicts and the save cover the whole unit whatever the page.
 */
const BARIS_PER_HALAMAN = 20;
/**
 * A cell is a button showing its value until it is picked (a click, a tap, Enter or Space): then
 * it becomes the select of its choices, focused with its list open. A page of 20 × 31 selects with
 * every shift listed was some 5.300 elements, each select a box the browser styles and lays out
 * with its own parts: the slowest page of the app to open (bench/halaman.ts, 5 December 2026).
 */
function bukaSel(tombol: HTMLElement, aktifkan: (k: string) => void) {
  const td = tombol.closest<HTMLElement>('td[data-sel]');
  if (!td) return;
  flushSync(() => aktifkan(td.dataset.sel!));
  const s = td.querySelector('select');
  s?.focus();
  try {
    s?.showPicker();
  } catch {
    // A browser without it (or refusing it): the select is focused, its list opens with the next press.
  }
}
const cocokCari = (p: { nama: string, nip: string }, q: string) => !q || p.nama.toLowerCase().includes(q) || p.nip.includes(q);

/** The stored value of a cell as the grid shows it (a roster entry, or the rotation). */
const nilaiAsal = (h: HariRoster) => (h.dariRoster ? (h.kodeShift ?? LIBUR) : ROTASI);
/** What a cell works out to (a shift code or LIBUR), for copying and conflicts. */
const nilaiEfektif = (h: HariRoster, nilai: string) => (nilai === ROTASI ? (h.dariRoster ? null : (h.kodeShift ?? LIBUR)) : nilai);

/** The Monday-to-Sunday weeks touching a month, each as its dates within the month. */
function mingguBulan(hari: readonly { tanggal: string }[]): string[][] {
  const minggu: string[][] = [];
  for (const h of hari) {
    if (!minggu.length || hariMinggu(h.tanggal) === 1) minggu.push([]);
    minggu[minggu.length - 1]!.push(h.tanggal);
  }
  return minggu;
}

/**
 * The shift roster of a unit with shifts (puskesmas rawat inap, RSUD) for a month, planned by its
 * admin OPD (or admin BKD): a grid of pegawai × day where each cell picks a shift, a day off, or
 * the pattern's rotation; the week before or the four weeks before can be copied in; an approved
 * leave on a day with a shift is shown as a conflict; the server checks everything on save (the
 * shift codes, the unit's pattern on that day, the rest between shifts) and a problem is shown
 * beside its cell; saving asks for confirmation. Printable; on a phone the grid scrolls sideways
 * inside its frame with the names fixed.
 */
export function JadwalShift() {
  const qc = useQueryClient();
  const [bulan, setBulan] = useState(() => hariIniSetempat().slice(0, 7));
  const [unitId, setUnitId] = useState<number | undefined>(undefined);
  const q = useKueriApi(KONTRAK_REKAP.jadwalShift, { query: { bulan, ...(unitId ? { unitId } : {}) } });
  const r = q.data;
  const [ubah, setUbah] = useState<Map<string, string>>(new Map());
  const [masalah, setMasalah] = useState<Map<string, string[]>>(new Map());
  const [galat, setGalat] = useState<unknown>(null);
  const [info, setInfo] = useState<string | null>(null);
  const [konfirmasi, setKonfirmasi] = useState(false);
  const [mengirim, setMengirim] = useState(false);
  const [minggu, setMinggu] = useState(0);
  const [menyalin, setMenyalin] = useState(false);
  const [cari, setCari] = useState('');
  const [aktif, setAktif] = useState<string | null>(null);
  const [halaman, setHalaman] = useState(1);
  // Printing (the Cetak button or the browser's own print): every row of the unit, not one page.
  const [cetak, setCetak] = useState(false);
  useEffect(() => {
    const sebelum = () => flushSync(() => setCetak(true));
    const sesudah = () => setCetak(false);
    window.addEventListener('beforeprint', sebelum);
    window.addEventListener('afterprint', sesudah);
    return () => {
      window.removeEventListener('beforeprint', sebelum);
      window.removeEventListener('afterprint', sesudah);
    };
  }, []);

  const daftarMinggu = useMemo(() => mingguBulan(r?.hari ?? []), [r]);
  const nilai = (p: PegawaiRoster, h: HariRoster) => ubah.get(kunciSel(p.id, h.tanggal)) ?? nilaiAsal(h);

  const gantiKonteks = (f: () => void) => {
    if (ubah.size && !window.confirm(`Ada ${formatAngka(ubah.size)} perubahan yang belum disimpan. Buang perubahan itu?`)) return;
    setUbah(new Map());
    setMasalah(new Map());
    setInfo(null);
    setGalat(null);
    setHalaman(1);
    f();
  };

  const setel = (p: PegawaiRoster, h: HariRoster, v: string) => {
    const k = kunciSel(p.id, h.tanggal);
    setUbah((lama) => {
      const baru = new Map(lama);
      if (v === nilaiAsal(h)) baru.delete(k);
      else baru.set(k, v);
      return baru;
    });
    setMasalah((lama) => {
      if (!lama.has(k)) return lama;
      const baru = new Map(lama);
      baru.delete(k);
      return baru;
    });
  };

  /** Copies, for every pegawai and every given day, what the day `geser` days earlier works out to (this month's grid, else the month before). */
  async function salin(hari: readonly string[], geser: number) {
    if (!r?.unit) return;
    setMenyalin(true);
    setGalat(null);
    setInfo(null);
    try {
      const sumber = new Map<string, string>();
      for (const p of r.pegawai) {
        for (const h of p.hari) {
          const v = nilaiEfektif(h, nilai(p, h));
          if (v !== null) sumber.set(kunciSel(p.id, h.tanggal), v);
        }
      }
      if (hari.some((t) => tambahHari(t, -geser) < r.hari[0]!.tanggal)) {
        const lalu = await panggil(KONTRAK_REKAP.jadwalShift, { query: { bulan: bulanSebelum(bulan), unitId: r.unit.id } });
        for (const p of lalu.pegawai) for (const h of p.hari) sumber.set(kunciSel(p.id, h.tanggal), h.kodeShift ?? LIBUR);
      }
      let n = 0;
      const baru = new Map(ubah);
      for (const p of r.pegawai) {
        for (const h of p.hari) {
          if (!hari.includes(h.tanggal) || !h.bolehShift) continue;
          const v = sumber.get(kunciSel(p.id, tambahHari(h.tanggal, -geser)));
          if (v === undefined) continue;
          const k = kunciSel(p.id, h.tanggal);
          if (v === nilaiAsal(h) || (nilaiAsal(h) === ROTASI && v === (h.kodeShift ?? LIBUR))) baru.delete(k);
          else baru.set(k, v);
          n++;
        }
      }
      setUbah(baru);
      setMasalah(new Map());
      setInfo(`${formatAngka(n)} sel diisi dari ${geser === 7 ? 'minggu sebelumnya' : '4 minggu sebelumnya (hari yang sama)'}; periksa lalu simpan.`);
    } catch (e) {
      setGalat(e);
    } finally {
      setMenyalin(false);
    }
  }

  const perubahan = useMemo(() =>
    [...ubah].map(([k, v]) => {
      const [id, tanggal] = k.split('|') as [string, string];
      return { pegawaiId: Number(id), tanggal, kodeShift: v === LIBUR || v === ROTASI ? null : v, ...(v === ROTASI ? { hapus: true } : {}), kunci: k };
    }), [ubah]);

  /** Cells with a shift on a day an approved request covers. */
  const bentrok: { p: PegawaiRoster, h: HariRoster, v: string }[] = [];
  for (const p of r?.pegawai ?? []) {
    for (const h of p.hari) {
      const v = nilaiEfektif(h, nilai(p, h));
      if (h.cuti && v && v !== LIBUR) bentrok.push({ p, h, v });
    }
  }

  async function simpan() {
    if (!r?.unit) return;
    setMengirim(true);
    setGalat(null);
    try {
      const h = await panggil(KONTRAK_KALENDER.simpanRoster, { body: { unitId: r.unit.id, bulan, perubahan: perubahan.map(({ kunci: _k, ...x }) => x) } });
      setKonfirmasi(false);
      setUbah(new Map());
      setMasalah(new Map());
      setInfo(`Jadwal shift ${r.unit.nama} ${tulisBulan(bulan)} tersimpan: ${formatAngka(h.disimpan)} hari untuk ${formatAngka(h.pegawai)} pegawai.`);
      await qc.invalidateQueries({ queryKey: kunciJalur('rekap-presensi') });
    } catch (e) {
      setKonfirmasi(false);
      if (e instanceof GalatApi && e.masalah.length) {
        // Each problem beside its cell; above the grid, the same problems named by pegawai and day.
        const m = new Map<string, string[]>();
        const daftar: string[] = [];
        for (const x of e.masalah) {
          const i = /^perubahan\.(\d+)\./.exec(x.kolom ?? '')?.[1];
          const u = i === undefined ? undefined : perubahan[Number(i)];
          if (u) {
            m.set(u.kunci, [...(m.get(u.kunci) ?? []), x.pesan]);
            daftar.push(`${r.pegawai.find((p) => p.id === u.pegawaiId)?.nama ?? 'Pegawai'}, ${formatTanggal(u.tanggal)}: ${x.pesan}`);
          } else daftar.push(x.pesan);
        }
        setMasalah(m);
        // The page of the first employee with a problem, so that its cell is in view.
        const pertama = perubahan.find((u) => m.has(u.kunci));
        const i = pertama ? tersaring.findIndex((p) => p.id === pertama.pegawaiId) : -1;
        if (i >= 0) setHalaman(Math.floor(i / BARIS_PER_HALAMAN) + 1);
        setGalat(new Error(`${e.message} ${daftar.join('. ')}.`));
      } else setGalat(e);
    } finally {
      setMengirim(false);
    }
  }

  const kataCari = cari.trim().toLowerCase();
  const tersaring = (r?.pegawai ?? []).filter((p) => cocokCari(p, kataCari));
  const jumlahHalaman = Math.max(1, Math.ceil(tersaring.length / BARIS_PER_HALAMAN));
  const halamanIni = Math.min(halaman, jumlahHalaman);
  const tampil = cetak ? (r?.pegawai ?? []) : tersaring.slice((halamanIni - 1) * BARIS_PER_HALAMAN, halamanIni * BARIS_PER_HALAMAN);

  const namaShift = (v: string) => (v === LIBUR ? 'Libur' : (r?.shift.find((s) => s.kode === v)?.nama ?? v));
  const jumlahPegawaiUbah = new Set(perubahan.map((x) => x.pegawaiId)).size;

  return (
    <section className="halaman-roster">
      <div className="judul-halaman">
        <h1>Jadwal Shift{r?.unit ? `: ${r.unit.nama}` : ''}</h1>
        {r?.unit && <button type="button" className="tombol sekunder tanpa-cetak" onClick={() => window.print()}>Cetak</button>}
      </div>
      <div className="saring-roster tanpa-cetak">
        <div className="isian">
          <label htmlFor="roster-bulan">Bulan</label>
          <PilihBulan id="roster-bulan" nilai={bulan} ganti={(v) => gantiKonteks(() => setBulan(v))} sebelum={12} sesudah={3} />
        </div>
        {r && r.pilihanUnit.length > 0 && (
          <div className="isian">
            <label htmlFor="roster-unit">Unit yang bekerja dalam shift</label>
            <select id="roster-unit" value={r.unit?.id ?? ''} onChange={(e) => gantiKonteks(() => setUnitId(Number(e.target.value)))}>
              {r.pilihanUnit.map((u) => <option key={u.id} value={u.id}>{u.nama}</option>)}
            </select>
          </div>
        )}
      </div>
      {q.isPending && <Memuat />}
      {q.isError && <PesanGalat galat={q.error} />}
      {r && !r.unit && <p className="pesan">Tidak ada unit dalam kewenangan Anda yang bekerja dalam shift pada {tulisBulan(bulan)}.</p>}
      {r?.unit && (
        <>
          <p className="petunjuk">
            {tulisBulan(r.bulan)}, {formatAngka(r.pegawai.length)} pegawai. Shift:{' '}
            {r.shift.map((s) => `${s.kode} = ${s.nama} ${tulisJam(s.masuk)}-${tulisJam(s.pulang)}${s.lintasTengahMalam ? ' (hari berikutnya)' : ''}`).join('; ')}; L = libur (lepas
            dinas). Sel bergaris berasal dari rotasi pola kerja; istirahat antarshift paling sedikit {formatAngka(r.istirahatMinimalMenit / 60)} jam.
          </p>
          <div className="alat-roster tanpa-cetak">
            <div className="isian">
              <label htmlFor="roster-minggu">Minggu</label>
              <select id="roster-minggu" value={minggu} onChange={(e) => setMinggu(Number(e.target.value))}>
                {daftarMinggu.map((m, i) => (
                  <option key={m[0]} value={i}>
                    {formatTanggal(m[0]!)} s.d. {formatTanggal(m[m.length - 1]!)}
                  </option>
                ))}
              </select>
            </div>
            <button type="button" className="tombol sekunder" disabled={menyalin} onClick={() => void salin(daftarMinggu[minggu] ?? [], 7)}>
              Salin dari minggu sebelumnya
            </button>
            <button type="button" className="tombol sekunder" disabled={menyalin} onClick={() => void salin(r.hari.map((h) => h.tanggal), 28)}>
              Salin sebulan dari 4 minggu sebelumnya
            </button>
          </div>
          <div className="saring-roster tanpa-cetak">
            <div className="isian">
              <label htmlFor="roster-cari">Cari pegawai</label>
              <input id="roster-cari" type="search" value={cari} placeholder="Nama atau NIP" autoComplete="off" onChange={(e) => {
                setCari(e.target.value);
                setHalaman(1);
              }} />
            </div>
          </div>
          <div aria-live="polite" className="tanpa-cetak">{info && <p className="pesan pesan-ok" data-testid="info-roster">{info}</p>}</div>
          <PesanGalat galat={galat} />
          <section className="gulir-roster" aria-label={`Jadwal shift ${r.unit.nama} ${tulisBulan(r.bulan)}`}>
            <table className="tabel-roster" data-testid="tabel-roster">
              <caption className="sr">Jadwal shift per pegawai per hari</caption>
              <thead>
                <tr>
                  <th scope="col" className="kolom-nama">Pegawai</th>
                  {r.hari.map((h) => (
                    <th scope="col" key={h.tanggal} className={hariMinggu(h.tanggal) % 6 === 0 || h.libur ? 'hari-libur' : undefined} title={h.libur ?? undefined}>
                      <span className="nama-hari">{NAMA_HARI[hariMinggu(h.tanggal)]}</span> {Number(h.tanggal.slice(8))}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {tampil.length === 0 && (
                  <tr>
                    <td colSpan={r.hari.length + 1} className="pesan">
                      {kataCari ? `Tidak ada pegawai yang cocok dengan "${cari.trim()}".` : 'Unit ini belum mempunyai pegawai pada bulan ini.'}
                    </td>
                  </tr>
                )}
                {tampil.map((p) => (
                  <tr key={p.id}>
                    <th scope="row" className="kolom-nama">
                      {p.nama}
                      <span className="sub">{p.nip}</span>
                    </th>
                    {p.hari.map((h) => {
                      const k = kunciSel(p.id, h.tanggal);
                      const v = nilai(p, h);
                      const efektif = nilaiEfektif(h, v);
                      const salah = masalah.get(k);
                      const cuti = h.cuti && efektif && efektif !== LIBUR;
                      const kelas = ['sel-roster', v === ROTASI ? 'rotasi' : '', ubah.has(k) ? 'diubah' : '', cuti ? 'bentrok' : '', salah ? 'salah' : ''].filter(Boolean).join(
                        ' ',
                      );
                      const label = `${p.nama}, ${formatTanggal(h.tanggal)}`;
                      const rotasi = h.dariRoster ? 'rotasi' : `${h.kodeShift ?? 'L'} rotasi`;
                      const teks = v === ROTASI ? rotasi : v === LIBUR ? 'L' : v;
                      return (
                        <td key={h.tanggal} className={kelas} data-sel={k}>
                          {!h.bolehShift ?
                            <span title="Unit pegawai ini tidak bekerja dalam shift pada hari ini">·</span> :
                            aktif === k
                            ? (
                              <select aria-label={label} value={v} onChange={(e) => setel(p, h, e.target.value)} aria-invalid={salah ? true : undefined}
                                aria-describedby={salah || cuti ? `ket-${k}` : undefined}
                              >
                                <option value={ROTASI}>{rotasi}</option>
                                {r.shift.map((s) => <option key={s.kode} value={s.kode}>{s.kode}</option>)}
                                <option value={LIBUR}>L</option>
                              </select>
                            )
                            : (
                              <button type="button" className="pilih-sel" aria-haspopup="listbox" aria-label={`${label}: ${teks}`} onClick={(e) =>
                                bukaSel(e.currentTarget, setAktif)} aria-describedby={salah || cuti ? `ket-${k}` : undefined}
                              >
                                {teks}
                              </button>
                            )}
                          {/* Its code on paper, made as printing starts (beforeprint): 620 elements fewer on the screen. */}
                          {cetak && <span className="cetak-saja">{efektif === LIBUR ? 'L' : (efektif ?? 'R')}</span>}
                          {(salah || cuti) && (
                            <span id={`ket-${k}`} className={salah ? 'ket-sel galat-sel' : 'ket-sel'}>
                              {salah ? salah.join('; ') : `Cuti: ${h.cuti}`}
                            </span>
                          )}
                        </td>
                      );
                    })}
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
          <div className="tanpa-cetak">
            {kataCari && tersaring.length > 0 && <p className="ringkasan-hasil">{formatAngka(tersaring.length)} dari {formatAngka(r.pegawai.length)} pegawai cocok.</p>}
            <Paginasi halaman={halamanIni} total={tersaring.length} batas={BARIS_PER_HALAMAN} ganti={setHalaman} />
          </div>
          {bentrok.length > 0 && (
            <div className="kartu" data-testid="bentrok-cuti">
              <h2>Bertabrakan dengan cuti yang disetujui ({formatAngka(bentrok.length)})</h2>
              <ul>
                {bentrok.map(({ p, h, v }) => (
                  <li key={kunciSel(p.id, h.tanggal)}>
                    {p.nama}, {formatTanggal(h.tanggal)}: shift {namaShift(v)}, padahal {h.cuti}.
                  </li>
                ))}
              </ul>
            </div>
          )}
          <div className="tombol-roster tanpa-cetak">
            <button type="button" className="tombol utama" disabled={!ubah.size || mengirim} onClick={() => setKonfirmasi(true)}>
              Simpan jadwal{ubah.size ? ` (${formatAngka(ubah.size)} perubahan)` : ''}
            </button>
            {ubah.size > 0 && (
              <button type="button" className="tombol sekunder" onClick={() => {
                setUbah(new Map());
                setMasalah(new Map());
                setGalat(null);
                setInfo(null);
              }}>
                Batalkan perubahan
              </button>
            )}
          </div>
          {konfirmasi && (
            <DialogKonfirmasi judul="Simpan jadwal shift?" tombol="Simpan jadwal" mengirim={mengirim} galat={null} ya={() => void simpan()} batal={() => setKonfirmasi(false)}>
              <p>
                {formatAngka(ubah.size)} hari untuk {formatAngka(jumlahPegawaiUbah)} pegawai {r.unit.nama},{' '}
                {tulisBulan(bulan)}, disimpan sekaligus. Hari yang sudah ditutup dihitung ulang dengan jadwal baru.
              </p>
              {bentrok.length > 0 && <p className="pesan-galat">{formatAngka(bentrok.length)} hari bertabrakan dengan cuti yang disetujui.</p>}
            </DialogKonfirmasi>
          )}
        </>
      )}
    </section>
  );
}
