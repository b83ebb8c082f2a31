import { sql } from '@simasn/db';
import { formatTanggal, gajiPokok, hariIniIso, kelayakanKp, LABEL_JENIS_USULAN_KP, masaKerjaGolonganBaru, syaratKenaikanPangkat, type JenisUsulanKp,
  type KodeGolonganPns } from '@simasn/domain';
import { pindahkanBerkasKeRiwayat, simpanBerkas, sisipRiwayat, type PegawaiInti } from '@simasn/kepegawaian';
import { catatAudit, tidakValid, type Konteks } from '@simasn/platform';
import { renderPdf } from '@simasn/platform/dokumen';
import { gabungDataUsulan, langkahSaga, type Transisi } from '@simasn/platform/alur';
import { ambilNomorSurat, tulisNomorSurat } from '../surat/nomor-surat.ts';
import { keDataKp, sqlDataKp, type BarisKp } from './data-kp.ts';
import { DOKUMEN_KP, DOKUMEN_PER_JENIS_KP } from './dokumen-kp.ts';
import { bacaDataSkKp, dokumenSkKenaikanPangkat, type DataSkKp } from './sk-kenaikan-pangkat.ts';

/** What a KP request keeps in `usulan_layanan.data`. */
export interface DataUsulanKp {
  periode: string;
  jenisKp: JenisUsulanKp;
  angkaKredit: number | null;
  golonganLama: KodeGolonganPns;
  tmtGolonganLama: string;
  golonganBaru: KodeGolonganPns;
  tmt: string;
  aturan?: { syarat: string, periode: string };
  nomorSk?: string;
  tanggalSk?: string;
  mkTahun?: number;
  mkBulan?: number;
  gajiPokok?: number | null;
  aturanGaji?: string | null;
  skBerkasId?: number;
  riwayatPangkatId?: number;
}

const gabungData = (ctx: Konteks, id: number, patch: Partial<DataUsulanKp>) => gabungDataUsulan(ctx, id, patch);

/**
 * Checks the employee against the KP rules for the request's period and type (at creation and
 * again each time the OPD sends it on, since the records may have changed) and records the
 * golongan it leads to. Not eligible: 422 with every reason.
 */
async function tetapkanSyarat(t: Transisi): Promise<DataUsulanKp> {
  const { ctx, usulan: u } = t;
  const d = u.data as Partial<DataUsulanKp> & { periode: string };
  const b = await ctx.db.maybeOne<BarisKp>(sqlDataKp(ctx, d.periode, sql`p.id = ${u.pegawaiId}`));
  if (!b) throw tidakValid('Pegawai tidak dapat diusulkan kenaikan pangkat.', [{ kolom: 'nip', pesan: 'bukan PNS aktif dengan golongan tercatat', nilai: u.nip }]);
  const data = keDataKp(b, d.angkaKredit ?? null);
  const h = d.jenisKp ? syaratKenaikanPangkat(d.jenisKp, data, d.periode) : kelayakanKp(data, d.periode);
  if (!h.ok) throw tidakValid('Periode kenaikan pangkat tidak sah.', [{ kolom: 'periode', pesan: h.alasan, nilai: d.periode }]);
  if (!h.nilai.memenuhiSyarat || !h.nilai.golonganBaru) {
    throw tidakValid(`${u.nama} belum memenuhi syarat kenaikan pangkat ${LABEL_JENIS_USULAN_KP[h.nilai.jenis].toLowerCase()} periode ${formatTanggal(d.periode)}.`,
      h.nilai.alasan.map((a) => ({ kolom: h.nilai.perluAngkaKredit ? 'angkaKredit' : 'nip', pesan: a, nilai: u.nip })));
  }
  const patch: DataUsulanKp = { periode: d.periode, jenisKp: h.nilai.jenis, angkaKredit: d.angkaKredit ?? null, golonganLama: b.golongan_akhir,
    tmtGolonganLama: b.tmt_golongan_akhir, golonganBaru: h.nilai.golonganBaru, tmt: d.periode, aturan: h.nilai.aturan };
  await gabungData(ctx, u.id, patch);
  return patch;
}

