import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { useEffect, useState } from 'react';
import { Link } from 'react-router';
import { aturanTppBulan, formatAngka, formatRupiah, LABEL_HUKDIS_TPP, LABEL_SUMBER_CAPAIAN, type HukdisTpp, labelBulan, teksPersenTpp } from '@simasn/domain';
import type { MasukanTitik } from '@simasn/kontrak';
import { KONTRAK_TPP } from '@simasn/tpp/kontrak';
import { alamatTitik, kunci, kunciJalur, panggil } from '../api.ts';
import { formatWaktu, hariIniSetempat } from '../format.ts';
import { useDaftarBerhalaman, useKueriApi } from '../kait.ts';
import { DialogKonfirmasi } from '../komponen/DialogKonfirmasi.tsx';
import { PilihBulan } from '../komponen/Formulir.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_TPP.baris>['query']>;
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'bulan', 'perangkatDaerahId', 'saring'] as const;
const URUT = [['nama', 'Nama'], ['nip', 'NIP'], ['kelas', 'Kelas jabatan', 'angka'], ['netto', 'TPP diterima', 'angka']] as const;
const SARING = [['semua', 'Semua pegawai'], ['masalah', 'Data belum lengkap'], ['hukdis', 'Ada hukuman disiplin'], ['penyesuaian', 'Ada penyesuaian']] as const;
export const rupiah = (x: number | null | undefined) => (x === null || x === undefined ? '-' : formatRupiah(x));

/**
 * The TPP month for admin OPD (their perangkat daerah: review), BKD (every one: compute, lock,
 * adjustments) and BKAD (locked months: the daftar nominatif and the bank file): the state, the
 * totals, each perangkat daerah with its review and files, and every ASN with a link to the reason
 * of each rupiah.
 */
