import { sql } from '@simasn/db';
import { jenisDiklatSiasn } from '@simasn/domain';
import { catatAudit, denganDb, konflik, lingkup, tidakDitemukan, tidakValid, uraikan, type Konteks, type MasalahIsian } from '@simasn/platform';
import { tautanVideoSah } from '../aturan.ts';
import { HOST_VIDEO, type StatusKursus, UKURAN_MAKS_PDF_MODUL } from '../jenis-pembelajaran.ts';
import { skemaSimpanKursus, skemaStatusKursus, type SimpanKursus } from '../pembelajaran.types.ts';

/**
 * BKD's course administration (`pembelajaran:kelola`): a course with its modules and quiz items
 * saved as a whole (modules kept by id keep their PDF and the progress on them), its status
 * (draf -> terbit -> arsip; publishing checks it is complete), a PDF module's file.
 */
function periksaIsi(k: SimpanKursus): MasalahIsian[] {
  const m: MasalahIsian[] = [];
  if (!jenisDiklatSiasn(k.jenisDiklat).ok) m.push({ kolom: 'jenisDiklat', pesan: 'jenis diklat SIASN 1 sampai 25' });
  if (k.sasaran !== 'semua' && !k.sasaranId.length) {
    m.push({ kolom: 'sasaranId', pesan: k.sasaran === 'unit' ? 'pilih paling sedikit satu unit' : 'pilih paling sedikit satu jabatan' });
  }
  k.modul.forEach((d, i) => {
    if (d.jenis === 'video' && !tautanVideoSah(d.isi.trim(), HOST_VIDEO)) {
      m.push({ kolom: `modul.${i}.isi`, pesan: 'tautan video harus https dari YouTube, Vimeo atau Google Drive' });
    }
    if (d.jenis === 'teks' && d.isi.trim().length < 10) m.push({ kolom: `modul.${i}.isi`, pesan: 'isi bacaan minimal 10 karakter' });
    if (d.jenis === 'kuis') {
      if (!d.nilaiLulus) m.push({ kolom: `modul.${i}.nilaiLulus`, pesan: 'nilai lulus kuis wajib diisi (1-100)' });
      if (!d.soal.length) m.push({ kolom: `modul.${i}.soal`, pesan: 'kuis perlu paling sedikit satu soal' });
    } else if (d.soal.length) m.push({ kolom: `modul.${i}.soal`, pesan: 'hanya modul kuis yang memiliki soal' });
  });
  return m;
}

