import { useMemo, useState, type FormEvent } from 'react';
import { useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatTanggal, JENIS_LIBUR, type JenisLibur, LABEL_JENIS_LIBUR, NAMA_HARI, NAMA_BULAN } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_KALENDER as K } from '@simasn/kalender/kontrak';
import { alamatTitik, kunci, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { formatWaktu, hariIniSetempat, tahunIniSetempat } from '../format.ts';
import { pramuatApi, useKirim, useKueriApi, type Pramuat, useUbahCari } from '../kait.ts';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { Formulir, IsianForm, IsianTanggal, PilihBulan } from '../komponen/Formulir.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { TombolSimpan } from '../komponen/TombolSimpan.tsx';
import { PanelImpor } from '../komponen/PanelImpor.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kalender/kontrak');

type Daftar = ResponsTitik<typeof K.daftar>;
type Aturan = Daftar['aturan'][number];
type Versi = Daftar['instansi']['versi'][number];
type Berlaku = Daftar['instansi']['berlaku'];
type JadwalHari = ResponsTitik<typeof K.jadwalUnit>['hari'][number];

const TAB = { unit: 'Kalender unit', libur: 'Hari libur', aturan: 'Aturan presensi', hitung: 'Hitung ulang' } as const;
type Tab = keyof typeof TAB;

/** `07.30` from `07:30`. */
const jam = (j: string | null) => (j ? j.replace(':', '.') : '-');
/** `0%`, `0,5%`, `1,25%`. */
const persen = (x: number) => `${formatAngka(x, 2).replace(/,00$/, '').replace(/(,\d)0$/, '$1')}%`;
const hariDari = (iso: string) => NAMA_HARI[new Date(`${iso}T00:00:00Z`).getUTCDay()]!;
const namaBulan = (bulan: string) => `${NAMA_BULAN[Number(bulan.slice(5, 7)) - 1]} ${bulan.slice(0, 4)}`;

function namaAturan(daftar: readonly Aturan[], id: string) {
  return daftar.find((a) => a.id === id)?.nama ?? id;
}
function namaPola(daftar: readonly Aturan[], aturanId: string, pola: string) {
  return daftar.find((a) => a.id === aturanId)?.pola.find((p) => p.id === pola)?.nama ?? pola;
}

const tabDari = (cari: URLSearchParams): Tab => (Object.hasOwn(TAB, cari.get('tab') ?? '') ? cari.get('tab') : 'unit') as Tab;
/** The unit the unit tab opens on: an admin OPD's first unit; for those who keep the calendars (admin BKD), the instansi's default. */
const unitAwal = (data: Daftar): string => (data.unit.length && !data.bolehKelola ? String(data.unit[0]!.id) : '');
const masukanJadwal = (bulan: string, unitId: number | null) => ({ query: { bulan, ...(unitId ? { unitId } : {}) } });

/**
 * The page's data from its address, before it renders (kait.ts `Pramuat`): the calendars, and on
 * the unit tab the month's schedule of the unit it opens on as soon as the calendars are here
 * (not after they have rendered).
 */
export const pramuat: Record<string, Pramuat> = { KalenderKerja({ qc, cari }) {
  void qc.fetchQuery({ queryKey: kunci(K.daftar, {}), queryFn: ({ signal }) => panggil(K.daftar, {}, signal) }).then((data) => {
    if (tabDari(cari) !== 'unit') return;
    const u = unitAwal(data);
    pramuatApi(qc, K.jadwalUnit, masukanJadwal(hariIniSetempat().slice(0, 7), u ? Number(u) : null));
  }, () => {});
} };

/**
 * Kalender Kerja: which attendance rule version and working pattern each unit follows from which
 * date (admin BKD sets them, an admin OPD sees its own units'), the year's holidays and cuti
 * bersama with their versions (XLSX import, local changes), the rule sets as data, and a month
 * recomputed under another rule version (nothing stored).
 */
