import { posix } from 'node:path';
import JSZip from 'jszip';
import { sql } from '@simasn/db';
import { simpanDokumenBukti } from '@simasn/indeks';
import { BATAS_XLSX, catatAudit, denganDb, GalatAplikasi, lingkup, type MasalahIsian, periksaZipXlsx, tidakValid, uraikan, XlsxDitolak, type Konteks } from '@simasn/platform';
import { skemaEksporQti, skemaSimpanButir, UKURAN_MAKS_GAMBAR } from '../ujian.types.ts';
import { KATEGORI_BERBOBOT, namaKategori } from './aturan-butir.ts';
import { ambilBank } from './bank-soal.ts';
import { type OpsiButir, periksaButir, tulisButirBaru } from './butir.ts';
import { periksaGambarButir } from './gambar-butir.ts';
import { bacaButirQti, bacaManifestQti, type ResourceQti, SUMBER_KATEGORI, xmlButirQti, xmlManifestQti } from './qti.ts';

const HURUF = ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h'] as const;
const JENIS_PAKET = 'paket QTI';
const AKHIRAN_GAMBAR: Record<string, string> = { 'image/png': '.png', 'image/jpeg': '.jpg' };

/**
 * The bank's items (current versions), all or those chosen, as a QTI 3.0 content package: an
 * imsmanifest.xml listing every item with its category, one qti-assessment-item per item, and the
 * items' images. Another system (or this one, with the import below) reads it back.
 */
export async function eksporBankQti(ctx: Konteks, bankId: number, masukan: unknown = {}) {
  lingkup(ctx, 'ujian:kelola');
  const f = uraikan(skemaEksporQti, masukan, 'Pilihan butir belum benar.');
  const bank = await ambilBank(ctx, bankId);
  const rows = await ctx.db.many<
    { id: number, kategori: string, teks: string, jenis: 'tunggal' | 'ganda', opsi: OpsiButir[], pembahasan: string, acakOpsi: boolean, jenisMime: string | null,
      gambar: Uint8Array | null }
  >(sql`
    select s.id::int as id, s.kategori, v.teks, v.jenis, v.opsi, v.pembahasan, v.acak_opsi as "acakOpsi", d.jenis_mime as "jenisMime", d.isi as gambar
      from butir_soal s join versi_butir v on v.instansi_id = s.instansi_id and v.butir_id = s.id and v.versi = s.versi
      left join dokumen_bukti d on d.instansi_id = v.instansi_id and d.id = v.gambar_id
     where s.instansi_id = ${ctx.instansiId} and s.bank_id = ${bankId} and (${f.butir ?? null}::bigint[] is null or s.id = any(${f.butir ?? null}::bigint[]))
     order by s.kategori, s.id`);
  if (f.butir && rows.length !== new Set(f.butir).size) {
    throw tidakValid('Pilihan butir belum benar.', [{ kolom: 'butir', pesan: 'sebagian butir yang dipilih tidak ada di bank soal ini' }]);
  }
  const zip = new JSZip();
  const resources: ResourceQti[] = [];
  for (const r of rows) {
    const identifier = `butir-${r.id}`;
    const gambar = r.gambar && r.jenisMime ? `gambar/${identifier}${AKHIRAN_GAMBAR[r.jenisMime] ?? ''}` : null;
    if (gambar) zip.file(gambar, Buffer.from(r.gambar!));
    const href = `${identifier}.xml`;
    zip.file(href,
      xmlButirQti({ identifier, judul: `${namaKategori(r.kategori)} ${r.id}`, teks: r.teks, jenis: r.jenis, opsi: r.opsi, pembahasan: r.pembahasan, acakOpsi: r.acakOpsi,
        gambar }));
    resources.push({ identifier, href, kategori: r.kategori, namaKategori: namaKategori(r.kategori), berkas: gambar ? [gambar] : [] });
  }
  zip.file('imsmanifest.xml', xmlManifestQti(`bank-soal-${bank.id}`, bank.nama, resources));
  const isi = await zip.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE', compressionOptions: { level: 6 } });
  await catatAudit(ctx, { aksi: 'bank_soal.ekspor_qti', entitas: 'bank_soal', entitasId: bankId, sesudah: { jumlah: rows.length, pilihan: f.butir ?? null } });
  return { isi, namaBerkas: `bank-soal-${bank.nama.toLowerCase().replace(/[^a-z0-9]+/g, '-').slice(0, 50)}-qti.zip` };
}

