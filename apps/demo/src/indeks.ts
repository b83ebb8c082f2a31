import { createHash } from 'node:crypto';
import { sql, type Db } from '@simasn/db';
import { ATURAN_MERIT, ATURAN_MERIT_BAWAAN, ATURAN_NSPK, ATURAN_NSPK_BAWAAN, bulatkan, capaianIndeks, hitungMerit, hitungNspk, type SkorSubAspekMerit } from '@simasn/domain';
import { TAHUN_INI } from './karier.ts';
import { pdfContoh } from './pdf-contoh.ts';

/**
 * The agency's own indices for the demo: the Sistem Merit self-assessment of last year (final,
 * frozen into hasil_indeks) and of this year (a complete draft, to be reviewed and finalised),
 * under an instrument of the instansi's own, and last year's NSPK assessment. Fixed values and
 * fixed timestamps: the same every run.
 */

const ID_INSTRUMEN = 'sukamaju-2024';

/** Sub-aspects and weights (aspect weights 10/10/30/10/20/10/4/6 % as the Lamongan IKU table). */
const INSTRUMEN: { nomor: number, nama: string, sub: [string, number][] }[] = [
  { nomor: 1, nama: 'Perencanaan Kebutuhan', sub: [
    ['Rencana kebutuhan ASN lima tahun berdasarkan analisis jabatan dan beban kerja', 4],
    ['Rincian kebutuhan per tahun menurut jabatan, kualifikasi dan lokasi', 3],
    ['Peta jabatan dan informasi jabatan yang mutakhir', 3],
  ] },
  { nomor: 2, nama: 'Pengadaan', sub: [
    ['Pengadaan ASN yang terbuka dan kompetitif', 4],
    ['Seleksi berbasis kompetensi', 3],
    ['Orientasi dan masa percobaan CPNS/PPPK', 3],
  ] },
  { nomor: 3, nama: 'Pengembangan Karier', sub: [
    ['Standar kompetensi setiap jabatan', 5],
    ['Analisis kesenjangan kompetensi dan kinerja', 5],
    ['Rencana pengembangan kompetensi individu', 5],
    ['Pengembangan kompetensi paling sedikit 20 JP per tahun', 5],
    ['Manajemen talenta dan kelompok rencana suksesi', 5],
    ['Pola karier yang ditetapkan', 2.5],
    ['Sistem informasi kompetensi pegawai', 2.5],
  ] },
  { nomor: 4, nama: 'Promosi dan Mutasi', sub: [
    ['Promosi jabatan melalui seleksi terbuka dan kompetitif', 5],
    ['Mutasi berdasarkan kesesuaian kompetensi dan kebutuhan organisasi', 2.5],
    ['Kebijakan promosi dan mutasi diumumkan kepada pegawai', 2.5],
  ] },
  { nomor: 5, nama: 'Manajemen Kinerja', sub: [
    ['Perencanaan kinerja berjenjang sampai tingkat pegawai', 5],
    ['Penilaian kinerja yang objektif dan terukur', 5],
    ['Dialog dan pemantauan kinerja berkala', 5],
    ['Tindak lanjut hasil penilaian kinerja', 5],
  ] },
  { nomor: 6, nama: 'Penggajian, Penghargaan dan Disiplin', sub: [
    ['Tunjangan kinerja berdasarkan capaian kinerja', 2.5],
    ['Penghargaan bagi pegawai berprestasi', 2.5],
    ['Penegakan disiplin dan kode etik', 2.5],
    ['Penghasilan yang adil dan layak', 2.5],
  ] },
  { nomor: 7, nama: 'Perlindungan dan Pelayanan', sub: [
    ['Jaminan kesehatan, kecelakaan kerja dan bantuan hukum', 2],
    ['Pelayanan administrasi kepegawaian yang cepat dan terbuka', 2],
  ] },
  { nomor: 8, nama: 'Sistem Informasi', sub: [
    ['Sistem informasi kepegawaian yang terintegrasi', 2],
    ['Data kepegawaian mutakhir dan dapat diakses pegawai', 2],
    ['Pemanfaatan data kepegawaian untuk pengambilan keputusan', 2],
  ] },
];

