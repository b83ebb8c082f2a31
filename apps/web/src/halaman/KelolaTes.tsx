import { useState } from 'react';
import { Link, useParams } from 'react-router';
import { CAT_SKD_2024, formatAngka, formatPersen, instanSetempat, JENIS_DIKLAT_SIASN } from '@simasn/domain';
import { KONTRAK_UJIAN } from '@simasn/ujian/kontrak';
import { alamatTitik, panggil, periksaIsian } from '../api.ts';
import { CONTOH_JAM, formatWaktu, hariIniSetempat, zonaSetempat } from '../format.ts';
import { useKirim, useKueriApi } from '../kait.ts';
import { Formulir, IsianForm, IsianJam, IsianTanggal } from '../komponen/Formulir.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';
import '../ujian/ujian.css';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/ujian/kontrak');

const K = KONTRAK_UJIAN;

/** The CAT tests: who takes them, when, how many items per category; a new test (kompetensi staff); each test's proctoring page. */
export function KelolaTes() {
  const bolehKelola = useSesi().boleh('ujian:kelola');
  const tes = useKueriApi(K.daftarTes, {});
  const [pesan, setPesan] = useState('');
  return (
    <section>
      <div className="judul-halaman">
        <h1>Tes CAT</h1>
      </div>
      <PesanGalat galat={tes.error} />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {tes.isPending && <Memuat />}
      {tes.data && !tes.data.items.length && <Kosong>Belum ada tes.</Kosong>}
      {tes.data && tes.data.items.length > 0 && (
        <Tabel data-testid="tabel-tes" baris={tes.data.items} kunci={(t) => t.id} kolom={[
          { judul: 'Tes', isi: (t) => <Link to={`/ujian/kelola/${t.id}`}>{t.judul}</Link> },
          { judul: 'Soal', isi: (t) => t.kategori.map((k) => `${k.kode} ${formatAngka(k.jumlahButir)}`).join(', ') },
          { judul: 'Waktu', isi: (t) => `${formatAngka(t.menit)} menit` },
          { judul: 'Jadwal', isi: (t) => `${formatWaktu(String(t.dibukaPada))} sampai ${formatWaktu(String(t.ditutupPada))}` },
          { judul: 'Peserta', isi: (t) => `${formatAngka(t.peserta)} (${formatAngka(t.selesai)} selesai)` },
        ]} />
      )}
      {bolehKelola && (
        <FormTes tersimpan={(judul) => {
          setPesan(`Tes "${judul}" dibuat.`);
          void tes.refetch();
        }} />
      )}
    </section>
  );
}

