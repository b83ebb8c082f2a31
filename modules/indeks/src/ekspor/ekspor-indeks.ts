import { formatWaktuSetempat, hariIniIso } from '@simasn/domain';
import { catatAudit, tabelKeXlsx, type Konteks } from '@simasn/platform';
import { hitungIpAsn } from '../ip-asn/hitung-ip-asn.ts';
import { daftarKekuranganIpAsn } from '../ip-asn/daftar-kekurangan.ts';
import type { AcuanIpAsn } from '../ip-asn/ip-asn.types.ts';
import { ambilPenilaianMerit } from '../merit/ambil-penilaian-merit.ts';
import { ambilPenilaianNspk } from '../nspk/ambil-penilaian-nspk.ts';

/**
 * The index pages as XLSX, each from the very read that feeds its page (same reach, same
 * figures): IP ASN per perangkat daerah, the Sistem Merit assessment per sub-aspek, the NSPK
 * assessment per elemen. Numbers are number cells; every export is audited.
 */

const keterangan = (ctx: Konteks, tambahan: string) =>
  `${tambahan}. Diekspor dari SIMASN pada ${formatWaktuSetempat(ctx.sekarang(), ctx.zona)} oleh ${ctx.pemanggil?.namaTampilan ?? '-'}`;

export async function eksporIpAsn(ctx: Konteks, acuan: AcuanIpAsn): Promise<{ isi: Buffer, namaBerkas: string }> {
  const h = await hitungIpAsn(ctx, acuan);
  const baris = [...h.perUnit.map((u, i) => ({ no: i + 1 as number | null, ...u, kategori: u.kategori as string | null })), { no: null, unitId: 0,
    nama: 'Rata-rata seluruh pegawai', jumlahPegawai: h.jumlahPegawai, rataRata: h.rataRata, kategori: h.kategori }];
  const isi = await tabelKeXlsx({ judul: `Indeks Profesionalitas ASN per ${h.tanggalAcuan}`, keterangan: keterangan(ctx, `${h.aturan.nama} (${h.aturan.dasarHukum})`),
    namaLembar: 'IP ASN', kolom: [
      { judul: 'No', nilai: (b) => b.no, lebar: 6 },
      { judul: 'Perangkat daerah', nilai: (b) => b.nama, lebar: 44 },
      { judul: 'Jumlah pegawai', nilai: (b) => b.jumlahPegawai, format: '#,##0', lebar: 12 },
      { judul: 'Kualifikasi', nilai: (b) => b.rataRata.kualifikasi, format: '0.00', lebar: 12 },
      { judul: 'Kompetensi', nilai: (b) => b.rataRata.kompetensi, format: '0.00', lebar: 12 },
      { judul: 'Kinerja', nilai: (b) => b.rataRata.kinerja, format: '0.00', lebar: 12 },
      { judul: 'Disiplin', nilai: (b) => b.rataRata.disiplin, format: '0.00', lebar: 12 },
      { judul: 'IP ASN', nilai: (b) => b.rataRata.total, format: '0.00', lebar: 10 },
      { judul: 'Kategori', nilai: (b) => b.kategori, lebar: 16 },
    ], baris });
  await catatAudit(ctx, { aksi: 'indeks.ekspor', entitas: 'ip_asn', sesudah: { acuan, tanggalAcuan: h.tanggalAcuan } });
  return { isi, namaBerkas: `ip-asn-${h.tanggalAcuan}.xlsx` };
}

/**
 * Every employee's IP ASN (the four dimensions, total, category and what they lack) on the
 * reference date, in the caller's reach (a reader with instansi reach gets every ASN of the
 * instansi; a unit or a lack narrows it, as on the page): the per-employee list without paging.
 */
export async function eksporPegawaiIpAsn(ctx: Konteks, masukan: unknown): Promise<{ isi: Buffer, namaBerkas: string }> {
  const d = await daftarKekuranganIpAsn(ctx, masukan, true);
  const baris = d.items.map((b, i) => ({ no: i + 1, ...b }));
  const isi = await tabelKeXlsx({ judul: `Indeks Profesionalitas ASN per pegawai per ${d.tanggalAcuan}`, keterangan: keterangan(ctx, `${d.total} pegawai; aturan ${d.aturan}`),
    namaLembar: 'IP ASN pegawai', kolom: [
      { judul: 'No', nilai: (b) => b.no, lebar: 6 },
      { judul: 'NIP', nilai: (b) => b.nip, teks: true, lebar: 21 },
      { judul: 'Nama', nilai: (b) => b.nama, lebar: 32 },
      { judul: 'Unit kerja', nilai: (b) => b.unit ?? 'Tanpa unit', lebar: 36 },
      { judul: 'Jabatan', nilai: (b) => b.jabatan, lebar: 32 },
      { judul: 'Kualifikasi', nilai: (b) => b.nilai.kualifikasi, format: '0.00', lebar: 12 },
      { judul: 'Kompetensi', nilai: (b) => b.nilai.kompetensi, format: '0.00', lebar: 12 },
      { judul: 'Kinerja', nilai: (b) => b.nilai.kinerja, format: '0.00', lebar: 12 },
      { judul: 'Disiplin', nilai: (b) => b.nilai.disiplin, format: '0.00', lebar: 12 },
      { judul: 'IP ASN', nilai: (b) => b.nilai.total, format: '0.00', lebar: 10 },
      { judul: 'Kategori', nilai: (b) => b.kategori, lebar: 16 },
      { judul: 'Yang kurang', nilai: (b) => b.kekurangan.map((k) => k.uraian).join('; ') || null, lebar: 60 },
    ], baris });
  await catatAudit(ctx, { aksi: 'indeks.ekspor', entitas: 'ip_asn', sesudah: { per: 'pegawai', jumlah: d.total, tanggalAcuan: d.tanggalAcuan } });
  return { isi, namaBerkas: `ip-asn-pegawai-${d.tanggalAcuan}.xlsx` };
}

