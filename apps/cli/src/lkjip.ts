import { writeFileSync } from 'node:fs';
import { extname } from 'node:path';
import { sql, type Db } from '@simasn/db';
import { GalatAplikasi, type Konteks } from '@simasn/platform';
import type { TemuanLaporan } from '@simasn/sakip';
// The module's own input rules (its contracts, without the assembler and the renderers).
import { skemaSusunLkjip } from '@simasn/sakip/kontrak';

/**
 * simasn lkjip --unit KODE --tahun YYYY [--tribulan N] [--batas N] [--kosongkan] --out FILE.docx|.pdf
 * Generates the LKjIP from the database as the server does (same assembler, checks and
 * renderers), printing progress on stderr. Inconsistent tables: exit 2 with every finding.
 */
export const OPSI_LKJIP = { unit: { type: 'string' }, tahun: { type: 'string' }, tribulan: { type: 'string' }, batas: { type: 'string' }, out: { type: 'string' },
  instansi: { type: 'string' }, kosongkan: { type: 'boolean' } } as const;

type OpsiLkjip = Record<string, string | boolean | undefined>;

const formatKeluaran = (out: unknown) => (typeof out === 'string' ? extname(out).slice(1).toLowerCase() : '');

/**
 * The options every LKjIP needs, checked before the database is opened: the message, or null.
 * --tahun, --tribulan and --batas by the rules the server applies to the same request (the
 * module's schema), so a mistyped value is refused at once, before the data folder is opened.
 */
export function periksaOpsiLkjip(o: OpsiLkjip): string | null {
  const format = formatKeluaran(o.out);
  if (typeof o.unit !== 'string' || !o.tahun || (format !== 'docx' && format !== 'pdf')) {
    return 'Opsi wajib: --unit KODE --tahun YYYY --out FILE.docx|.pdf (opsional --tribulan 1-4, --batas N, --kosongkan: bagian narasi yang belum diisi dibiarkan kosong).';
  }
  const h = skemaSusunLkjip.omit({ unitId: true }).safeParse({ tahun: o.tahun, tribulan: o.tribulan, batas: o.batas });
  return h.success ? null : `Opsi tidak sah:\n${h.error.issues.map((i) => `  --${i.path.join('.')}: ${i.message}`).join('\n')}`;
}

export async function jalankanLkjipCli(o: OpsiLkjip, db: Db, ctx: Konteks): Promise<number> {
  const out = o.out;
  const format = formatKeluaran(out);
  if (typeof out !== 'string' || periksaOpsiLkjip(o)) return 2;
  // The LKjIP assembler and its renderers (docx, pdfmake) are loaded by this command alone.
  const { buatBerkasLkjip } = await import('@simasn/sakip');
  const unit = await db.maybeOne<{ id: number, nama: string }>(sql`
    select id, nama from unit_organisasi where instansi_id = ${ctx.instansiId} and kode = ${o.unit}`);
  if (!unit) {
    console.error(`Unit dengan kode ${o.unit} tidak ada.`);
    return 2;
  }
  try {
    const b = await buatBerkasLkjip(ctx, { unitId: unit.id, tahun: o.tahun, tribulan: o.tribulan, batas: o.batas, format, kosongkan: o.kosongkan === true } as never,
      async (p, langkah) => {
        process.stderr.write(`[${String(p).padStart(3)}%] ${langkah}\n`);
      });
    writeFileSync(out, b.isi);
    console.log(`${b.judul}: ${out} (${b.isi.length} bita, ${b.laporan.indikator.length} indikator, ${(b.milidetik / 1000).toFixed(2)} detik).`);
    return 0;
  } catch (e) {
    if (e instanceof GalatAplikasi && e.kode === 'tidak_konsisten') {
      console.error(e.message);
      for (const t of e.rincian as TemuanLaporan[]) console.error(`  ${t.tabel}, ${t.label}, ${t.kolom}: ${t.keterangan}`);
      return 2;
    }
    if (e instanceof GalatAplikasi && e.kode === 'narasi_belum_diisi') {
      console.error(`${e.message.replace('pilih "Biarkan bagian yang belum diisi kosong"', 'jalankan dengan --kosongkan')}`);
      for (const m of e.rincian as { pesan: string }[]) console.error(`  ${m.pesan}`);
      return 2;
    }
    throw e;
  }
}
