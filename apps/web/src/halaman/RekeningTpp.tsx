import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { BANK_TPP, formatAngka, NAMA_LENGKAP_BANK, PANJANG_REKENING } from '@simasn/domain';
import type { MasukanTitik } from '@simasn/kontrak';
import { KONTRAK_TPP } from '@simasn/tpp/kontrak';
import { alamatTitik, kunciJalur, panggil, periksaIsian } from '../api.ts';
import { useDaftarBerhalaman, useHalamanApi, useKirim } from '../kait.ts';
import { Formulir, IsianForm } from '../komponen/Formulir.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { type HasilImporBerkas, PanelImpor } from '../komponen/PanelImpor.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { PilihUnit } from '../komponen/PilihUnit.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';
import { useSesi } from '../sesi.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/tpp/kontrak');

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_TPP.daftarRekening>['query']>;
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'unitId', 'rekening'] as const;
const URUT = [['nama', 'Nama'], ['nip', 'NIP'], ['bank', 'Bank'], ['unit', 'Unit kerja']] as const;
const REKENING = [['belum', 'Belum ada rekening'], ['ada', 'Sudah ada rekening']] as const;

interface HasilImpor extends HasilImporBerkas {
  baris: number;
  diubah: number;
}

interface Sasaran {
  nip: string;
  nama: string;
  namaBank: string;
  nomorRekening: string;
}

/**
 * The bank accounts the TPP is transferred to (issue 12): the active pegawai in the caller's reach
 * with bank and account number (masked by the personal-data rule for who may not see it), searched,
 * filtered by unit and "belum ada rekening", paged, exported; admin OPD / BKD edit one account in a
 * form or import a sheet (nip, nama_bank, nomor_rekening: every row checked first, all or nothing).
 */
export function RekeningTpp() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const { boleh } = useSesi();
  const kelola = boleh('pegawai:ubah');
  const kueri = { ...d.filter, unitId: d.filter.unitId || undefined, rekening: d.filter.rekening || undefined } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_TPP.daftarRekening, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const [ubah, setUbah] = useState<Sasaran | null>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  return (
    <section>
      <div className="judul-halaman">
        <h1>Rekening TPP</h1>
      </div>
      <p className="petunjuk" data-testid="ringkasan-rekening">
        Rekening bank tujuan transfer TPP pegawai aktif.{q.data
          ? ` ${formatAngka(q.data.tanpaRekening)} pegawai belum ada rekening; mereka tidak dapat dimasukkan ke berkas transfer bank.`
          : ''}
      </p>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {ubah && (
        <FormRekening key={ubah.nip} sasaran={ubah} batal={() => setUbah(null)} selesai={(p) => {
          setUbah(null);
          setPesan(p);
        }} />
      )}
      <SaringDaftar id="rekening" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} ekspor={alamatTitik(KONTRAK_TPP.eksporRekening, { query: kueri })}>
        <div className="isian">
          <label htmlFor="rekening-unit">Unit kerja</label>
          <PilihUnit id="rekening-unit" nilai={d.filter.unitId} ganti={(v) => d.ubah({ unitId: v })} />
        </div>
        <Pilih id="rekening-status" label="Rekening" nilai={d.filter.rekening} ganti={(v) => d.ubah({ rekening: v })} kosong="Semua" pilihan={REKENING} />
      </SaringDaftar>
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)} kosong="Tidak ada pegawai yang cocok."
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-rekening" sibuk={q.isFetching} baris={items} kunci={(r) => r.pegawaiId} kolom={[
            { judul: 'Pegawai', kepalaBaris: true, isi: (r) => <SelPegawai nama={r.nama} nip={r.nip} unit={r.unit} /> },
            { judul: 'Bank', isi: (r) => r.namaBank ?? '-' },
            { judul: 'Nomor rekening', isi: (r) => (r.nomorRekening ? <span className="nip">{r.nomorRekening}</span> : <em>Belum ada rekening</em>) },
            kelola && { judul: 'Aksi', isi: (r) => (
              <button type="button" className="tombol teks" aria-label={`Ubah rekening ${r.nama}`} onClick={() => {
                setPesan(null);
                setUbah({ nip: r.nip, nama: r.nama, namaBank: r.namaBank ?? '', nomorRekening: r.nomorRekening && !r.nomorRekening.includes('*') ? r.nomorRekening : '' });
                window.scrollTo({ top: 0 });
              }}>
                Ubah
              </button>
            ) },
          ]} />
        )}
      </DaftarBerhalaman>
      {kelola && <FormImpor selesai={setPesan} />}
    </section>
  );
}

