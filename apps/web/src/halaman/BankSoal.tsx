import { useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka, KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_UJIAN, LABEL_JENIS_BUTIR, LABEL_KELOMPOK_BANK, LABEL_SARING_ANALISIS, LABEL_STATUS_BUTIR, SARING_ANALISIS, STATUS_BUTIR,
  type StatusButir } from '@simasn/ujian/kontrak';
import { alamatTitik, panggil, periksaIsian, unggahTitik } from '../api.ts';
import { formatWaktu } from '../format.ts';
import { useHalamanApi, useKirim, useKueriApi } from '../kait.ts';
import { Formulir, IsianForm, masalahIsian, PilihBerkas, SalahDiSamping } from '../komponen/Formulir.tsx';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { TabelPilih, usePilihan } from '../komponen/TabelPilih.tsx';
import '../ujian/ujian.css';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/ujian/kontrak');

const K = KONTRAK_UJIAN;
type Butir = ResponsTitik<typeof K.daftarButir>['items'][number];
type Bank = ResponsTitik<typeof K.daftarBank>['items'][number];
const BATAS = 20;
const HURUF = ['a', 'b', 'c', 'd', 'e'] as const;
const KELAS_STATUS: Record<StatusButir, string> = { draf: 'lencana-netral', ditinjau: 'lencana-diajukan', aktif: 'lencana-disetujui', nonaktif: 'lencana-ditolak' };
const LANGKAH: Record<StatusButir, { ke: StatusButir, label: string }[]> = { draf: [{ ke: 'ditinjau', label: 'Ajukan tinjauan' }],
  ditinjau: [{ ke: 'aktif', label: 'Setujui (aktifkan)' }, { ke: 'draf', label: 'Kembalikan ke draf' }], aktif: [{ ke: 'nonaktif', label: 'Nonaktifkan' }],
  nonaktif: [{ ke: 'aktif', label: 'Aktifkan lagi' }] };

/**
 * Question banks of the BKD's kompetensi staff: banks per competency or TWK/TIU/TKP, items
 * searched, filtered and paged; writing and editing items (every edit a new version, back to
 * draf), the review steps before an item goes live, images, XLSX and QTI import (all or nothing) and export.
 */
