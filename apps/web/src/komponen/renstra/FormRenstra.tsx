import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { panggil } from '../../api.ts';
import type { DefinisiIsian } from '../../riwayat.ts';
import { FormUnsur } from './FormUnsur.tsx';
import type { Renstra } from './jenis.ts';
import { tahunIniSetempat } from '../../format.ts';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/sakip/kontrak');

const tahunIni = tahunIniSetempat();
const ISIAN_BARU: DefinisiIsian[] = [
  { nama: 'unitId', label: 'Perangkat daerah', tipe: 'unit', wajib: true },
  { nama: 'tahunAwal', label: 'Tahun awal', tipe: 'angka', wajib: true, min: 2000, maks: 2100 },
  { nama: 'tahunAkhir', label: 'Tahun akhir', tipe: 'angka', wajib: true, min: 2000, maks: 2100, petunjuk: 'paling lama 6 tahun (mis. 2021-2026)' },
  { nama: 'nama', label: 'Nama Renstra', tipe: 'teks-panjang', wajib: true },
];
const ISIAN_UBAH: DefinisiIsian[] = [{ nama: 'nama', label: 'Nama Renstra', tipe: 'teks-panjang', wajib: true }, { nama: 'status', label: 'Status', tipe: 'pilihan', wajib: true,
  pilihan: [{ nilai: 'draf', label: 'Draf (masih disusun)' }, { nilai: 'berlaku', label: 'Berlaku' }, { nilai: 'selesai', label: 'Selesai (tidak dapat diubah lagi)' }] }];

/** A new Renstra (draf) for a perangkat daerah, or its name and status (with the version read). */
export function FormRenstra({ renstra, tutup }: { renstra?: Renstra, tutup: (pesan?: string, id?: number) => void }) {
  return (
    <FormUnsur judul={renstra ? 'Ubah nama atau status Renstra' : 'Renstra baru'} awalan={renstra ? `renstra-${renstra.id}` : 'renstra-baru'}
      definisiIsian={renstra ? ISIAN_UBAH : ISIAN_BARU} awal={renstra as (Renstra & Record<string, unknown>) | undefined} bawaan={{ tahunAwal: tahunIni, tahunAkhir: tahunIni + 4 }}
      skema={() => muatSkema().then((m) => (renstra ? m.skemaUbahRenstra : m.skemaBuatRenstra))}
      kirim={(body: never) => (renstra ? panggil(KONTRAK_SAKIP.ubahRenstra, { params: { id: renstra.id }, body }) : panggil(KONTRAK_SAKIP.buatRenstra, { body }))}
      pesanTersimpan={renstra ? 'Renstra diperbarui.' : 'Renstra baru dibuat (draf).'} tutup={tutup} />
  );
}
