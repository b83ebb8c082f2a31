import { sql } from '@simasn/db';
import { formatTanggal } from '@simasn/domain';
import { tidakValid, z } from '@simasn/platform';
import { daftarkanLayanan, type LangkahLayanan, type Transisi } from '../alur/definisi.ts';
import type { LangkahSaga } from '../alur/saga.ts';
import { barisKgbSiapTerbit, tulisRiwayatGajiKgb } from './tulis-kgb.ts';
import { bacaDasarKgb, susunKgbBulanan, zBulan } from './daftar-kgb-bulanan.ts';

export const LANGKAH_PENETAPAN_KGB: LangkahLayanan = {
  kode: 'penetapan', label: 'Penetapan BKD', peran: ['verifikator_bkd', 'admin_bkd'], aksi: ['setujui', 'kembalikan', 'tolak'], tenggatHari: 5,
};

/**
 * Effects of the KGB request. On submission: the employee must be due that month and not
 * blocked (the data is checked now, not when BKD looks). On approval, as saga steps: recompute
 * the KGB from the records as they are at that moment, then write the riwayat gaji with its
 * numbered letter and record the number on the request. Everything is in the transition's
 * transaction: a failure leaves no riwayat, no number used, no timeline line.
 */
function efekKgb(t: Transisi): LangkahSaga[] {
  const awal = `${String(t.usulan.data.bulan)}-01`;
  if (t.aksi === 'ajukan') {
    return [{
      nama: 'periksa jatuh tempo',
      jalankan: async () => {
        const { baris, dataKurang } = susunKgbBulanan(await bacaDasarKgb(t.ctx, 'layanan:ajukan', awal, { nip: [t.usulan.nip] }), awal);
        const b = baris[0];
        const salah = dataKurang[0]?.alasan ?? (!b ? `tidak jatuh tempo KGB pada bulan ${awal.slice(0, 7)}` : b.status === 'terhambat' ? b.alasan.join('; ') : null);
        if (salah) throw tidakValid('Usulan KGB tidak dapat diajukan.', [{ kolom: 'data.bulan', pesan: `${t.usulan.nama}: ${salah}` }]);
        await t.ctx.db.run(sql`update usulan_layanan set data = data || ${JSON.stringify({ tmt: b!.tmtKgb, gajiPokokLama: b!.gajiPokokLama, gajiPokokBaru: b!.gajiPokokBaru, golongan: b!.golongan })}::jsonb
          where instansi_id = ${t.ctx.instansiId} and id = ${t.usulan.id}`);
      },
    }];
  }
  if (t.aksi !== 'setujui') return [];
  return [
    { nama: 'hitung ulang KGB', jalankan: () => barisKgbSiapTerbit(t.ctx, awal, [t.usulan.nip]) },
    {
      nama: 'tulis riwayat gaji dan nomor surat',
      jalankan: async (h) => {
        const baris = h['hitung ulang KGB'] as Awaited<ReturnType<typeof barisKgbSiapTerbit>>;
        const [k] = await tulisRiwayatGajiKgb(t.ctx, baris, new Map([[t.usulan.pegawaiId, t.usulan.id]]));
        await t.ctx.db.run(sql`update usulan_layanan set data = data || ${JSON.stringify({ nomorSurat: k!.nomorSurat, riwayatGajiId: k!.riwayatGajiId, tmt: baris[0]!.tmtKgb })}::jsonb
          where instansi_id = ${t.ctx.instansiId} and id = ${t.usulan.id}`);
        // The engine has just written the approval's timeline line: it carries the letter number.
        await t.ctx.db.run(sql`update jejak_usulan_layanan set catatan = ${`Surat KGB nomor ${k!.nomorSurat}, TMT ${formatTanggal(baris[0]!.tmtKgb)}`}
          where instansi_id = ${t.ctx.instansiId} and id = (select max(id) from jejak_usulan_layanan where instansi_id = ${t.ctx.instansiId} and usulan_id = ${t.usulan.id})`);
        return k;
      },
    },
  ];
}

/** KGB (E-Berkala) on the engine: the OPD proposes one employee, BKD sets it; or BKD confirms the month in bulk. */
export const LAYANAN_KGB = daftarkanLayanan({
  jenis: 'kgb',
  label: 'Kenaikan Gaji Berkala',
  langkah: [
    { kode: 'usulan', label: 'Usulan OPD', peran: ['admin_opd', 'admin_bkd'], aksi: ['teruskan', 'batalkan'], tenggatHari: 7 },
    LANGKAH_PENETAPAN_KGB,
  ],
  dokumen: [{ kode: 'skp', label: 'SKP tahun terakhir', wajib: false, arsip: { riwayatJenis: 'skp' } }],
  skemaAjukan: z.object({ bulan: zBulan }),
  judul: (u) => `KGB ${u.nama}${u.data.tmt ? ` TMT ${formatTanggal(String(u.data.tmt))}` : ''}`,
  efek: efekKgb,
});
