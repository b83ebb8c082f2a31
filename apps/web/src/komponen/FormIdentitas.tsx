import { useMemo, useState, type FormEvent } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_PEGAWAI } from '@simasn/kepegawaian/kontrak';
import { GalatApi, kunci, panggil, periksaIsian } from '../api.ts';
import { keIsian, keNilaiApi, ISIAN_IDENTITAS_ADMIN } from '../riwayat.ts';
import { DaftarIsian, type NilaiIsian } from './Isian.tsx';
import { PesanGalat } from './Status.tsx';
import { TombolSimpan } from './TombolSimpan.tsx';
import { Formulir } from './Formulir.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/kepegawaian/kontrak');

type ProfilPegawai = ResponsTitik<typeof KONTRAK_PEGAWAI.ambil>;

/** Admin: correct identity data. Sends only what changed, with `versi` (409 if someone was faster). */
export function FormIdentitas({ p, selesai, batal }: { p: ProfilPegawai, selesai: (pesan: string) => void, batal: () => void }) {
  const qc = useQueryClient();
  // Masked personal data (outside the personal-data reach) cannot be edited from here.
  const definisiIsian = useMemo(() => ISIAN_IDENTITAS_ADMIN.filter((m) => p.dataPribadiTerlihat || !['nik', 'alamat', 'email', 'telepon'].includes(m.nama)), [
    p.dataPribadiTerlihat,
  ]);
  const awal = useMemo(() => keIsian(definisiIsian, p as unknown as Record<string, unknown>), [definisiIsian, p]);
  const [isian, setIsian] = useState<NilaiIsian>(awal);
  const [galat, setGalat] = useState<unknown>(null);
  const [mengirim, setMengirim] = useState(false);

  async function kirim(e: FormEvent) {
    e.preventDefault();
    setGalat(null);
    const berubah = definisiIsian.filter((m) => isian[m.nama] !== awal[m.nama]);
    if (!berubah.length) return setGalat(new Error('Belum ada data yang diubah.'));
    setMengirim(true);
    try {
      const body = { ...keNilaiApi(berubah, isian, { kosong: 'null' }), versi: p.versi };
      // The endpoint's own schema first: each problem beside its field, nothing sent.
      const { skemaUbahPegawai } = await muatSkema();
      periksaIsian(skemaUbahPegawai, body);
      await panggil(KONTRAK_PEGAWAI.ubah, { params: { nip: p.nip }, body });
      await qc.invalidateQueries({ queryKey: kunci(KONTRAK_PEGAWAI.ambil, { params: { nip: p.nip } }) });
      selesai('Data identitas disimpan.');
    } catch (err) {
      setGalat(err);
    } finally {
      setMengirim(false);
    }
  }

  const konflik = galat instanceof GalatApi && galat.status === 409;
  return (
    <Formulir className="kartu form-panel" onSubmit={kirim} aria-label="Ubah data identitas">
      <h2>Ubah data identitas</h2>
      <PesanGalat galat={galat} />
      {konflik && (
        <p>
          <button type="button" className="tombol sekunder" onClick={() =>
            qc.invalidateQueries({ queryKey: kunci(KONTRAK_PEGAWAI.ambil, { params: { nip: p.nip } }) }).then(batal)}
          >
            Muat ulang data terbaru
          </button>
        </p>
      )}
      <DaftarIsian awalan="identitas" definisiIsian={definisiIsian} isian={isian} ubah={(n, v) => setIsian((s) => ({ ...s, [n]: v }))} galat={galat} />
      <TombolSimpan teks="Simpan perubahan" mengirim={mengirim} batal={batal} />
    </Formulir>
  );
}