export async function eksporMerit(ctx: Konteks, id: number): Promise<{ isi: Buffer, namaBerkas: string }> {
  const m = await ambilPenilaianMerit(ctx, id);
  const baris = m.aspek.flatMap((a) => [
    ...a.subAspek.map((s) => ({ aspek: `${a.nomor}. ${a.nama}`, kode: s.kode, nama: s.nama, bobot: s.bobot as number | null, skor: s.skor, label: s.labelSkor, nilai: s.nilai,
      catatan: s.catatan })
    ),
    { aspek: `${a.nomor}. ${a.nama}`, kode: '', nama: `Nilai aspek ${a.nomor}`, bobot: a.jumlahBobot, skor: null, label: null, nilai: a.nilai as number | null, catatan: null },
  ]);
  baris.push({ aspek: '', kode: '', nama: `Total (indeks ${m.indeks}${m.kategori ? `, ${m.kategori.label}` : ''})`, bobot: m.jumlahBobot, skor: null, label: null, nilai: m.total,
    catatan: null });
  const isi = await tabelKeXlsx({ judul: `Penilaian Mandiri Sistem Merit Tahun ${m.tahun}`,
    keterangan: keterangan(ctx, `${m.instrumen.nama}; status ${m.status === 'final' ? 'final' : 'draf'}`), namaLembar: 'Sistem Merit', kolom: [
      { judul: 'Aspek', nilai: (b) => b.aspek, lebar: 34 },
      { judul: 'Kode', nilai: (b) => b.kode, lebar: 8 },
      { judul: 'Sub-aspek', nilai: (b) => b.nama, lebar: 60 },
      { judul: 'Bobot', nilai: (b) => b.bobot, format: '0.0', lebar: 8 },
      { judul: 'Skor', nilai: (b) => b.skor, lebar: 7 },
      { judul: 'Keterangan skor', nilai: (b) => b.label, lebar: 30 },
      { judul: 'Nilai', nilai: (b) => b.nilai, format: '0.0', lebar: 9 },
      { judul: 'Catatan', nilai: (b) => b.catatan, lebar: 40 },
    ], baris });
  await catatAudit(ctx, { aksi: 'indeks.ekspor', entitas: 'penilaian_merit', entitasId: String(id) });
  return { isi, namaBerkas: `sistem-merit-${m.tahun}.xlsx` };
}

export async function eksporNspk(ctx: Konteks, tahun: number): Promise<{ isi: Buffer, namaBerkas: string }> {
  const n = await ambilPenilaianNspk(ctx, tahun);
  const baris = [
    ...n.elemen.map((e, i) => ({ no: i + 1 as number | null, kode: e.kode, nama: e.nama, bobot: e.bobot as number | null, nilai: e.nilai })),
    { no: null, kode: '', nama: `Indeks NSPK${n.kategori ? ` (kategori ${n.kategori.label})` : ''}`, bobot: null, nilai: n.indeks },
  ];
  const isi = await tabelKeXlsx({ judul: `Indeks Implementasi NSPK Manajemen ASN Tahun ${tahun}`, keterangan: keterangan(ctx, `${n.aturan.nama} (${n.aturan.dasarHukum})`),
    namaLembar: 'NSPK', kolom: [
      { judul: 'No', nilai: (b) => b.no, lebar: 6 },
      { judul: 'Kode', nilai: (b) => b.kode, lebar: 8 },
      { judul: 'Elemen', nilai: (b) => b.nama, lebar: 64 },
      { judul: 'Bobot', nilai: (b) => b.bobot, format: '0.00', lebar: 9 },
      { judul: 'Nilai', nilai: (b) => b.nilai, format: '0.00', lebar: 9 },
    ], baris });
  await catatAudit(ctx, { aksi: 'indeks.ekspor', entitas: 'penilaian_nspk', entitasId: String(tahun) });
  return { isi, namaBerkas: `nspk-${tahun}-${hariIniIso(ctx.sekarang(), ctx.zona)}.xlsx` };
}
