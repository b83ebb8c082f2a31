import { Link } from 'react-router';
import { formatNip, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import type { QueryClient } from '@tanstack/react-query';
import { pramuatApi, useKueriApi } from '../kait.ts';
import { Kosong, Memuat, PesanGalat } from './Status.tsx';
import { Tabel } from './Tabel.tsx';

/**
 * The requests of one service in the caller's reach: all, or only those waiting for the caller
 * (the BKD verification queue). A row opens the request on the page (`?usulan=ID`).
 */
const masukan = (jenis: string, menunggu: boolean) => ({ query: { jenis, menunggu: menunggu ? ('1' as const) : undefined, limit: 50 } });

/** This table's list asked for before the page renders (the page's `pramuat`). */
export function pramuatTabelUsulan(qc: QueryClient, jenis: string, menunggu: boolean): void {
  pramuatApi(qc, KONTRAK_LAYANAN.daftarUsulan, masukan(jenis, menunggu));
}

export function TabelUsulanLayanan({ jenis, menunggu, tautan }: { jenis: string, menunggu: boolean, tautan: (id: number) => string }) {
  const q = useKueriApi(KONTRAK_LAYANAN.daftarUsulan, masukan(jenis, menunggu));
  if (q.isPending) return <Memuat />;
  if (!q.data) return <PesanGalat galat={q.error} />;
  if (!q.data.items.length) return <Kosong>{menunggu ? 'Tidak ada usulan yang menunggu Anda.' : 'Belum ada usulan.'}</Kosong>;
  return (
    <Tabel kartu={false} data-testid={`antrian-${jenis}`} baris={q.data.items} kunci={(u) => u.id} atributBaris={(u) => ({ className: u.terlambat ? 'terlambat' : undefined })}
      kolom={[{ judul: 'No.', isi: (u) => <Link to={tautan(u.id)}>{u.id}</Link> }, { judul: 'Pegawai', isi: (u) => (
        <>
          <Link to={tautan(u.id)}>{u.nama}</Link>
          <br />
          <small>{formatNip(u.nip)}{u.unit ? ` · ${u.unit}` : ''}</small>
        </>
      ) }, { judul: 'Langkah', isi: (u) =>
        u.labelLangkah }, { judul: 'Status', isi: (u) =>
          u.labelStatus }, { judul: 'Tenggat', isi: (u) => (
          <>
            {u.tenggat ? formatTanggal(u.tenggat) : '–'}
            {u.alasanTerlambat && <small className="sub lewat" data-testid={`terlambat-${u.id}`}>{u.alasanTerlambat}</small>}
          </>
        ) }]} sesudah={q.data.total > q.data.items.length && (
      <p className="sub">
        {q.data.items.length} dari {q.data.total} usulan terbaru.{' '}
        <Link to={`/layanan/antrian?jenis=${jenis}&saring=${menunggu ? 'menunggu' : 'semua'}`}>Cari, urutkan dan ekspor semuanya di Antrian Layanan</Link>
      </p>
    )} />
  );
}