export function TppBulanan() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const qc = useQueryClient();
  // Without a month in the address the server picks it (for BKD and admin OPD the month there is work
  // on, for BKAD the latest locked one); the page then keeps it in the address, its answer already in
  // the cache, so that locking or computing does not move the page to the next month the server would pick.
  const b = useKueriApi(KONTRAK_TPP.bulan, { query: d.filter.bulan ? { bulan: d.filter.bulan } : {} }, { placeholderData: keepPreviousData });
  const m = b.data;
  useEffect(() => {
    if (d.filter.bulan || !m) return;
    qc.setQueryData(kunci(KONTRAK_TPP.bulan, { query: { bulan: m.bulan } }), m);
    d.ubah({ bulan: m.bulan });
  }, [d.filter.bulan, m, qc, d.ubah]);
  const bulan = d.filter.bulan || m?.bulan || hariIniSetempat().slice(0, 7);
  /** BKAD reads locked months only: the months to choose from are those BKD locked. */
  const hanyaTerkunci = !!m?.hanyaTerkunci;
  const bulanTerkunci = m?.bulanTerakhir.map((x) => x.bulan) ?? [];
  const kueri = { ...d.filter, bulan, perangkatDaerahId: d.filter.perangkatDaerahId || undefined, saring: d.filter.saring || undefined } as unknown as Filter;
  const q = useKueriApi(KONTRAK_TPP.baris, { query: { ...kueri, page: d.halaman, limit: BATAS } }, { enabled: !!m?.ada && m.bulan === bulan, placeholderData: keepPreviousData });
  const [tanya, setTanya] = useState<'hitung' | 'kunci' | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const segarkan = () => qc.invalidateQueries({ queryKey: kunciJalur('tpp') });
  const aksi = useMutation({ mutationFn: async (jenis: 'hitung' | 'kunci') => {
    if (jenis === 'hitung') {
      const h = await panggil(KONTRAK_TPP.hitung, { body: { bulan } });
      return `TPP ${labelBulan(bulan)} dihitung: ${formatAngka(h.dihitung)} pegawai${
        h.masalah ? `, ${formatAngka(h.masalah)} belum dapat dihitung karena data belum lengkap` : ''
      }.`;
    }
    await panggil(KONTRAK_TPP.kunci, { body: { bulan } });
    return `TPP ${labelBulan(bulan)} dikunci. Koreksi berikutnya dibuat sebagai penyesuaian pada bulan yang masih terbuka.`;
  }, onSuccess: (teks) => {
    setTanya(null);
    setPesan(teks);
    void segarkan();
  } });
  const tinjau = useMutation({ mutationFn: (x: { perangkatDaerahId: number, ditinjau: boolean }) => panggil(KONTRAK_TPP.tinjau, { body: { bulan, ...x } }),
    onSuccess: () => void segarkan() });
  const adaBaris = !!m?.ada;
  return (
    <section>
      <div className="judul-halaman">
        <h1>TPP Bulanan</h1>
        {m?.bolehHitung && (
          <button type="button" className="tombol utama" data-testid="hitung-tpp" onClick={() => {
            aksi.reset();
            setPesan(null);
            setTanya('hitung');
          }}>
            {m.ada ? 'Hitung ulang' : 'Hitung TPP'}
          </button>
        )}
        {m?.bolehKunci && (
          <button type="button" className="tombol" data-testid="kunci-tpp" onClick={() => {
            aksi.reset();
            setPesan(null);
            setTanya('kunci');
          }}>
            Kunci bulan
          </button>
        )}
      </div>
      {hanyaTerkunci
        ? (
          <Pilih id="tpp-bulan" label="Bulan yang dikunci BKD" nilai={bulan} ganti={(v) => d.ubah({ bulan: v === bulanTerkunci[0] ? '' : v })}
            pilihan={(bulanTerkunci.includes(bulan) ? bulanTerkunci : [bulan, ...bulanTerkunci]).map((x) => [x, labelBulan(x)] as const)} />
        )
        : (
          <div className="isian">
            <label htmlFor="tpp-bulan">Bulan</label>
            <PilihBulan id="tpp-bulan" nilai={bulan} ganti={(v) => d.ubah({ bulan: v })} sesudah={1} />
          </div>
        )}
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {tinjau.error && <PesanGalat galat={tinjau.error} />}
      {tanya === 'hitung' && (
        <DialogKonfirmasi judul={`${m?.ada ? 'Hitung ulang' : 'Hitung'} TPP ${labelBulan(bulan)} untuk semua pegawai?`} tombol={m?.ada ? 'Hitung ulang' : 'Hitung'}
          mengirim={aksi.isPending} galat={aksi.error} batal={() => setTanya(null)} ya={() => aksi.mutate('hitung')}
        >
          <p>
            Semua pegawai aktif dihitung menurut {aturanTppBulan(bulan).nama} dari rekap presensi,{' '}
            {LABEL_SUMBER_CAPAIAN[aturanTppBulan(bulan).capaianKinerja.sumber]}, daftar gaji yang diimpor (atau gaji pokok riwayat gaji) dan hukuman disiplin.
          </p>
          {m?.ada && <p className="akibat">Angka lama diganti dan tanda tinjau semua perangkat daerah dihapus; admin OPD perlu meninjau lagi.</p>}
        </DialogKonfirmasi>
      )}
      {tanya === 'kunci' && (
        <DialogKonfirmasi judul={`Kunci TPP ${labelBulan(bulan)}?`} tombol="Kunci bulan" bahaya mengirim={aksi.isPending} galat={aksi.error} batal={() => setTanya(null)} ya={() =>
          aksi.mutate('kunci')}
        >
          <p>
            {formatAngka(m?.jumlah.pegawai ?? 0)} pegawai, jumlah diterima {rupiah((m?.jumlah.netto ?? 0) + (m?.jumlah.penyesuaianNetto ?? 0))}.
          </p>
          <p className="akibat">Bulan yang dikunci tidak dapat dihitung ulang atau diubah. Koreksi sesudahnya dibayar sebagai penyesuaian pada bulan berikutnya.</p>
        </DialogKonfirmasi>
      )}
      {b.isLoading && <Memuat />}
      {b.error && <PesanGalat galat={b.error} />}
      {m && !m.ada && (
        <p className="petunjuk" data-testid="tpp-belum">
          {hanyaTerkunci && !m.bulanTerakhir.length
            ? 'Belum ada bulan TPP yang dikunci BKD. Daftar nominatif dan berkas transfer bank tersedia di sini setelah BKD mengunci bulannya.'
            : `TPP ${labelBulan(bulan)} ${m.bolehHitung ? 'belum dihitung.' : 'belum tersedia (belum dihitung atau belum dikunci BKD).'}`}
        </p>
      )}
      {m?.ada && (
        <>
          <p className="petunjuk" data-testid="status-tpp">
            {labelBulan(m.bulan)}: <strong>{m.status === 'dikunci' ? 'dikunci' : 'draf'}</strong>. Aturan {m.namaAturan}. Dihitung {formatWaktu(String(m.dihitungPada))}
            {m.dikunciPada ? `, dikunci ${formatWaktu(String(m.dikunciPada))}` : ''}.
          </p>
          <div className="kartu-angka" data-testid="jumlah-tpp">
            <KartuAngka label="Pegawai" nilai={formatAngka(m.jumlah.pegawai)} sub={m.jumlah.masalah ? `${formatAngka(m.jumlah.masalah)} data belum lengkap` : undefined} />
            <KartuAngka label="TPP bruto" nilai={rupiah(m.jumlah.bruto)} />
            <KartuAngka label="Jumlah diterima" nilai={rupiah(m.jumlah.netto + m.jumlah.penyesuaianNetto)}
              sub={m.jumlah.penyesuaianNetto ? `termasuk penyesuaian ${rupiah(m.jumlah.penyesuaianNetto)}` : undefined} />
            <KartuAngka label="PPh 21" nilai={rupiah(m.jumlah.pph21)} />
            <KartuAngka label="BPJS 4% (Pemda)" nilai={rupiah(m.jumlah.iuranBpjsPemda)} sub={`1% pegawai ${rupiah(m.jumlah.iuranBpjsPegawai)}`} />
          </div>
          {m.jumlah.tanpaRekening > 0 && (
            <p className="pesan pesan-peringatan" role="note" data-testid="tanpa-rekening">
              {formatAngka(m.jumlah.tanpaRekening)} pegawai yang menerima TPP {labelBulan(m.bulan)}{' '}
              belum ada rekening bank; mereka tidak dimasukkan ke berkas transfer bank sampai rekeningnya dicatat.{' '}
              <Link to="/tpp/rekening?rekening=belum">Lengkapi di Rekening TPP</Link>
            </p>
          )}
          <p>
            <a className="tombol sekunder" href={alamatTitik(KONTRAK_TPP.nominatifXlsx, { query: { bulan } })} data-testid="nominatif-semua">
              Unduh daftar nominatif (XLSX)
            </a>
          </p>
          <Tabel data-testid="tpp-opd" keterangan="Per perangkat daerah" baris={m.opd} kunci={(o) => o.perangkatDaerahId ?? 0} kolom={[
            { judul: 'Perangkat daerah', kepalaBaris: true, isi: (o) => o.nama },
            { judul: 'Pegawai', kelas: 'angka', isi: (o) => formatAngka(o.pegawai) },
            { judul: 'Belum lengkap', kelas: 'angka', isi: (o) => formatAngka(o.masalah) },
            { judul: 'Tanpa rekening', kelas: 'angka', isi: (o) =>
              o.tanpaRekening && o.perangkatDaerahId
                ? (
                  <Link to={`/tpp/rekening?rekening=belum&unitId=${o.perangkatDaerahId}`} aria-label={`${formatAngka(o.tanpaRekening)} pegawai ${o.nama} tanpa rekening`}>
                    {formatAngka(o.tanpaRekening)}
                  </Link>
                )
                : formatAngka(o.tanpaRekening) },
            { judul: 'Diterima', kelas: 'angka', isi: (o) => rupiah(o.netto + o.penyesuaianNetto) },
            { judul: 'Tinjauan', isi: (o) =>
              o.ditinjau
                ? (
                  <span>
                    Sudah ditinjau {o.ditinjauPada ? formatWaktu(String(o.ditinjauPada)) : ''}
                    {m.bolehTinjau && o.perangkatDaerahId && (
                      <button type="button" className="tombol teks" disabled={tinjau.isPending} onClick={() =>
                        tinjau.mutate({ perangkatDaerahId: o.perangkatDaerahId!, ditinjau: false })}
                      >
                        Batalkan
                      </button>
                    )}
                  </span>
                )
                : m.bolehTinjau && o.perangkatDaerahId
                ? (
                  <button type="button" className="tombol sekunder" data-testid={`tinjau-${o.perangkatDaerahId}`} disabled={tinjau.isPending} onClick={() =>
                    tinjau.mutate({ perangkatDaerahId: o.perangkatDaerahId!, ditinjau: true })}
                  >
                    Tandai sudah ditinjau
                  </button>
                )
                : m.status === 'dikunci'
                ? 'Dikunci'
                : 'Belum ditinjau' },
            { judul: 'Berkas', isi: (o) =>
              o.perangkatDaerahId
                ? (
                  <span className="baris-tautan">
                    <a href={alamatTitik(KONTRAK_TPP.nominatifXlsx, { query: { bulan, perangkatDaerahId: o.perangkatDaerahId } })}>XLSX</a>{' '}
                    <a href={alamatTitik(KONTRAK_TPP.nominatifPdf, { query: { bulan, perangkatDaerahId: o.perangkatDaerahId } })} target="_blank" rel="noopener"
                      data-testid={`pdf-${o.perangkatDaerahId}`}
                    >
                      PDF
                    </a>
                    {m.bolehBank && m.status === 'dikunci' && (
                      <>
                        {' '}
                        <a href={alamatTitik(KONTRAK_TPP.bank, { query: { bulan, perangkatDaerahId: o.perangkatDaerahId } })}>Berkas bank</a>
                      </>
                    )}
                  </span>
                )
                : '-' },
          ]} />
          <h2>Pegawai</h2>
          <SaringDaftar id="tpp" daftar={d} labelCari="Cari nama atau NIP" urut={URUT}>
            {m.opd.length > 1 && (
              <Pilih id="tpp-opd" label="Perangkat daerah" nilai={d.filter.perangkatDaerahId} ganti={(v) => d.ubah({ perangkatDaerahId: v })} kosong="Semua"
                pilihan={m.opd.filter((o) => o.perangkatDaerahId).map((o) => [String(o.perangkatDaerahId), o.nama] as const)} />
            )}
            <Pilih id="tpp-saring" label="Tampilkan" nilai={d.filter.saring || 'semua'} ganti={(v) =>
              d.ubah({ saring: v === 'semua' ? '' : v })} pilihan={SARING} />
          </SaringDaftar>
        </>
      )}
      {adaBaris && (
        <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada pegawai yang cocok."
          ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
        >
          {(items) => (
            <Tabel data-testid="tabel-tpp" sibuk={q.isFetching} baris={items} kunci={(r) => r.pegawaiId} kolom={[
              { judul: 'Pegawai', isi: (r) => <SelPegawai nama={r.nama} nip={r.nip} unit={r.jabatan} /> },
              { judul: 'Kelas', kelas: 'angka', isi: (r) => (r.kelasJabatan ? String(r.kelasJabatan) : '-') },
              { judul: 'Kinerja', kelas: 'angka', isi: (r) => (r.capaianKinerja === null ? '-' : teksPersenTpp(r.capaianKinerja)) },
              { judul: 'Pot. disiplin', kelas: 'angka', isi: (r) => (r.potonganDisiplin === null ? '-' : teksPersenTpp(r.potonganDisiplin)) },
              { judul: 'Hukdis', isi: (r) => (r.hukdis === 'tidak_ada' ? '-' : LABEL_HUKDIS_TPP[r.hukdis as HukdisTpp]) },
              { judul: 'Bruto', kelas: 'angka', isi: (r) => rupiah(r.bruto) },
              { judul: 'Diterima', kelas: 'angka', isi: (r) =>
                r.masalah ? 'Belum dihitung' : (
                  <>
                    {rupiah(r.netto! + r.penyesuaianNetto)}
                    {r.penyesuaianNetto ? <small>(penyesuaian {rupiah(r.penyesuaianNetto)})</small> : null}
                  </>
                ) },
              { judul: 'Keterangan', isi: (r) => (r.masalah ? `Data belum lengkap: ${r.masalah}` : '-') },
              { judul: 'Rincian', isi: (r) => <Link to={`/tpp/pegawai?pegawaiId=${r.pegawaiId}&bulan=${bulan}`}>Alasan</Link> },
            ]} />
          )}
        </DaftarBerhalaman>
      )}
    </section>
  );
}
