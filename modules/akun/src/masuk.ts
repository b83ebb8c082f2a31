import { sql, type Db } from '@simasn/db';
import { formatJam, keZonaWaktu, singkatanZona, type ZonaWaktu } from '@simasn/domain';
import { catatAudit, GalatAplikasi, terlaluBanyak, type Konteks, type Pemanggil } from '@simasn/platform';
import { skemaMasuk, type InputMasuk } from './auth.types.ts';

export { skemaMasuk, type InputMasuk };
import { cocokSandi, hashPengganti } from './sandi.ts';
import { buatSesi, type SesiBaru } from './sesi.ts';

/** Five wrong passwords in a row lock the account for 15 minutes. */
export const BATAS_GAGAL = 5;
export const LAMA_KUNCI_MENIT = 15;

const salah = () => new GalatAplikasi(401, 'kredensial_salah', 'NIP/nama pengguna atau kata sandi salah.');

/** Login names are stored lowercase; a NIP may be typed with its spaces. */
export function normalkanNamaPengguna(s: string): string {
  const t = s.trim().toLowerCase();
  return /^[\d\s.]+$/.test(t) ? t.replace(/[\s.]/g, '') : t;
}

export interface HasilMasuk {
  sesi: SesiBaru;
  akun: { id: number, instansiId: number, namaPengguna: string, namaTampilan: string, harusGantiSandi: boolean };
}

export async function masuk(db: Db, input: InputMasuk, info: { alamatIp?: string | null, agen?: string | null }, sekarang = new Date()): Promise<HasilMasuk> {
  const nama = normalkanNamaPengguna(input.username);
  const calon = await db.many<
    { id: number, instansi_id: number, nama_pengguna: string, nama_tampilan: string, hash_sandi: string, aktif: boolean, terkunci_sampai: Date | null, harus_ganti_sandi: boolean,
      zona_waktu: string }
  >(sql`
    select a.id, a.instansi_id, a.nama_pengguna, a.nama_tampilan, a.hash_sandi, a.aktif, a.terkunci_sampai, a.harus_ganti_sandi, i.zona_waktu
      from akun a join instansi i on i.instansi_id = a.instansi_id
     where a.nama_pengguna = ${nama} and (${input.instansi ?? null}::text is null or i.kode = ${input.instansi ?? null})`);
  if (calon.length > 1) {
    throw new GalatAplikasi(400, 'instansi_ganda', 'Nama pengguna ini terdaftar di beberapa instansi; pilih instansi Anda.');
  }
  const a = calon[0];
  if (!a) {
    await cocokSandi(await hashPengganti(), input.password);
    throw salah();
  }
  const ctx: Konteks = { db, instansiId: a.instansi_id, alamatIp: info.alamatIp, sekarang: () => sekarang, zona: keZonaWaktu(a.zona_waktu),
    pemanggil: { akunId: a.id, namaPengguna: a.nama_pengguna, namaTampilan: a.nama_tampilan, instansiId: a.instansi_id, pegawaiId: null, jalurUnitSendiri: null,
      peran: [] } satisfies Pemanggil };
  if (a.terkunci_sampai && new Date(a.terkunci_sampai) > sekarang) {
    throw terlaluBanyak(`Akun terkunci karena terlalu banyak percobaan gagal. Coba lagi setelah ${jamSetempat(new Date(a.terkunci_sampai), ctx.zona)}.`);
  }
  const cocok = await cocokSandi(a.hash_sandi, input.password);
  if (!cocok || !a.aktif) {
    const r = await db.one<{ gagal_berturut: number, terkunci_sampai: Date | null }>(sql`
      update akun set gagal_berturut = gagal_berturut + 1,
             terkunci_sampai = case when gagal_berturut + 1 >= ${BATAS_GAGAL}
                                    then ${new Date(sekarang.getTime() + LAMA_KUNCI_MENIT * 60_000)}::timestamptz end
       where instansi_id = ${a.instansi_id} and id = ${a.id}
      returning gagal_berturut, terkunci_sampai`);
    await catatAudit(ctx, { aksi: 'auth.gagal_masuk', entitas: 'akun', entitasId: a.id,
      keterangan: !a.aktif ? 'akun nonaktif' : `kata sandi salah (${r.gagal_berturut}x berturut-turut)` });
    if (r.terkunci_sampai) {
      throw terlaluBanyak(
        `Akun terkunci ${LAMA_KUNCI_MENIT} menit karena ${BATAS_GAGAL} kali salah kata sandi. Coba lagi setelah ${jamSetempat(new Date(r.terkunci_sampai), ctx.zona)}.`,
      );
    }
    throw salah();
  }
  return db.transaction(async (tx) => {
    await tx.run(sql`update akun set gagal_berturut = 0, terkunci_sampai = null, masuk_terakhir = ${sekarang}
                      where instansi_id = ${a.instansi_id} and id = ${a.id}`);
    const sesi = await buatSesi(tx, a.instansi_id, a.id, info, sekarang);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'auth.masuk', entitas: 'akun', entitasId: a.id });
    return { sesi, akun: { id: a.id, instansiId: a.instansi_id, namaPengguna: a.nama_pengguna, namaTampilan: a.nama_tampilan, harusGantiSandi: a.harus_ganti_sandi } };
  });
}

/** `14.35 WIB`: in the instansi's zone, with its abbreviation (WITA, WIT elsewhere). */
function jamSetempat(d: Date, zona: ZonaWaktu): string {
  return `${formatJam(d, zona)} ${singkatanZona(zona)}`;
}