/** The type's own documents (beyond the two every KP needs) must be attached before the OPD sends it on. */
async function periksaDokumenJenis(t: Transisi, jenis: JenisUsulanKp) {
  const perlu = DOKUMEN_PER_JENIS_KP[jenis];
  if (!perlu.length) return;
  const ada = await t.ctx.db.many<{ kode: string }>(sql`
    select kode from dokumen_usulan_layanan where instansi_id = ${t.ctx.instansiId} and usulan_id = ${t.usulan.id}`);
  const kurang = perlu.filter((k) => !ada.some((a) => a.kode === k));
  if (kurang.length) {
    throw tidakValid(`Dokumen kenaikan pangkat ${LABEL_JENIS_USULAN_KP[jenis].toLowerCase()} belum lengkap.`,
      kurang.map((k) => ({ kolom: `dokumen.${k}`, pesan: `${DOKUMEN_KP.find((d) => d.kode === k)!.label} belum dilampirkan` })));
  }
}

/** Approval by BKD: numbers the SK, fills in masa kerja and gaji pokok at the TMT, stores the draft PDF. */
async function terbitkanSk(t: Transisi) {
  const { ctx, usulan: u } = t;
  const d = u.data as unknown as DataUsulanKp;
  const tanggalSk = hariIniIso(ctx.sekarang(), ctx.zona);
  const tahun = Number(tanggalSk.slice(0, 4));
  const [urut] = await ambilNomorSurat(ctx, 'sk_kenaikan_pangkat', tahun);
  const p = await bacaDataSkKp(ctx, u.pegawaiId);
  const kode = await ctx.db.one<{ kode: string }>(sql`select kode from instansi where instansi_id = ${ctx.instansiId}`);
  const mk = masaKerjaGolonganBaru({ golongan: d.golonganLama, tmt: d.tmtGolonganLama, mkTahun: p.mk_golongan_tahun ?? 0, mkBulan: p.mk_golongan_bulan ?? 0 }, {
    golongan: d.golonganBaru,
    tmt: d.tmt,
  });
  const gaji = gajiPokok(d.golonganBaru, mk.tahun, d.tmt);
  const patch: Partial<DataUsulanKp> = { nomorSk: tulisNomorSurat('800.1.3.3', urut!, kode.kode, tahun), tanggalSk, mkTahun: mk.tahun, mkBulan: mk.bulan,
    gajiPokok: gaji.ok ? gaji.nilai.gaji : null, aturanGaji: gaji.ok ? gaji.nilai.aturan : null };
  const pdf = await renderPdf(dokumenSkKenaikanPangkat(dataSk({ ...d, ...patch }, p)));
  const b = await simpanBerkas(ctx, { pegawaiId: u.pegawaiId, riwayatJenis: 'layanan', riwayatId: u.id, keterangan: `SK kenaikan pangkat ${patch.nomorSk}`,
    namaBerkas: `sk-kenaikan-pangkat-${u.nip}.pdf`, cadangan: 'sk-kenaikan-pangkat.pdf', isi: pdf });
  patch.skBerkasId = b.id;
  await gabungData(ctx, u.id, patch);
  return patch;
}

/** What the SK prints, from the request's data and the employee's current record. */
export function dataSk(d: DataUsulanKp, p: Awaited<ReturnType<typeof bacaDataSkKp>>): DataSkKp {
  return { instansi: { nama: p.nama_instansi, ibuKota: p.ibu_kota }, nomorSk: d.nomorSk ?? '-', tanggalSk: d.tanggalSk ?? d.tmt,
    pegawai: { nama: p.nama, nip: p.nip, tempatLahir: p.tempat_lahir, tanggalLahir: p.tanggal_lahir, pendidikan: p.pendidikan_terakhir, jabatan: p.jabatan, unit: p.unit },
    jenisKp: d.jenisKp, golonganLama: d.golonganLama, tmtGolonganLama: d.tmtGolonganLama, golonganBaru: d.golonganBaru, tmt: d.tmt, mkTahun: d.mkTahun ?? 0,
    mkBulan: d.mkBulan ?? 0, gajiPokok: d.gajiPokok ?? null, aturanGaji: d.aturanGaji ?? null };
}

