import { Link, useSearchParams } from 'react-router';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { formatAngka, formatNip } from '@simasn/domain';
import { api } from '../api.ts';
import type { Halaman, UsulanRingkas } from '../jenis.ts';
import { formatWaktu, LABEL_STATUS_USULAN } from '../format.ts';
import { LencanaStatus } from '../komponen/Lencana.tsx';
import { Paginasi } from '../komponen/Paginasi.tsx';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';

const BATAS = 20;

/** The verification queue: pending proposals, oldest first. */
export function AntrianVerifikasi() {
  const [param, setParam] = useSearchParams();
  const status = param.get('status') ?? 'diajukan';
  const halaman = Math.max(1, Number(param.get('page') ?? 1) || 1);
  const q = useQuery({
    queryKey: ['usulan', 'antrian', status, halaman],
    queryFn: ({ signal }) => api.get<Halaman<UsulanRingkas>>('/api/usulan', { status, page: halaman, limit: BATAS }, signal),
    placeholderData: keepPreviousData,
  });

  function ubah(s: string, h = 1) {
    const p: Record<string, string> = {};
    if (s !== 'diajukan') p.status = s;
    if (h > 1) p.page = String(h);
    setParam(p, { replace: true });
  }

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
          {q.data.items.length === 0 ? (
            <Kosong>Tidak ada usulan dengan status ini.</Kosong>
          ) : (
            <div className="gulir-tabel">
              <table className="tabel tabel-kartu" data-testid="antrian-usulan">
                <thead>
                  <tr>
                    <th scope="col">Diajukan</th>
                    <th scope="col">Pegawai</th>
                    <th scope="col">Jenis usulan</th>
                    <th scope="col">Alasan</th>
                    <th scope="col">Status</th>
                    <th scope="col"><span className="sr">Tindakan</span></th>
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
