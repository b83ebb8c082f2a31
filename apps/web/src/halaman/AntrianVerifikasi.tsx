import { Link } from 'react-router';
import { formatAngka, formatNip } from '@simasn/domain';
import { KONTRAK_USULAN, type STATUS_USULAN } from '@simasn/kepegawaian/kontrak';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { formatWaktu, LABEL_STATUS_USULAN } from '../format.ts';
import { LencanaStatus } from '../komponen/Lencana.tsx';
import { Paginasi } from '../komponen/Paginasi.tsx';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';

const BATAS = 20;

/** The verification queue: pending proposals, oldest first. */
export function AntrianVerifikasi() {
  const daftar = useDaftarBerhalaman(['status'], BATAS);
  const status = (daftar.filter.status || 'diajukan') as (typeof STATUS_USULAN)[number] | 'semua';
  const halaman = daftar.halaman;
  const q = useHalamanApi(KONTRAK_USULAN.daftar, { query: { status, page: halaman, limit: BATAS } });

  // "Menunggu verifikasi" is the default and stays out of the URL.
  const ubah = (s: string, h = 1) => daftar.ubah({ status: s === 'diajukan' ? '' : s }, h);

  return (
    <section>
      <div className="judul-halaman">
        <h1>Verifikasi Usulan</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="saring-status-usulan">Status</label>
          <select id="saring-status-usulan" value={status} onChange={(e) => ubah(e.target.value)}>
            {Object.entries(LABEL_STATUS_USULAN).map(([k, v]) => (
              <option key={k} value={k}>
                {k === 'diajukan' ? 'Menunggu verifikasi' : v}
              </option>
            ))}
            <option value="semua">Semua</option>
          </select>
        </div>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <>
          <p className="ringkasan-hasil" aria-live="polite">
            {formatAngka(q.data.total)} usulan{status === 'diajukan' ? ' menunggu verifikasi (terlama di atas)' : ''}
          </p>
          {q.data.items.length === 0 ? <Kosong>Tidak ada usulan dengan status ini.</Kosong> : (
            <div className="gulir-tabel">
              <table className="tabel tabel-kartu" data-testid="antrian-usulan">
                <thead>
                  <tr>
                    <th scope="col">Diajukan</th>
                    <th scope="col">Pegawai</th>
                    <th scope="col">Jenis usulan</th>
                    <th scope="col">Alasan</th>
                    <th scope="col">Status</th>
                    <th scope="col">
                      <span className="sr">Tindakan</span>
                    </th>
                  </tr>
                </thead>
                <tbody>
                  {q.data.items.map((u) => (
                    <tr key={u.id}>
                      <td data-label="Diajukan">{formatWaktu(u.diajukanPada)}</td>
                      <td data-label="Pegawai">
                        {u.pegawai.nama}
                        <small className="sub nip">{formatNip(u.pegawai.nip)}</small>
                        {u.pegawai.unit && <small className="sub">{u.pegawai.unit}</small>}
                      </td>
                      <td data-label="Jenis usulan">{u.labelJenis}</td>
                      <td data-label="Alasan" className="potong">{u.alasan}</td>
                      <td data-label="Status">
                        <LencanaStatus status={u.status} />
                      </td>
                      <td className="sel-aksi">
                        <Link className="tombol kecil utama" to={`/verifikasi/${u.id}`} aria-label={`Periksa usulan ${u.labelJenis} dari ${u.pegawai.nama}`}>
                          Periksa
                        </Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Paginasi halaman={halaman} total={q.data.total} batas={BATAS} ganti={(h) => ubah(status, h)} />
        </>
      )}
    </section>
  );
}