export async function simpanKursus(ctx: Konteks, id: number | null, masukan: unknown): Promise<{ id: number, versi: number }> {
  lingkup(ctx, 'pembelajaran:kelola');
  const k = uraikan(skemaSimpanKursus, masukan);
  const masalah = periksaIsi(k);
  if (masalah.length) throw tidakValid('Isian kursus belum benar.', masalah);
  return ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    let kursusId: number;
    let versi: number;
    const sebelum = id === null ? null : await tx.maybeOne<{ versi: number, status: string }>(sql`
      select versi, status from kursus where instansi_id = ${ctx.instansiId} and id = ${id} for update`);
    if (id !== null && !sebelum) throw tidakDitemukan('Kursus tidak ditemukan.');
    const kodeLain = await tx.maybeOne(sql`select 1 from kursus where instansi_id = ${ctx.instansiId} and kode = ${k.kode} and id <> ${id ?? 0}`);
    if (kodeLain) throw tidakValid('Kode kursus sudah dipakai.', [{ kolom: 'kode', pesan: `kode ${k.kode} sudah dipakai kursus lain` }]);
    if (sebelum) {
      if (k.versi !== undefined && k.versi !== sebelum.versi) {
        throw konflik(`Kursus ini sudah diubah orang lain (versi ${sebelum.versi}, Anda mengubah versi ${k.versi}). Muat ulang lalu ulangi.`);
      }
      const r = await tx.one<{ versi: number }>(sql`
        update kursus set kode = ${k.kode}, judul = ${k.judul}, deskripsi = ${k.deskripsi}, penyelenggara = ${k.penyelenggara}, jenis_diklat = ${k.jenisDiklat},
               jenis_ipasn = ${k.jenisIpAsn}, jp = ${k.jp}, kompetensi = ${k.kompetensi}::text[], sasaran = ${k.sasaran}, sasaran_id = ${k.sasaranId}::bigint[],
               versi = versi + 1, diubah_pada = now()
         where instansi_id = ${ctx.instansiId} and id = ${id} returning versi`);
      kursusId = id!;
      versi = r.versi;
    } else {
      const r = await tx.one<{ id: number, versi: number }>(sql`
        insert into kursus (instansi_id, kode, judul, deskripsi, penyelenggara, jenis_diklat, jenis_ipasn, jp, kompetensi, sasaran, sasaran_id)
        values (${ctx.instansiId}, ${k.kode}, ${k.judul}, ${k.deskripsi}, ${k.penyelenggara}, ${k.jenisDiklat}, ${k.jenisIpAsn}, ${k.jp}, ${k.kompetensi}::text[],
                ${k.sasaran}, ${k.sasaranId}::bigint[])
        returning id, versi`);
      kursusId = Number(r.id);
      versi = r.versi;
    }
    // Prerequisites: other courses of this instansi, no cycle.
    for (const p of k.prasyarat) {
      if (p === kursusId) throw tidakValid('Prasyarat tidak sah.', [{ kolom: 'prasyarat', pesan: 'kursus tidak dapat menjadi prasyarat dirinya sendiri' }]);
      const ada = await tx.maybeOne(sql`select 1 from kursus where instansi_id = ${ctx.instansiId} and id = ${p}`);
      if (!ada) throw tidakValid('Prasyarat tidak sah.', [{ kolom: 'prasyarat', pesan: `kursus prasyarat #${p} tidak ditemukan` }]);
      const siklus = await tx.maybeOne(sql`
        with recursive naik(id) as (
          select prasyarat_id from kursus_prasyarat where instansi_id = ${ctx.instansiId} and kursus_id = ${p}
          union select kp.prasyarat_id from kursus_prasyarat kp join naik on kp.kursus_id = naik.id where kp.instansi_id = ${ctx.instansiId})
        select 1 from naik where id = ${kursusId}`);
      if (siklus) throw tidakValid('Prasyarat tidak sah.', [{ kolom: 'prasyarat', pesan: 'prasyarat ini membuat lingkaran (kursus itu memerlukan kursus ini)' }]);
    }
    await tx.run(sql`delete from kursus_prasyarat where instansi_id = ${ctx.instansiId} and kursus_id = ${kursusId}`);
    for (const p of new Set(k.prasyarat)) {
      await tx.run(sql`insert into kursus_prasyarat (instansi_id, kursus_id, prasyarat_id) values (${ctx.instansiId}, ${kursusId}, ${p})`);
    }
    // Modules: kept by id, the rest removed (refused when someone has progress on it).
    const lama = await tx.many<{ id: number }>(sql`select id from kursus_modul where instansi_id = ${ctx.instansiId} and kursus_id = ${kursusId}`);
    const tetap = new Set(k.modul.filter((d) => d.id).map((d) => d.id!));
    for (const d of k.modul) {
      if (d.id && !lama.some((l) => Number(l.id) === d.id)) throw tidakValid('Modul tidak sah.', [{ kolom: 'modul', pesan: `modul #${d.id} bukan milik kursus ini` }]);
    }
    const buang = lama.map((l) => Number(l.id)).filter((m) => !tetap.has(m));
    if (buang.length) {
      const dipakai = await tx.maybeOne(sql`select 1 from kursus_modul_selesai where instansi_id = ${ctx.instansiId} and modul_id = any(${buang})
                                            union all select 1 from kursus_kuis_percobaan where instansi_id = ${ctx.instansiId} and modul_id = any(${buang}) limit 1`);
      if (dipakai) throw konflik('Modul yang sudah dikerjakan peserta tidak dapat dihapus; arsipkan kursus lalu buat kursus baru.');
      await tx.run(sql`delete from kursus_modul where instansi_id = ${ctx.instansiId} and id = any(${buang})`);
    }
    let urutan = 0;
    for (const d of k.modul) {
      urutan++;
      const nilaiLulus = d.jenis === 'kuis' ? d.nilaiLulus! : null;
      let modulId: number;
      if (d.id) {
        modulId = d.id;
        await tx.run(sql`update kursus_modul set urutan = ${urutan}, judul = ${d.judul}, jenis = ${d.jenis}, isi = ${d.isi.trim()}, nilai_lulus = ${nilaiLulus},
                                pdf = case when ${d.jenis} = 'pdf' then pdf end, pdf_nama = case when ${d.jenis} = 'pdf' then pdf_nama end
                          where instansi_id = ${ctx.instansiId} and id = ${modulId}`);
        await tx.run(sql`delete from kursus_soal where instansi_id = ${ctx.instansiId} and modul_id = ${modulId}`);
      } else {
        modulId = Number((await tx.one<{ id: number }>(sql`
          insert into kursus_modul (instansi_id, kursus_id, urutan, judul, jenis, isi, nilai_lulus)
          values (${ctx.instansiId}, ${kursusId}, ${urutan}, ${d.judul}, ${d.jenis}, ${d.isi.trim()}, ${nilaiLulus}) returning id`)).id);
      }
      let no = 0;
      for (const s of d.soal) {
        await tx.run(sql`insert into kursus_soal (instansi_id, modul_id, urutan, pertanyaan, pilihan, kunci, pembahasan)
                          values (${ctx.instansiId}, ${modulId}, ${++no}, ${s.pertanyaan}, ${JSON.stringify(s.pilihan)}::jsonb, ${[
          ...new Set(s.kunci),
        ]}::smallint[], ${s.pembahasan})`);
      }
    }
    const { modul, ...ringkas } = k;
    await catatAudit(c, { aksi: sebelum ? 'kursus.ubah' : 'kursus.buat', entitas: 'kursus', entitasId: kursusId,
      sesudah: { ...ringkas, modul: modul.map((d) => ({ judul: d.judul, jenis: d.jenis, soal: d.soal.length })) } });
    return { id: kursusId, versi };
  });
}