export function KalenderKerja() {
  const [param] = useSearchParams();
  const ubahCari = useUbahCari();
  const tab = tabDari(param);
  const q = useKueriApi(K.daftar, {});
  return (
    <section>
      <div className="judul-halaman">
        <h1>Kalender Kerja</h1>
      </div>
      <p className="petunjuk">
        Hari dan jam kerja tiap unit, hari libur dan cuti bersama, serta aturan presensi yang dipakai menghitung keterlambatan (TL), pulang sebelum waktunya (PSW) dan potongan.
        Setiap hari yang dihitung menyebut versi aturan dan kalendernya.
      </p>
      <div className="tab" role="tablist" aria-label="Bagian kalender kerja">
        {(Object.keys(TAB) as Tab[]).map((t) => (
          <button key={t} type="button" role="tab" id={`tab-${t}`} aria-selected={t === tab} aria-controls="panel-kalender" onClick={() => {
            ubahCari({ tab: t });
          }}>
            {TAB[t]}
          </button>
        ))}
      </div>
      <div id="panel-kalender" role="tabpanel" aria-labelledby={`tab-${tab}`}>
        {q.isPending ?
          <Memuat /> :
          q.isError ?
          <PesanGalat galat={q.error} /> :
          tab === 'unit' ?
          <PanelUnit data={q.data} /> :
          tab === 'libur' ?
          <PanelLibur bolehKelola={q.data.bolehKelola} /> :
          tab === 'aturan' ?
          <PanelAturan aturan={q.data.aturan} /> :
          <PanelHitungUlang data={q.data} />}
      </div>
    </section>
  );
}

function teksBerlaku(data: Daftar, b: Berlaku, unitId: number | null) {
  const asal = b.kalenderId === null ?
    'bawaan sistem' :
    b.dariUnitId === null ?
    'kalender bawaan instansi' :
    b.dariUnitId === unitId ?
    'kalender unit ini' :
    `mengikuti ${data.unit.find((u) => u.id === b.dariUnitId)?.nama ?? 'unit induk'}`;
  return `${namaPola(data.aturan, b.aturanId, b.pola)} · ${namaAturan(data.aturan, b.aturanId)} (${asal}${b.berlakuMulai ? `, sejak ${formatTanggal(b.berlakuMulai)}` : ''})`;
}

function PanelUnit({ data }: { data: Daftar }) {
  const [pilih, setPilih] = useState<string>(() => unitAwal(data));
  const [pesan, setPesan] = useState<string | null>(null);
  const unitId = pilih ? Number(pilih) : null;
  const unit = data.unit.find((u) => u.id === unitId) ?? null;
  const versi = unit ? unit.versi : data.instansi.versi;
  const berlaku = unit ? unit.berlaku : data.instansi.berlaku;
  return (
    <>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <div className="kartu saringan">
        <div className="isian isian-lebar">
          <label htmlFor="kalender-unit">Unit</label>
          <PilihUnit id="kalender-unit" nilai={pilih} unit={data.unit} labelKosong="Kalender bawaan instansi" wajib={!data.bolehKelola} ganti={(v) => {
            setPilih(v);
            setPesan(null);
          }} />
        </div>
      </div>
      <div className="kartu">
        <h2>{unit ? unit.nama : 'Kalender bawaan instansi'}</h2>
        <p>
          Berlaku hari ini: <strong>{teksBerlaku(data, berlaku, unitId)}</strong>
        </p>
        <h3>Versi kalender</h3>
        {versi.length ?
          (
            <Tabel baris={versi} kunci={(v) => v.id} kolom={[
              { judul: 'Berlaku mulai', isi: (v) => formatTanggal(v.berlakuMulai), kelas: 'nowrap' },
              { judul: 'Pola kerja', isi: (v) => namaPola(data.aturan, v.aturanId, v.pola) },
              { judul: 'Aturan', isi: (v) => namaAturan(data.aturan, v.aturanId) },
              { judul: 'Keterangan', isi: (v) => v.keterangan ?? '-' },
              { judul: 'Dicatat', isi: (v) => formatWaktu(v.dibuatPada) },
              { judul: 'Status',
                isi: (v) => <span className={`lencana ${v.sudahBerlaku ? 'lencana-disetujui' : 'lencana-netral'}`}>{v.sudahBerlaku ? 'Sudah berlaku' : 'Belum berlaku'}</span> },
              ...(data.bolehKelola ? [{ judul: 'Tindakan', isi: (v: Versi) => (v.sudahBerlaku ? '-' : <HapusVersi versi={v} selesai={setPesan} />) }] : []),
            ]} />
          ) :
          <Kosong>{unit ? 'Unit ini belum mempunyai kalender sendiri; ia mengikuti unit induk atau kalender bawaan instansi.' : 'Belum ada kalender bawaan instansi.'}</Kosong>}
        {data.bolehKelola && <FormVersi key={pilih} data={data} unitId={unitId} selesai={setPesan} />}
      </div>
      <JadwalBulan unitId={unitId} />
    </>
  );
}