/**
 * On the TMT: the new riwayat golongan (through the personnel module, which re-derives the
 * current golongan in the same transaction), the gaji pokok it brings, and the SK moved into the
 * archive as the employee's latest SK pangkat (so the next usulan reuses it).
 */
async function tulisRiwayatPangkat(t: Transisi) {
  const { ctx, usulan: u } = t;
  const d = u.data as unknown as DataUsulanKp;
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  if (d.tmt > hariIni) {
    throw tidakValid(`TMT kenaikan pangkat ${formatTanggal(d.tmt)} belum tiba.`, [{ kolom: 'aksi', pesan: `pangkat baru dicatat pada atau setelah ${formatTanggal(d.tmt)}` }]);
  }
  const pegawai = await ctx.db.one<PegawaiInti>(sql`
    select id, nip, nama, jalur_unit as "jalurUnit", status_kepegawaian as "statusKepegawaian", versi
      from pegawai where instansi_id = ${ctx.instansiId} and id = ${u.pegawaiId}`);
  const r = await sisipRiwayat(ctx, pegawai, 'pangkat', { golongan: d.golonganBaru, jenisKp: d.jenisKp, tmt: d.tmt, nomorSk: d.nomorSk ?? null, tanggalSk: d.tanggalSk ?? null,
    mkTahun: d.mkTahun ?? 0, mkBulan: d.mkBulan ?? 0 }, 'usulan');
  if (d.gajiPokok) {
    await ctx.db.run(sql`
      insert into riwayat_gaji (instansi_id, pegawai_id, jenis, golongan, tmt, mk_tahun, mk_bulan, gaji_pokok, aturan_gaji, nomor_surat, tanggal_surat, usulan_id, sumber)
      values (${ctx.instansiId}, ${u.pegawaiId}, 'kenaikan_pangkat', ${d.golonganBaru}, ${d.tmt}, ${d.mkTahun ?? 0}, ${d.mkBulan ?? 0}, ${d.gajiPokok},
              ${d.aturanGaji ?? 'tidak diketahui'}, ${d.nomorSk ?? null}, ${d.tanggalSk ?? null}, ${u.id}, 'usulan')
      on conflict (instansi_id, pegawai_id, tmt) do nothing`);
  }
  if (d.skBerkasId) await pindahkanBerkasKeRiwayat(ctx, { berkasId: d.skBerkasId, pegawaiId: u.pegawaiId, riwayatJenis: 'pangkat', riwayatId: r.id });
  await gabungData(ctx, u.id, { riwayatPangkatId: r.id });
  await catatAudit(ctx, { aksi: 'kenaikan_pangkat.tmt', entitas: 'usulan_layanan', entitasId: u.id, pegawaiId: u.pegawaiId, sebelum: { golongan: d.golonganLama },
    sesudah: { golongan: d.golonganBaru, tmt: d.tmt, riwayatPangkatId: r.id } });
  return r.id;
}

/** The KP service's effects, attached to the steps' actions in layanan-kp.ts (saga steps in the transition's transaction). */
export const periksaSyaratKp = langkahSaga<Transisi>({ nama: 'periksa syarat', jalankan: (_h, t) => tetapkanSyarat(t) });
export const periksaDokumenJenisKp = langkahSaga<Transisi>({ nama: 'periksa dokumen jenis',
  jalankan: async (h, t) => periksaDokumenJenis(t, (h[periksaSyaratKp.nama] as DataUsulanKp).jenisKp) });
export const terbitkanSkKp = langkahSaga<Transisi>({ nama: 'terbitkan SK', jalankan: (_h, t) => terbitkanSk(t) });
export const tulisRiwayatPangkatKp = langkahSaga<Transisi>({ nama: 'riwayat pangkat', jalankan: (_h, t) => tulisRiwayatPangkat(t) });
