import type { FastifyInstance } from 'fastify';
import { hapusGagalMasukLama, hapusSesiKedaluwarsa } from '@simasn/akun';
import type { Db } from '@simasn/db';
import { segelSemuaAudit } from '@simasn/platform';
import { mulaiPenjadwalNotifikasi, mulaiPenjadwalTmt } from '@simasn/layanan';
import { mulaiPenjadwalSwafoto } from '@simasn/presensi';
import { mulaiPenjadwalRekap } from '@simasn/rekap';
import { mulaiPenjadwalUjian } from '@simasn/ujian';

export interface OpsiPenjadwal {
  /** The first pass of every scheduler after this delay (default: TMT after 5 s, the others after their first interval). */
  tundaAwalMs?: number;
  log?: (pesan: string) => void;
}

/**
 * The server's background work, all on the application's clock (`sekarang`, buatAplikasi's
 * option), never the wall clock of its own: the e-mail outbox every 30 s and the verifiers' daily
 * digest after 07.00 in each instansi's zone, the daily TMT job (KP riwayat golongan, pension
 * kedudukan), the hourly purge of selfies past their retention (UU 27/2022), and the hourly removal
 * of expired sessions and old login holds, every minute the audit queue's sealer (a backstop), and every 10 minutes the attendance day-close (closed days,
 * late inputs, PP 94/2021 alerts). Stopped when the app closes.
 */
export function pasangPenjadwal(app: FastifyInstance, db: Db, sekarang: () => Date, opsi: OpsiPenjadwal = {}): void {
  const log = opsi.log ?? ((s: string) => console.log(s));
  const bersihkan = () => {
    hapusSesiKedaluwarsa(db, sekarang()).catch(() => {});
    hapusGagalMasukLama(db, sekarang()).catch(() => {});
  };
  const bersih = setInterval(bersihkan, 3600_000);
  bersih.unref();
  // The audit queue's backstop (migration 0036): entries whose sealer run failed enter the chain within a minute.
  const segel = setInterval(() => void segelSemuaAudit(db).catch(() => {}), 60_000);
  segel.unref();
  const bersihAwal = opsi.tundaAwalMs === undefined ? undefined : setTimeout(bersihkan, opsi.tundaAwalMs);
  bersihAwal?.unref();
  const henti = [
    () => {
      clearInterval(bersih);
      clearInterval(segel);
      clearTimeout(bersihAwal);
    },
    mulaiPenjadwalNotifikasi(db, { sekarang, log, ...(opsi.tundaAwalMs === undefined ? {} : { tundaAwalMs: opsi.tundaAwalMs }) }),
    mulaiPenjadwalTmt(db, log, { sekarang, ...(opsi.tundaAwalMs === undefined ? {} : { tundaAwalMs: opsi.tundaAwalMs }) }),
    mulaiPenjadwalSwafoto(db, log, { sekarang, ...(opsi.tundaAwalMs === undefined ? {} : { tundaAwalMs: opsi.tundaAwalMs }) }),
    mulaiPenjadwalRekap(db, log, { sekarang, ...(opsi.tundaAwalMs === undefined ? {} : { tundaAwalMs: opsi.tundaAwalMs }) }),
    mulaiPenjadwalUjian(db, log, { sekarang, ...(opsi.tundaAwalMs === undefined ? {} : { tundaAwalMs: opsi.tundaAwalMs }) }),
  ];
  app.addHook('onClose', async () => {
    for (const h of henti) h();
  });
}