/** Last year's scores per aspect (total 272,5: III Baik). */
const SKOR_LALU = [[3, 3, 3], [4, 3, 3], [2, 2, 3, 3, 2, 2, 3], [3, 2, 3], [3, 3, 2, 3], [3, 3, 3, 2], [3, 3], [3, 2, 2]];
/** This year: four sub-aspects improved (+17: 289,5). */
const PERBAIKAN: Record<string, number> = { '3.1': 3, '3.2': 3, '5.3': 3, '8.2': 3 };
const CATATAN: Record<string, string> = { '1.1': 'Dokumen rencana kebutuhan 2025-2029 ditetapkan dengan Peraturan Bupati.',
  '3.5': 'Kelompok rencana suksesi baru untuk jabatan administrator.', '5.3': 'Dialog kinerja triwulanan mulai berjalan di seluruh perangkat daerah.' };
/** BKN's NSPK element scores, in the rule set's element order (index 77,94: B Baik). */
const NILAI_NSPK = [82, 78, 85, 74, 88, 66, 58, 71, 80, 90, 76, 93, 79, 62, 87, 84, 81, 69];

export async function buatIndeksDemo(tx: Db, instansiId: number): Promise<void> {
  const aturan = ATURAN_MERIT[ATURAN_MERIT_BAWAAN]!;
  const aspek = INSTRUMEN.map((a) => ({ nomor: a.nomor, nama: a.nama, subAspek: a.sub.map(([nama, bobot], i) => ({ kode: `${a.nomor}.${i + 1}`, nama, bobot })) }));
  await tx.run(sql`
    insert into instrumen_merit (instansi_id, id, nama, dasar_hukum, berlaku_mulai, definisi, dibuat_pada)
    values (${instansiId}, ${ID_INSTRUMEN}, 'Instrumen Sistem Merit Kabupaten Sukamaju',
            'PermenPAN-RB 40/2018',
            '2024-01-01', ${JSON.stringify({ aspek, catatan: 'Bobot aspek 10/10/30/10/20/10/4/6 %.' })}::jsonb,
            '2024-01-15T02:00:00Z')`);

  const lalu = TAHUN_INI - 1;
  const skorLalu: Record<string, number> = {};
  for (const [i, a] of aspek.entries()) {
    for (const [j, s] of a.subAspek.entries()) skorLalu[s.kode] = SKOR_LALU[i]![j]!;
  }
  const skorIni = { ...skorLalu, ...PERBAIKAN };

  const penilaian = async (tahun: number, skor: Record<string, number>, final: boolean, target: number, waktu: string) => {
    const p = await tx.one<{ id: number }>(sql`
      insert into penilaian_merit (instansi_id, tahun, instrumen_id, aturan_id, target_total, target_renstra, status, versi, dibuat_pada, diubah_pada)
      values (${instansiId}, ${tahun}, ${ID_INSTRUMEN}, ${aturan.id}, ${target}, 324, ${final ? 'final' : 'draf'}, ${final ? 2 : 1}, ${waktu}, ${waktu})
      returning id`);
    for (const [kode, x] of Object.entries(skor)) {
      await tx.run(sql`insert into skor_merit (instansi_id, penilaian_id, sub_aspek, skor, catatan, diubah_pada, versi)
                       values (${instansiId}, ${p.id}, ${kode}, ${x}, ${CATATAN[kode] ?? null}, ${waktu}, 1)`);
    }
    return p.id;
  };

  const idLalu = await penilaian(lalu, skorLalu, true, 260, `${lalu}-12-15T03:00:00Z`);
  await penilaian(TAHUN_INI, skorIni, false, 280, `${TAHUN_INI}-10-20T03:00:00Z`);

  const PDF_BUKTI = await pdfContoh('Perbup Rencana Kebutuhan ASN');
  const d = await tx.one<{ id: number }>(sql`
    insert into dokumen_bukti (instansi_id, nama_berkas, jenis_mime, ukuran, sha256, isi, diunggah_pada)
    values (${instansiId}, 'Perbup Rencana Kebutuhan ASN.pdf', 'application/pdf', ${PDF_BUKTI.length},
            ${createHash('sha256').update(PDF_BUKTI).digest('hex')}, ${PDF_BUKTI}, ${`${lalu}-11-10T02:00:00Z`})
    returning id`);
  await tx.run(sql`update skor_merit set dokumen_id = ${d.id} where instansi_id = ${instansiId} and penilaian_id = ${idLalu} and sub_aspek = '1.1'`);

  // Last year's figure as finalising freezes it.
  const dinilai: SkorSubAspekMerit[] = aspek.flatMap((a) => a.subAspek.map((s) => ({ aspek: a.nomor, subAspek: s.kode, bobot: s.bobot, skor: skorLalu[s.kode]! })));
  const h = hitungMerit(dinilai, aturan);
  const kategori = { kode: h.kategori.kode, label: h.kategori.label, teks: `${h.kategori.kode} ${h.kategori.label}` };
  const capaian = (t: number) => {
    const c = capaianIndeks(h.total, t);
    return c.ok ? { target: t, persen: c.nilai } : null;
  };
  const rincian = { penilaianId: idLalu, tahun: lalu, sumber: 'demo', instrumen: { id: ID_INSTRUMEN, nama: 'Instrumen Sistem Merit Kabupaten Sukamaju' },
    aturan: { id: aturan.id, nama: aturan.nama, dasarHukum: aturan.dasarHukum }, total: h.total, indeks: h.indeks, kategori, jumlahBobot: h.jumlahBobot, targetTotal: 260,
    targetRenstra: 324, capaian: { target: capaian(260), renstra: capaian(324) },
    aspek: aspek.map((a) => ({ nomor: a.nomor, nama: a.nama, nilai: h.aspek.find((x) => x.aspek === a.nomor)!.nilai,
      subAspek: a.subAspek.map((s) => ({ kode: s.kode, nama: s.nama, bobot: s.bobot, skor: skorLalu[s.kode]!, nilai: bulatkan(s.bobot * skorLalu[s.kode]!, 2) })) })
    ) };
  await tx.run(sql`
    insert into hasil_indeks (instansi_id, jenis, tahun, periode, aturan_id, tanggal_acuan, nilai, kategori, jumlah_data, rincian, dihitung_pada, dihitung_oleh)
    values (${instansiId}, 'merit', ${lalu}, 'tahunan', ${aturan.id}, ${`${lalu}-12-31`}, ${h.total}, ${kategori.teks}, ${dinilai.length},
            ${JSON.stringify(rincian)}::jsonb, ${`${lalu}-12-15T03:00:00Z`}, 'demo')`);

  // NSPK: BKN's assessment of last year.
  const an = ATURAN_NSPK[ATURAN_NSPK_BAWAAN]!;
  const skorNspk = Object.fromEntries(an.elemen.map((e, i) => [e.kode, NILAI_NSPK[i]!]));
  await tx.run(sql`
    insert into penilaian_nspk (instansi_id, tahun, aturan_id, skor, catatan, versi, diubah_pada)
    values (${instansiId}, ${lalu}, ${an.id}, ${JSON.stringify(skorNspk)}::jsonb, 'Hasil penilaian BKN (data demo).', 1, ${`${TAHUN_INI}-03-10T03:00:00Z`})`);
  const n = hitungNspk(skorNspk, an);
  if (n.ok) {
    const k = { kode: n.nilai.kategori.kode, label: n.nilai.kategori.label, teks: `${n.nilai.kategori.kode} ${n.nilai.kategori.label}` };
    await tx.run(sql`
      insert into hasil_indeks (instansi_id, jenis, tahun, periode, aturan_id, tanggal_acuan, nilai, kategori, jumlah_data, rincian, dihitung_pada, dihitung_oleh)
      values (${instansiId}, 'nspk', ${lalu}, 'tahunan', ${an.id}, ${`${lalu}-12-31`}, ${n.nilai.indeks}, ${k.teks}, ${an.elemen.length},
              ${
      JSON.stringify({ tahun: lalu, sumber: 'demo', versi: 1, aturan: { id: an.id, nama: an.nama }, indeks: n.nilai.indeks, kategori: k,
        elemen: an.elemen.map((e) => ({ kode: e.kode, nama: e.nama, nilai: skorNspk[e.kode] })) })
    }::jsonb,
              ${`${TAHUN_INI}-03-10T03:00:00Z`}, 'demo')`);
  }
}