/** Draf -> terbit (complete: modules, every PDF uploaded), terbit -> arsip (no new enrolments), arsip/draf -> terbit again. */
export async function ubahStatusKursus(ctx: Konteks, id: number, masukan: unknown): Promise<{ id: number, versi: number }> {
  lingkup(ctx, 'pembelajaran:kelola');
  const { status } = uraikan(skemaStatusKursus, masukan);
  return ctx.db.transaction(async (tx) => {
    const k = await tx.maybeOne<{ status: StatusKursus }>(sql`select status from kursus where instansi_id = ${ctx.instansiId} and id = ${id} for update`);
    if (!k) throw tidakDitemukan('Kursus tidak ditemukan.');
    if (status === 'terbit') {
      const m = await tx.many<{ jenis: string, ada_pdf: boolean, judul: string }>(sql`
        select jenis, pdf is not null as ada_pdf, judul from kursus_modul where instansi_id = ${ctx.instansiId} and kursus_id = ${id}`);
      if (!m.length) throw konflik('Kursus belum memiliki modul; tambahkan modul sebelum menerbitkan.');
      const tanpaPdf = m.filter((x) => x.jenis === 'pdf' && !x.ada_pdf);
      if (tanpaPdf.length) throw konflik(`Berkas PDF modul "${tanpaPdf[0]!.judul}" belum diunggah.`);
    }
    if (status === 'draf' && k.status !== 'draf') {
      const ada = await tx.maybeOne(sql`select 1 from kursus_peserta where instansi_id = ${ctx.instansiId} and kursus_id = ${id} limit 1`);
      if (ada) throw konflik('Kursus yang sudah memiliki peserta tidak dapat dikembalikan ke draf; arsipkan saja.');
    }
    const r = await tx.one<{ versi: number }>(sql`update kursus set status = ${status}, versi = versi + 1, diubah_pada = now()
                                                   where instansi_id = ${ctx.instansiId} and id = ${id} returning versi`);
    await catatAudit(denganDb(ctx, tx), { aksi: 'kursus.status', entitas: 'kursus', entitasId: id, sebelum: { status: k.status }, sesudah: { status } });
    return { id, versi: r.versi };
  });
}

/** A PDF module's file (multipart): a real PDF, at most 10 MB. */
export async function unggahPdfModul(ctx: Konteks, kursusId: number, modulId: number, berkas: { namaBerkas: string, isi: Uint8Array }) {
  lingkup(ctx, 'pembelajaran:kelola');
  if (berkas.isi.length > UKURAN_MAKS_PDF_MODUL) throw tidakValid('Berkas terlalu besar.', [{ kolom: 'file', pesan: 'berkas PDF paling besar 10 MB' }]);
  const kepala = Buffer.from(berkas.isi.subarray(0, 5)).toString('latin1');
  if (kepala !== '%PDF-') throw tidakValid('Berkas bukan PDF.', [{ kolom: 'file', pesan: 'unggah berkas PDF' }]);
  return ctx.db.transaction(async (tx) => {
    const n = await tx.run(sql`update kursus_modul set pdf = ${Buffer.from(berkas.isi)}, pdf_nama = ${berkas.namaBerkas.slice(0, 200)}
                                where instansi_id = ${ctx.instansiId} and id = ${modulId} and kursus_id = ${kursusId} and jenis = 'pdf'`);
    if (!n) throw tidakDitemukan('Modul PDF tidak ditemukan.');
    await catatAudit(denganDb(ctx, tx), { aksi: 'kursus.unggah_pdf', entitas: 'kursus', entitasId: kursusId,
      sesudah: { modulId, namaBerkas: berkas.namaBerkas, ukuran: berkas.isi.length } });
    return { id: modulId, ukuran: berkas.isi.length };
  });
}
