import { sql, type Db } from '@simasn/db';
import { gajiPokok, GOLONGAN_PNS, langkahMkg, selisihTahunBulan, tambahBulan, type KodeGolonganPns } from '@simasn/domain';
import { ajukanUsulanLayanan, ambilNomorSurat, tulisNomorSurat, daftarKgbBulanan, kirimDigestVerifikator, konfirmasiKgb, prosesUsulanLayanan } from '@simasn/layanan';
import { konteksSistemInstansi } from '@simasn/platform';
import { HARI_INI } from './karier.ts';
import { konteksAkunDemo } from './konteks-akun.ts';

/**
 * Earlier KGB letters in the records: for one employee in 25 whose grid step allows it, the KGB
 * of two years before the demo month (a riwayat gaji with its numbered letter), so that the
 * demo month has a proper list. One in ten of them serves a hukuman disiplin sedang over the
 * month and one in twelve has a 2025 SKP below Baik: the list shows them blocked with the reason.
 */
async function riwayatGajiLalu(db: Db, instansiId: number, bulan: string) {
  const tmt = tambahBulan(`${bulan}-01`, -24);
  const pns = new Set<string>(GOLONGAN_PNS.map((g) => g.kode));
  const dasar = await db.many<{ id: number, golongan: string, tmt: string, mkTahun: number, mkBulan: number }>(sql`
    select p.id, r.golongan, r.tmt::text as tmt, r.mk_tahun as "mkTahun", r.mk_bulan as "mkBulan"
      from pegawai p
      join lateral (select golongan, tmt, mk_tahun, mk_bulan from riwayat_pangkat r where r.instansi_id = p.instansi_id and r.pegawai_id = p.id
                     order by r.tmt desc, r.id desc limit 1) r on true
     where p.instansi_id = ${instansiId} and p.status_kepegawaian = 'PNS' and p.kedudukan = 'aktif' and p.id % 25 = 0 and r.tmt <= ${tmt}::date
     order by p.id`);
  const baris: { pegawai_id: number, golongan: string, mk: number, gaji: number, aturan: string }[] = [];
  for (const d of dasar) {
    if (!pns.has(d.golongan)) continue;
    const g = d.golongan as KodeGolonganPns;
    const lama = selisihTahunBulan(d.tmt, tmt);
    const bulanMk = (d.mkTahun + lama.tahun) * 12 + d.mkBulan + lama.bulan;
    const langkah = langkahMkg(g);
    const s = [...langkah].reverse().find((x, i, a) => x * 12 <= bulanMk && i > 0 && a[i - 1] === x + 2);
    const gp = s === undefined ? null : gajiPokok(g, s, tmt);
    if (gp?.ok) baris.push({ pegawai_id: d.id, golongan: g, mk: s!, gaji: gp.nilai.gaji, aturan: gp.nilai.aturan });
  }
  const sistem = { ...(await konteksSistemInstansi(db, instansiId, 'demo')), sekarang: () => new Date(`${tmt}T03:00:00Z`) };
  const kode = (await db.one<{ kode: string }>(sql`select kode from instansi where instansi_id = ${instansiId}`)).kode;
  const nomor = await ambilNomorSurat(sistem, 'kgb', Number(tmt.slice(0, 4)), Math.max(1, baris.length));
  const data = baris.map((b, i) => ({ ...b, nomor: tulisNomorSurat('KGB', nomor[i]!, kode, Number(tmt.slice(0, 4))) }));
  await db.run(sql`
    insert into riwayat_gaji (instansi_id, pegawai_id, jenis, golongan, tmt, mk_tahun, mk_bulan, gaji_pokok, aturan_gaji, nomor_surat, tanggal_surat, sumber)
    select ${instansiId}, x.pegawai_id, 'kgb', x.golongan, ${tmt}, x.mk, 0, x.gaji, x.aturan, x.nomor, ${tambahBulan(tmt, -1)}, 'demo'
      from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as x(pegawai_id bigint, golongan text, mk smallint, gaji numeric, aturan text, nomor text)`);
  const id = baris.map((b) => b.pegawai_id);
  await db.run(sql`insert into riwayat_hukdis (instansi_id, pegawai_id, tingkat, jenis, nomor_sk, tanggal_sk, tmt, masa_bulan, keterangan, sumber)
    select ${instansiId}, x, 'sedang', 'potong_tukin_6', 'HD/' || x, ${tambahBulan(`${bulan}-01`, -3)}, ${
    tambahBulan(`${bulan}-01`, -2)
  }, 6, 'Ketidakhadiran tanpa keterangan', 'demo'
      from unnest(${id.filter((_, i) => i % 10 === 3)}::bigint[]) as x on conflict do nothing`);
  await db.run(sql`update riwayat_skp set predikat = 'butuh_perbaikan' where instansi_id = ${instansiId} and tahun = 2025
    and pegawai_id = any(${id.filter((_, i) => i % 12 === 5)}::bigint[])`);
}

/**
 * KGB (E-Berkala) of the demo, through the same actions the app uses, by the demo accounts on
 * the demo clock (mid HARI_INI's month): of the month's due employees about two thirds are
 * confirmed by the BKD verifier (numbered letters, new riwayat gaji, on each ASN's timeline),
 * the rest stay due; the blocked ones (SKP below Baik, hukuman disiplin) stay with their reasons;
 * for next month the BKPSDM admin proposes one employee, waiting at BKD. Then the verifiers'
 * daily digest. Returns what was made.
 */
export async function buatLayananKgbDemo(db: Db, instansiId: number) {
  const jam = new Date(`${HARI_INI.slice(0, 8)}16T03:00:00Z`);
  const bulan = HARI_INI.slice(0, 7);
  await riwayatGajiLalu(db, instansiId, bulan);
  const verifikator = await konteksAkunDemo(db, instansiId, 'verifikator', jam);
  const d = await daftarKgbBulanan(verifikator, { bulan });
  const due = d.items.filter((b) => b.status === 'jatuh_tempo');
  const terbit = due.filter((_, i) => i % 3 !== 2).map((b) => b.nip);
  if (terbit.length) await konfirmasiKgb(verifikator, { bulan, nip: terbit });

  const adminOpd = await konteksAkunDemo(db, instansiId, 'admin.bkpsdm', jam);
  const berikut = `${Number(bulan.slice(0, 4)) + (bulan.endsWith('12') ? 1 : 0)}-${String((Number(bulan.slice(5)) % 12) + 1).padStart(2, '0')}`;
  const calon = (await daftarKgbBulanan(adminOpd, { bulan: berikut })).items.find((b) => b.status === 'jatuh_tempo');
  if (calon) {
    const u = await ajukanUsulanLayanan(adminOpd, { jenis: 'kgb', nip: calon.nip, data: { bulan: berikut }, catatan: 'Usulan KGB dari BKPSDM' });
    await prosesUsulanLayanan(adminOpd, u.id, { aksi: 'teruskan', versi: u.versi });
  }
  await kirimDigestVerifikator({ ...(await konteksSistemInstansi(db, instansiId, 'ringkasan-harian')), sekarang: () => jam });
  return { bulan, terbit: terbit.length, jatuhTempo: due.length - terbit.length, terhambat: d.ringkasan.terhambat, diusulkan: calon ? 1 : 0 };
}
