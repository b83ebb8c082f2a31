import { formatTanggal } from '@simasn/domain';
import { tidakValid, z } from '@simasn/platform';
import { catatanJejakTerakhir, definisikanLayanan, gabungDataUsulan, langkahSaga, type Transisi } from '@simasn/platform/alur';
import { barisKgbSiapTerbit, tulisRiwayatGajiKgb } from './tulis-kgb.ts';
import { bacaDasarKgb, susunKgbBulanan, zBulan } from './daftar-kgb-bulanan.ts';

/**
 * Effects of the KGB request. On submission: the employee must be due that month and not
 * blocked (the data is checked now, not when BKD looks). On approval, as saga steps: recompute
 * the KGB from the records as they are at that moment, then write the riwayat gaji with its
 * numbered letter and record the number on the request. Everything is in the transition's
 * transaction: a failure leaves no riwayat, no number used, no timeline line.
 */
const awalBulan = (t: Transisi) => `${String(t.usulan.data.bulan)}-01`;

const periksaJatuhTempo = langkahSaga<Transisi>({ nama: 'periksa jatuh tempo', jalankan: async (_h, t) => {
  const awal = awalBulan(t);
  const { baris, dataKurang } = susunKgbBulanan(await bacaDasarKgb(t.ctx, 'layanan:ajukan', awal, { nip: [t.usulan.nip] }), awal);
  const b = baris[0];
  const salah = dataKurang[0]?.alasan ?? (!b ? `tidak jatuh tempo KGB pada bulan ${awal.slice(0, 7)}` : b.status === 'terhambat' ? b.alasan.join('; ') : null);
  if (salah) throw tidakValid('Usulan KGB tidak dapat diajukan.', [{ kolom: 'data.bulan', pesan: `${t.usulan.nama}: ${salah}` }]);
  await gabungDataUsulan(t.ctx, t.usulan.id, { tmt: b!.tmtKgb, gajiPokokLama: b!.gajiPokokLama, gajiPokokBaru: b!.gajiPokokBaru, golongan: b!.golongan });
} });

const hitungUlangKgb = langkahSaga<Transisi>({ nama: 'hitung ulang KGB', jalankan: (_h, t) => barisKgbSiapTerbit(t.ctx, awalBulan(t), [t.usulan.nip], t.usulan.id) });

const tulisRiwayatGaji = langkahSaga<Transisi>({ nama: 'tulis riwayat gaji dan nomor surat', jalankan: async (h, t) => {
  const baris = h[hitungUlangKgb.nama] as Awaited<ReturnType<typeof barisKgbSiapTerbit>>;
  const [k] = await tulisRiwayatGajiKgb(t.ctx, baris, new Map([[t.usulan.pegawaiId, t.usulan.id]]));
  await gabungDataUsulan(t.ctx, t.usulan.id, { nomorSurat: k!.nomorSurat, riwayatGajiId: k!.riwayatGajiId, tmt: baris[0]!.tmtKgb });
  // The engine has just written the approval's timeline line: it carries the letter number.
  await catatanJejakTerakhir(t.ctx, t.usulan.id, `Surat KGB nomor ${k!.nomorSurat}, TMT ${formatTanggal(baris[0]!.tmtKgb)}`);
  return k;
} });

/** KGB (E-Berkala) on the engine: the OPD proposes one employee, BKD sets it; or BKD confirms the month in bulk. */
export const LAYANAN_KGB = definisikanLayanan({ jenis: 'kgb', label: 'Kenaikan Gaji Berkala', langkah: [
  { kode: 'usulan', label: 'Usulan OPD', peran: ['admin_opd', 'admin_bkd'], aksi: ['teruskan', 'batalkan'], tenggatHari: 7 },
  { kode: 'penetapan', label: 'Penetapan BKD', peran: ['verifikator_bkd', 'admin_bkd'], aksi: ['setujui', 'kembalikan', 'tolak'], tenggatHari: 5,
    efek: { setujui: [hitungUlangKgb, tulisRiwayatGaji] } },
], dokumen: [{ kode: 'skp', label: 'SKP tahun terakhir', wajib: false, arsip: { riwayatJenis: 'skp' } }], skemaAjukan: z.object({ bulan: zBulan }), efekAjukan: [periksaJatuhTempo],
  judul: (u) => `KGB ${u.nama}${u.data.tmt ? ` TMT ${formatTanggal(String(u.data.tmt))}` : ''}` });
