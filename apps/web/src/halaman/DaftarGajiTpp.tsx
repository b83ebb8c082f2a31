import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { formatAngka, formatRupiah, labelBulan } from '@simasn/domain';
import type { MasukanTitik } from '@simasn/kontrak';
import { KOLOM_GAJI, KOMPONEN_GAJI, KONTRAK_TPP } from '@simasn/tpp/kontrak';
import { alamatTitik, kunciJalur } from '../api.ts';
import { formatWaktu, hariIniSetempat } from '../format.ts';
import { useDaftarBerhalaman, useHalamanApi } from '../kait.ts';
import { PilihBulan } from '../komponen/Formulir.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { DaftarBerhalaman } from '../komponen/Paginasi.tsx';
import { type HasilImporBerkas, PanelImpor } from '../komponen/PanelImpor.tsx';
import { SaringDaftar } from '../komponen/SaringDaftar.tsx';
import { PesanBerhasil } from '../komponen/Status.tsx';
import { SelPegawai, Tabel } from '../komponen/Tabel.tsx';

type Filter = NonNullable<MasukanTitik<typeof KONTRAK_TPP.daftarGaji>['query']>;
const BATAS = 25;
const FILTER = ['q', 'urut', 'arah', 'bulan'] as const;
const URUT = [['nama', 'Nama'], ['nip', 'NIP'], ['jumlah', 'Jumlah kotor', 'angka']] as const;

interface HasilImpor extends HasilImporBerkas {
  bulan: string;
  baris: number;
  baru: number;
  diganti: number;
  jumlahKotor: number;
}

/**
 * The month's daftar gaji (payroll) for admin BKD / BKAD (`tpp:bayar`, issue 12): imported from the
 * finance office's payroll application (GPP / SIMGAJI) as a sheet, checked row by row before
 * anything is written and confirmed; the TPP month takes each ASN's gaji dan tunjangan from it for
 * the BPJS base. The list of what is imported for the month: searched, sorted, paged, exported.
 * Its columns are the komponen declared once (`KOMPONEN_GAJI`).
 */
export function DaftarGajiTpp() {
  const d = useDaftarBerhalaman(FILTER, BATAS, 'q');
  const bulan = d.filter.bulan || hariIniSetempat().slice(0, 7);
  const kueri = { ...d.filter, bulan } as unknown as Filter;
  const q = useHalamanApi(KONTRAK_TPP.daftarGaji, { query: { ...kueri, page: d.halaman, limit: BATAS } });
  const [pesan, setPesan] = useState<string | null>(null);
  const j = q.data?.jumlah;
  return (
    <section>
      <div className="judul-halaman">
        <h1>Daftar Gaji</h1>
        <div className="isian">
          <label htmlFor="gaji-bulan">Bulan</label>
          <PilihBulan id="gaji-bulan" nilai={bulan} ganti={(v) => d.ubah({ bulan: v === hariIniSetempat().slice(0, 7) ? '' : v })} sesudah={1} />
        </div>
      </div>
      <p className="petunjuk">
        Gaji dan tunjangan per pegawai dari daftar gaji aplikasi gaji BKAD (GPP/SIMGAJI). TPP bulan yang sama memakai jumlah kotornya sebagai dasar batas iuran BPJS Kesehatan;
        pegawai tanpa daftar gaji dihitung dari gaji pokok riwayat gaji saja (tanpa tunjangan). Hitung ulang TPP sesudah mengimpor.
      </p>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      {j && (
        <div className="kartu-angka" data-testid="jumlah-gaji">
          <KartuAngka label={`Pegawai dengan daftar gaji ${labelBulan(bulan)}`} nilai={formatAngka(j.pegawai)} />
          <KartuAngka label="Jumlah gaji dan tunjangan (kotor)" nilai={formatRupiah(j.jumlahKotor)} />
          <KartuAngka label="Impor terakhir" nilai={j.terakhir ? j.terakhir.namaBerkas : 'Belum ada'}
            sub={j.terakhir ? `${formatWaktu(String(j.terakhir.diimporPada))}${j.terakhir.namaPengimpor ? ` oleh ${j.terakhir.namaPengimpor}` : ''}` : undefined} />
        </div>
      )}
      <SaringDaftar id="gaji" daftar={d} labelCari="Cari nama atau NIP" urut={URUT} ekspor={alamatTitik(KONTRAK_TPP.eksporGaji, { query: kueri })} />
      <DaftarBerhalaman kueri={q} halaman={d.halaman} batas={BATAS} ganti={(h) => d.ubah({}, h)}
        kosong={`Belum ada daftar gaji ${labelBulan(bulan)} yang cocok. Impor berkasnya di bawah.`}
        ringkasan={(total) => <p className="ringkasan-hasil" aria-live="polite">{formatAngka(total)} pegawai</p>}
      >
        {(items) => (
          <Tabel data-testid="tabel-gaji" sibuk={q.isFetching} baris={items} kunci={(r) => r.pegawaiId} kolom={[
            { judul: 'Pegawai', kepalaBaris: true, isi: (r) => <SelPegawai nama={r.nama} nip={r.nip} /> },
            ...KOMPONEN_GAJI.map((k) => ({ judul: k.label, kelas: 'angka', kelasJudul: 'angka', isi: (r: (typeof items)[number]) => formatRupiah(r[k.kunci]) })),
            { judul: 'Jumlah kotor', kelas: 'angka', kelasJudul: 'angka', isi: (r) => <strong>{formatRupiah(r.jumlahKotor)}</strong> },
            { judul: 'Asal', isi: (r) => `${r.namaBerkas}, ${formatWaktu(String(r.diimporPada))}` },
          ]} />
        )}
      </DaftarBerhalaman>
      <FormImpor bulan={bulan} selesai={setPesan} />
    </section>
  );
}