function HapusVersi({ versi, selesai }: { versi: Versi, selesai: (p: string) => void }) {
  const qc = useQueryClient();
  const [tanya, setTanya] = useState(false);
  const { galat, mengirim, jalankan } = useKirim();
  return (
    <>
      <button type="button" className="tombol sekunder kecil" aria-label={`Hapus versi mulai ${formatTanggal(versi.berlakuMulai)}`} onClick={() => setTanya(true)}>
        Hapus
      </button>
      {tanya && (
        <DialogKonfirmasi judul="Hapus versi kalender?" tombol="Hapus versi" bahaya mengirim={mengirim} galat={galat} batal={() => setTanya(false)} ya={() =>
          jalankan(async () => {
            await panggil(K.hapusVersi, { params: { id: versi.id } });
            await qc.invalidateQueries({ queryKey: kunciJalur('kalender') });
            setTanya(false);
            selesai(`Versi kalender yang akan berlaku mulai ${formatTanggal(versi.berlakuMulai)} dihapus.`);
          })}
        >
          <p>Versi ini belum berlaku, jadi belum ada hari yang dihitung dengannya.</p>
        </DialogKonfirmasi>
      )}
    </>
  );
}

function FormVersi({ data, unitId, selesai }: { data: Daftar, unitId: number | null, selesai: (p: string) => void }) {
  const qc = useQueryClient();
  const [buka, setBuka] = useState(false);
  const [berlakuMulai, setBerlakuMulai] = useState(hariIniSetempat());
  const [aturanId, setAturanId] = useState(data.aturan[0]?.id ?? '');
  const aturan = data.aturan.find((a) => a.id === aturanId);
  const [pola, setPola] = useState(aturan?.polaBawaan ?? '');
  const [keterangan, setKeterangan] = useState('');
  const { galat, setGalat, mengirim, jalankan } = useKirim();
  if (!buka) {
    return (
      <p>
        <button type="button" className="tombol utama" onClick={() => setBuka(true)}>
          Tambah versi kalender
        </button>
      </p>
    );
  }
  async function kirim(e: FormEvent) {
    e.preventDefault();
    const body = { unitId, berlakuMulai, aturanId, pola, keterangan: keterangan.trim() || null };
    try {
      const { skemaTambahKalenderUnit } = await muatSkema();
      periksaIsian(skemaTambahKalenderUnit, body, 'Isian kalender belum benar.');
    } catch (err) {
      return setGalat(err);
    }
    await jalankan(async () => {
      await panggil(K.tambahVersi, { body });
      await qc.invalidateQueries({ queryKey: kunciJalur('kalender') });
      setBuka(false);
      selesai(`Versi kalender baru berlaku mulai ${formatTanggal(berlakuMulai)}: ${namaPola(data.aturan, aturanId, pola)}.`);
    });
  }
  return (
    <Formulir className="form-panel" onSubmit={kirim} aria-label="Tambah versi kalender">
      <h3>Tambah versi kalender</h3>
      <PesanGalat galat={galat} />
      <div className="kisi-isian">
        <IsianForm id="versi-mulai" label="Berlaku mulai" wajib galat={galat} nama="berlakuMulai"
          petunjuk="Hari ini atau nanti; hari yang sudah lewat tetap dihitung dengan kalender saat itu."
        >
          {(a) => <IsianTanggal {...a} nilai={berlakuMulai} ganti={setBerlakuMulai} />}
        </IsianForm>
        <IsianForm id="versi-aturan" label="Aturan presensi" wajib galat={galat} nama="aturanId">
          {(a) => (
            <select {...a} value={aturanId} onChange={(e) => {
              setAturanId(e.target.value);
              setPola(data.aturan.find((x) => x.id === e.target.value)?.polaBawaan ?? '');
            }}>
              {data.aturan.map((x) => (
                <option key={x.id} value={x.id}>
                  {x.nama}
                </option>
              ))}
            </select>
          )}
        </IsianForm>
        <IsianForm id="versi-pola" label="Pola kerja" wajib galat={galat} nama="pola">
          {(a) => (
            <select {...a} value={pola} onChange={(e) => setPola(e.target.value)}>
              {aturan?.pola.map((p) => (
                <option key={p.id} value={p.id}>
                  {p.nama}
                </option>
              ))}
            </select>
          )}
        </IsianForm>
        <IsianForm id="versi-keterangan" label="Keterangan" galat={galat} nama="keterangan" lebar>
          {(a) => <input {...a} value={keterangan} maxLength={500} onChange={(e) => setKeterangan(e.target.value)} />}
        </IsianForm>
      </div>
      <TombolSimpan teks="Simpan versi" mengirim={mengirim} batal={() => setBuka(false)} />
    </Formulir>
  );
}

