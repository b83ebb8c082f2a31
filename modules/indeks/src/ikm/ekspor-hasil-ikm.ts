import { sql } from '@simasn/db';
import { formatAngka, formatWaktuSetempat, jamDindingUtc, singkatanZona } from '@simasn/domain';
import { catatAudit, tabelKeXlsx, tanggalXlsx, uraikan, type Konteks } from '@simasn/platform';
import { gabungXlsx } from './gabung-xlsx.ts';
import { hasilIkmLayanan } from './hasil-ikm-layanan.ts';
import { KOLOM_JAWABAN, LABEL_JENIS_KELAMIN_RESPONDEN, LABEL_PEKERJAAN_RESPONDEN, LABEL_PENDIDIKAN_RESPONDEN, PERTANYAAN_IKM } from './kuesioner.ts';
import { tentukanPeriode } from './periode.ts';
import { skemaEksporHasilIkm, type PEKERJAAN_RESPONDEN, type PENDIDIKAN_RESPONDEN } from './survei.types.ts';

export { skemaEksporHasilIkm };

interface BarisHasil {
  no: number | null;
  uraian: string;
  total?: number | null;
  nrr?: number | null;
  /** Under the service unit's rule set, then the other. */
  nilai: (number | string | null)[];
}

/** One response as sheet "Responden" lists it; the answers u1..u9 are read by column name (KOLOM_JAWABAN). */
interface BarisRespon {
  [kolom: string]: unknown;
  diisi_pada: Date;
  tanggal: string;
  umur: number | null;
  jenis_kelamin: keyof typeof LABEL_JENIS_KELAMIN_RESPONDEN | null;
  pendidikan: (typeof PENDIDIKAN_RESPONDEN)[number] | null;
  pekerjaan: (typeof PEKERJAAN_RESPONDEN)[number] | null;
  saran: string | null;
  sumber: string;
}

/**
 * The results of one service unit as XLSX: sheet "Hasil IKM" with the NRR per unsur, the
 * weighted NRR and the IKM and mutu under each rule set side by side (the IKM row is what the
 * reports cite), and sheet "Responden" with every response of the period (answers, profile,
 * suggestion; no device hash, nothing that identifies a respondent). The export is audited.
 */
