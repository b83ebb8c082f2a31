import { sql } from '@simasn/db';
import { parseNip } from '@simasn/domain';
import { catatAudit, konflik, lingkup, tidakValid, type Konteks } from '@simasn/platform';
import { normalkanNamaPengguna } from '../masuk.ts';
import { hashSandi, pastikanSandiLayak } from '../sandi.ts';
import { skemaBuatAkun, type InputBuatAkun } from '../kelola-akun.types.ts';
import { susunPeran } from './bersama.ts';

/**
 * Creates an account. A login name that is a valid NIP links the account to that employee.
 * An admin OPD role needs its perangkat daerah (`unitKode`). The initial password must be
 * replaced at the first login: until then the API answers nothing else.
 */
export async function buatAkun(ctx: Konteks, masukan: InputBuatAkun): Promise<{ id: number, namaPengguna: string }> {
  lingkup(ctx, 'akun:kelola');
  const input = skemaBuatAkun.parse(masukan);
  const nama = normalkanNamaPengguna(input.namaPengguna);
  if (!/^[a-z0-9._-]{3,64}$/.test(nama)) {
    throw tidakValid('Nama pengguna tidak sah.', [{ kolom: 'namaPengguna', pesan: 'hanya huruf kecil, angka, titik, garis bawah dan tanda hubung (3-64)' }]);
  }
  return ctx.db.transaction(async (tx) => {
    let pegawai: { id: number, nama: string } | undefined;
    if (/^\d+$/.test(nama)) {
      const h = parseNip(nama);
      if (!h.ok) throw tidakValid('NIP tidak sah.', [{ kolom: 'namaPengguna', pesan: h.alasan }]);
      pegawai = await tx.maybeOne(sql`select id, nama from pegawai where instansi_id = ${ctx.instansiId} and nip = ${nama}`);
      if (!pegawai) throw tidakValid('NIP tidak terdaftar.', [{ kolom: 'namaPengguna', pesan: `pegawai dengan NIP ${nama} tidak ditemukan` }]);
    }
    const namaTampilan = input.namaTampilan || pegawai?.nama || nama;
    await pastikanSandiLayak(tx, ctx.instansiId, input.sandi, { namaPengguna: nama, namaTampilan, pegawaiId: pegawai?.id ?? null }, 'sandi');
    const ada = await tx.maybeOne(sql`select 1 from akun where instansi_id = ${ctx.instansiId} and nama_pengguna = ${nama}`);
    if (ada) throw konflik(`Akun ${nama} sudah ada.`);
    const peran = await susunPeran(tx, ctx, input.peran, pegawai?.id ?? null);
    const akun = await tx.one<{ id: number }>(sql`
      insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi, harus_ganti_sandi)
      values (${ctx.instansiId}, ${nama}, ${namaTampilan}, ${pegawai?.id ?? null}, ${await hashSandi(input.sandi)}, true)
      returning id`);
    for (const r of peran) {
      await tx.run(sql`insert into akun_peran (instansi_id, akun_id, peran, unit_id) values (${ctx.instansiId}, ${akun.id}, ${r.peran}, ${r.unitId})`);
    }
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.buat', entitas: 'akun', entitasId: akun.id, pegawaiId: pegawai?.id ?? null, sesudah: { namaPengguna: nama, peran } });
    return { id: akun.id, namaPengguna: nama };
  });
}