function JadwalBulan({ unitId }: { unitId: number | null }) {
  const [bulan, setBulan] = useState(hariIniSetempat().slice(0, 7));
  const q = useKueriApi(K.jadwalUnit, masukanJadwal(bulan, unitId));
  return (
    <div className="kartu">
      <h2>Jadwal sebulan</h2>
      <div className="isian">
        <label htmlFor="jadwal-bulan">Bulan</label>
        <PilihBulan id="jadwal-bulan" nilai={bulan} ganti={setBulan} sebelum={18} sesudah={12} />
      </div>
      {q.isPending ? <Memuat /> : q.isError ? <PesanGalat galat={q.error} /> : (
        <>
          <p className="ringkasan-hasil">
            {namaBulan(bulan)}: {formatAngka(q.data.ringkas.hariKerja)} hari kerja, {formatAngka(Math.floor(q.data.ringkas.menitKerja / 60))} jam{' '}
            {formatAngka(q.data.ringkas.menitKerja % 60)} menit dari masuk sampai pulang
          </p>
          <TabelJadwal hari={q.data.hari} />
        </>
      )}
    </div>
  );
}

function TabelJadwal({ hari }: { hari: readonly JadwalHari[] }) {
  return (
    <Tabel kartu={false} baris={hari} kunci={(h) => h.tanggal} atributBaris={(h) => ({ 'data-libur': h.hariKerja ? undefined : 'ya' })} kolom={[
      { judul: 'Tanggal', isi: (h) => `${hariDari(h.tanggal)}, ${formatTanggal(h.tanggal)}`, kelas: 'nowrap', kepalaBaris: true },
      { judul: 'Masuk', isi: (h) => (h.hariKerja ? jam(h.masuk) : '-') },
      { judul: 'Pulang', isi: (h) => (h.hariKerja ? `${jam(h.pulang)}${h.lintasTengahMalam ? ' (hari berikutnya)' : ''}` : '-') },
      { judul: 'Keterangan', isi: (h) =>
        h.hariKerja ? [h.shift ? `Shift ${h.shift.nama}` : null, h.ramadan ? 'Jam kerja Ramadan' : null].filter(Boolean).join(' · ') || 'Hari kerja' : (h.alasan ?? 'Libur') },
    ]} />
  );
}