export function BankSoal() {
  const bank = useKueriApi(K.daftarBank, {});
  const [bankId, setBankId] = useState<number | null>(null);
  const [q, setQ] = useState('');
  const [status, setStatus] = useState<StatusButir | ''>('');
  const [kategori, setKategori] = useState('');
  const [analisis, setAnalisis] = useState<(typeof SARING_ANALISIS)[number] | ''>('');
  const [halaman, setHalaman] = useState(1);
  const [ubah, setUbah] = useState<Butir | 'baru' | null>(null);
  const [pesan, setPesan] = useState('');
  const qc = useQueryClient();
  const kirim = useKirim();
  const pilihan = bank.data?.items.find((b) => b.id === bankId) ?? bank.data?.items[0] ?? null;
  const daftar = useHalamanApi(K.daftarButir, {
    query: { bankId: pilihan?.id, q: q || undefined, status: status || undefined, kategori: kategori || undefined, analisis: analisis || undefined, page: halaman, limit: BATAS },
    // The items of the bank shown (the first one until another is chosen): asked once the banks are known, not once without a bank and again with it.
  }, { enabled: !bank.isPending });
  const segarkan = () => qc.invalidateQueries({ queryKey: ['/api/ujian'], refetchType: 'active' }).then(() => Promise.all([bank.refetch(), daftar.refetch()]));
  const [impor, setImpor] = useState<File | null>(null);
  const [imporQti, setImporQti] = useState<File | null>(null);
  const [tanyaQti, setTanyaQti] = useState(false);
  const kirimQti = useKirim();
  /** Items chosen for a QTI package of their own (the whole bank when none). */
  const pilihButir = usePilihan();
  return (
    <section>
      <div className="judul-halaman">
        <h1>Bank Soal</h1>
      </div>
      <PesanGalat galat={bank.error} />
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <div className="saringan">
        <div className="isian">
          <label htmlFor="bank-pilih">Bank soal</label>
          <select id="bank-pilih" value={pilihan?.id ?? ''} onChange={(e) => {
            setBankId(Number(e.target.value));
            pilihButir.kosongkan();
            setHalaman(1);
          }}>
            {bank.data?.items.map((b) => <option key={b.id} value={b.id}>{b.nama} ({b.labelKelompok}, {formatAngka(b.jumlahAktif)} aktif)</option>)}
          </select>
        </div>
        <div className="isian">
          <label htmlFor="bank-cari">Cari teks soal</label>
          <input id="bank-cari" type="search" value={q} onChange={(e) => {
            setQ(e.target.value);
            setHalaman(1);
          }} />
        </div>
        <div className="isian">
          <label htmlFor="bank-kategori">Kategori</label>
          <select id="bank-kategori" value={kategori} onChange={(e) => {
            setKategori(e.target.value);
            setHalaman(1);
          }}>
            <option value="">Semua</option>
            {(pilihan?.kategori ?? []).map((k) => <option key={k} value={k}>{k}</option>)}
          </select>
        </div>
        <div className="isian">
          <label htmlFor="bank-status">Status</label>
          <select id="bank-status" value={status} onChange={(e) => {
            setStatus(e.target.value as StatusButir | '');
            setHalaman(1);
          }}>
            <option value="">Semua</option>
            {STATUS_BUTIR.map((s) => <option key={s} value={s}>{LABEL_STATUS_BUTIR[s]}</option>)}
          </select>
        </div>
        <div className="isian">
          <label htmlFor="bank-analisis">Hasil analisis butir</label>
          <select id="bank-analisis" value={analisis} onChange={(e) => {
            setAnalisis(e.target.value as (typeof SARING_ANALISIS)[number] | '');
            setHalaman(1);
          }}>
            <option value="">Semua</option>
            {SARING_ANALISIS.map((s) => <option key={s} value={s}>{LABEL_SARING_ANALISIS[s]}</option>)}
          </select>
        </div>
      </div>
      {pilihan && (
        <div className="baris-tombol">
          <button type="button" className="tombol utama" onClick={() => setUbah('baru')}>Tulis butir baru</button>
          <a className="tombol sekunder" href={alamatTitik(K.eksporBank, { params: { id: pilihan.id } })}>Unduh XLSX</a>
          <SalahDiSamping id="bank-impor" pesan={masalahIsian(kirim.galat, 'berkas')}>
            {(a) => <PilihBerkas {...a} id="bank-impor" berkas={impor} ganti={setImpor} accept=".xlsx" label="Berkas impor butir (XLSX)" teksTombol="Pilih XLSX impor" />}
          </SalahDiSamping>
          <button type="button" className="tombol sekunder" disabled={!impor || kirim.mengirim} onClick={() =>
            kirim.jalankan(async () => {
              const f = new FormData();
              f.append('file', impor!);
              const r = await unggahTitik(K.imporBank, f, { params: { id: pilihan.id } });
              setImpor(null);
              setPesan(`${formatAngka(r.diimpor)} butir diimpor sebagai draf.`);
              await segarkan();
            })}
          >
            Impor
          </button>
        </div>
      )}
      {pilihan && (
        <div className="baris-tombol" data-testid="bank-qti">
          <a className="tombol sekunder" href={alamatTitik(K.eksporBankQti, { params: { id: pilihan.id }, query: {} })}>Unduh paket QTI</a>
          {pilihButir.jumlah > 0 && (
            <a className="tombol sekunder" href={alamatTitik(K.eksporBankQti, { params: { id: pilihan.id }, query: { butir: [...pilihButir.pilih].join(',') } })}>
              Unduh paket QTI ({formatAngka(pilihButir.jumlah)} butir terpilih)
            </a>
          )}
          <SalahDiSamping id="bank-impor-qti" pesan={masalahIsian(kirimQti.galat, 'berkas')}>
            {(a) => (
              <PilihBerkas {...a} id="bank-impor-qti" berkas={imporQti} ganti={(f) => {
                setImporQti(f);
                kirimQti.setGalat(null);
              }} accept=".zip,.xml" label="Berkas impor butir (paket QTI .zip atau butir .xml)" teksTombol="Pilih paket QTI" />
            )}
          </SalahDiSamping>
          <button type="button" className="tombol sekunder" disabled={!imporQti || kirimQti.mengirim} onClick={() => setTanyaQti(true)}>Impor QTI</button>
        </div>
      )}
      {kirimQti.galat !== null && masalahIsian(kirimQti.galat, 'berkas').length === 0 && <PesanGalat galat={kirimQti.galat} judul="Paket QTI tidak diimpor" />}
      {tanyaQti && pilihan && imporQti && (
        <DialogKonfirmasi judul={`Impor butir dari ${imporQti.name} ke bank ${pilihan.nama}?`} tombol="Impor butir" mengirim={kirimQti.mengirim} batal={() => setTanyaQti(false)}
          ya={() =>
            kirimQti.jalankan(async () => {
              try {
                const f = new FormData();
                f.append('file', imporQti);
                const r = await unggahTitik(K.imporBankQti, f, { params: { id: pilihan.id } });
                setImporQti(null);
                setPesan(`${formatAngka(r.diimpor)} butir dari paket QTI diimpor sebagai draf.`);
                await segarkan();
              } finally {
                setTanyaQti(false);
              }
            })}
        >
          <p>
            Setiap butir diperiksa lebih dahulu; bila satu butir bermasalah, tidak ada butir yang disimpan. Butir baru berstatus draf dan perlu ditinjau sebelum aktif.
          </p>
        </DialogKonfirmasi>
      )}
      <PesanGalat galat={kirim.galat} />
      {ubah && pilihan && (
        <FormButir bank={pilihan} butir={ubah === 'baru' ? null : ubah} tutup={() => setUbah(null)} tersimpan={async (t) => {
          setUbah(null);
          setPesan(t);
          await segarkan();
        }} />
      )}
      <DaftarBerhalaman kueri={daftar} halaman={halaman} batas={BATAS} ganti={setHalaman} kosong="Belum ada butir yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} butir</p>}
      >
        {(items) => (
          <TabelPilih data-testid="tabel-butir" sibuk={daftar.isFetching} baris={items} kunci={(b) => String(b.id)} pilihan={pilihButir} alasanTidakDapat={() => null}
            namaBaris={(b) => `Pilih butir ${b.kategori} nomor ${b.id}`} kolom={[
            { judul: 'Kategori', isi: (b) => b.kategori },
            { judul: 'Soal', isi: (b) => <span className="ringkas-soal">{b.teks}</span> },
            { judul: 'Jenis', isi: (b) => LABEL_JENIS_BUTIR[b.jenis] },
            { judul: 'Status', isi: (b) => <span className={`lencana ${KELAS_STATUS[b.status]}`}>{b.labelStatus}</span> },
            { judul: 'Versi', isi: (b) => `${formatAngka(b.versi)} · ${formatWaktu(String(b.diubahPada))}` },
            { judul: 'Tindakan', isi: (b) => (
              <span className="aksi-baris">
                {LANGKAH[b.status].map((l) => (
                  <button key={l.ke} type="button" className="tombol teks" disabled={kirim.mengirim} onClick={() =>
                    kirim.jalankan(async () => {
                      await panggil(K.statusButir, { params: { id: b.id }, body: { status: l.ke, versi: b.versi } });
                      setPesan(`Butir ${b.id}: ${LABEL_STATUS_BUTIR[l.ke].toLowerCase()}.`);
                      await segarkan();
                    })}
                  >
                    {l.label}
                  </button>
                ))}
                <button type="button" className="tombol teks" onClick={() => setUbah(b)}>Ubah</button>
              </span>
            ) },
          ]} />
        )}
      </DaftarBerhalaman>
      <FormBank tersimpan={async (b) => {
        setBankId(b.id);
        setPesan(`Bank soal "${b.nama}" dibuat.`);
        await segarkan();
      }} />
    </section>
  );
}

