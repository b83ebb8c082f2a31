import QRCode from 'qrcode';
import { sql } from '@simasn/db';
import { formatTanggal, hariIniIso, JENIS_DIKLAT_SIASN, type ZonaWaktu } from '@simasn/domain';
import { catatAudit, konflik, lingkup, syaratLingkup, tidakDitemukan, uraikan, type Konteks } from '@simasn/platform';
import { type Dokumen, renderPdf } from '@simasn/platform/dokumen';
import { skemaKodeSertifikat } from '../pembelajaran.types.ts';

/**
 * The course certificate: a landscape A4 PDF (instansi, name, NIP, course, JP and kind, dates,
 * number) with its verification code and a QR code of the public verification address; and that
 * public check (no login, rate-limited): valid or revoked, with only what a verifier needs to
 * compare with the paper (name, a masked NIP, course, JP, dates).
 */
interface Sertifikat {
  id: number;
  pegawaiId: number;
  nomor: string;
  kode: string;
  nama: string;
  nip: string;
  judulKursus: string;
  penyelenggara: string;
  jp: number;
  jenisDiklat: number;
  tanggalMulai: string;
  tanggalSelesai: string;
  dicabut: boolean;
  dicabutPada: Date | null;
  instansi: string;
  zona: ZonaWaktu;
}

const KOLOM = sql`s.id::int as id, s.pegawai_id::int as "pegawaiId", s.nomor, s.kode, s.nama, s.nip, s.judul_kursus as "judulKursus", s.penyelenggara, s.jp,
  s.jenis_diklat as "jenisDiklat", to_char(s.tanggal_mulai, 'YYYY-MM-DD') as "tanggalMulai", to_char(s.tanggal_selesai, 'YYYY-MM-DD') as "tanggalSelesai",
  s.dicabut_pada is not null as dicabut, s.dicabut_pada as "dicabutPada", i.nama as instansi, i.zona_waktu as zona`;

/** A NIP as the public page shows it: the first 4 and last 4 digits. */
export function samarkanNip(nip: string): string {
  return nip.length <= 8 ? nip : `${nip.slice(0, 4)}${'•'.repeat(nip.length - 8)}${nip.slice(-4)}`;
}

export function alamatVerifikasi(dasar: string, kode: string): string {
  return `${dasar.replace(/\/+$/, '')}/verifikasi-sertifikat/${kode}`;
}

/** The PDF of a certificate whose holder is in the caller's `pembelajaran:baca` reach (the ASN: their own). */
export async function cetakSertifikat(ctx: Konteks, nomorAtauKode: { kode: string }, dasarUrl: string): Promise<{ isi: Buffer, namaBerkas: string }> {
  const l = lingkup(ctx, 'pembelajaran:baca');
  const { kode } = uraikan(skemaKodeSertifikat, nomorAtauKode);
  const s = await ctx.db.maybeOne<Sertifikat>(sql`
    select ${KOLOM} from sertifikat_kursus s join instansi i on i.instansi_id = s.instansi_id
      join pegawai p on p.instansi_id = s.instansi_id and p.id = s.pegawai_id
     where s.instansi_id = ${ctx.instansiId} and s.kode = ${kode} and ${syaratLingkup(l)}`);
  if (!s) throw tidakDitemukan('Sertifikat tidak ditemukan.');
  if (s.dicabut) throw konflik(`Sertifikat ${s.nomor} sudah dicabut dan tidak dapat dicetak lagi.`);
  const url = alamatVerifikasi(dasarUrl, s.kode);
  const qr = await QRCode.toBuffer(url, { type: 'png', errorCorrectionLevel: 'M', margin: 1, width: 240 });
  const jenis = JENIS_DIKLAT_SIASN.find((j) => j.kode === s.jenisDiklat)?.nama ?? '';
  const dok: Dokumen = { judul: `Sertifikat ${s.nomor}`, penulis: s.instansi, orientasi: 'mendatar', isi: [
    { jenis: 'paragraf', teks: s.instansi.toUpperCase(), rata: 'tengah', tebal: true, ukuran: 13 },
    { jenis: 'paragraf', teks: 'Badan Kepegawaian dan Pengembangan Sumber Daya Manusia', rata: 'tengah', ukuran: 11 },
    { jenis: 'spasi', pt: 14 },
    { jenis: 'paragraf', teks: 'SERTIFIKAT', rata: 'tengah', tebal: true, ukuran: 26 },
    { jenis: 'paragraf', teks: `Nomor: ${s.nomor}`, rata: 'tengah', ukuran: 11 },
    { jenis: 'spasi', pt: 12 },
    { jenis: 'paragraf', teks: 'diberikan kepada', rata: 'tengah', ukuran: 11 },
    { jenis: 'paragraf', teks: s.nama, rata: 'tengah', tebal: true, ukuran: 20 },
    { jenis: 'paragraf', teks: `NIP. ${s.nip}`, rata: 'tengah', ukuran: 11 },
    { jenis: 'spasi', pt: 8 },
    { jenis: 'paragraf',
      teks: [{ teks: 'yang telah menyelesaikan kursus ' }, { teks: s.judulKursus, tebal: true }, {
        teks: ` (${jenis}, ${s.jp} JP) yang diselenggarakan oleh ${s.penyelenggara} melalui SIMASN pada ${formatTanggal(s.tanggalMulai)} sampai dengan ${
          formatTanggal(s.tanggalSelesai)
        }.`,
      }], rata: 'tengah', ukuran: 12 },
    { jenis: 'spasi', pt: 10 },
    { jenis: 'tabel', lebar: [3, 7], kepala: [], ukuran: 9, isi: [
      [{ teks: 'Kode verifikasi', tebal: true }, s.kode],
      [{ teks: 'Periksa keaslian', tebal: true }, url],
    ] },
    { jenis: 'gambar', png: qr, lebarCm: 3, tinggiCm: 3, keterangan: 'Pindai untuk memeriksa keaslian sertifikat ini' },
  ], kakiHalaman: `Diterbitkan secara elektronik oleh SIMASN ${s.instansi}; sah tanpa tanda tangan basah bila terverifikasi pada alamat di atas.` };
  const isi = await renderPdf(dok);
  await catatAudit(ctx, { aksi: 'sertifikat.cetak', entitas: 'sertifikat_kursus', entitasId: s.id, pegawaiId: s.pegawaiId, sesudah: { nomor: s.nomor } });
  return { isi, namaBerkas: `sertifikat-${s.nomor.replace(/[^A-Za-z0-9]+/g, '-')}.pdf` };
}

/** The public check: by the code only (no instansi in the address: the code is unique). */
export async function verifikasiSertifikat(ctx: Konteks, masukan: unknown) {
  const { kode } = uraikan(skemaKodeSertifikat, masukan);
  const s = await ctx.db.maybeOne<Sertifikat>(sql`
    select ${KOLOM} from sertifikat_kursus s join instansi i on i.instansi_id = s.instansi_id where s.kode = ${kode}`);
  if (!s) throw tidakDitemukan('Sertifikat dengan kode ini tidak terdaftar. Periksa kembali kodenya.');
  const dicabutPada = s.dicabutPada ? formatTanggal(hariIniIso(s.dicabutPada, s.zona)) : null;
  return { sah: !s.dicabut, dicabut: s.dicabut, dicabutPada, nomor: s.nomor, nama: s.nama, nip: samarkanNip(s.nip), judulKursus: s.judulKursus, penyelenggara: s.penyelenggara,
    jp: s.jp, tanggalMulai: formatTanggal(s.tanggalMulai), tanggalSelesai: formatTanggal(s.tanggalSelesai), instansi: s.instansi };
}
