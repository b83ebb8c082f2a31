import { sql, type Db } from '@simasn/db';
import { formatWaktuSetempat, keZonaWaktu } from '@simasn/domain';
import { catatAudit, GalatAplikasi, terlaluBanyak, type Konteks, type Pemanggil } from '@simasn/platform';
import { beriNotifikasi } from '@simasn/platform/notifikasi';
import { skemaMasuk, type InputMasuk } from './auth.types.ts';
import { cocokSandi, hashPengganti } from './sandi.ts';
import { buatSesi, type SesiBaru } from './sesi.ts';
import { BATAS_PERINGATAN, catatBerhasil, catatGagal, JENDELA_JAM, sisaTunggu, teksTunggu } from './tahanan-masuk.ts';

export { skemaMasuk, type InputMasuk };

/** The one answer to a wrong name or password, whether the name exists or not. */
export const PESAN_SALAH = 'NIP/nama pengguna atau kata sandi salah.';
const salah = () => new GalatAplikasi(401, 'kredensial_salah', PESAN_SALAH);

/** Login names are stored lowercase; a NIP may be typed with its spaces. */
export function normalkanNamaPengguna(s: string): string {
  const t = s.trim().toLowerCase();
  return /^[\d\s.]+$/.test(t) ? t.replace(/[\s.]/g, '') : t;
}

export interface HasilMasuk {
  sesi: SesiBaru;
  akun: { id: number, instansiId: number, namaPengguna: string, namaTampilan: string, harusGantiSandi: boolean };
}

/**
 * Logs in. A wrong password and an unknown name answer the same (401, one message, one argon2
 * verification: against a stand-in hash when there is no account) and are throttled the same
 * (tahanan-masuk.ts: growing waits per name and address, a 429 saying how long). The owner is told
 * when their account sees many failures.
 */
export async function masuk(db: Db, input: InputMasuk, info: { alamatIp?: string | null, agen?: string | null }, sekarang = new Date()): Promise<HasilMasuk> {
  const nama = normalkanNamaPengguna(input.username);
  const alamat = info.alamatIp || 'tidak-diketahui';
  const calon = await db.many<
    { id: number, instansi_id: number, nama_pengguna: string, nama_tampilan: string, hash_sandi: string, aktif: boolean, harus_ganti_sandi: boolean, zona_waktu: string,
      peringatan_gagal_pada: Date | null }
  >(sql`
    select a.id, a.instansi_id, a.nama_pengguna, a.nama_tampilan, a.hash_sandi, a.aktif, a.harus_ganti_sandi, i.zona_waktu, a.peringatan_gagal_pada
      from akun a join instansi i on i.instansi_id = a.instansi_id
     where a.nama_pengguna = ${nama} and (${input.instansi ?? null}::text is null or i.kode = ${input.instansi ?? null})`);
  if (calon.length > 1) {
    throw new GalatAplikasi(400, 'instansi_ganda', 'Nama pengguna ini terdaftar di beberapa instansi; pilih instansi Anda.');
  }
  const a = calon[0];
  // An unknown name is counted under the instansi it was typed for (or the installation's first).
  const instansi = a ? { instansi_id: a.instansi_id, zona_waktu: a.zona_waktu } : await db.maybeOne<{ instansi_id: number, zona_waktu: string }>(sql`
    select instansi_id, zona_waktu from instansi where (${input.instansi ?? null}::text is null or kode = ${input.instansi ?? null}) order by instansi_id limit 1`);
  if (!instansi) {
    await cocokSandi(await hashPengganti(), input.password);
    throw salah();
  }
  const tunggu = await sisaTunggu(db, instansi.instansi_id, nama, alamat, sekarang);
  if (tunggu > 0) throw terlaluBanyak(`Terlalu banyak percobaan masuk yang gagal. Coba lagi dalam ${teksTunggu(tunggu)}.`);

  const cocok = await cocokSandi(a?.hash_sandi ?? (await hashPengganti()), input.password);
  const ctx: Konteks = { db, instansiId: instansi.instansi_id, alamatIp: info.alamatIp, sekarang: () => sekarang, zona: keZonaWaktu(instansi.zona_waktu),
    pemanggil: a
      ? { akunId: a.id, namaPengguna: a.nama_pengguna, namaTampilan: a.nama_tampilan, instansiId: a.instansi_id, pegawaiId: null, jalurUnitSendiri: null,
        peran: [] } satisfies Pemanggil
      : null };
  if (!a || !cocok) {
    await db.transaction(async (tx) => {
      const jumlah = await catatGagal(tx, instansi.instansi_id, nama, alamat, sekarang);
      await catatAudit({ ...ctx, db: tx }, { aksi: 'auth.gagal_masuk', entitas: 'akun', entitasId: a?.id ?? null,
        keterangan: `kata sandi salah untuk nama pengguna "${nama.slice(0, 80)}" (${jumlah}x dalam ${JENDELA_JAM} jam)` });
      if (a && jumlah >= BATAS_PERINGATAN && !(a.peringatan_gagal_pada && sekarang.getTime() - new Date(a.peringatan_gagal_pada).getTime() < JENDELA_JAM * 3600_000)) {
        await beriTahuPemilik({ ...ctx, db: tx }, a.id, jumlah, alamat);
      }
    });
    throw salah();
  }
  if (!a.aktif) {
    // Only someone who knows the password learns this; everyone else got the answer above.
    throw new GalatAplikasi(403, 'akun_nonaktif', 'Akun Anda dinonaktifkan. Hubungi admin BKD bila Anda masih memerlukannya.');
  }
  return db.transaction(async (tx) => {
    await tx.run(sql`update akun set masuk_terakhir = ${sekarang} where instansi_id = ${a.instansi_id} and id = ${a.id}`);
    await catatBerhasil(tx, a.instansi_id, nama, alamat, sekarang);
    const sesi = await buatSesi(tx, a.instansi_id, a.id, info, sekarang);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'auth.masuk', entitas: 'akun', entitasId: a.id });
    return { sesi, akun: { id: a.id, instansiId: a.instansi_id, namaPengguna: a.nama_pengguna, namaTampilan: a.nama_tampilan, harusGantiSandi: a.harus_ganti_sandi } };
  });
}

/** Tells the owner (in the app; by e-mail when SMTP is configured and their record has an address), once a day at most. */
async function beriTahuPemilik(ctx: Konteks, akunId: number, jumlah: number, alamat: string): Promise<void> {
  await beriNotifikasi(ctx, [akunId], { judul: 'Banyak percobaan masuk gagal ke akun Anda',
    isi: `Dalam ${JENDELA_JAM} jam terakhir ada ${jumlah} kali percobaan masuk ke akun Anda dengan kata sandi salah, terakhir pada ${
      formatWaktuSetempat(ctx.sekarang(), ctx.zona, { singkatan: true })
    } dari alamat ${alamat}. Bila itu bukan Anda, segera ganti kata sandi dan beri tahu admin BKD.`, tautan: '/ganti-sandi' });
  await ctx.db.run(sql`update akun set peringatan_gagal_pada = ${ctx.sekarang()} where instansi_id = ${ctx.instansiId} and id = ${akunId}`);
}
