import { sql, type Db } from '@simasn/db';
import { formatTanggal } from '@simasn/domain';
import { rentangTanggal, type KalenderKerja } from './aturan/hari-kerja.ts';
import { aturanCuti, efekHari, LABEL_JENIS_ABSEN, LABEL_LINGKUP_DISPENSASI, type JenisAbsen, type LingkupDispensasi, type StatusHari } from './aturan/jenis-absen.ts';
import { kalenderBanyak } from './kalender-pegawai.ts';

export interface StatusHariUsulan {
  pegawaiId: number;
  tanggal: string;
  /** The status the request sets (null: it sets none, e.g. a dispensasi from the activity log only). */
  status: StatusHari | null;
  jenis: JenisAbsen;
  usulanId: number;
  /** Whether the day is a working day under the employee's calendar (holidays keep their own status). */
  hariKerja: boolean;
  /** No check-in is expected (leave, sick, izin, a dispensasi from presensi). */
  bebasPresensi: boolean;
  /** No activity log is expected. */
  bebasAktivitas: boolean;
  /** Indonesian reason shown beside the day ("Cuti tahunan 1 Des 2026 s.d. 3 Des 2026, nomor 12"). */
  keterangan: string;
}

/**
 * For presensi and the rekap (server side, no caller: the caller's own reach is theirs to apply):
 * the status each APPROVED request sets on each of its days between `dari` and `sampai`, for the
 * given employees, ordered by employee and date. Every calendar day of a request is listed with
 * whether it is a working day; a holiday stays a holiday in the day's status (the consumer's
 * precedence). Waiting, rejected and withdrawn requests set nothing.
 */
export async function statusHariUsulan(db: Db, instansiId: number, pegawaiIds: readonly number[], dari: string, sampai: string): Promise<StatusHariUsulan[]> {
  if (!pegawaiIds.length || sampai < dari) return [];
  const rows = await db.many<{ usulanId: number, pegawaiId: number, jenis: JenisAbsen, dari: string, sampai: string, lingkupDispensasi: LingkupDispensasi | null }>(sql`
    select c.usulan_id as "usulanId", c.pegawai_id as "pegawaiId", c.jenis, c.dari::text as dari, c.sampai::text as sampai, c.lingkup_dispensasi as "lingkupDispensasi"
      from usulan_cuti c join usulan_layanan u on u.instansi_id = c.instansi_id and u.id = c.usulan_id
     where c.instansi_id = ${instansiId} and c.pegawai_id = any(${[...pegawaiIds]}::bigint[]) and u.status = 'selesai'
       and c.dari <= ${sampai}::date and c.sampai >= ${dari}::date
     order by c.pegawai_id, c.dari`);
  const aturan = aturanCuti();
  const hasil: StatusHariUsulan[] = [];
  // Every employee's calendar over the requests' days in one read, not one read per request.
  const awalSemua = [dari, rows.map((r) => r.dari).sort()[0] ?? dari].sort()[1]!;
  const akhirSemua = [sampai, rows.map((r) => r.sampai).sort().at(-1) ?? sampai].sort()[0]!;
  const kalender = rows.length ? await kalenderBanyak(db, instansiId, rows.map((r) => Number(r.pegawaiId)), awalSemua, akhirSemua) : new Map<number, KalenderKerja>();
  for (const r of rows) {
    const a = aturan.jenis[r.jenis];
    const e = efekHari(a, r.lingkupDispensasi);
    const awal = r.dari > dari ? r.dari : dari;
    const akhir = r.sampai < sampai ? r.sampai : sampai;
    const kal = kalender.get(Number(r.pegawaiId))!;
    const ket = `${LABEL_JENIS_ABSEN[r.jenis]}${r.lingkupDispensasi ? ` (${LABEL_LINGKUP_DISPENSASI[r.lingkupDispensasi].toLowerCase()})` : ''} ${formatTanggal(r.dari)}${
      r.sampai !== r.dari ? ` s.d. ${formatTanggal(r.sampai)}` : ''
    }, usulan nomor ${r.usulanId}`;
    for (const t of rentangTanggal(awal, akhir)) {
      hasil.push({ pegawaiId: r.pegawaiId, tanggal: t, status: e.status, jenis: r.jenis, usulanId: r.usulanId, hariKerja: kal.hariKerja(t), bebasPresensi: e.bebasPresensi,
        bebasAktivitas: e.bebasAktivitas, keterangan: ket });
    }
  }
  return hasil.sort((x, y) => x.pegawaiId - y.pegawaiId || x.tanggal.localeCompare(y.tanggal));
}