type Opsi = { teks: string, benar: boolean, bobot: string };

/** Writing an item or a new version of one: text, one or several keys (or weights 1-5 for TKP), explanation, image. */
function FormButir({ bank, butir, tutup, tersimpan }: { bank: Bank, butir: Butir | null, tutup: () => void, tersimpan: (pesan: string) => Promise<void> }) {
  const kategoriPilihan = bank.kelompok === 'seleksi' ? ['TWK', 'TIU', 'TKP'] : [bank.kompetensiKode ?? ''];
  const [kategori, setKategori] = useState(butir?.kategori ?? kategoriPilihan[0]!);
  const [teks, setTeks] = useState(butir?.teks ?? '');
  const [jenis, setJenis] = useState<'tunggal' | 'ganda'>(butir?.jenis ?? 'tunggal');
  const [pembahasan, setPembahasan] = useState(butir?.pembahasan ?? '');
  const [acak, setAcak] = useState(butir?.acakOpsi ?? true);
  const [opsi, setOpsi] = useState<Opsi[]>(
    HURUF.map((_, i) => ({ teks: butir?.opsi[i]?.teks ?? '', benar: butir?.opsi[i]?.benar ?? false, bobot: butir?.opsi[i]?.bobot?.toString() ?? '' })),
  );
  const [gambar, setGambar] = useState<File | null>(null);
  const kirim = useKirim();
  const berbobot = kategori === 'TKP';
  const ganti = (i: number, x: Partial<Opsi>) => setOpsi(opsi.map((o, j) => (j === i ? { ...o, ...x } : jenis === 'tunggal' && x.benar ? { ...o, benar: false } : o)));
  return (
    <Formulir className="kartu form-panel" aria-label={butir ? `Ubah butir ${butir.id}` : 'Butir baru'} onSubmit={(e) => {
      e.preventDefault();
      void kirim.jalankan(async () => {
        const body = { bankId: bank.id, kategori, teks, jenis, pembahasan, acakOpsi: acak, versi: butir?.versi,
          opsi: opsi.map((o, i) => ({ ...o, id: HURUF[i]! })).filter((o) => o.teks.trim()).map((o) => ({ id: o.id, teks: o.teks, benar: !berbobot && o.benar,
            bobot: berbobot && o.bobot ? Number(o.bobot) : null })
          ) };
        const { skemaSimpanButir } = await muatSkema();
        periksaIsian(skemaSimpanButir, body, 'Butir soal belum benar.');
        const r = butir ? await panggil(K.ubahButir, { params: { id: butir.id }, body }) : await panggil(K.tambahButir, { body });
        if (gambar) {
          const f = new FormData();
          f.append('file', gambar);
          await unggahTitik(K.unggahGambar, f, { params: { id: r.id } });
        }
        await tersimpan(butir ? `Butir ${r.id} tersimpan sebagai versi ${r.versi + (gambar ? 1 : 0)} (draf, perlu ditinjau lagi).` : `Butir ${r.id} tersimpan sebagai draf.`);
      });
    }}>
      <h2 className="judul-bagian">{butir ? `Ubah butir ${butir.id} (versi ${butir.versi})` : 'Butir baru'}</h2>
      <PesanGalat galat={kirim.galat} />
      <div className="kisi-isian">
        <IsianForm id="butir-kategori" label="Kategori" wajib galat={kirim.galat} nama="kategori">
          {(a) => (
            <select {...a} value={kategori} onChange={(e) => setKategori(e.target.value)}>
              {kategoriPilihan.map((k) => <option key={k} value={k}>{k}</option>)}
            </select>
          )}
        </IsianForm>
        <IsianForm id="butir-jenis" label="Jenis jawaban" wajib galat={kirim.galat} nama="jenis">
          {(a) => (
            <select {...a} value={jenis} onChange={(e) => setJenis(e.target.value as 'tunggal' | 'ganda')}>
              <option value="tunggal">{LABEL_JENIS_BUTIR.tunggal}</option>
              <option value="ganda">{LABEL_JENIS_BUTIR.ganda}</option>
            </select>
          )}
        </IsianForm>
      </div>
      <IsianForm id="butir-teks" label="Teks soal" wajib lebar galat={kirim.galat} nama="teks">
        {(a) => <textarea {...a} rows={4} value={teks} onChange={(e) => setTeks(e.target.value)} />}
      </IsianForm>
      {opsi.map((o, i) => (
        <div className="kisi-isian" key={HURUF[i]}>
          <IsianForm id={`butir-opsi-${i}`} label={`Opsi ${HURUF[i]!.toUpperCase()}`} galat={kirim.galat} nama={[`opsi.${i}.teks`, `opsi.${i}.id`]} tepat>
            {(a) => <input {...a} value={o.teks} onChange={(e) => ganti(i, { teks: e.target.value })} />}
          </IsianForm>
          {berbobot
            ? (
              <IsianForm id={`butir-bobot-${i}`} label={`Bobot ${HURUF[i]!.toUpperCase()} (1-5)`} galat={kirim.galat} nama={`opsi.${i}.bobot`} tepat>
                {(a) => <input {...a} inputMode="numeric" value={o.bobot} onChange={(e) => ganti(i, { bobot: e.target.value })} />}
              </IsianForm>
            )
            : (
              <div className="isian isian-sebaris">
                <input id={`butir-kunci-${i}`} type="checkbox" checked={o.benar} onChange={(e) => ganti(i, { benar: e.target.checked })} />
                <label htmlFor={`butir-kunci-${i}`}>Kunci jawaban</label>
              </div>
            )}
        </div>
      ))}
      <IsianForm id="butir-pembahasan" label="Pembahasan" lebar galat={kirim.galat} nama="pembahasan" petunjuk="Ditampilkan kepada peserta setelah jadwal tes ditutup.">
        {(a) => <textarea {...a} rows={3} value={pembahasan} onChange={(e) => setPembahasan(e.target.value)} />}
      </IsianForm>
      <div className="isian isian-sebaris">
        <input id="butir-acak" type="checkbox" checked={acak} onChange={(e) => setAcak(e.target.checked)} />
        <label htmlFor="butir-acak">Acak urutan opsi untuk setiap peserta</label>
      </div>
      <IsianForm id="butir-gambar" label="Gambar (PNG atau JPEG, paling besar 1 MB)" galat={kirim.galat} nama="berkas">
        {(a) => <PilihBerkas {...a} berkas={gambar} ganti={setGambar} accept="image/png,image/jpeg" />}
      </IsianForm>
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={kirim.mengirim}>Simpan</button>
        <button type="button" className="tombol sekunder" onClick={tutup}>Batal</button>
      </div>
    </Formulir>
  );
}