/** JSZip's own chunked reader (public, untyped): inflates piece by piece, so reading can stop at a limit. */
interface AlirJsZip {
  internalStream(jenis: 'uint8array'): AlirJsZipKembali;
}
interface AlirJsZipKembali {
  on(e: 'data', f: (d: Uint8Array) => void): AlirJsZipKembali;
  on(e: 'error' | 'end', f: () => void): AlirJsZipKembali;
  pause(): AlirJsZipKembali;
  resume(): AlirJsZipKembali;
}

/**
 * An item file is small (its text, options and explanation at most about 40,000 characters): one far
 * larger is refused before it is parsed, so parsing (synchronous) never holds the server long.
 */
const UKURAN_MAKS_XML_BUTIR = 1024 * 1024;
const terlaluBesar = (jalur: string, batas: number) =>
  new GalatAplikasi(413, 'terlalu_besar', `Berkas "${jalur}" lebih dari ${Math.round(batas / (1024 * 1024))} MB; ${JENIS_PAKET} ditolak.`);

const ditolak = (pesan: string) => tidakValid('Berkas ditolak.', [{ kolom: 'berkas', pesan }]);

/** The package opened: its item files by path, read with the limits of any uploaded zip (BATAS_XLSX). */
interface Paket {
  butir: { identifier: string, href: string, kategori: string | null }[];
  /** A file's bytes, or null when the package has no such file; past `batas` bytes the reading stops with a 413. */
  baca(jalur: string, batas?: number): Promise<Buffer | null>;
}

async function bukaPaket(berkas: { namaBerkas: string, isi: Buffer }): Promise<Paket> {
  const awal = berkas.isi.subarray(0, 64).toString('utf8').replace(/^\uFEFF/, '').trimStart();
  // One item file on its own (an assessmentItem XML): a package of one.
  if (awal.startsWith('<')) {
    const nama = posix.basename(berkas.namaBerkas) || 'butir.xml';
    return { butir: [{ identifier: '', href: nama, kategori: null }], baca: async (j, batas = Number.POSITIVE_INFINITY) => {
      if (j !== nama) return null;
      if (berkas.isi.length > batas) throw terlaluBesar(j, batas);
      return berkas.isi;
    } };
  }
  if (!(berkas.isi[0] === 0x50 && berkas.isi[1] === 0x4b)) throw ditolak('berkas harus paket QTI (.zip dengan imsmanifest.xml) atau satu berkas butir QTI (.xml)');
  try {
    periksaZipXlsx(berkas.isi, JENIS_PAKET);
  } catch (e) {
    if (e instanceof XlsxDitolak) throw new GalatAplikasi(e.status, e.status === 413 ? 'terlalu_besar' : 'tidak_valid', e.message);
    throw e;
  }
  let zip: JSZip;
  try {
    // Nothing inflates here (no CRC check on load): each part is inflated when read, counted as it goes.
    zip = await JSZip.loadAsync(berkas.isi);
  } catch {
    throw ditolak(`berkas bukan ${JENIS_PAKET} yang utuh (arsip zip rusak)`);
  }
  // What the directory declares was checked; what an entry really inflates to is counted as it
  // inflates, so a lying size stops at the same limits.
  let total = 0;
  const baca = async (jalur: string, batasBerkas: number = BATAS_XLSX.bytePerEntri): Promise<Buffer | null> => {
    const f = zip.file(jalur);
    if (!f || f.dir) return null;
    const batas = Math.min(batasBerkas, BATAS_XLSX.bytePerEntri, BATAS_XLSX.byteTotal - total);
    const isi = await new Promise<Buffer>((ok, gagal) => {
      const bagian: Uint8Array[] = [];
      let n = 0;
      const s = (f as unknown as AlirJsZip).internalStream('uint8array');
      s.on('data', (d: Uint8Array) => {
        n += d.length;
        if (n > batas) {
          s.pause();
          gagal(
            batas === batasBerkas ?
              terlaluBesar(jalur, batas) :
              new GalatAplikasi(413, 'terlalu_besar', `Bagian "${jalur}" mengembang melampaui batas saat diekstrak; ${JENIS_PAKET} ditolak.`),
          );
        } else bagian.push(d);
      }).on('error', () => gagal(ditolak(`bagian "${jalur}" dalam ${JENIS_PAKET} rusak`))).on('end', () => ok(Buffer.concat(bagian))).resume();
    });
    total += isi.length;
    return isi;
  };
  const manifest = await baca('imsmanifest.xml');
  if (!manifest) throw ditolak(`${JENIS_PAKET} tidak memuat imsmanifest.xml di akarnya`);
  const m = bacaManifestQti(manifest.toString('utf8'));
  if ('salah' in m) throw ditolak(`imsmanifest.xml: ${m.salah}`);
  if (!m.butir.length) throw ditolak('imsmanifest.xml tidak mencantumkan butir (resource imsqti_item)');
  return { butir: m.butir, baca };
}

