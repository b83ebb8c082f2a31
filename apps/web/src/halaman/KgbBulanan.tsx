import { useState } from 'react';
import { useSearchParams } from 'react-router';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatNip, formatRupiah, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN, STATUS_KGB, type skemaBarisKgb, type URUT_KGB } from '@simasn/layanan/kontrak';
import type { MasukanTitik, z } from '@simasn/kontrak';
import { alamatTitik, kunciJalur, panggil } from '../api.ts';
import { daftarDariUrl, pramuatApi, useDaftarBerhalaman, useHalamanApi, type Pramuat, useUbahCari } from '../kait.ts';
import { hariIniSetempat } from '../format.ts';
import { masalahPerBaris } from '../galat-baris.ts';
import { useSesi } from '../sesi.tsx';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { tautanSuratKgb } from '../komponen/JejakLayanan.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihSaring } from '../komponen/PilihSaring.tsx';
import { type JenisUrut, SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai } from '../komponen/Tabel.tsx';
import { TabelPilih, usePilihan } from '../komponen/TabelPilih.tsx';
import { PilihBulan } from '../komponen/Formulir.tsx';

type BarisKgb = z.input<typeof skemaBarisKgb>;
type FilterKgb = NonNullable<MasukanTitik<typeof KONTRAK_LAYANAN.kgb>['query']>;

const LABEL: Record<(typeof STATUS_KGB)[number], [string, string]> = { jatuh_tempo: ['Jatuh tempo', 'diajukan'], terhambat: ['Terhambat', 'ditolak'],
  diusulkan: ['Sedang diusulkan', 'netral'], terbit: ['Sudah terbit', 'disetujui'] };
const FILTER = ['q', 'urut', 'arah', 'status', 'lewat'] as const;
const BATAS = 50;
const URUT: [(typeof URUT_KGB)[number], string, JenisUrut?][] = [['tmt', 'TMT KGB', 'tanggal'], ['nama', 'Nama'], ['golongan', 'Golongan'], ['status', 'Status'], [
  'unit',
  'Perangkat daerah',
]];

/** Why a row cannot take the bulk confirmation (the server refuses the same rows). */
function alasanTidakDapat(b: BarisKgb): string | null {
  if (b.status === 'terbit') return 'surat sudah terbit';
  if (b.status === 'terhambat') return 'terhambat';
  if (b.status === 'diusulkan') return `sedang dalam usulan nomor ${b.usulanId}; tetapkan melalui usulannya`;
  if (b.terbitMulai) return `surat baru dapat diterbitkan mulai ${formatTanggal(b.terbitMulai)}`;
  return null;
}

/**
 * KGB bulanan (E-Berkala): who is due this month, who is blocked and why, bulk confirmation
 * that issues the numbered surat KGB (after a dialog with the count), the letters to download,
 * and the list for BKAD as XLSX. The list is searched, filtered, sorted and paged on the server.
 */
/** The month shown (the URL's, else this month in the instansi's zone) and the list's query. */
const masukanKgb = (cari: URLSearchParams, filter: Record<(typeof FILTER)[number], string>, halaman: number) => ({
  query: { ...filter, bulan: cari.get('bulan') ?? hariIniSetempat().slice(0, 7), page: halaman, limit: BATAS } as FilterKgb,
});

/** The page's data from its address, before it renders (kait.ts `Pramuat`). */
export const pramuat: Record<string, Pramuat> = { KgbBulanan({ qc, cari }) {
  const { filter, halaman } = daftarDariUrl(FILTER, cari);
  pramuatApi(qc, KONTRAK_LAYANAN.kgb, masukanKgb(cari, filter, halaman));
} };

