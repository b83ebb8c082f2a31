import { sql, type Db } from '@simasn/db';

/**
 * Login throttling: growing waits instead of a lock anyone can trigger (issue 10, item 4).
 *
 * Failures are counted in `gagal_masuk` per login name *as typed* (whether or not it exists) and
 * client address, so an unknown name is held exactly like a real one and the answers cannot tell
 * them apart. Three counts each earn a wait of 1, 2, 4, 8... seconds after their free attempts,
 * up to `TUNGGU_MAKS_DETIK`, counted from the last failure they include:
 *
 * - the name from this address (`BEBAS_PASANGAN` free failures): one guesser at one account;
 * - this address over every name (`BEBAS_ALAMAT`): one guesser trying many names;
 * - the name over every address (`BEBAS_NAMA`): many addresses at one account. This one does not
 *   hold an address where the name has logged in before (`berhasil_terakhir`): a stranger
 *   cannot keep the owner out of their usual office or phone.
 *
 * Failures older than `JENDELA_JAM` are forgotten. Admin BKD clears a name's counts
 * (`bukaTahananMasuk`), a successful login clears its pair.
 */
export const BEBAS_PASANGAN = 5;
export const BEBAS_ALAMAT = 20;
export const BEBAS_NAMA = 10;
export const TUNGGU_MAKS_DETIK = 300;
export const JENDELA_JAM = 24;
/** The owner is told (in the app, and by e-mail when configured) from this many failures a day. */
export const BATAS_PERINGATAN = 10;
/** How long a successful login keeps an address "known" to the name. */
const ALAMAT_DIKENAL_HARI = 90;

/** The wait (seconds) after `jumlah` failures of a count with `bebas` free ones: 0, then 1, 2, 4... up to the cap. */
export function lamaTunggu(jumlah: number, bebas: number): number {
  if (jumlah < bebas) return 0;
  return Math.min(TUNGGU_MAKS_DETIK, 2 ** Math.min(jumlah - bebas, 30));
}

/** "45 detik", "2 menit 8 detik", "5 menit": the wait as the 429 says it. */
export function teksTunggu(detik: number): string {
  const m = Math.floor(detik / 60);
  const s = detik % 60;
  return [m ? `${m} menit` : '', s || !m ? `${s} detik` : ''].filter(Boolean).join(' ');
}

interface BarisGagal {
  nama_pengguna: string;
  alamat_ip: string;
  jumlah: number;
  gagal_terakhir: Date | string | null;
  berhasil_terakhir: Date | string | null;
}

const ms = (d: Date | string | null) => (d ? new Date(d).getTime() : 0);

/**
 * Seconds this name must still wait from this address (0: may try now). Depends only on the name
 * as typed and the address, never on whether an account exists.
 */
export async function sisaTunggu(db: Db, instansiId: number, nama: string, alamat: string, sekarang: Date): Promise<number> {
  const awal = new Date(sekarang.getTime() - JENDELA_JAM * 3600_000);
  const baris = await db.many<BarisGagal>(sql`
    select nama_pengguna, alamat_ip, jumlah, gagal_terakhir, berhasil_terakhir
      from gagal_masuk
     where instansi_id = ${instansiId} and (nama_pengguna = ${nama} or alamat_ip = ${alamat})
       and (gagal_terakhir > ${awal} or (nama_pengguna = ${nama} and alamat_ip = ${alamat}))`);
  const baru = baris.filter((b) => ms(b.gagal_terakhir) > awal.getTime());
  const pasangan = baris.find((b) => b.nama_pengguna === nama && b.alamat_ip === alamat);
  const dikenal = ms(pasangan?.berhasil_terakhir ?? null) > sekarang.getTime() - ALAMAT_DIKENAL_HARI * 86_400_000;
  const sampai = (daftar: BarisGagal[], bebas: number) => {
    const jumlah = daftar.reduce((s, b) => s + b.jumlah, 0);
    const tunggu = lamaTunggu(jumlah, bebas);
    return tunggu ? Math.max(...daftar.map((b) => ms(b.gagal_terakhir))) + tunggu * 1000 : 0;
  };
  const batas = Math.max(sampai(baru.filter((b) => b.nama_pengguna === nama && b.alamat_ip === alamat), BEBAS_PASANGAN),
    sampai(baru.filter((b) => b.alamat_ip === alamat), BEBAS_ALAMAT), dikenal ? 0 : sampai(baru.filter((b) => b.nama_pengguna === nama), BEBAS_NAMA));
  return Math.max(0, Math.ceil((batas - sekarang.getTime()) / 1000));
}

/** Counts one failure of the pair; returns the name's failures over every address within the window. */
export async function catatGagal(db: Db, instansiId: number, nama: string, alamat: string, sekarang: Date): Promise<number> {
  const awal = new Date(sekarang.getTime() - JENDELA_JAM * 3600_000);
  await db.run(sql`
    insert into gagal_masuk (instansi_id, nama_pengguna, alamat_ip, jumlah, gagal_terakhir)
    values (${instansiId}, ${nama}, ${alamat}, 1, ${sekarang})
    on conflict (instansi_id, nama_pengguna, alamat_ip) do update
       set jumlah = case when gagal_masuk.gagal_terakhir > ${awal} then gagal_masuk.jumlah + 1 else 1 end,
           gagal_terakhir = ${sekarang}`);
  const r = await db.one<{ n: number }>(sql`
    select coalesce(sum(jumlah), 0)::int as n from gagal_masuk
     where instansi_id = ${instansiId} and nama_pengguna = ${nama} and gagal_terakhir > ${awal}`);
  return r.n;
}

/** A successful login: the pair starts again and the address becomes known to the name. */
export async function catatBerhasil(db: Db, instansiId: number, nama: string, alamat: string, sekarang: Date): Promise<void> {
  await db.run(sql`
    insert into gagal_masuk (instansi_id, nama_pengguna, alamat_ip, jumlah, berhasil_terakhir)
    values (${instansiId}, ${nama}, ${alamat}, 0, ${sekarang})
    on conflict (instansi_id, nama_pengguna, alamat_ip) do update set jumlah = 0, gagal_terakhir = null, berhasil_terakhir = ${sekarang}`);
}

/**
 * Forgets failures past the window (rows of names typed once by a stranger, mostly); rows that mark
 * an owner's known address are kept while they count (90 days). Run hourly with the session cleanup.
 */
export async function hapusGagalMasukLama(db: Db, sekarang = new Date()): Promise<number> {
  const awal = new Date(sekarang.getTime() - JENDELA_JAM * 3600_000);
  const dikenal = new Date(sekarang.getTime() - ALAMAT_DIKENAL_HARI * 86_400_000);
  return db.run(sql`
    delete from gagal_masuk
     where (gagal_terakhir is null or gagal_terakhir <= ${awal}) and (berhasil_terakhir is null or berhasil_terakhir <= ${dikenal})`);
}
