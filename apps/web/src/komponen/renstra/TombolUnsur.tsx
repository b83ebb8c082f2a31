import { useMutation, useQueryClient } from '@tanstack/react-query';
import { KONTRAK_SAKIP, type JENIS_UNSUR_RENSTRA } from '@simasn/sakip/kontrak';
import { kunciJalur, panggil } from '../../api.ts';

export type JenisUnsur = (typeof JENIS_UNSUR_RENSTRA)[number];

/**
 * Edit and delete buttons of one Renstra part. Deleting asks first, sends the version read and
 * reports the server's refusal (409: stale, or already used in a Perjanjian Kinerja) through `hasil`.
 */
export function TombolUnsur(
  { renstraId, jenis, unsur, label, ubah, hasil }: { renstraId: number, jenis: JenisUnsur, unsur: { id: number, versi: number, kode: string }, label: string, ubah: () => void,
    hasil: (pesan: string | null, galat?: unknown) => void },
) {
  const qc = useQueryClient();
  const hapus = useMutation({ mutationFn: () => panggil(KONTRAK_SAKIP.hapusUnsur, { params: { id: renstraId }, body: { jenis, id: unsur.id, versi: unsur.versi } }),
    onSuccess: () => {
      hasil(`${label} ${unsur.kode} dihapus.`);
      void qc.invalidateQueries({ queryKey: kunciJalur('sakip') });
    }, onError: (e) => {
      hasil(null, e);
      void qc.invalidateQueries({ queryKey: kunciJalur('sakip') });
    } });
  return (
    <span className="tombol-baris">
      <button type="button" className="tombol kecil sekunder" onClick={ubah} aria-label={`Ubah ${label.toLowerCase()} ${unsur.kode}`}>Ubah</button>
      <button type="button" className="tombol kecil bahaya" disabled={hapus.isPending} aria-label={`Hapus ${label.toLowerCase()} ${unsur.kode}`} onClick={() => {
        if (window.confirm(`Hapus ${label.toLowerCase()} ${unsur.kode} beserta semua yang ada di bawahnya?`)) hapus.mutate();
      }}>
        Hapus
      </button>
    </span>
  );
}