function PanelLibur({ bolehKelola }: { bolehKelola: boolean }) {
  const ini = tahunIniSetempat();
  const [tahun, setTahun] = useState(ini);
  const [versi, setVersi] = useState<number | undefined>(undefined);
  const [pesan, setPesan] = useState<string | null>(null);
  const q = useKueriApi(K.libur, { query: { tahun, ...(versi ? { versi } : {}) } });
  const pilihanTahun = useMemo(() => [ini - 2, ini - 1, ini, ini + 1, ini + 2], [ini]);
  return (
    <>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <div className="kartu saringan">
        <div className="isian">
          <label htmlFor="libur-tahun">Tahun</label>
          <select id="libur-tahun" value={tahun} onChange={(e) => {
            setTahun(Number(e.target.value));
            setVersi(undefined);
          }}>
            {pilihanTahun.map((t) => (
              <option key={t} value={t}>
                {t}
              </option>
            ))}
          </select>
        </div>
        {q.data && q.data.versi.length > 1 && (
          <div className="isian isian-lebar">
            <label htmlFor="libur-versi">Versi daftar</label>
            <select id="libur-versi" value={versi ?? ''} onChange={(e) => setVersi(e.target.value ? Number(e.target.value) : undefined)}>
              <option value="">Yang berlaku (versi {q.data.berlaku})</option>
              {q.data.versi.map((v) => (
                <option key={v.id} value={v.versi}>
                  {`Versi ${v.versi}, ${formatWaktu(v.dibuatPada)}: ${v.keterangan.slice(0, 80)}`}
                </option>
              ))}
            </select>
          </div>
        )}
        <a className="tombol sekunder" href={alamatTitik(K.templatLibur, { query: { tahun } })} download>
          Unduh daftar (XLSX)
        </a>
      </div>
      {q.isPending ? <Memuat /> : q.isError ? <PesanGalat galat={q.error} /> : (
        <div className="kartu">
          <h2>Hari libur dan cuti bersama {tahun}</h2>
          {q.data.dipilih ?
            (
              <>
                <p>
                  Versi {q.data.dipilih.versi} ({q.data.dipilih.versi === q.data.berlaku ? 'berlaku' : 'versi lama'}), {formatWaktu(q.data.dipilih.dibuatPada)}:{' '}
                  {q.data.dipilih.keterangan}
                </p>
                <p>
                  {formatAngka(q.data.hari.filter((h) => h.jenis === 'libur_nasional').length)} libur nasional,{' '}
                  {formatAngka(q.data.hari.filter((h) => h.jenis === 'cuti_bersama').length)} cuti bersama,{' '}
                  {formatAngka(q.data.hari.filter((h) => h.jenis === 'libur_daerah').length)} libur daerah. {q.data.dipilih.ramadanDari && q.data.dipilih.ramadanSampai ?
                    `Ramadan ${formatTanggal(q.data.dipilih.ramadanDari)} sampai ${formatTanggal(q.data.dipilih.ramadanSampai)}.` :
                    'Rentang Ramadan mengikuti aturan presensi.'}
                </p>
                {(q.data.perubahan.ditambah.length > 0 || q.data.perubahan.dihapus.length > 0) && (
                  <ul className="daftar-perubahan">
                    {q.data.perubahan.ditambah.map((h) => <li key={`+${h.tanggal}`}>Ditambah: {formatTanggal(h.tanggal)}, {h.nama}</li>)}
                    {q.data.perubahan.dihapus.map((h) => <li key={`-${h.tanggal}`}>Dihapus: {formatTanggal(h.tanggal)}, {h.nama}</li>)}
                  </ul>
                )}
                <Tabel baris={q.data.hari} kunci={(h) => h.tanggal} kolom={[
                  { judul: 'Tanggal', isi: (h) => `${hariDari(h.tanggal)}, ${formatTanggal(h.tanggal)}`, kelas: 'nowrap', kepalaBaris: true },
                  { judul: 'Nama', isi: (h) => h.nama },
                  { judul: 'Jenis', isi: (h) => LABEL_JENIS_LIBUR[h.jenis] },
                ]} />
              </>
            ) :
            <Kosong>Belum ada daftar hari libur tahun {tahun}. {bolehKelola ? 'Impor daftar SKB tahun itu di bawah.' : ''}</Kosong>}
        </div>
      )}
      {bolehKelola && (
        <>
          <FormImporLibur tahun={tahun} selesai={(p) => {
            setVersi(undefined);
            setPesan(p);
          }} />
          {q.data?.dipilih && (
            <FormUbahLibur tahun={tahun} hari={q.data.hari} selesai={(p) => {
              setVersi(undefined);
              setPesan(p);
            }} />
          )}
        </>
      )}
    </>
  );
}

type HasilImpor = ResponsTitik<typeof K.imporLibur>;

function FormImporLibur({ tahun, selesai }: { tahun: number, selesai: (p: string) => void }) {
  const qc = useQueryClient();
  return (
    <PanelImpor<HasilImpor> judul={`Impor daftar libur ${tahun}`} id="libur-berkas" jalur={alamatTitik(K.imporLibur)} isian={{ tahun: String(tahun) }}
      pesanKosong="Pilih berkas daftar libur." kabari={selesai} petunjuk={
      <>
        Kolom tanggal, nama, jenis ({JENIS_LIBUR.map((j) => LABEL_JENIS_LIBUR[j].toLowerCase()).join(', ')}). Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang
        disimpan. Impor menjadi versi baru; versi lama tetap tersimpan.
      </>
    } selesai={async (h) => {
      await qc.invalidateQueries({ queryKey: kunciJalur('kalender') });
      return `Daftar libur ${tahun} diimpor sebagai versi ${h.versi} (${formatAngka(h.jumlahBaris)} baris).`;
    }} />
  );
}

