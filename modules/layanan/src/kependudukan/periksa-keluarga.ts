import { bandingkanKeluarga, type AnggotaKeluargaSimasn, type Penduduk, type SelisihKeluarga } from '@simasn/domain';
import { ambilKeluargaPegawai, pegawaiDalamLingkup } from '@simasn/kepegawaian';
import { catatAudit, GalatAplikasi, type Konteks } from '@simasn/platform';
import { GalatKependudukan, type AdapterKependudukan } from './adapter.ts';
import { pilihAdapterKependudukan } from './pilih-adapter.ts';

export interface HasilPeriksaKeluarga {
  /** Whose family (the personal-data rule decides by it who sees the NIKs in clear). */
  nip: string;
  sumber: AdapterKependudukan['sumber'];
  diperiksaPada: string;
  nikPegawai: string | null;
  /** The employee's NIK is known to the registry. */
  nikDitemukan: boolean;
  kartuKeluarga: Penduduk[];
  keluargaSimasn: AnggotaKeluargaSimasn[];
  selisih: SelisihKeluarga[];
}

/**
 * Checks an employee's recorded family against the population registry: the family card of the
 * employee's NIK, compared with the keluarga records (domain `bandingkanKeluarga`). Needs the
 * personal-data reach; the look-up itself is audited (who asked the registry about whom).
 */
export async function periksaKeluarga(ctx: Konteks, nip: string, adapter?: AdapterKependudukan): Promise<HasilPeriksaKeluarga> {
  const pegawai = await pegawaiDalamLingkup(ctx, nip, 'pegawai:data_pribadi');
  const a = adapter ?? pilihAdapterKependudukan(ctx);
  const { nik, keluarga: keluargaSimasn } = await ambilKeluargaPegawai(ctx, pegawai.id);
  const diperiksaPada = ctx.sekarang().toISOString();
  if (!nik) {
    return { nip: pegawai.nip, sumber: a.sumber, diperiksaPada, nikPegawai: null, nikDitemukan: false, kartuKeluarga: [], keluargaSimasn,
      selisih: [{ jenis: 'nik_kosong', keluargaId: null, nik: null, nama: pegawai.nama,
        uraian: `NIK pegawai ${pegawai.nama} belum tercatat di SIMASN; data keluarga tidak dapat diperiksa` }] };
  }
  let kartuKeluarga: Penduduk[];
  try {
    kartuKeluarga = await a.cekKeluarga(nik);
  } catch (e) {
    if (e instanceof GalatKependudukan) throw new GalatAplikasi(502, 'kependudukan', e.message);
    throw e;
  }
  const nikDitemukan = kartuKeluarga.some((p) => p.nik === nik);
  const selisih = nikDitemukan
    ? bandingkanKeluarga(nik, keluargaSimasn, kartuKeluarga)
    : [{ jenis: 'tidak_ada_di_kependudukan' as const, keluargaId: null, nik, nama: pegawai.nama, uraian: `NIK pegawai ${pegawai.nama} tidak ditemukan di data kependudukan` }];
  await catatAudit(ctx, { aksi: 'kependudukan.periksa', entitas: 'pegawai', entitasId: pegawai.id, pegawaiId: pegawai.id,
    sesudah: { sumber: a.sumber, nikDitemukan, jumlahSelisih: selisih.length } });
  return { nip: pegawai.nip, sumber: a.sumber, diperiksaPada, nikPegawai: nik, nikDitemukan, kartuKeluarga, keluargaSimasn, selisih };
}
