import { sql } from '@simasn/db';
import { hariIniIso, type StatusHari, tambahHari, type TanggalIso } from '@simasn/domain';
import { kalenderPegawai } from '@simasn/kalender';
import { lingkup, syaratLingkup, terlarang, tidakDitemukan, uraikan, wajibMasuk, type Konteks } from '@simasn/platform';
import { alpaTahun } from '../disiplin/alpa-tahun.ts';
import { type HariTerhitung, hitungHari } from '../hari/hitung-hari.ts';
import { hariTutupTerakhir, kerjakanAntrean, waktuKini } from '../hari/simpan-hari.ts';
import { tandaHari } from '../hari/tanda.ts';
import { skemaBulanSaya } from '../rekap.types.ts';

export { skemaBulanSaya };

export const rentangBulanIso = (bulan: string): { dari: TanggalIso, sampai: TanggalIso } => {
  const dari = `${bulan}-01`;
  return { dari, sampai: tambahHari(`${tambahHari(`${bulan}-28`, 4).slice(0, 7)}-01`, -1) };
};

type Baris = Omit<HariTerhitung, 'pegawaiId' | 'unitId'>;

export function ringkasHari(
  hari: readonly Pick<Baris, 'hariKerja' | 'status' | 'kodeMasuk' | 'kodePulang' | 'terlambatMenit' | 'pulangCepatMenit' | 'potonganPersen' | 'menungguTinjau'>[],
) {
  const n = (s: StatusHari) => hari.filter((h) => h.hariKerja && h.status === s).length;
  const kode = (k: string) => hari.filter((h) => h.kodeMasuk === k || h.kodePulang === k).length;
  const potongan = hari.reduce((a, h) => a + h.potonganPersen, 0);
  return { hariKerja: hari.filter((h) => h.hariKerja && h.status).length, hadir: n('hadir'), dinasLuar: n('dinas_luar'), cuti: n('cuti'), tugasBelajar: n('tugas_belajar'),
    diklat: n('diklat'), sakit: n('sakit'), izin: n('izin'), alpa: n('alpa'), tl: { TL1: kode('TL1'), TL2: kode('TL2'), TL3: kode('TL3'), TL4: kode('TL4') },
    psw: { PSW1: kode('PSW1'), PSW2: kode('PSW2'), PSW3: kode('PSW3'), PSW4: kode('PSW4') },
    terlambatMenit: hari.reduce((a, h) => a + (h.kodeMasuk?.startsWith('TL') ? h.terlambatMenit : 0), 0),
    pulangCepatMenit: hari.reduce((a, h) => a + (h.kodePulang?.startsWith('PSW') ? h.pulangCepatMenit : 0), 0), potonganPersen: Math.min(100, Math.round(potongan * 100) / 100),
    menungguTinjau: hari.filter((h) => h.menungguTinjau).length };
}

/**
 * "Presensi Saya": every day of a month with its mark and the reason in words. Closed days are
 * read as stored; the days not yet closed up to today are computed live (today until the day
 * is over); later days show the schedule only. With `nip`, a pegawai within the caller's reach
 * for presensi:baca (admin OPD, atasan...), otherwise the caller themself.
 */