/** A new test from a bank: for a selection bank the SKD shape (TWK/TIU/TKP, their scoring and pass marks) with the counts to draw. */
function FormTes({ tersimpan }: { tersimpan: (judul: string) => void }) {
  const bank = useKueriApi(K.daftarBank, {});
  const [judul, setJudul] = useState('');
  const [bankId, setBankId] = useState('');
  const [jumlah, setJumlah] = useState<Record<string, string>>({});
  const [ambang, setAmbang] = useState<Record<string, string>>({});
  const [menit, setMenit] = useState('100');
  const [tanggalBuka, setTanggalBuka] = useState(hariIniSetempat());
  const [jamBuka, setJamBuka] = useState('08:00');
  const [tanggalTutup, setTanggalTutup] = useState(hariIniSetempat());
  const [jamTutup, setJamTutup] = useState('16:00');
  const [unitId, setUnitId] = useState('');
  const [jp, setJp] = useState('');
  const [jenisDiklat, setJenisDiklat] = useState('');
  const kirim = useKirim();
  const b = bank.data?.items.find((x) => String(x.id) === bankId) ?? bank.data?.items[0];
  const kategori = b?.kelompok === 'seleksi'
    ? CAT_SKD_2024.kategori
    : b
    ? [{ kode: b.kompetensiKode ?? '', nama: b.namaKompetensi ?? '', jumlahButir: b.jumlahAktif, penilaian: { jenis: 'benar_salah' as const, benar: 1, salah: 0, kosong: 0 },
      ambangBatas: 0 }]
    : [];
  const waktu = (t: string, j: string) => (/^\d{4}-\d{2}-\d{2}$/.test(t) && /^\d{2}:\d{2}$/.test(j) ? instanSetempat(t, j, zonaSetempat()).toISOString() : '');
  return (
    <Formulir className="kartu form-panel" aria-label="Tes baru" onSubmit={(e) => {
      e.preventDefault();
      void kirim.jalankan(async () => {
        const body = { judul, menit, urutanKategori: 'blok' as const, dibukaPada: waktu(tanggalBuka, jamBuka), ditutupPada: waktu(tanggalTutup, jamTutup),
          sasaran: unitId ? { jenis: 'unit' as const, ids: [Number(unitId)] } : { jenis: 'semua' as const }, jp: jp || null, jenisDiklat: jenisDiklat || null,
          kategori: kategori.map((k) => ({ ...k, jumlahButir: jumlah[k.kode] ?? k.jumlahButir, ambangBatas: ambang[k.kode] ?? k.ambangBatas, bankId: b?.id ?? 0 })) };
        const { skemaTambahTes } = await muatSkema();
        periksaIsian(skemaTambahTes, body, 'Tes belum benar.');
        const t = await panggil(K.tambahTes, { body: body as never });
        setJudul('');
        tersimpan(t.judul);
      });
    }}>
      <h2 className="judul-bagian">Tes baru</h2>
      <PesanGalat galat={kirim.galat} />
      <div className="kisi-isian">
        <IsianForm id="tes-judul" label="Judul tes" wajib galat={kirim.galat} nama="judul">
          {(a) => <input {...a} value={judul} onChange={(e) => setJudul(e.target.value)} />}
        </IsianForm>
        <IsianForm id="tes-bank" label="Bank soal" wajib galat={kirim.galat} nama="kategori">
          {(a) => (
            <select {...a} value={b ? String(b.id) : ''} onChange={(e) => setBankId(e.target.value)}>
              {bank.data?.items.map((x) => <option key={x.id} value={x.id}>{x.nama} ({formatAngka(x.jumlahAktif)} butir aktif)</option>)}
            </select>
          )}
        </IsianForm>
        {kategori.map((k, i) => (
          <div key={k.kode} className="kisi-isian">
            <IsianForm id={`tes-jumlah-${k.kode}`} label={`Jumlah soal ${k.kode}`} wajib galat={kirim.galat} nama={`kategori.${i}.jumlahButir`} tepat>
              {(a) => <input {...a} inputMode="numeric" value={jumlah[k.kode] ?? String(k.jumlahButir)} onChange={(e) => setJumlah({ ...jumlah, [k.kode]: e.target.value })} />}
            </IsianForm>
            <IsianForm id={`tes-ambang-${k.kode}`} label={`Ambang batas ${k.kode}`} wajib galat={kirim.galat} nama={`kategori.${i}.ambangBatas`} tepat>
              {(a) => <input {...a} inputMode="numeric" value={ambang[k.kode] ?? String(k.ambangBatas)} onChange={(e) => setAmbang({ ...ambang, [k.kode]: e.target.value })} />}
            </IsianForm>
          </div>
        ))}
        <IsianForm id="tes-menit" label="Waktu (menit)" wajib galat={kirim.galat} nama="menit">
          {(a) => <input {...a} inputMode="numeric" value={menit} onChange={(e) => setMenit(e.target.value)} />}
        </IsianForm>
        <IsianForm id="tes-buka" label="Dibuka tanggal" wajib galat={kirim.galat} nama="dibukaPada">
          {(a) => <IsianTanggal {...a} nilai={tanggalBuka} ganti={setTanggalBuka} />}
        </IsianForm>
        <IsianForm id="tes-jam-buka" label="Jam dibuka" wajib petunjuk={CONTOH_JAM}>
          {(a) => <IsianJam {...a} nilai={jamBuka} ganti={setJamBuka} />}
        </IsianForm>
        <IsianForm id="tes-tutup" label="Ditutup tanggal" wajib galat={kirim.galat} nama="ditutupPada">
          {(a) => <IsianTanggal {...a} nilai={tanggalTutup} ganti={setTanggalTutup} />}
        </IsianForm>
        <IsianForm id="tes-jam-tutup" label="Jam ditutup" wajib petunjuk={CONTOH_JAM}>
          {(a) => <IsianJam {...a} nilai={jamTutup} ganti={setJamTutup} />}
        </IsianForm>
        <IsianForm id="tes-unit" label="Peserta" galat={kirim.galat} nama="sasaran" petunjuk="Semua ASN, atau ASN satu unit beserta unit di bawahnya.">
          {(a) => <PilihUnit {...a} nilai={unitId} ganti={setUnitId} labelKosong="Semua ASN" />}
        </IsianForm>
        <IsianForm id="tes-jp" label="JP bila lulus" galat={kirim.galat} nama="jp"
          petunjuk="Kosongkan bila tes ini tidak dihitung sebagai JP. Peserta yang lulus semua kategori mendapat riwayat diklat dengan JP ini."
        >
          {(a) => <input {...a} inputMode="numeric" value={jp} onChange={(e) => setJp(e.target.value)} />}
        </IsianForm>
        <IsianForm id="tes-jenis-diklat" label="Jenis diklat (SIASN)" galat={kirim.galat} nama="jenisDiklat">
          {(a) => (
            <select {...a} value={jenisDiklat} onChange={(e) => setJenisDiklat(e.target.value)}>
              <option value="">Tidak dihitung JP</option>
              {JENIS_DIKLAT_SIASN.map((j) => <option key={j.kode} value={j.kode}>{j.kode}. {j.nama}</option>)}
            </select>
          )}
        </IsianForm>
      </div>
      <button type="submit" className="tombol utama" disabled={kirim.mengirim || !b}>Buat tes</button>
    </Formulir>
  );
}

