import { useState, type FormEvent } from 'react';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_SAKIP } from '@simasn/sakip/kontrak';
import { GalatApi, panggil, periksaIsian } from '../../api.ts';
import { useKirim, useKueriApi } from '../../kait.ts';
import { PesanSimpan } from '../renstra/FormUnsur.tsx';
import { keKotak } from '../renstra/jenis.ts';
import { Memuat } from '../Status.tsx';
import { BarisPk, keApiBarisPk, type IsiBarisPk } from './BarisPk.tsx';
import { Formulir, IsianForm, IsianTanggal } from '../Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/sakip/kontrak');

/** What the draft editor needs of a PK version (ambilPk). */
export type PkDraf = ResponsTitik<typeof KONTRAK_SAKIP.pk>;

/**
 * Editing a draft PK (or Perubahan PK): its date, the reason of a revision, and every indicator
 * and budget line, sent with the version read (a stale one is refused: `basi`, and the page reloads).
 */
export function FormUbahPk({ pk, sesudah, basi }: { pk: PkDraf, sesudah: (p: PkDraf) => void, basi: (galat: unknown) => void }) {
  const [tanggal, setTanggal] = useState(pk.tanggal);
  const [alasan, setAlasan] = useState(pk.alasanPerubahan ?? '');
  const [baris, setBaris] = useState<IsiBarisPk>(() => ({ indikator: pk.indikator.map((i) => ({ indikatorId: i.indikatorId, target: keKotak(Number(i.target)) })),
    anggaran: pk.anggaran.map((a) => ({ programKegiatanId: a.programKegiatanId, anggaran: keKotak(Number(a.anggaran)) })) })
  );
  const { galat, mengirim, jalankan } = useKirim();
  const renstra = useKueriApi(KONTRAK_SAKIP.renstra, { params: { id: pk.renstraId } });
  const induk = useKueriApi(KONTRAK_SAKIP.pk, { params: { id: pk.indukId ?? 0 } }, { enabled: pk.indukId !== null });

  async function kirim(e: FormEvent) {
    e.preventDefault();
    await jalankan(async () => {
      const body = { tanggal, ...(pk.nomorPerubahan > 0 ? { alasanPerubahan: alasan } : {}), ...keApiBarisPk(baris), versi: pk.versi };
      const { skemaUbahPk } = await muatSkema();
      periksaIsian(skemaUbahPk, body);
      sesudah(await panggil(KONTRAK_SAKIP.ubahPk, { params: { id: pk.id }, body }));
    }, (err) => {
      // A stale version: the page reloads the PK (this form starts again from it) and says why.
      if (!(err instanceof GalatApi && err.kode === 'versi_basi')) return false;
      basi(err);
      return true;
    });
  }
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Ubah draf Perjanjian Kinerja">
      <h2>Ubah draf</h2>
      <PesanSimpan galat={galat} />
      <div className="kisi-isian">
        <IsianForm id="pk-ubah-tanggal" label="Tanggal" wajib galat={galat} nama="tanggal">
          {(a) => <IsianTanggal {...a} nilai={tanggal} ganti={setTanggal} />}
        </IsianForm>
        {pk.nomorPerubahan > 0 && (
          <IsianForm id="pk-ubah-alasan" label="Alasan perubahan" wajib galat={galat} nama="alasanPerubahan" lebar>
            {(a) => <input {...a} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
          </IsianForm>
        )}
      </div>
      {renstra.isPending && <Memuat />}
      {renstra.data && <BarisPk renstra={renstra.data} tahun={pk.tahun} induk={induk.data?.indikator ?? []} isi={baris} ubah={setBaris} galat={galat} />}
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={mengirim}>{mengirim ? 'Menyimpan…' : 'Simpan draf'}</button>
      </div>
    </Formulir>
  );
}