/**
 * Imports items into a bank from a QTI package (3.0, or 2.1 choiceInteraction items) or one item
 * file, as the XLSX import does: every item checked first, any problem reported by item (file and
 * identifier) and reason in Indonesian with nothing written; an item the module cannot hold
 * (another interaction) is refused by name, never skipped. New items are drafts, reviewed before
 * they go live; an item's image is stored with it.
 */
export async function imporBankQti(ctx: Konteks, bankId: number, berkas: { namaBerkas: string, isi: Buffer }) {
  lingkup(ctx, 'ujian:kelola');
  const bank = await ambilBank(ctx, bankId);
  const paket = await bukaPaket(berkas);
  const masalah: MasalahIsian[] = [];
  const siap: { f: ReturnType<typeof skemaSimpanButir.parse>, gambar: { nama: string, isi: Buffer } | null }[] = [];
  for (const r of paket.butir) {
    const jalur = posix.normalize(r.href);
    // Always words with a space: the web shows a problem's place as written (`namaKolom`), not as a field name.
    const label = (id: string) => (id ? `${jalur} (${id})` : `berkas ${jalur}`);
    const catat = (pesan: string, id = r.identifier) => masalah.push({ kolom: label(id), pesan });
    if (!r.href || jalur.startsWith('../') || posix.isAbsolute(jalur)) {
      catat('letak berkas butir di manifest tidak sah');
      continue;
    }
    const xml = await paket.baca(jalur, UKURAN_MAKS_XML_BUTIR);
    if (!xml) {
      catat('berkas butir yang dicantumkan manifest tidak ada di paket');
      continue;
    }
    const b = bacaButirQti(xml.toString('utf8'));
    if ('salah' in b) {
      for (const s of b.salah) catat(s, r.identifier || b.identifier);
      continue;
    }
    const id = r.identifier || b.butir.identifier;
    const kategoriMentah = r.kategori ?? (bank.kelompok === 'seleksi' ? '' : bank.kompetensiKode ?? '');
    if (!kategoriMentah) catat(`kategori tidak tercantum (klasifikasi "${SUMBER_KATEGORI}" di imsmanifest.xml); bank seleksi memerlukan TWK, TIU atau TKP`, id);
    const kategori = bank.kelompok === 'seleksi' ? kategoriMentah.toUpperCase() : kategoriMentah;
    const berbobot = KATEGORI_BERBOBOT.has(kategori);
    const opsi: OpsiButir[] = b.butir.opsi.map((o, i) => {
      const bobot = o.bobot === null || o.bobot.trim() === '' ? null : Number(o.bobot.trim());
      if (berbobot && bobot !== null && !(Number.isInteger(bobot) && bobot >= 1 && bobot <= 5)) {
        catat(`bobot opsi ${i + 1} "${o.bobot}" harus bilangan bulat 1 sampai 5`, id);
      }
      return { id: HURUF[i] ?? `x${i}`, teks: o.teks, benar: o.benar, bobot: berbobot ? bobot : null };
    });
    let gambar: { nama: string, isi: Buffer } | null = null;
    if (b.butir.gambar.length > 1) catat(`butir memuat ${b.butir.gambar.length} gambar; bank soal memuat satu gambar per butir`, id);
    else if (b.butir.gambar.length === 1) {
      const src = b.butir.gambar[0]!;
      const jalurGambar = posix.normalize(posix.join(posix.dirname(jalur), decodeURI(src)));
      // An image past 1 MB is refused by its check below; reading stops a little after that.
      const isi = /^[a-z]+:/i.test(src) || jalurGambar.startsWith('../') ? null : await paket.baca(jalurGambar, 2 * UKURAN_MAKS_GAMBAR);
      if (!isi) catat(`gambar "${src}" tidak ada di paket`, id);
      else {
        const salah = periksaGambarButir(isi);
        if (salah) catat(`gambar "${src}": ${salah}`, id);
        else gambar = { nama: posix.basename(jalurGambar), isi };
      }
    }
    const h = skemaSimpanButir.safeParse({ bankId, kategori, teks: b.butir.teks, jenis: b.butir.jenis, opsi, pembahasan: b.butir.pembahasan, acakOpsi: b.butir.acakOpsi });
    if (!h.success) {
      for (const i of h.error.issues) {
        const p = i.path.map(String);
        if (p[0] === 'kategori' && !kategoriMentah) continue;
        const tempat = p[0] === 'teks' ? 'soal: ' : p[0] === 'opsi' && p[1] !== undefined ? `opsi ${Number(p[1]) + 1}: ` : p[0] === 'kategori' ? '' : `${p[0] ?? ''}: `;
        catat(`${tempat}${i.message}`, id);
      }
      continue;
    }
    for (const m of await periksaButir(ctx, h.data)) {
      const tempat = m.kolom.startsWith('opsi.') ? `opsi ${Number(m.kolom.split('.')[1]) + 1}: ` : '';
      catat(`${tempat}${m.pesan}`, id);
    }
    siap.push({ f: h.data, gambar });
  }
  // One reason once per item: the same check may find it twice (the sheet's own and the bank's).
  const sudah = new Set<string>();
  const unik = masalah.filter((m) => {
    const k = `${m.kolom}:${m.pesan}`;
    if (sudah.has(k)) return false;
    sudah.add(k);
    return true;
  });
  if (unik.length) throw tidakValid(`Impor dibatalkan: ${unik.length} masalah; tidak ada butir yang disimpan.`, unik.slice(0, 500));
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    for (const s of siap) {
      const gambarId = s.gambar ? (await simpanDokumenBukti(c, { namaBerkas: s.gambar.nama, isi: s.gambar.isi, akhiran: true })).id : null;
      await tulisButirBaru(c, tx, s.f, gambarId);
    }
    await catatAudit(c, { aksi: 'bank_soal.impor_qti', entitas: 'bank_soal', entitasId: bankId,
      keterangan: `Impor QTI ${berkas.namaBerkas}: ${siap.length} butir baru (draf), ${siap.filter((s) => s.gambar).length} dengan gambar`, sesudah: { jumlah: siap.length } });
  });
  return { diimpor: siap.length };
}