/** The proctor's page of one test: participants with their state, devices, addresses and signals; the item analysis and results per category and unit. */
export function PantauTes() {
  const { id } = useParams();
  const tesId = Number(id);
  const p = useKueriApi(K.pantau, { params: { id: tesId } }, { refetchInterval: 15_000 });
  const a = useKueriApi(K.analisis, { params: { id: tesId } });
  const angka = (x: number | null) => (x === null ? 'tidak terukur' : formatAngka(x, 3));
  return (
    <section>
      <p className="kembali">
        <Link to="/ujian/kelola">← Tes CAT</Link>
      </p>
      <div className="judul-halaman">
        <h1>Pengawasan {p.data?.tes.judul ?? 'tes'}</h1>
      </div>
      <PesanGalat galat={p.error ?? a.error} />
      {p.isPending && <Memuat />}
      <p className="catatan-kecil">Sinyal dicatat untuk diperiksa pengawas; sistem tidak memberi sanksi otomatis.</p>
      {p.data && !p.data.items.length && <Kosong>Belum ada peserta yang memulai tes ini.</Kosong>}
      {p.data && p.data.items.length > 0 && (
        <Tabel data-testid="tabel-peserta" baris={p.data.items} kunci={(x) => x.id} kolom={[
          { judul: 'Peserta', isi: (x) => (
            <span>
              {x.nama}
              <br />
              <span className="nip">{x.nip}</span>
            </span>
          ) },
          { judul: 'Unit', isi: (x) => x.unit ?? '-' },
          { judul: 'Keadaan', isi: (x) => (x.status === 'berjalan' ? 'Sedang mengerjakan' : x.caraSelesai === 'waktu_habis' ? 'Selesai (waktu habis)' : 'Selesai') },
          { judul: 'Dijawab', isi: (x) => formatAngka(x.dijawab) },
          { judul: 'Nilai', isi: (x) => (x.total === null ? '-' : `${formatAngka(x.total)}${x.lulus ? ' (lulus)' : ''}`) },
          { judul: 'Perangkat / alamat', isi: (x) => `${formatAngka(x.perangkat)} / ${formatAngka(x.alamat)}` },
          { judul: 'Sinyal', isi: (x) =>
            x.sinyal.length
              ? <ul className="sinyal-daftar">{x.sinyal.map((s) => <li key={`${s.jenis}-${String(s.pada)}`}>{s.label}, {formatWaktu(String(s.pada))}</li>)}</ul>
              : 'Tidak ada' },
        ]} />
      )}
      <h2 className="judul-bagian">Analisis butir</h2>
      {a.data && (
        <>
          <p>
            {formatAngka(a.data.peserta)} peserta selesai · alfa Cronbach {angka(a.data.alpha)} · rata-rata {angka(a.data.rataRata)} · simpangan baku {angka(a.data.simpanganBaku)}
          </p>
          {a.data.keterangan && <p className="pesan">{a.data.keterangan}</p>}
          <a className="tombol sekunder" href={alamatTitik(K.eksporAnalisis, { params: { id: tesId } })}>Unduh XLSX analisis butir</a>
          {a.data.butir.length > 0 && (
            <Tabel data-testid="tabel-analisis" baris={a.data.butir} kunci={(b) => b.butirId} kolom={[
              { judul: 'Butir', isi: (b) => <span className="ringkas-soal">{b.kategori}: {b.teks}</span> },
              { judul: 'p', isi: (b) => angka(b.p) },
              { judul: 'd', isi: (b) => angka(b.d) },
              { judul: 'r', isi: (b) => angka(b.r) },
              { judul: 'Pengecoh', isi: (b) => b.opsi.map((o) => `${o.id.toUpperCase()}${o.kunci ? ' (kunci)' : ''} ${formatPersen(o.proporsi * 100)}`).join('; ') || '-' },
              { judul: 'Revisi', isi: (b) => (b.perluRevisi ? `Perlu revisi: ${b.alasan.join('; ')}` : 'Tidak') },
            ]} />
          )}
          <h2 className="judul-bagian">Hasil per kategori</h2>
          <Tabel baris={a.data.perKategori} kunci={(k) => k.kode} kolom={[
            { judul: 'Kategori', isi: (k) => k.nama },
            { judul: 'Rata-rata', isi: (k) => formatAngka(k.rataRata) },
            { judul: 'Memenuhi ambang', isi: (k) => `${formatAngka(k.lulus)} dari ${formatAngka(k.peserta)}` },
          ]} />
          <h2 className="judul-bagian">Hasil per unit</h2>
          {!a.data.perUnit.length && <Kosong>Belum ada peserta yang selesai.</Kosong>}
          <Tabel baris={a.data.perUnit} kunci={(u) => u.unit} kolom={[
            { judul: 'Unit', isi: (u) => u.unit },
            { judul: 'Peserta', isi: (u) => formatAngka(u.peserta) },
            { judul: 'Rata-rata', isi: (u) => formatAngka(u.rataRata) },
            { judul: 'Lulus', isi: (u) => formatAngka(u.lulus) },
          ]} />
        </>
      )}
    </section>
  );
}