function FormUbahLibur({ tahun, hari, selesai }: { tahun: number, hari: readonly { tanggal: string, nama: string }[], selesai: (p: string) => void }) {
  const qc = useQueryClient();
  const [jenisUbah, setJenisUbah] = useState<'tambah' | 'hapus' | 'ramadan'>('tambah');
  const [tanggal, setTanggal] = useState('');
  const [nama, setNama] = useState('');
  const [jenis, setJenis] = useState<JenisLibur>('libur_daerah');
  const [hapus, setHapus] = useState('');
  const [dari, setDari] = useState('');
  const [sampai, setSampai] = useState('');
  const [alasan, setAlasan] = useState('');
  const { galat, setGalat, mengirim, jalankan } = useKirim();
  async function kirim(e: FormEvent) {
    e.preventDefault();
    const body = { tahun, alasan: alasan.trim(), ...(jenisUbah === 'tambah' ? { tambah: { tanggal, nama: nama.trim(), jenis } } : {}), ...(jenisUbah === 'hapus' ? { hapus } : {}),
      ...(jenisUbah === 'ramadan' ? { ramadan: dari || sampai ? { dari, sampai } : null } : {}) };
    try {
      const { skemaUbahLibur } = await muatSkema();
      periksaIsian(skemaUbahLibur, body, 'Isian perubahan belum benar.');
    } catch (err) {
      return setGalat(err);
    }
    await jalankan(async () => {
      const h = await panggil(K.ubahLibur, { body });
      await qc.invalidateQueries({ queryKey: kunciJalur('kalender') });
      setAlasan('');
      selesai(`Daftar libur ${tahun} versi ${h.dipilih?.versi ?? ''} disimpan.`);
    });
  }
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Ubah daftar libur">
      <h2>Perubahan daerah {tahun}</h2>
      <PesanGalat galat={galat} />
      <IsianForm id="ubah-jenis" label="Perubahan" galat={galat} nama="jenisUbah">
        {(a) => (
          <select {...a} value={jenisUbah} onChange={(e) => setJenisUbah(e.target.value as typeof jenisUbah)}>
            <option value="tambah">Menambah hari libur</option>
            <option value="hapus">Menghapus hari libur</option>
            <option value="ramadan">Mengatur rentang Ramadan</option>
          </select>
        )}
      </IsianForm>
      <div className="kisi-isian">
        {jenisUbah === 'tambah' && (
          <>
            <IsianForm id="ubah-tanggal" label="Tanggal" wajib galat={galat} nama="tambah.tanggal">
              {(a) => <IsianTanggal {...a} nilai={tanggal} ganti={setTanggal} />}
            </IsianForm>
            <IsianForm id="ubah-nama" label="Nama hari libur" wajib galat={galat} nama="tambah.nama">
              {(a) => <input {...a} value={nama} maxLength={200} onChange={(e) => setNama(e.target.value)} />}
            </IsianForm>
            <IsianForm id="ubah-jenis-libur" label="Jenis" wajib galat={galat} nama="tambah.jenis">
              {(a) => (
                <select {...a} value={jenis} onChange={(e) => setJenis(e.target.value as JenisLibur)}>
                  {JENIS_LIBUR.map((j) => (
                    <option key={j} value={j}>
                      {LABEL_JENIS_LIBUR[j]}
                    </option>
                  ))}
                </select>
              )}
            </IsianForm>
          </>
        )}
        {jenisUbah === 'hapus' && (
          <IsianForm id="ubah-hapus" label="Hari libur yang dihapus" wajib galat={galat} nama="hapus" lebar>
            {(a) => (
              <select {...a} value={hapus} onChange={(e) => setHapus(e.target.value)}>
                <option value="">Pilih hari libur…</option>
                {hari.map((h) => (
                  <option key={h.tanggal} value={h.tanggal}>
                    {`${formatTanggal(h.tanggal)}: ${h.nama}`}
                  </option>
                ))}
              </select>
            )}
          </IsianForm>
        )}
        {jenisUbah === 'ramadan' && (
          <>
            <IsianForm id="ubah-dari" label="Awal Ramadan" galat={galat} nama={['ramadan.dari', 'dari']} petunjuk="Kosongkan keduanya untuk kembali ke rentang aturan.">
              {(a) => <IsianTanggal {...a} nilai={dari} ganti={setDari} />}
            </IsianForm>
            <IsianForm id="ubah-sampai" label="Akhir Ramadan" galat={galat} nama={['ramadan.sampai', 'sampai']}>
              {(a) => <IsianTanggal {...a} nilai={sampai} ganti={setSampai} />}
            </IsianForm>
          </>
        )}
        <IsianForm id="ubah-alasan" label="Alasan (dasar perubahan)" wajib galat={galat} nama="alasan" lebar>
          {(a) => <input {...a} value={alasan} maxLength={500} onChange={(e) => setAlasan(e.target.value)} />}
        </IsianForm>
      </div>
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={mengirim}>
          {mengirim ? 'Menyimpan…' : 'Simpan sebagai versi baru'}
        </button>
      </div>
    </Formulir>
  );
}

