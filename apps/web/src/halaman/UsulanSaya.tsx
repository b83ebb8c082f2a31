import { useState } from 'react';
import { Link } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import { formatAngka } from '@simasn/domain';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_USULAN } from '@simasn/kepegawaian/kontrak';
import { kunciJalur, panggil } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { formatWaktu } from '../format.ts';
import { LencanaStatus } from '../komponen/Lencana.tsx';
import { Paginasi } from '../komponen/Paginasi.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';

const BATAS = 20;

type UsulanRingkas = ResponsTitik<typeof KONTRAK_USULAN.daftar>['items'][number];

/** The ASN's own proposals, newest first, with their status and the verifier's note. */
export function UsulanSaya() {
  const qc = useQueryClient();
  const { halaman, ubah } = useDaftarBerhalaman([], BATAS);
  const [galat, setGalat] = useState<unknown>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const q = useHalamanApi(KONTRAK_USULAN.daftar, { query: { status: 'semua', page: halaman, limit: BATAS } });

  async function batalkan(u: UsulanRingkas) {
    if (!window.confirm(`Batalkan usulan "${u.labelJenis}"?`)) return;
    setGalat(null);
    setPesan(null);
    try {
      await panggil(KONTRAK_USULAN.batalkan, { params: { id: u.id } });
      setPesan('Usulan dibatalkan.');
    } catch (e) {
      setGalat(e);
    }
    await qc.invalidateQueries({ queryKey: kunciJalur('usulan') });
  }

  return (
    <section>
      <div className="judul-halaman">
        <h1>Usulan Saya</h1>
        <Link className="tombol utama" to="/saya">
          Usulkan perubahan baru
        </Link>
      </div>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={galat} />
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <>
          <p className="ringkasan-hasil">{formatAngka(q.data.total)} usulan</p>
          {q.data.items.length === 0 ?
            (
              <Kosong>
                Anda belum pernah mengajukan usulan. Buka <Link to="/saya">Data Saya</Link> lalu pilih "Usulkan perubahan".
              </Kosong>
            ) :
            (
              <ul className="daftar-usulan">
                {q.data.items.map((u) => (
                  <li key={u.id} className="kartu kartu-usulan" data-usulan={u.id}>
                    <div className="kepala-usulan">
                      <strong>{u.labelJenis}</strong>
                      <LencanaStatus status={u.status} />
                    </div>
                    <p className="meta">Diajukan {formatWaktu(u.diajukanPada)}{u.diputusPada && ` · diputus ${formatWaktu(u.diputusPada)}`}</p>
                    <p>
                      <span className="label-kecil">Alasan:</span> {u.alasan}
                    </p>
                    {u.catatanVerifikator && (
                      <p className="catatan-verifikator">
                        <span className="label-kecil">Catatan verifikator:</span> {u.catatanVerifikator}
                      </p>
                    )}
                    <div className="baris-tombol">
                      <Link className="tombol kecil sekunder" to={`/usulan-saya/${u.id}`}>
                        Lihat rincian
                      </Link>
                      {u.status === 'diajukan' && (
                        <button type="button" className="tombol kecil bahaya" onClick={() => batalkan(u)}>
                          Batalkan
                        </button>
                      )}
                    </div>
                  </li>
                ))}
              </ul>
            )}
          <Paginasi halaman={halaman} total={q.data.total} batas={BATAS} ganti={(h) => ubah({}, h)} />
        </>
      )}
    </section>
  );
}
