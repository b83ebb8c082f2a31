import { sql } from '@simasn/db';
import { denganDb, konflik, terlarang, tidakValid, uraikan, type Konteks } from '@simasn/platform';
import { skemaProsesUsulanLayanan } from './usulan-layanan.types.ts';
import { ambilUsulanLayanan } from './ambil-usulan-layanan.ts';
import { sandikanDataLayanan } from './data-usulan.ts';
import { beritahuTransisi } from './beritahu.ts';
import { efekTransisi, indeksLangkah, LABEL_STATUS, type StatusUsulan } from './definisi.ts';
import { dokumenKurang } from './dokumen.ts';
import { jalankanLangkah } from './saga.ts';
import { auditTransisi, bacaUsulan, bolehBertindak, catatJejak, definisiUsulan, tenggatLangkah, wajibPeranDiLangkah } from './usulan.ts';

export { skemaIdUsulanLayanan, skemaProsesUsulanLayanan } from './usulan-layanan.types.ts';

/**
 * Moves a request one transition. The caller needs a role of the step the request waits at and
 * the request in reach; the transition must be allowed at that step; returning or rejecting
 * needs a reason; moving forward needs the step's data and (if the step checks them) every
 * required document. The row moves only if it is still at the version and step the caller saw,
 * so of two simultaneous actions one wins and the other gets 409. The service's effects run as a
 * saga in the same transaction: a failure undoes everything (request, timeline, riwayat,
 * documents, notifications, audit). Answers with the request as ambilUsulanLayanan shows it.
 */
export async function prosesUsulanLayanan(ctx: Konteks, id: number, masukan: unknown) {
  const f = uraikan(skemaProsesUsulanLayanan, masukan);
  await ctx.db.transaction(async (tx) => {
    const c = denganDb(ctx, tx);
    const u = await bacaUsulan(c, id, true);
    const def = definisiUsulan(u);
    const i = indeksLangkah(def, u.langkah);
    const langkah = def.langkah[i]!;
    // What the caller saw must still be what is there (409) before asking who may act on it.
    if (u.status !== 'diproses' && u.status !== 'dikembalikan') {
      throw konflik(`Usulan nomor ${id} sudah ${LABEL_STATUS[u.status].toLowerCase()}; tidak dapat diproses lagi.`);
    }
    if (u.versi !== f.versi) {
      throw konflik(`Usulan nomor ${id} sudah diproses orang lain sejak Anda membukanya (versi ${u.versi}, Anda melihat versi ${f.versi}). Muat ulang lalu periksa lagi.`);
    }
    // A service may let the employee withdraw their own open request at any step (read reach checked by bacaUsulan).
    const tarikSendiri = f.aksi === 'batalkan' && !!def.pemohonBolehBatalkan && !!c.pemanggil && !c.pemanggil.sistem && c.pemanggil.pegawaiId === u.pegawaiId;
    const peran = tarikSendiri ? 'asn' : wajibPeranDiLangkah(c, langkah);
    if (!tarikSendiri && !await bolehBertindak(c, def, langkah, u.pegawaiId)) {
      throw terlarang(`Anda tidak berwenang memproses usulan nomor ${id} pada langkah "${langkah.label}".`);
    }
    if (!tarikSendiri && !langkah.aksi.includes(f.aksi)) {
      throw tidakValid(`Aksi "${f.aksi}" tidak tersedia pada langkah "${langkah.label}".`, [{ kolom: 'aksi', pesan: `yang tersedia: ${langkah.aksi.join(', ')}`, nilai: f.aksi }]);
    }
    const alasan = f.alasan || null;
    if ((f.aksi === 'kembalikan' || f.aksi === 'tolak') && !alasan) {
      throw tidakValid('Alasan wajib diisi.', [{ kolom: 'alasan', pesan: f.aksi === 'kembalikan' ? 'sebutkan apa yang harus diperbaiki' : 'sebutkan alasan penolakan' }]);
    }
    const maju = f.aksi === 'teruskan' || f.aksi === 'setujui';
    let patch: Record<string, unknown> = {};
    if (maju && langkah.skemaData) patch = uraikan(langkah.skemaData, f.data ?? {}, `Data langkah "${langkah.label}" belum benar.`);
    if (maju && langkah.periksaDokumen) {
      const kurang = await dokumenKurang(c, def, u.id);
      if (kurang.length) throw tidakValid('Dokumen wajib belum lengkap.', kurang.map((d) => ({ kolom: `dokumen.${d.kode}`, pesan: `${d.label} belum dilampirkan` })));
    }

    let ke = langkah.kode;
    let status: StatusUsulan = 'diproses';
    if (f.aksi === 'teruskan') {
      const berikut = def.langkah[i + 1];
      if (!berikut) throw tidakValid(`Langkah "${langkah.label}" adalah langkah terakhir; gunakan aksi setujui.`, [{ kolom: 'aksi', pesan: 'tidak ada langkah berikutnya' }]);
      ke = berikut.kode;
    } else if (f.aksi === 'kembalikan') {
      const tujuan = f.keLangkah ?? def.langkah[0]!.kode;
      const j = indeksLangkah(def, tujuan);
      if (j < 0 || j >= i) throw tidakValid('Langkah tujuan pengembalian tidak sah.', [{ kolom: 'keLangkah', pesan: 'harus langkah sebelum langkah sekarang', nilai: tujuan }]);
      ke = tujuan;
      status = 'dikembalikan';
    } else if (f.aksi === 'setujui') status = 'selesai';
    else if (f.aksi === 'tolak') status = 'ditolak';
    else if (f.aksi === 'batalkan') status = 'dibatalkan';
    const langkahKe = def.langkah[indeksLangkah(def, ke)]!;
    const terbuka = status === 'diproses' || status === 'dikembalikan';

    const n = await tx.run(sql`
      update usulan_layanan
         set langkah = ${ke}, status = ${status}, data = data || ${JSON.stringify(sandikanDataLayanan(patch))}::jsonb, versi = versi + 1,
             tenggat = ${terbuka ? (ke === langkah.kode ? u.tenggat : tenggatLangkah(c, langkahKe)) : null},
             diubah_pada = ${ctx.sekarang()}, selesai_pada = ${terbuka ? null : ctx.sekarang()}
       where instansi_id = ${ctx.instansiId} and id = ${id} and versi = ${f.versi} and langkah = ${u.langkah}`);
    if (n !== 1) throw konflik(`Usulan nomor ${id} baru saja diproses orang lain. Muat ulang lalu periksa lagi.`);
    const sesudah = await bacaUsulan(c, id);
    await catatJejak(c, { usulanId: id, aksi: f.aksi, dari: u.langkah, ke, status, peran, alasan });
    await jalankanLangkah(efekTransisi(def, f.aksi, u.langkah), { ctx: c, aksi: f.aksi, dari: u.langkah, ke, usulan: sesudah, alasan });
    await auditTransisi(c, sesudah, f.aksi, { langkah: u.langkah, status: u.status, versi: u.versi }, { langkah: ke, status, data: patch }, alasan);
    await beritahuTransisi(c, def, sesudah, f.aksi, alasan);
  });
  return ambilUsulanLayanan(ctx, id);
}