function PanelAturan({ aturan }: { aturan: readonly Aturan[] }) {
  return (
    <>
      {aturan.map((a) => (
        <div key={a.id} className="kartu">
          <h2>{a.nama}</h2>
          <p>
            Dasar: {a.dasarHukum}. Berlaku mulai {formatTanggal(a.berlakuMulai)}.
            {a.catatan ? ` ${a.catatan}` : ''}
          </p>
          <p>
            Potongan per kejadian TL/PSW tingkat 1 sampai 4: {a.potonganTerlambat.map(persen).join(', ')} (tidak absen masuk atau pulang dihitung tingkat 4). Izin{' '}
            {persen(a.potonganStatus.izin ?? 0)} dan alpa {persen(a.potonganStatus.alpa ?? 0)} per hari; sebulan paling banyak {persen(a.batasPotonganPersen)}. {a.gantiWaktuMenit ?
              `Terlambat paling lama ${formatAngka(a.gantiWaktuMenit)} menit dapat diganti dengan pulang sekurang-kurangnya selama itu setelah jam pulang.` :
              'Tanpa penggantian waktu keterlambatan.'} {a.ramadan.length ?
              `Ramadan: ${a.ramadan.map((r) => `${formatTanggal(r.dari)} sampai ${formatTanggal(r.sampai)}`).join('; ')}.` :
              'Rentang Ramadan diatur dalam daftar libur tahunan.'}
          </p>
          {a.pola.map((p) => (
            <div key={p.id}>
              <h3>{p.nama}</h3>
              {p.hari ?
                (
                  <Tabel baris={[1, 2, 3, 4, 5, 6, 0]} kunci={(d) => d} kolom={[
                    { judul: 'Hari', isi: (d) =>
                      NAMA_HARI[d]!, kepalaBaris: true },
                    { judul: 'Jam kerja', isi: (d) => (p.hari![d] ? `${jam(p.hari![d]!.masuk)}-${jam(p.hari![d]!.pulang)}` : 'Libur') },
                    { judul: 'Ramadan', isi: (d) => (p.ramadan?.[d] ? `${jam(p.ramadan[d]!.masuk)}-${jam(p.ramadan[d]!.pulang)}` : p.hari![d] ? 'Sama' : 'Libur') },
                  ]} />
                ) :
                (
                  <>
                    <Tabel baris={p.shift ?? []} kunci={(s) => s.kode} kolom={[
                      { judul: 'Shift', isi: (s) => `${s.nama} (${s.kode})`, kepalaBaris: true },
                      { judul: 'Masuk', isi: (s) => jam(s.masuk) },
                      { judul: 'Pulang', isi: (s) => `${jam(s.pulang)}${s.pulang <= s.masuk ? ' (hari berikutnya)' : ''}` },
                    ]} />
                    {p.rotasi && (
                      <p className="petunjuk">
                        Rotasi tanpa jadwal khusus: {p.rotasi.urutan.map((k) => (k
                          ? (p.shift?.find((s) => s.kode === k)?.nama ?? k)
                          : 'Lepas')
                        ).join(', ')}. Malam: TL dihitung dari jam masuk, PSW dari jam pulang keesokan harinya. {p.ikutLibur ? '' : 'Hari libur nasional tetap bertugas.'}
                      </p>
                    )}
                  </>
                )}
            </div>
          ))}
        </div>
      ))}
    </>
  );
}