export async function eksporHasilIkm(ctx: Konteks, id: number, masukan: unknown = {}): Promise<{ namaBerkas: string, isi: Buffer, responden: number }> {
  const f = uraikan(skemaEksporHasilIkm, masukan);
  const periode = tentukanPeriode(ctx, f);
  const h = await hasilIkmLayanan(ctx, id, { ...f, batasSaran: 0 });
  const aturan = h.perAturan ?? [];
  const bobot = (a: (typeof aturan)[number], nrr: number | null) => (nrr === null ? null : nrr * a.faktor);
  const nrr = (total: number) => (h.responden ? total / h.responden : null);
  const baris: BarisHasil[] = [
    ...h.unsur.map((u) => ({ no: u.nomor, uraian: u.nama, total: u.total, nrr: nrr(u.total), nilai: aturan.map((a) => bobot(a, nrr(u.total))) })),
    { no: null, uraian: 'Jumlah NRR tertimbang', nilai: aturan.map((a) => h.unsur.reduce((s, u) => s + (bobot(a, nrr(u.total)) ?? 0), 0)) },
    { no: null, uraian: 'IKM (jumlah NRR tertimbang x 25)', nilai: aturan.map((a) => a.ikm) },
    { no: null, uraian: 'Mutu pelayanan', nilai: aturan.map((a) => `${a.mutu.kode} (${a.mutu.label})`) },
    { no: null, uraian: 'Jumlah responden', total: h.responden, nilai: [] },
    ...(h.sampel ? [{ no: null, uraian: `Sampel minimal Krejcie-Morgan (populasi ${formatAngka(h.sampel.populasi)})`, total: h.sampel.diperlukan, nilai: [] }] : []),
    ...(h.unsurTerlemah ? [{ no: null, uraian: `Unsur terlemah: ${h.unsurTerlemah.nama}`, nrr: h.unsurTerlemah.nrr, nilai: [] }] : []),
  ];
  const dibuat = `Dibuat dari SIMASN pada ${formatWaktuSetempat(ctx.sekarang(), ctx.zona)} oleh ${ctx.pemanggil?.namaTampilan ?? '-'}`;
  const lembarHasil = await tabelKeXlsx<BarisHasil>({ judul: `Indeks Kepuasan Masyarakat: ${h.layanan.nama} (${h.layanan.unit})`,
    keterangan: `${periode.label}; ${formatAngka(h.responden)} responden; PermenPAN-RB 14/2017. ${dibuat}`, namaLembar: 'Hasil IKM', kolom: [
      { judul: 'No', nilai: (b) => b.no, lebar: 6 },
      { judul: 'Unsur pelayanan', nilai: (b) => b.uraian, lebar: 46 },
      { judul: 'Jumlah nilai', nilai: (b) => b.total, lebar: 14, format: '#,##0' },
      { judul: 'NRR', nilai: (b) => b.nrr, lebar: 10, format: '0.00' },
      ...aturan.map((a, i) => ({ judul: `NRR tertimbang / IKM (bobot ${a.bobot})`, nilai: (b: BarisHasil) => b.nilai[i] ?? null, lebar: 24, format: '0.00#' })),
    ], baris });

  const respon = await ctx.db.many<BarisRespon>(sql`
    select diisi_pada, tanggal, u1, u2, u3, u4, u5, u6, u7, u8, u9, umur, jenis_kelamin, pendidikan, pekerjaan, saran, sumber
      from respon_survei
     where instansi_id = ${ctx.instansiId} and layanan_id = ${id} and tanggal between ${periode.dari}::date and ${periode.sampai}::date
     order by diisi_pada, id`);
  const lembarRespon = await tabelKeXlsx<BarisRespon & { no: number }>({ judul: `Respon Survei Kepuasan Masyarakat: ${h.layanan.nama}`,
    keterangan: `${periode.label}; jawaban 1-4 per unsur (U1-U9). Tanpa data yang mengenali responden. ${dibuat}`, namaLembar: 'Responden', kolom: [
      { judul: 'No', nilai: (r) => r.no, lebar: 7 },
      { judul: `Diisi pada (${singkatanZona(ctx.zona)})`, nilai: (r) => jamDindingUtc(new Date(r.diisi_pada), ctx.zona), format: 'd mmm yyyy hh:mm', lebar: 18 },
      { judul: 'Tanggal', nilai: (r) => tanggalXlsx(r.tanggal), format: 'd mmmm yyyy', lebar: 16 },
      ...KOLOM_JAWABAN.map((k, i) => ({ judul: `U${i + 1} ${PERTANYAAN_IKM[i]!.unsur}`, nilai: (r: BarisRespon) => r[k] as number, lebar: 12 })),
      { judul: 'Umur', nilai: (r) => r.umur, lebar: 7 },
      { judul: 'Jenis kelamin', nilai: (r) => (r.jenis_kelamin ? LABEL_JENIS_KELAMIN_RESPONDEN[r.jenis_kelamin] : null), lebar: 12 },
      { judul: 'Pendidikan', nilai: (r) => (r.pendidikan ? LABEL_PENDIDIKAN_RESPONDEN[r.pendidikan] : null), lebar: 14 },
      { judul: 'Pekerjaan', nilai: (r) => (r.pekerjaan ? LABEL_PEKERJAAN_RESPONDEN[r.pekerjaan] : null), lebar: 16 },
      { judul: 'Saran', nilai: (r) => r.saran, lebar: 60 },
      { judul: 'Sumber', nilai: (r) => r.sumber, lebar: 9 },
    ], baris: respon.map((r, i) => ({ ...r, no: i + 1 })) });
  const isi = await gabungXlsx([lembarHasil, lembarRespon]);
  await catatAudit(ctx, { aksi: 'survei.ekspor', entitas: 'layanan_survei', entitasId: id, sesudah: { periode, responden: h.responden } });
  return { namaBerkas: `ikm-${h.layanan.kode}-${periode.dari}-${periode.sampai}.xlsx`, isi, responden: h.responden };
}
