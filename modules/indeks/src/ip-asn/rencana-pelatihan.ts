import { sql } from '@simasn/db';
import { ATURAN_IP_ASN, ATURAN_IP_ASN_BAWAAN, bulatkan, hitungIpAsn as hitungIpAsnMurni, namaLengkap, type AturanIpAsn, type PegawaiIpAsn } from '@simasn/domain';
import { lingkup, syaratLingkup, syaratSubtreeUnit, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { pembacaIpAsn, tentukanAcuan } from './aturan-dan-acuan.ts';
import { sqlFitur, type FiturPegawai } from './fitur-pegawai.ts';
import { skemaRencanaPelatihan } from './ip-asn.types.ts';

export { skemaRencanaPelatihan };

export const JENIS_PELATIHAN = ['teknis', 'seminar', 'kepemimpinan', 'fungsional'] as const;
export type JenisPelatihan = (typeof JENIS_PELATIHAN)[number];
/** The planner's names of the kinds of training, the JP threshold from the rule set. */
export const labelPelatihan = (aturan: AturanIpAsn = ATURAN_IP_ASN[ATURAN_IP_ASN_BAWAAN]!): Record<JenisPelatihan, string> => ({
  teknis: `Diklat teknis ≥ ${aturan.jendela.jpTeknis} JP`,
  seminar: 'Seminar/workshop',
  kepemimpinan: 'Diklat kepemimpinan sesuai jabatan',
  fungsional: 'Diklat fungsional',
});
export const LABEL_PELATIHAN: Record<JenisPelatihan, string> = labelPelatihan();

interface Kandidat {
  pegawaiId: number;
  jenis: JenisPelatihan;
  poin: number;
  biaya: number;
}

const PUNYA: Record<JenisPelatihan, keyof PegawaiIpAsn> = { teknis: 'diklatTeknis', seminar: 'seminar', kepemimpinan: 'diklatKepemimpinan', fungsional: 'diklatFungsional' };

/**
 * The training planner: with a budget and a cost per participant, which employees to send to
 * which training to raise the IP ASN most. Each seat adds the kompetensi points that item gives
 * that employee's jenis jabatan (a pelaksana's diklat teknis 22,5; a struktural's 15...). Seats
 * are taken by points per rupiah, highest first, while the budget lasts (with one cost for all
 * kinds this is the optimum; with different costs it is the greedy approximation, and the
 * leftover budget is then filled with the best seats that still fit). The index before and after
 * is computed with the same rule set over the same employees.
 */
export async function rencanaPelatihan(ctx: Konteks, masukan: unknown) {
  const f = uraikan(skemaRencanaPelatihan, masukan);
  const l = lingkup(ctx, 'indeks:baca');
  const { tanggal, aturan } = tentukanAcuan(ctx, f);
  const fitur = await ctx.db.many<FiturPegawai & { pegawai_id: number }>(sql`
    ${sqlFitur(ctx.instansiId, tanggal, sql`${syaratLingkup(l)} and ${await syaratSubtreeUnit(ctx, f.unitId)}`, aturan)}
    select * from fitur`);
  if (!fitur.length) throw tidakValid('Tidak ada PNS yang diukur pada lingkup ini.', [{ kolom: 'unitId', pesan: 'tidak ada pegawai' }]);

  const pembaca = pembacaIpAsn(aturan);
  const label = labelPelatihan(aturan);
  const pegawai = new Map(fitur.map((x) => [x.pegawai_id, pembaca(x)]));
  const kandidat: Kandidat[] = [];
  for (const [id, p] of pegawai) {
    const poin = aturan.kompetensi[p.jenisJabatan];
    for (const j of JENIS_PELATIHAN) {
      const biaya = f.biaya[j];
      if (biaya === undefined || p[PUNYA[j]] || poin[j] <= 0) continue;
      kandidat.push({ pegawaiId: id, jenis: j, poin: poin[j], biaya });
    }
  }
  kandidat.sort((a, b) => b.poin / b.biaya - a.poin / a.biaya || b.poin - a.poin || a.pegawaiId - b.pegawaiId);
  let sisa = f.anggaran;
  const terpilih: Kandidat[] = [];
  for (const k of kandidat) {
    if (k.biaya > sisa) continue;
    terpilih.push(k);
    sisa -= k.biaya;
  }

  const sebelum = rataRata([...pegawai.values()], aturan);
  const sesudahPegawai = new Map(pegawai);
  for (const k of terpilih) sesudahPegawai.set(k.pegawaiId, { ...sesudahPegawai.get(k.pegawaiId)!, [PUNYA[k.jenis]]: true });
  const sesudah = rataRata([...sesudahPegawai.values()], aturan);

  const tampil = terpilih.slice(0, f.batasDaftar);
  const identitas = tampil.length ?
    await ctx.db.many<{ id: number, nip: string, nama: string, gelar_depan: string | null, gelar_belakang: string | null, unit: string | null }>(sql`
    select p.id, p.nip, p.nama, p.gelar_depan, p.gelar_belakang, u.nama as unit
      from pegawai p left join unit_organisasi u on u.instansi_id = p.instansi_id and u.id = p.unit_id
     where p.instansi_id = ${ctx.instansiId} and p.id = any(${tampil.map((k) => k.pegawaiId)}) and ${syaratLingkup(l)}`) :
    [];
  const idMap = new Map(identitas.map((i) => [i.id, i]));
  const perJenis = Object.fromEntries(JENIS_PELATIHAN.map((j) => [j, terpilih.filter((k) => k.jenis === j).length]));
  return { aturan: aturan.id, tanggalAcuan: tanggal, jumlahPegawai: pegawai.size, anggaran: f.anggaran, biayaTerpakai: f.anggaran - sisa, sisaAnggaran: sisa,
    jumlahKursi: terpilih.length, perJenis, kandidatTersedia: kandidat.length, sebelum, sesudah, kenaikan: bulatkan(sesudah.tepat - sebelum.tepat, 2), peserta: tampil.map((k) => {
      const i = idMap.get(k.pegawaiId)!;
      return { nip: i.nip, nama: namaLengkap({ gelarDepan: i.gelar_depan, nama: i.nama, gelarBelakang: i.gelar_belakang }), unit: i.unit,
        jenisJabatan: pegawai.get(k.pegawaiId)!.jenisJabatan, pelatihan: k.jenis, labelPelatihan: label[k.jenis], tambahanPoin: k.poin, biaya: k.biaya };
    }) };
}

/** The index of a group under one rule set (the pure rule), with its exact total for the difference. */
function rataRata(daftar: PegawaiIpAsn[], aturan: AturanIpAsn) {
  const h = hitungIpAsnMurni(daftar, aturan);
  if (!h.ok) throw tidakValid('Tidak ada PNS yang diukur pada lingkup ini.', [{ kolom: 'unitId', pesan: h.alasan }]);
  return { ...h.nilai.rataRata, tepat: h.nilai.rataRataTepat.total, kategori: h.nilai.kategori };
}