/** A new bank: selection (TWK/TIU/TKP) or one competency. */
function FormBank({ tersimpan }: { tersimpan: (b: { id: number, nama: string }) => Promise<void> }) {
  const [nama, setNama] = useState('');
  const [kelompok, setKelompok] = useState<keyof typeof LABEL_KELOMPOK_BANK>('seleksi');
  const [kompetensiKode, setKode] = useState('');
  const kirim = useKirim();
  const pilihanKompetensi = KOMPETENSI_MANAJERIAL_SOSIAL_KULTURAL.filter((k) => k.kelompok === kelompok);
  return (
    <Formulir className="kartu form-panel" aria-label="Bank soal baru" onSubmit={(e) => {
      e.preventDefault();
      void kirim.jalankan(async () => {
        const body = { nama, kelompok, kompetensiKode: kelompok === 'seleksi' ? null : kompetensiKode || null };
        const { skemaTambahBank } = await muatSkema();
        periksaIsian(skemaTambahBank, body, 'Bank soal belum benar.');
        const b = await panggil(K.tambahBank, { body });
        setNama('');
        await tersimpan(b);
      });
    }}>
      <h2 className="judul-bagian">Bank soal baru</h2>
      <PesanGalat galat={kirim.galat} />
      <div className="kisi-isian">
        <IsianForm id="bank-nama" label="Nama bank soal" wajib galat={kirim.galat} nama="nama">
          {(a) => <input {...a} value={nama} onChange={(e) => setNama(e.target.value)} />}
        </IsianForm>
        <IsianForm id="bank-kelompok" label="Kelompok" wajib galat={kirim.galat} nama="kelompok">
          {(a) => (
            <select {...a} value={kelompok} onChange={(e) => {
              setKelompok(e.target.value as keyof typeof LABEL_KELOMPOK_BANK);
              setKode('');
            }}>
              {Object.entries(LABEL_KELOMPOK_BANK).map(([k, l]) => <option key={k} value={k}>{l}</option>)}
            </select>
          )}
        </IsianForm>
        {kelompok !== 'seleksi' && (
          <IsianForm id="bank-kompetensi" label="Kompetensi" wajib galat={kirim.galat} nama="kompetensiKode">
            {(a) =>
              kelompok === 'teknis'
                ? <input {...a} value={kompetensiKode} onChange={(e) => setKode(e.target.value)} />
                : (
                  <select {...a} value={kompetensiKode} onChange={(e) => setKode(e.target.value)}>
                    <option value="">Pilih kompetensi</option>
                    {pilihanKompetensi.map((k) => <option key={k.kode} value={k.kode}>{k.nama}</option>)}
                  </select>
                )}
          </IsianForm>
        )}
      </div>
      <button type="submit" className="tombol utama" disabled={kirim.mengirim}>Buat bank soal</button>
    </Formulir>
  );
}
