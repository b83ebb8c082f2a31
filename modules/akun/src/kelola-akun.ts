import { sql } from '@simasn/db';
import { parseNip } from '@simasn/domain';
import { catatAudit, GalatAplikasi, konflik, lingkup, tidakDitemukan, tidakValid, wajibMasuk, type Konteks, type z } from '@simasn/platform';
import { cocokSandi, hashSandi, periksaSandiBaru } from './sandi.ts';
import { normalkanNamaPengguna } from './masuk.ts';
import { skemaGantiSandi } from './auth.types.ts';
import { skemaBuatAkun, skemaDaftarAkun, type Akun, type InputBuatAkun } from './kelola-akun.types.ts';

export { skemaBuatAkun, skemaDaftarAkun, skemaGantiSandi, type Akun, type InputBuatAkun };

/**
 * Creates an account. A login name that is a valid NIP links the account to that employee.
 * An admin OPD role needs its perangkat daerah (`unitKode`).
 */
export async function buatAkun(ctx: Konteks, masukan: InputBuatAkun): Promise<{ id: number, namaPengguna: string }> {
  lingkup(ctx, 'akun:kelola');
  const input = skemaBuatAkun.parse(masukan);
  const nama = normalkanNamaPengguna(input.namaPengguna);
  const alasan = periksaSandiBaru(input.sandi, nama);
  if (alasan) throw tidakValid('Kata sandi belum memenuhi syarat.', [{ kolom: 'sandi', pesan: alasan }]);
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
    const ada = await tx.maybeOne(sql`select 1 from akun where instansi_id = ${ctx.instansiId} and nama_pengguna = ${nama}`);
    if (ada) throw konflik(`Akun ${nama} sudah ada.`);
    const akun = await tx.one<{ id: number }>(sql`
      insert into akun (instansi_id, nama_pengguna, nama_tampilan, pegawai_id, hash_sandi, harus_ganti_sandi)
      values (${ctx.instansiId}, ${nama}, ${input.namaTampilan ?? pegawai?.nama ?? nama}, ${pegawai?.id ?? null},
              ${await hashSandi(input.sandi)}, ${input.harusGantiSandi})
      returning id`);
    const peran: { peran: string, unitId: number | null }[] = [];
    for (const r of input.peran) {
      let unitId: number | null = null;
      if (r.unitKode) {
        const u = await tx.maybeOne<{ id: number }>(sql`select id from unit_organisasi where instansi_id = ${ctx.instansiId} and kode = ${r.unitKode}`);
        if (!u) throw tidakValid('Unit tidak ditemukan.', [{ kolom: 'peran.unitKode', pesan: `unit ${r.unitKode} tidak ada` }]);
        unitId = u.id;
      } else if (r.peran === 'admin_opd') {
        throw tidakValid('Admin OPD memerlukan perangkat daerah.', [{ kolom: 'peran.unitKode', pesan: 'wajib untuk admin_opd' }]);
      }
      if ((r.peran === 'asn' || r.peran === 'atasan') && !pegawai) {
        throw tidakValid('Peran ini memerlukan akun ber-NIP.', [{ kolom: 'peran', pesan: `peran ${r.peran} hanya untuk akun yang nama penggunanya NIP` }]);
      }
      await tx.run(sql`insert into akun_peran (instansi_id, akun_id, peran, unit_id) values (${ctx.instansiId}, ${akun.id}, ${r.peran}, ${unitId})`);
      peran.push({ peran: r.peran, unitId });
    }
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.buat', entitas: 'akun', entitasId: akun.id, pegawaiId: pegawai?.id ?? null, sesudah: { namaPengguna: nama, peran } });
    return { id: akun.id, namaPengguna: nama };
  });
}

/** The caller changes their own password; every other session of theirs ends. */
export async function gantiSandi(ctx: Konteks, masukan: z.input<typeof skemaGantiSandi>, sesiSekarang?: string): Promise<void> {
  const p = wajibMasuk(ctx);
  const input = skemaGantiSandi.parse(masukan);
  const a = await ctx.db.maybeOne<{ hash_sandi: string }>(sql`select hash_sandi from akun where instansi_id = ${ctx.instansiId} and id = ${p.akunId}`);
  if (!a) throw tidakDitemukan();
  if (!(await cocokSandi(a.hash_sandi, input.sandiLama))) {
    throw new GalatAplikasi(400, 'sandi_lama_salah', 'Kata sandi lama salah.');
  }
  const alasan = periksaSandiBaru(input.sandiBaru, p.namaPengguna);
  if (alasan) throw tidakValid('Kata sandi baru belum memenuhi syarat.', [{ kolom: 'sandiBaru', pesan: alasan }]);
  const hashBaru = await hashSandi(input.sandiBaru);
  await ctx.db.transaction(async (tx) => {
    await tx.run(sql`update akun set hash_sandi = ${hashBaru}, harus_ganti_sandi = false where instansi_id = ${ctx.instansiId} and id = ${p.akunId}`);
    await tx.run(sql`delete from sesi where instansi_id = ${ctx.instansiId} and akun_id = ${p.akunId} and id <> ${sesiSekarang ?? ''}`);
    await catatAudit({ ...ctx, db: tx }, { aksi: 'akun.ganti_sandi', entitas: 'akun', entitasId: p.akunId });
  });
}

export async function daftarAkun(ctx: Konteks, masukan: z.input<typeof skemaDaftarAkun>): Promise<{ total: number, items: Akun[] }> {
  lingkup(ctx, 'akun:kelola');
  const input = skemaDaftarAkun.parse(masukan);
  const pola = input.q ? `%${input.q.toLowerCase()}%` : null;
  const syarat = sql`a.instansi_id = ${ctx.instansiId} and (${pola}::text is null or a.nama_pengguna like ${pola} or lower(a.nama_tampilan) like ${pola})`;
  const total = await ctx.db.one<{ n: number }>(sql`select count(*)::int as n from akun a where ${syarat}`);
  const items = await ctx.db.many<Akun>(sql`
    select a.id, a.nama_pengguna as "namaPengguna", a.nama_tampilan as "namaTampilan", a.aktif,
           a.masuk_terakhir as "masukTerakhir", (a.terkunci_sampai > now()) as terkunci,
           coalesce((select json_agg(json_build_object('peran', ap.peran, 'unit', u.nama) order by ap.peran)
                       from akun_peran ap left join unit_organisasi u on u.instansi_id = ap.instansi_id and u.id = ap.unit_id
                      where ap.instansi_id = a.instansi_id and ap.akun_id = a.id), '[]'::json) as peran
      from akun a where ${syarat}
     order by a.nama_pengguna limit ${input.limit} offset ${(input.page - 1) * input.limit}`);
  return { total: total.n, items };
}