/** One pegawai's account: the bank from the list, the number digits only; checked with the endpoint's schema, errors beside each field. */
function FormRekening({ sasaran, batal, selesai }: { sasaran: Sasaran, batal: () => void, selesai: (pesan: string) => void }) {
  const qc = useQueryClient();
  const k = useKirim();
  const [namaBank, setNamaBank] = useState((BANK_TPP as readonly string[]).includes(sasaran.namaBank) ? sasaran.namaBank : '');
  const [nomorRekening, setNomorRekening] = useState(sasaran.nomorRekening);
  return (
    <Formulir className="kartu form-panel" aria-label={`Rekening ${sasaran.nama}`} data-testid="form-rekening" onSubmit={(e) => {
      e.preventDefault();
      void k.jalankan(async () => {
        const body = { namaBank, nomorRekening: nomorRekening.trim() };
        const { skemaRekening } = await muatSkema();
        periksaIsian(skemaRekening, body, 'Rekening belum benar.');
        const h = await panggil(KONTRAK_TPP.rekening, { params: { nip: sasaran.nip }, body });
        await qc.invalidateQueries({ queryKey: kunciJalur('tpp') });
        selesai(`Rekening ${sasaran.nama} disimpan: ${h.namaBank} ${h.nomorRekening ?? ''}.`);
      });
    }}>
      <h2>Rekening {sasaran.nama}</h2>
      <PesanGalat galat={k.galat} />
      <IsianForm id="rekening-bank" label="Bank" wajib galat={k.galat} nama="namaBank">
        {(a) => (
          <select {...a} value={namaBank} onChange={(e) => setNamaBank(e.target.value)}>
            <option value="">Pilih bank</option>
            {BANK_TPP.map((b) => <option key={b} value={b}>{b === NAMA_LENGKAP_BANK[b] ? b : `${b} (${NAMA_LENGKAP_BANK[b]})`}</option>)}
          </select>
        )}
      </IsianForm>
      <IsianForm id="rekening-nomor" label="Nomor rekening" wajib galat={k.galat} nama="nomorRekening"
        petunjuk={`${PANJANG_REKENING.min} sampai ${PANJANG_REKENING.max} angka, tanpa spasi atau tanda baca.`}
      >
        {(a) => <input {...a} inputMode="numeric" autoComplete="off" value={nomorRekening} onChange={(e) => setNomorRekening(e.target.value)} />}
      </IsianForm>
      <div className="baris-tombol">
        <button type="submit" className="tombol utama" disabled={k.mengirim}>{k.mengirim ? 'Menyimpan…' : 'Simpan rekening'}</button>
        <button type="button" className="tombol teks" onClick={batal}>Batal</button>
      </div>
    </Formulir>
  );
}

function FormImpor({ selesai }: { selesai: (p: string) => void }) {
  const qc = useQueryClient();
  return (
    <PanelImpor<HasilImpor> judul="Impor rekening" id="rekening-berkas" jalur={alamatTitik(KONTRAK_TPP.imporRekening)} data-testid="masalah-impor-rekening"
      pesanKosong="Pilih berkas rekening." kabari={selesai} periksa={{ jalur: alamatTitik(KONTRAK_TPP.imporRekening, { query: { dryRun: 'true' } }), hasil: (h) =>
        `Berkas benar: ${formatAngka(h.baris)} baris, ${formatAngka(h.diubah)} rekening akan berubah. Tekan Impor untuk menyimpan.` }} petunjuk={
      <>
        Kolom <code>nip</code>, <code>nama_bank</code> dan <code>nomor_rekening</code> (teks, angka saja), hanya pegawai dalam kewenangan Anda.{' '}
        <a href={alamatTitik(KONTRAK_TPP.templatRekening)} download>Unduh template</a>{' '}
        (berisi pegawai yang belum ada rekening). Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang disimpan. <strong>Periksa dulu</strong>{' '}
        memeriksa tanpa menyimpan.
      </>
    } selesai={async (h) => {
      await qc.invalidateQueries({ queryKey: kunciJalur('tpp') });
      return `Impor selesai: ${formatAngka(h.baris)} baris diperiksa, ${formatAngka(h.diubah)} rekening berubah.`;
    }} />
  );
}
