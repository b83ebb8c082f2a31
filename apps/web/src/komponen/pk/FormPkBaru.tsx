import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { kunciJalur, panggil, periksaIsian } from '../../api.ts';
import { useKirim, useKueriApi } from '../../kait.ts';
import type { DefinisiIsian } from '../../riwayat.ts';
import { DaftarIsian, type NilaiIsian } from '../Isian.tsx';
import { PesanSimpan } from '../renstra/FormUnsur.tsx';
import { Memuat } from '../Status.tsx';
import { BarisPk, keApiBarisPk, type IsiBarisPk } from './BarisPk.tsx';
import { TombolSimpan } from '../TombolSimpan.tsx';
import { Formulir, IsianForm } from '../Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/sakip/kontrak');

/** A PK of the year as the list shows it (the parents to choose from). */
export type PkInduk = ResponsTitik<typeof KONTRAK_SAKIP.daftarPk>[number];

const ISIAN_PK: DefinisiIsian[] = [{ nama: 'unitId', label: 'Unit kerja jabatan', tipe: 'unit', wajib: true }, { nama: 'jabatanId', label: 'Jabatan (pihak pertama)',
  tipe: 'jabatan', wajib: true, petunjuk: 'pihak pertama adalah pemegang jabatan ini' }, { nama: 'nip', label: 'NIP pihak pertama', tipe: 'teks',
  petunjuk: '18 angka; isi hanya bila jabatan dipegang lebih dari satu pegawai' }, { nama: 'tanggal', label: 'Tanggal PK', tipe: 'tanggal', wajib: true }];
const ISIAN_PUNCAK: DefinisiIsian[] = [{ nama: 'pihakKedua.nama', label: 'Nama pihak kedua (kepala daerah)', tipe: 'teks', wajib: true }, { nama: 'pihakKedua.jabatan',
  label: 'Jabatan pihak kedua', tipe: 'teks', wajib: true }];

/**
 * A new Perjanjian Kinerja (draf) of a position for the year, cascaded from a parent PK (whose
 * holder becomes pihak kedua and whose indicators are offered), or the top PK agreed with the
 * kepala daerah. Opens the new PK when saved.
 */
export function FormPkBaru({ renstraId, tahun, induk, tutup }: { renstraId: number, tahun: number, induk: PkInduk[], tutup: () => void }) {
  const qc = useQueryClient();
  const navigasi = useNavigate();
  const [isian, setIsian] = useState<NilaiIsian>({ tanggal: `${tahun}-01-02` });
  const [indukId, setIndukId] = useState(() => (induk[0] ? String(induk[0].id) : ''));
  const [baris, setBaris] = useState<IsiBarisPk>({ indikator: [], anggaran: [] });
  const { galat, mengirim, jalankan } = useKirim();
  const renstra = useKueriApi(KONTRAK_SAKIP.renstra, { params: { id: renstraId } });
  const pkInduk = useKueriApi(KONTRAK_SAKIP.pk, { params: { id: Number(indukId) || 0 } }, { enabled: !!indukId });

  async function kirim(e: FormEvent) {
    e.preventDefault();
    await jalankan(async () => {
      const s = (k: string) => (typeof isian[k] === 'string' ? (isian[k] as string).trim() : '');
      const body = { renstraId, tahun, jabatanId: Number(s('jabatanId')) || undefined, tanggal: s('tanggal'), nip: s('nip') || undefined,
        ...(indukId ? { indukId: Number(indukId) } : { pihakKedua: { nama: s('pihakKedua.nama'), jabatan: s('pihakKedua.jabatan') } }), ...keApiBarisPk(baris) };
      const { skemaBuatPk } = await muatSkema();
      periksaIsian(skemaBuatPk, body);
      const pk = await panggil(KONTRAK_SAKIP.buatPk, { body });
      await qc.invalidateQueries({ queryKey: kunciJalur('sakip', 'pk') });
      navigasi(`/sakip/pk/${pk.id}`);
    });
  }
  const ubah = (n: string, v: string | boolean) => setIsian((x) => ({ ...x, [n]: v }));
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Perjanjian Kinerja baru">
      <h2>Perjanjian Kinerja baru tahun {tahun}</h2>
      <PesanSimpan galat={galat} />
      <DaftarIsian awalan="pk-baru" definisiIsian={ISIAN_PK} isian={isian} ubah={ubah} galat={galat} />
      <IsianForm id="pk-induk" label="PK induk (pihak kedua)" galat={galat} nama="indukId">
        {(a) => (
          <select {...a} value={indukId} onChange={(e) => {
            setIndukId(e.target.value);
            setBaris({ ...baris, indikator: [] });
          }}>
            {induk.map((p) => <option key={p.id} value={p.id}>{p.jabatan}: {p.pihakPertama}</option>)}
            <option value="">Tanpa induk: PK kepala perangkat daerah kepada kepala daerah</option>
          </select>
        )}
      </IsianForm>
      {!indukId && <DaftarIsian awalan="pk-baru" definisiIsian={ISIAN_PUNCAK} isian={isian} ubah={ubah} galat={galat} />}
      {renstra.isPending && <Memuat />}
      {renstra.data && <BarisPk renstra={renstra.data} tahun={tahun} induk={indukId ? pkInduk.data?.indikator ?? [] : []} isi={baris} ubah={setBaris} galat={galat} />}
      <TombolSimpan teks="Simpan sebagai draf" mengirim={mengirim} batal={tutup} />
    </Formulir>
  );
}