export async function bulanSaya(ctx: Konteks, masukan: unknown = {}) {
  const p = wajibMasuk(ctx);
  const l = lingkup(ctx, 'presensi:baca');
  const f = uraikan(skemaBulanSaya, masukan);
  if (!f.nip && p.pegawaiId === null) throw terlarang('Akun ini tidak terhubung dengan data pegawai.');
  const pg = await ctx.db.maybeOne<{ id: number, nip: string, nama: string, unit_id: number | null, jalur_unit: string | null, unit: string | null }>(sql`
    select p.id, p.nip, p.nama, p.unit_id, p.jalur_unit, u.nama as unit from pegawai p left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where p.instansi_id = ${ctx.instansiId} and ${f.nip ? sql`p.nip = ${f.nip}` : sql`p.id = ${p.pegawaiId}`} and ${syaratLingkup(l, 'p')}`);
  if (!pg) throw tidakDitemukan('Pegawai tidak ditemukan.');
  const id = Number(pg.id);
  const sekarang = ctx.sekarang();
  const hariIni = hariIniIso(sekarang, ctx.zona);
  const bulan = f.bulan ?? hariIni.slice(0, 7);
  const { dari, sampai } = rentangBulanIso(bulan);
  await kerjakanAntrean(ctx.db, ctx.instansiId, ctx.zona, sekarang);
  const tahun = Number(bulan.slice(0, 4));
  // The reads that do not depend on each other go out together (a pool answers them at once).
  const [tutup, tersimpan, jadwalPegawai, alpa] = await Promise.all([
    hariTutupTerakhir(ctx.db, ctx.instansiId),
    ctx.db.many<Baris & { tanggal: string, potonganPersen: number | string }>(sql`
    select tanggal::text as tanggal, hari_kerja as "hariKerja", status, jenis_absen as "jenisAbsen", kode_masuk as "kodeMasuk", terlambat_menit as "terlambatMenit",
           kode_pulang as "kodePulang", pulang_cepat_menit as "pulangCepatMenit", ganti_waktu as "gantiWaktu", jam_masuk as "jamMasuk", jam_pulang as "jamPulang",
           potongan_persen as "potonganPersen", usulan_id as "usulanId", menunggu_tinjau as "menungguTinjau", keterangan, versi_aturan as "versiAturan",
           versi_kalender as "versiKalender"
      from hari_presensi where instansi_id = ${ctx.instansiId} and pegawai_id = ${id} and tanggal between ${dari}::date and ${sampai}::date`),
    kalenderPegawai(ctx.db, ctx.instansiId, [id], dari, sampai),
    alpaTahun(ctx.db, ctx.instansiId, [id], tahun),
  ]);
  const perTanggal = new Map<string, Baris & { sumber: 'tersimpan' | 'berjalan' }>(
    tersimpan.map((h) => [h.tanggal, { ...h, potonganPersen: Number(h.potonganPersen), sumber: 'tersimpan' as const }]),
  );
  // Days after the last closed one, up to today: computed live.
  const liveDari = tutup && tutup >= dari ? tambahHari(tutup, 1) : dari;
  const liveSampai = [hariIni, sampai].sort()[0]!;
  if (liveDari <= liveSampai) {
    const pegawai = [{ id, unitId: pg.unit_id === null ? null : Number(pg.unit_id), jalurUnit: pg.jalur_unit }];
    for (const h of await hitungHari(ctx.db, ctx.instansiId, pegawai, liveDari, liveSampai, { zona: ctx.zona, ...waktuKini(sekarang, ctx.zona) })) {
      perTanggal.set(h.tanggal, { ...h, sumber: 'berjalan' as const });
    }
  }
  const jadwal = jadwalPegawai.get(id) ?? [];
  const hari = jadwal.map((j) => {
    const h = perTanggal.get(j.tanggal);
    if (h) {
      return { tanggal: j.tanggal, hariKerja: h.hariKerja, status: h.status, tanda: tandaHari(h), jenisAbsen: h.jenisAbsen, kodeMasuk: h.kodeMasuk,
        terlambatMenit: h.terlambatMenit, kodePulang: h.kodePulang, pulangCepatMenit: h.pulangCepatMenit, jamMasuk: h.jamMasuk, jamPulang: h.jamPulang,
        potonganPersen: h.potonganPersen, menungguTinjau: h.menungguTinjau, keterangan: h.keterangan, versiAturan: h.versiAturan, sumber: h.sumber };
    }
    const nanti = j.tanggal > hariIni;
    const jam = j.hariKerja && j.masuk && j.pulang ? `Jadwal ${j.masuk.replace(':', '.')}-${j.pulang.replace(':', '.')}` : (j.alasan ?? 'Bukan hari kerja');
    return { tanggal: j.tanggal, hariKerja: j.hariKerja, status: null, tanda: j.hariKerja ? '' : 'L', jenisAbsen: null, kodeMasuk: null, terlambatMenit: 0, kodePulang: null,
      pulangCepatMenit: 0, jamMasuk: null, jamPulang: null, potonganPersen: 0, menungguTinjau: false,
      keterangan: nanti ? `${jam}.` : `Presensi elektronik belum berlaku bagi unit Anda pada hari ini. ${jam}.`, versiAturan: j.versiAturan,
      sumber: nanti ? 'jadwal' as const : 'belum' as const };
  });
  const d = alpa.get(id)!;
  return { bulan, pegawai: { nip: pg.nip, nama: pg.nama, unit: pg.unit }, hari, ringkas: ringkasHari(hari.filter((h) => h.sumber !== 'jadwal' && h.sumber !== 'belum')),
    disiplin: { tahun, ...d }, ditutupSampai: tutup };
}
