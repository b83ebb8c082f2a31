import { sql } from '@simasn/db';
import { formatRupiah, formatTanggal, hariIniIso, tanggalAwalSkKgb } from '@simasn/domain';
import { konflik, tidakValid, type Konteks, type MasalahIsian } from '@simasn/platform';
import { ambilNomorSurat, tulisNomorSurat } from '../surat/nomor-surat.ts';
import { bacaDasarKgb, susunKgbBulanan } from './daftar-kgb-bulanan.ts';
import type { BarisKgb } from './hitung-baris-kgb.ts';

export const KLASIFIKASI_SURAT_KGB = 'KGB';

/**
 * The month's rows for the chosen employees, recomputed inside the issuing transaction from the
 * records as they are now; any employee not due and unblocked refuses the whole batch (422 naming
 * each NIP and why), as does a TMT more than 3 months ahead (the SK may be issued only then).
 * `usulan`: the request being approved (its own employee may be in it); without it (the bulk
 * confirmation) an employee whose KGB is in a running request is refused: that request is decided
 * on its own, where its documents and its step are seen, never behind a list's checkbox.
 */
export async function barisKgbSiapTerbit(ctx: Konteks, awalBulan: string, nip: readonly string[], usulan?: number): Promise<BarisKgb[]> {
  const dasar = await bacaDasarKgb(ctx, 'layanan:proses', awalBulan, { nip: [...nip] });
  const { baris, dataKurang } = susunKgbBulanan(dasar, awalBulan);
  const hariIni = hariIniIso(ctx.sekarang(), ctx.zona);
  const masalah: MasalahIsian[] = [];
  const siap: BarisKgb[] = [];
  const perNip = new Map(baris.map((x) => [x.nip, x]));
  const kurangNip = new Map(dataKurang.map((x) => [x.nip, x]));
  for (const n of nip) {
    const b = perNip.get(n);
    const k = kurangNip.get(n);
    if (k) masalah.push({ kolom: 'nip', nilai: n, pesan: `${k.nama}: ${k.alasan}` });
    else if (!b) masalah.push({ kolom: 'nip', nilai: n, pesan: `NIP ${n} tidak jatuh tempo KGB pada bulan ini, KGB-nya sudah terbit, atau bukan PNS aktif dalam lingkup Anda` });
    else if (b.status === 'terhambat') masalah.push({ kolom: 'nip', nilai: n, pesan: `${b.nama}: ${b.alasan.join('; ')}` });
    else if (b.usulanId && b.usulanId !== usulan) {
      masalah.push({ kolom: 'nip', nilai: n, pesan: `${b.nama}: ${pesanSedangDiusulkan(b.usulanId)}` });
    } else if (tanggalAwalSkKgb(b.tmtKgb) > hariIni) {
      masalah.push({ kolom: 'nip', nilai: n,
        pesan: `${b.nama}: surat KGB TMT ${formatTanggal(b.tmtKgb)} baru dapat diterbitkan mulai ${formatTanggal(tanggalAwalSkKgb(b.tmtKgb))}` });
    } else siap.push(b);
  }
  if (masalah.length) throw tidakValid(`${masalah.length} pegawai tidak dapat diterbitkan KGB-nya; tidak ada yang diterbitkan.`, masalah);
  return siap;
}

/** Why a row with a running KGB request cannot take the bulk confirmation (the list says the same). */
export const pesanSedangDiusulkan = (usulanId: number) => `sedang dalam usulan KGB nomor ${usulanId}; tetapkan melalui usulan itu`;

export interface KgbTertulis {
  pegawaiId: number;
  riwayatGajiId: number;
  nomorSurat: string;
  tanggalSurat: string;
}

/**
 * Writes the new riwayat gaji of each row with its numbered letter (numbers reserved in one
 * step, in the caller's transaction). A row whose TMT was issued meanwhile by someone else makes
 * the whole batch 409.
 */
export async function tulisRiwayatGajiKgb(ctx: Konteks, baris: readonly BarisKgb[], usulanId: ReadonlyMap<number, number>): Promise<KgbTertulis[]> {
  if (!baris.length) return [];
  const tanggal = hariIniIso(ctx.sekarang(), ctx.zona);
  const tahun = Number(tanggal.slice(0, 4));
  const kode = (await ctx.db.one<{ kode: string }>(sql`select kode from instansi where instansi_id = ${ctx.instansiId}`)).kode;
  const nomor = await ambilNomorSurat(ctx, 'kgb', tahun, baris.length);
  const data = baris.map((b, i) => ({ pegawai_id: b.pegawaiId, golongan: b.golongan, tmt: b.tmtKgb, mk_tahun: b.mkgBaruTahun, mk_bulan: b.mkgBaruBulan, gaji_pokok: b.gajiPokokBaru,
    gaji_pokok_lama: b.gajiPokokLama, aturan_gaji: b.aturanGaji, nomor_surat: tulisNomorSurat(KLASIFIKASI_SURAT_KGB, nomor[i]!, kode, tahun),
    usulan_id: usulanId.get(b.pegawaiId) ?? null })
  );
  const rows = await ctx.db.many<{ pegawaiId: number, id: number, nomorSurat: string }>(sql`
    insert into riwayat_gaji (instansi_id, pegawai_id, jenis, golongan, tmt, mk_tahun, mk_bulan, gaji_pokok, gaji_pokok_lama, aturan_gaji,
                              nomor_surat, tanggal_surat, usulan_id, sumber, dibuat_pada)
    select ${ctx.instansiId}, x.pegawai_id, 'kgb', x.golongan, x.tmt, x.mk_tahun, x.mk_bulan, x.gaji_pokok, x.gaji_pokok_lama, x.aturan_gaji,
           x.nomor_surat, ${tanggal}, x.usulan_id, 'layanan', ${ctx.sekarang()}
      from jsonb_to_recordset(${JSON.stringify(data)}::jsonb) as x(pegawai_id bigint, golongan text, tmt date, mk_tahun smallint, mk_bulan smallint,
           gaji_pokok numeric, gaji_pokok_lama numeric, aturan_gaji text, nomor_surat text, usulan_id bigint)
    on conflict (instansi_id, pegawai_id, tmt) do nothing
    returning pegawai_id as "pegawaiId", id, nomor_surat as "nomorSurat"`);
  if (rows.length !== baris.length) {
    const sudah = baris.filter((b) => !rows.some((r) => r.pegawaiId === b.pegawaiId)).map((b) => b.nama);
    throw konflik(
      `KGB ${sudah.slice(0, 5).join(', ')}${
        sudah.length > 5 ? ` dan ${sudah.length - 5} lainnya` : ''
      } baru saja diterbitkan orang lain. Muat ulang daftar lalu ulangi; tidak ada yang diterbitkan.`,
    );
  }
  return rows.map((r) => ({ pegawaiId: r.pegawaiId, riwayatGajiId: r.id, nomorSurat: r.nomorSurat, tanggalSurat: tanggal }));
}

/** What the employee is told when their KGB is issued. */
export function pesanKgbTerbit(b: BarisKgb, t: KgbTertulis) {
  return { judul: `KGB TMT ${formatTanggal(b.tmtKgb)} telah terbit`,
    isi: `Surat KGB nomor ${t.nomorSurat}: gaji pokok ${formatRupiah(b.gajiPokokLama)} menjadi ${formatRupiah(b.gajiPokokBaru)} mulai ${
      formatTanggal(b.tmtKgb)
    } (masa kerja golongan ${b.mkgBaruTahun} tahun ${b.mkgBaruBulan} bulan).` };
}