function FormImpor({ bulan, selesai }: { bulan: string, selesai: (p: string) => void }) {
  const qc = useQueryClient();
  const ringkas = (h: HasilImpor) =>
    `${formatAngka(h.baris)} pegawai (${formatAngka(h.baru)} baru, ${formatAngka(h.diganti)} diganti), jumlah gaji dan tunjangan ${formatRupiah(h.jumlahKotor)}`;
  return (
    <PanelImpor<HasilImpor> key={bulan} judul={`Impor daftar gaji ${labelBulan(bulan)}`} id="gaji-berkas" data-testid="masalah-impor-gaji" pesanKosong="Pilih berkas daftar gaji."
      jalur={alamatTitik(KONTRAK_TPP.imporGaji, { query: { bulan } })} kabari={selesai}
      periksa={{ jalur: alamatTitik(KONTRAK_TPP.imporGaji, { query: { bulan, dryRun: 'true' } }), hasil: (h) => `Berkas benar: ${ringkas(h)}. Tekan Impor untuk menyimpan.` }}
      konfirmasi={(h) => ({ judul: `Impor daftar gaji ${labelBulan(bulan)}?`, tombol: 'Impor', isi: (
        <>
          <p>Berkas sudah diperiksa tanpa masalah: {ringkas(h)}.</p>
          {h.diganti > 0 && <p className="akibat">Gaji {formatAngka(h.diganti)} pegawai yang sudah ada pada {labelBulan(bulan)} diganti dengan isi berkas.</p>}
        </>
      ) })} petunjuk={
      <>
        Kolom <code>{KOLOM_GAJI.nip}</code> (teks), {KOMPONEN_GAJI.map((k, i) => (
          <span key={k.kunci}>
            {i ? ', ' : ''}
            <code>{k.kolom}</code>
          </span>
        ))} dan <code>{KOLOM_GAJI.jumlahKotor}</code> (boleh kosong; bila diisi harus sama dengan jumlahnya), rupiah bulat.{' '}
        <a href={alamatTitik(KONTRAK_TPP.templatGaji)} download>Unduh template</a>. Semua baris diperiksa dulu; bila ada satu kesalahan tidak ada yang disimpan.{' '}
        <strong>Periksa dulu</strong> memeriksa tanpa menyimpan.
      </>
    } selesai={async (h) => {
      await qc.invalidateQueries({ queryKey: kunciJalur('tpp') });
      return `Daftar gaji ${labelBulan(h.bulan)} diimpor: ${ringkas(h)}. Hitung ulang TPP ${labelBulan(h.bulan)} agar iuran BPJS memakai angka ini.`;
    }} />
  );
}
