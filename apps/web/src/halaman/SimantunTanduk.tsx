import { Link, useNavigate, useSearchParams } from 'react-router';
import { keepPreviousData, useMutation, useQueryClient } from '@tanstack/react-query';
import { formatAngka, formatNip, formatTanggal, labelGolongan } from '@simasn/domain';
import { BULAN_SIAGA_PENSIUN, KONTRAK_LAYANAN, KONTRAK_PENSIUN, type PemeriksaanKeluarga, type URUT_PENSIUN } from '@simasn/layanan/kontrak';
import type { MasukanTitik } from '@simasn/kontrak';
import { alamatTitik, kunci, kunciJalur, panggil } from '../api.ts';
import { useDaftarBerhalaman, useKueriApi } from '../kait.ts';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { PilihSaring } from '../komponen/PilihSaring.tsx';
import { type JenisUrut, SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { hariSetempat } from '../format.ts';
import { TabelUsulanLayanan } from '../komponen/TabelUsulanLayanan.tsx';
import type { UsulanRinci } from '../layanan.ts';
import { PanelUsulanLayanan } from '../komponen/PanelUsulanLayanan.tsx';
import { PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';

type FilterPensiun = NonNullable<MasukanTitik<typeof KONTRAK_PENSIUN.daftar>['query']>;
const FILTER = ['q', 'urut', 'arah', 'usulan'] as const;
const BATAS = 50;
const URUT: [(typeof URUT_PENSIUN)[number], string, JenisUrut?][] = [['tmt', 'TMT pensiun', 'tanggal'], ['nama', 'Nama'], ['golongan', 'Golongan'], ['unit', 'Perangkat daerah']];

/** The family check and the dates BKN gave, under the request's steps. */
function RincianPensiun({ u }: { u: UsulanRinci }) {
  const qc = useQueryClient();
  const d = u.data as Record<string, string | number | PemeriksaanKeluarga | undefined>;
  const p = d.pemeriksaanKeluarga as PemeriksaanKeluarga | undefined;
  const periksa = useMutation({ mutationFn: () => panggil(KONTRAK_PENSIUN.periksaKeluarga, { params: { id: u.id } }), onSuccess: () => {
    void qc.invalidateQueries({ queryKey: kunci(KONTRAK_LAYANAN.usulan, { params: { id: u.id } }) });
  } });
  const terbuka = u.status === 'diproses' || u.status === 'dikembalikan';
  return (
    <div className="rincian-pensiun">
      <p>
        BUP {String(d.bup)} tahun pada {formatTanggal(String(d.tanggalBup))}; <strong>TMT pensiun {formatTanggal(String(d.tmtPensiun))}</strong>.
      </p>
      {d.nomorUsulBkn && <p>Usulan ke BKN {formatTanggal(String(d.tanggalUsulBkn))}, nomor {String(d.nomorUsulBkn)}.</p>}
      {d.nomorSkPensiun && <p data-testid="sk-pensiun">SK pensiun {String(d.nomorSkPensiun)} tanggal {formatTanggal(String(d.tanggalSkPensiun))}.</p>}
      {d.tanggalPenyerahan && <p>SK diserahkan {formatTanggal(String(d.tanggalPenyerahan))} kepada {String(d.diterimaOleh)}.</p>}
      <h3>Data keluarga dan data kependudukan</h3>
      {p ?
        (
          <div data-testid="pemeriksaan-keluarga">
            <p className="sub">
              Diperiksa {formatTanggal(hariSetempat(p.diperiksaPada))} ke {p.sumber === 'dukcapil' ? 'layanan Dukcapil' : 'data kependudukan lokal'}; {p.jumlahAnggotaKk}{' '}
              orang di kartu keluarga.
            </p>
            {/* Masked by the server for a reader without the personal-data right (UU 27/2022). */}
            {p.nikPegawai && <p data-testid="nik-pemeriksaan">NIK pegawai: {p.nikPegawai}</p>}
            {p.selisih.length
              ? (
                <ul className="daftar-alasan">
                  {p.selisih.map((s) => <li key={`${s.jenis}:${s.nik ?? s.nama}:${s.uraian}`}>{s.uraian}{s.nik ? ` (NIK ${s.nik})` : ''}</li>)}
                </ul>
              )
              : <p>Sesuai, tidak ada perbedaan.</p>}
          </div>
        ) :
        <p className="sub">Belum diperiksa: diperiksa otomatis saat berkas diteruskan ke BKD.</p>}
      {terbuka && u.aksiTersedia.length > 0 && (
        <button type="button" className="tombol sekunder" disabled={periksa.isPending} onClick={() => periksa.mutate()}>Periksa ulang data keluarga</button>
      )}
      <PesanGalat galat={periksa.error} />
    </div>
  );
}

/**
 * SIMANTUN TANDUK: who reaches BUP in the next 24 months, their pension request from the file to
 * the SK in hand (every step dated, on the ASN's timeline too), family data checked against the
 * population register, and BKD's queue.
 */
export function SimantunTanduk() {
  const { boleh } = useSesi();
  const navigasi = useNavigate();
  const qc = useQueryClient();
  const [cari] = useSearchParams();
  const usulanId = Number(cari.get('usulan') ?? 0);
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const kueri = { ...d.filter, page: d.halaman, limit: BATAS } as FilterPensiun;
  const { page: _p, limit: _l, ...kueriEkspor } = kueri;
  const q = useKueriApi(KONTRAK_PENSIUN.daftar, { query: kueri }, { enabled: !usulanId, placeholderData: keepPreviousData });
  const ajukan = useMutation({ mutationFn: (nip: string) => panggil(KONTRAK_LAYANAN.ajukanUsulan, { body: { jenis: 'pensiun', nip } }), onSuccess: (u) => {
    void qc.invalidateQueries({ queryKey: kunciJalur('pensiun') });
    navigasi(`/simantun-tanduk?usulan=${u.id}`);
  } });
  const tautan = (id: number) => `/simantun-tanduk?usulan=${id}`;

  if (usulanId > 0) {
    return (
      <section className="simantun-tanduk">
        <h1>SIMANTUN TANDUK</h1>
        <p>
          <Link to="/simantun-tanduk">← Kembali ke daftar</Link>
        </p>
        <PanelUsulanLayanan id={usulanId} labelAksi={{ 'tmt:setujui': 'Berlakukan pensiun (TMT tiba)' }} tambahan={(u) => <RincianPensiun u={u} />} tanda={(u) =>
          u.langkah === 'verifikasi' ? ((u.data.pemeriksaanKeluarga as PemeriksaanKeluarga | undefined)?.selisih ?? []).map((s) => s.uraian) : []} />
      </section>
    );
  }
  return (
    <section className="simantun-tanduk">
      <h1>SIMANTUN TANDUK</h1>
      <p className="sub">Pegawai yang mencapai batas usia pensiun dalam 24 bulan ke depan (PP 11/2017).</p>
      <SaringDaftar id="pensiun" daftar={d} labelCari="Cari nama, NIP, unit atau jabatan" urut={URUT} ekspor={alamatTitik(KONTRAK_PENSIUN.ekspor, { query: kueriEkspor })}>
        <PilihSaring id="pensiun-usulan" label="Usulan" semua="Semua" nilai={d.filter.usulan} ganti={(v) => d.ubah({ usulan: v })}
          pilihan={[['mendesak', `BUP kurang dari ${BULAN_SIAGA_PENSIUN} bulan, belum diusulkan${q.data ? ` (${formatAngka(q.data.jumlahMendesak)})` : ''}`], [
            'belum',
            'Belum diusulkan',
          ], ['ada', 'Sudah ada usulan']]} />
      </SaringDaftar>
      <PesanGalat galat={ajukan.error} />
      <DaftarBerhalaman kueri={{ ...q, data: q.data && { total: q.data.total, items: q.data.pegawai } }} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)}
        kosong="Tidak ada pegawai yang mencapai BUP dalam 24 bulan ke depan yang cocok dengan saringan ini."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
      >
        {(items) => (
          <Tabel kartu={false} data-testid="daftar-bup" sibuk={q.isFetching} baris={items} kunci={(p) => p.nip}
            atributBaris={(p) => ({ className: p.lewatBup || p.mendesak ? 'terlambat' : undefined })} kolom={[
            { judul: 'Pegawai', isi: (p) => (
              <>
                {p.nama}
                <br />
                <small>{formatNip(p.nip)} · {p.unit ?? p.perangkatDaerah ?? 'Tanpa unit'}</small>
              </>
            ) },
            { judul: 'Golongan / jabatan', isi: (p) => (
              <>
                {labelGolongan(p.golongan)}
                <br />
                <small>{p.jabatan ?? '-'}</small>
              </>
            ) },
            { judul: 'BUP', isi: (p) => `${p.bup} tahun` },
            { judul: 'Tanggal BUP', isi: (p) => (
              <>
                {formatTanggal(p.tanggalBup)}
                {p.mendesak && <small className="sub lewat">{p.lewatBup ? 'BUP lewat' : `kurang dari ${BULAN_SIAGA_PENSIUN} bulan`}, belum diusulkan</small>}
              </>
            ) },
            { judul: 'TMT pensiun', isi: (p) => formatTanggal(p.tmtPensiun) },
            { judul: 'Usulan', isi: (p) =>
              p.usulan ?
                <Link to={tautan(p.usulan.id)}>Nomor {p.usulan.id}</Link>
                : boleh('layanan:ajukan')
                ? <button type="button" className="tombol" disabled={ajukan.isPending} onClick={() => ajukan.mutate(p.nip)}>Ajukan pensiun</button>
                : '–' },
          ]} />
        )}
      </DaftarBerhalaman>
      {boleh('layanan:proses') && (
        <>
          <h2>Antrian BKD</h2>
          <TabelUsulanLayanan jenis="pensiun" menunggu tautan={tautan} />
        </>
      )}
      <h2>Usulan pensiun</h2>
      <TabelUsulanLayanan jenis="pensiun" menunggu={false} tautan={tautan} />
    </section>
  );
}