function PanelHitungUlang({ data }: { data: Daftar }) {
  const [unitId, setUnitId] = useState(data.unit[0] ? String(data.unit[0].id) : '');
  const [bulan, setBulan] = useState(() => {
    const h = hariIniSetempat();
    const n = Number(h.slice(0, 4)) * 12 + Number(h.slice(5, 7)) - 2;
    return `${Math.floor(n / 12)}-${String((n % 12) + 1).padStart(2, '0')}`;
  });
  const [aturanId, setAturanId] = useState(data.aturan[1]?.id ?? data.aturan[0]?.id ?? '');
  const [hasil, setHasil] = useState<ResponsTitik<typeof K.hitungUlang> | null>(null);
  const { galat, mengirim, jalankan } = useKirim();
  async function kirim(e: FormEvent) {
    e.preventDefault();
    await jalankan(async () => setHasil(await panggil(K.hitungUlang, { body: { aturanId, bulan, unitId: Number(unitId) } })));
  }
  return (
    <>
      <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Hitung ulang">
        <h2>Hitung ulang sebulan di bawah aturan lain</h2>
        <p className="petunjuk">Tidak ada yang disimpan atau diubah: hasilnya hanya dibandingkan dengan perhitungan menurut kalender yang berlaku.</p>
        <PesanGalat galat={galat} />
        <div className="kisi-isian">
          <IsianForm id="ulang-unit" label="Unit" wajib galat={galat} nama="unitId">
            {(a) => <PilihUnit {...a} nilai={unitId} unit={data.unit} labelKosong="Pilih unit…" wajib ganti={setUnitId} />}
          </IsianForm>
          <IsianForm id="ulang-bulan" label="Bulan" wajib galat={galat} nama="bulan">
            {(a) => <PilihBulan {...a} nilai={bulan} ganti={setBulan} sebelum={24} sesudah={2} />}
          </IsianForm>
          <IsianForm id="ulang-aturan" label="Di bawah aturan" wajib galat={galat} nama="aturanId">
            {(a) => (
              <select {...a} value={aturanId} onChange={(e) => setAturanId(e.target.value)}>
                {data.aturan.map((x) => (
                  <option key={x.id} value={x.id}>
                    {x.nama}
                  </option>
                ))}
              </select>
            )}
          </IsianForm>
        </div>
        <div className="baris-tombol">
          <button type="submit" className="tombol utama" disabled={mengirim || !unitId}>
            {mengirim ? 'Menghitung…' : 'Hitung ulang'}
          </button>
        </div>
      </Formulir>
      {hasil && (
        <div className="kartu">
          <h2>
            {namaBulan(hasil.bulan)} di bawah {namaAturan(data.aturan, hasil.aturanId)}
          </h2>
          <p>
            {hasil.sumber === 'jadwal' ?
              'Belum ada data kehadiran tersimpan untuk dibandingkan; yang dibandingkan adalah jadwal kerja tiap hari.' :
              'Dibandingkan dengan data kehadiran yang tersimpan.'}
          </p>
          {hasil.pegawai.length ?
            (
              <Tabel baris={hasil.pegawai} kunci={(p) => p.pegawaiId} kolom={[
                { judul: 'Pegawai', isi: (p) => p.nama, kepalaBaris: true },
                { judul: 'Hari berubah', isi: (p) => formatAngka(p.ringkas.hariBerubah), kelas: 'angka' },
                { judul: 'Potongan sekarang', isi: (p) => persen(p.ringkas.potonganSekarang), kelas: 'angka' },
                { judul: 'Potongan dihitung ulang', isi: (p) => persen(p.ringkas.potonganUlang), kelas: 'angka' },
                { judul: 'Contoh perubahan', isi: (p) => {
                  const h = p.hari.find((x) => x.berubah);
                  if (!h) return 'Tidak ada';
                  const a = h.jadwalSekarang;
                  const b = h.jadwalUlang;
                  return `${formatTanggal(h.tanggal)}: ${a.hariKerja ? `${jam(a.masuk)}-${jam(a.pulang)}` : 'libur'} menjadi ${
                    b.hariKerja ? `${jam(b.masuk)}-${jam(b.pulang)}` : 'libur'
                  }${h.nilaiUlang ? ` (${h.nilaiUlang.keterangan})` : ''}`;
                } },
              ]} />
            ) :
            <Kosong>Tidak ada pegawai aktif di unit itu.</Kosong>}
        </div>
      )}
    </>
  );
}