export function KgbBulanan() {
  const { boleh } = useSesi();
  const proses = boleh('layanan:proses');
  const [param] = useSearchParams();
  const ubahCari = useUbahCari();
  const bulan = param.get('bulan') ?? hariIniSetempat().slice(0, 7);
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const pilihan = usePilihan();
  const [dikirim, setDikirim] = useState<string[]>([]);
  const [tanya, setTanya] = useState(false);
  const qc = useQueryClient();
  const { query: kueri } = masukanKgb(param, d.filter, d.halaman);
  const q = useHalamanApi(KONTRAK_LAYANAN.kgb, { query: kueri });
  const { page: _p, limit: _l, ...kueriEkspor } = kueri;
  const konfirmasi = useMutation({ mutationFn: (nip: string[]) => {
    setDikirim(nip);
    return panggil(KONTRAK_LAYANAN.konfirmasiKgb, { body: { bulan, nip } });
  }, onSuccess: () => {
    pilihan.kosongkan();
    setTanya(false);
    void qc.invalidateQueries({ queryKey: kunciJalur('layanan', 'kgb') });
  }, onError: () => setTanya(false) });
  const { perBaris, sisa } = masalahPerBaris(konfirmasi.error, dikirim);
  const dapat = q.data?.nipDapatDiterbitkan ?? [];
  const semua = dapat.length > 0 && dapat.every((n) => pilihan.pilih.has(n));

  return (
    <section>
      <div className="judul-halaman">
        <h1>KGB Bulanan</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="bulan-kgb">Bulan TMT</label>
          <PilihBulan id="bulan-kgb" nilai={bulan} ganti={(b) => {
            pilihan.kosongkan();
            konfirmasi.reset();
            ubahCari({ bulan: b, page: null });
          }} />
        </div>
      </div>
      {q.data && (
        <div className="kartu-angka">
          <KartuAngka label="Jatuh tempo" idNilai="kgb-jatuh-tempo" nilai={formatAngka(q.data.ringkasan.jatuhTempo)} />
          <KartuAngka label="Terhambat" nilai={formatAngka(q.data.ringkasan.terhambat)} />
          <KartuAngka label="Sedang diusulkan" nilai={formatAngka(q.data.ringkasan.diusulkan)} />
          <KartuAngka label="Sudah terbit" idNilai="kgb-terbit" nilai={formatAngka(q.data.ringkasan.terbit)} />
        </div>
      )}
      <SaringDaftar id="kgb" daftar={d} labelCari="Cari nama, NIP atau unit" urut={URUT} ekspor={alamatTitik(KONTRAK_LAYANAN.eksporKgb, { query: kueriEkspor })}>
        <PilihSaring id="kgb-status" label="Status" semua="Semua status" nilai={d.filter.status} ganti={(v) => d.ubah({ status: v })}
          pilihan={STATUS_KGB.map((k) => [k, LABEL[k][0]] as const)} />
        <PilihSaring id="kgb-lewat" label="TMT" semua="Semua" nilai={d.filter.lewat} ganti={(v) => d.ubah({ lewat: v })} pilihan={[['1', 'TMT lewat, surat belum terbit']]} />
      </SaringDaftar>
      {proses && (
        <div className="baris-tombol">
          <label className="pilih-semua">
            <input type="checkbox" checked={semua} disabled={!dapat.length} onChange={(e) => pilihan.ganti(e.target.checked ? dapat : [])} />{' '}
            Pilih semua yang dapat diterbitkan ({formatAngka(dapat.length)})
          </label>
          <button type="button" className="tombol utama" disabled={!pilihan.jumlah || konfirmasi.isPending} onClick={() => {
            konfirmasi.reset();
            setTanya(true);
          }}>
            {`Konfirmasi dan terbitkan surat KGB (${formatAngka(pilihan.jumlah)})`}
          </button>
        </div>
      )}
      {konfirmasi.error && (
        <PesanGalat judul="Tidak ada yang diterbitkan." galat={perBaris.size && !sisa.length
          ? `${formatAngka(perBaris.size)} pegawai tidak dapat diterbitkan KGB-nya; keterangannya ada pada barisnya di tabel.`
          : konfirmasi.error} />
      )}
      {konfirmasi.data && (
        <PesanBerhasil>
          {formatAngka(konfirmasi.data.jumlah)} surat KGB terbit, nomor {konfirmasi.data.terbit[0]?.nomorSurat}
          {konfirmasi.data.jumlah > 1 ? ` s.d. ${konfirmasi.data.terbit.at(-1)?.nomorSurat}` : ''}.
        </PesanBerhasil>
      )}
      {tanya && (
        <DialogKonfirmasi judul={`Terbitkan ${formatAngka(pilihan.jumlah)} surat KGB bernomor?`} tombol={`Terbitkan ${formatAngka(pilihan.jumlah)} surat`}
          mengirim={konfirmasi.isPending} batal={() => setTanya(false)} ya={() => konfirmasi.mutate([...pilihan.pilih])}
        >
          <p className="akibat">Nomor surat tidak dapat ditarik kembali.</p>
          <p>Riwayat gaji tiap pegawai diperbarui dan pegawai diberi tahu.</p>
        </DialogKonfirmasi>
      )}
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada KGB dengan TMT pada bulan ini yang cocok dalam lingkup Anda."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
      >
        {(items) => (
          <TabelPilih data-testid="tabel-kgb" sibuk={q.isFetching} baris={items} kunci={(b) => b.nip} pilihan={proses ? pilihan : null} namaBaris={(b) => b.nama}
            alasanTidakDapat={alasanTidakDapat} masalah={perBaris} atributBaris={(b) => ({ className: b.lewatTmt ? 'terlambat' : undefined, 'data-nip': b.nip })} kolom={[
            { judul: 'Pegawai', isi: (b) => <SelPegawai nama={b.nama} nip={b.nip} unit={b.perangkatDaerah} /> },
            { judul: 'Golongan', isi: (b) => b.golongan },
            { judul: 'TMT KGB', kelas: 'nowrap', isi: (b) => (
              <>
                {formatTanggal(b.tmtKgb)}
                {b.lewatTmt && <small className="sub lewat">TMT lewat, surat belum terbit</small>}
              </>
            ) },
            { judul: 'MKG baru', isi: (b) => `${b.mkgBaruTahun} th ${b.mkgBaruBulan} bl` },
            { judul: 'Gaji pokok lama → baru', label: 'Gaji pokok', kelas: 'nowrap', isi: (b) => (
              <>
                {formatRupiah(Number(b.gajiPokokLama))} → <strong>{formatRupiah(Number(b.gajiPokokBaru))}</strong>
              </>
            ) },
            { judul: 'Status', kelas: 'nowrap', isi: (b) => <span className={`lencana lencana-${LABEL[b.status][1]}`}>{LABEL[b.status][0]}</span> },
            { judul: 'Keterangan', isi: (b) => (
              <>
                {b.alasan.length > 0 && <ul className="daftar-alasan">{b.alasan.map((a) => <li key={a}>{a}</li>)}</ul>}
                {b.status === 'terbit' && b.riwayatGajiId && (
                  <>
                    <span className="sub">Nomor {b.nomorSurat}</span> <a href={tautanSuratKgb(b.riwayatGajiId)} target="_blank" rel="noreferrer">Surat (PDF)</a>
                    {' · '}
                    <a href={tautanSuratKgb(b.riwayatGajiId, 'docx')}>DOCX</a>
                  </>
                )}
                {b.catatan.map((c) => <small key={c} className="sub">{c}</small>)}
              </>
            ) },
          ]} />
        )}
      </DaftarBerhalaman>
      {q.data && q.data.dataKurang.length > 0 && (
        <details className="kartu">
          <summary>{formatAngka(q.data.ringkasan.dataKurang)} pegawai belum dapat dihitung karena datanya kurang</summary>
          <ul>{q.data.dataKurang.map((d) => <li key={d.nip}>{d.nama} ({formatNip(d.nip)}): {d.alasan}</li>)}</ul>
        </details>
      )}
    </section>
  );
}
