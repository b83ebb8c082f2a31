import { Link } from 'react-router';
import { formatAngka, formatNip, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { formatWaktu } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { LencanaLayanan } from '../komponen/JejakLayanan.tsx';
import { Paginasi } from '../komponen/Paginasi.tsx';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';

const BATAS = 20;

/** Service requests in reach: by default those waiting for one of my roles; past-deadline ones can be singled out. */
export function AntrianLayanan() {
  const { filter, halaman, ubah } = useDaftarBerhalaman(['saring'], BATAS);
  const saring = filter.saring || 'menunggu';
  const q = useHalamanApi(KONTRAK_LAYANAN.daftarUsulan, {
    query: { menunggu: saring === 'menunggu' ? '1' : undefined, terlambat: saring === 'terlambat' ? '1' : undefined, page: halaman, limit: BATAS },
  });
  return (
    <section>
      <div className="judul-halaman">
        <h1>Antrian Layanan</h1>
        <div className="isian isian-sebaris">
          <label htmlFor="saring-layanan">Tampilkan</label>
          <select id="saring-layanan" value={saring} onChange={(e) => ubah({ saring: e.target.value })}>
            <option value="menunggu">Menunggu tindakan saya</option>
            <option value="terlambat">Melewati tenggat</option>
            <option value="semua">Semua dalam lingkup</option>
          </select>
        </div>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <>
          <p className="ringkasan-hasil">{formatAngka(q.data.total)} usulan</p>
          {q.data.items.length === 0 ? <Kosong>Tidak ada usulan.</Kosong> : (
            <div className="gulir-tabel">
              <table className="tabel tabel-kartu">
                <thead>
                  <tr>
                    <th scope="col">Diajukan</th>
                    <th scope="col">Pegawai</th>
                    <th scope="col">Layanan</th>
                    <th scope="col">Langkah</th>
                    <th scope="col">Tenggat</th>
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
                        {u.nama}
                        <small className="sub nip">{formatNip(u.nip)}</small>
                        {u.unit && <small className="sub">{u.unit}</small>}
                      </td>
                      <td data-label="Layanan">{u.labelJenis}</td>
                      <td data-label="Langkah">{u.labelLangkah}</td>
                      <td data-label="Tenggat" className="nowrap">{u.tenggat ? formatTanggal(u.tenggat) : '-'}</td>
                      <td data-label="Status">
                        <LencanaLayanan u={u} />
                      </td>
                      <td className="sel-aksi">
                        <Link className="tombol kecil utama" to={`/layanan/usulan/${u.id}`}>Buka</Link>
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          )}
          <Paginasi halaman={halaman} total={q.data.total} batas={BATAS} ganti={(h) => ubah({ saring }, h)} />
        </>
      )}
    </section>
  );
}
