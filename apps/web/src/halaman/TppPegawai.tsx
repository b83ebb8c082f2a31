import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { Link, useSearchParams } from 'react-router';
import { formatTanggal, labelBulan, LABEL_HUKDIS_TPP, type HukdisTpp, teksPersenTpp } from '@simasn/domain';
import { KONTRAK_TPP } from '@simasn/tpp/kontrak';
import { kunciJalur, panggil, periksaIsian } from '../api.ts';
import { formatWaktu, hariIniSetempat } from '../format.ts';
import { useKirim, useKueriApi, useUbahCari } from '../kait.ts';
import { Formulir, IsianForm, PilihBulan } from '../komponen/Formulir.tsx';
import { KartuAngka } from '../komponen/KartuAngka.tsx';
import { Pilih } from '../komponen/PilihSaring.tsx';
import { Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { useSesi } from '../sesi.tsx';
import { rupiah } from './TppBulanan.tsx';

/** The contract's schemas, loaded when a form is first checked (apps/web/kontrak-ringan.ts: a page's first
 * load need not evaluate zod and its module's schemas). */
const muatSkema = () => import('@simasn/tpp/kontrak');

type Rincian = { kode: string, label: string, nilai: number, arah: 'tambah' | 'kurang' | 'info', alasan: string };

function DaftarRincian({ baris, testid }: { baris: Rincian[], testid: string }) {
  return (
    <ul className="daftar-rincian" data-testid={testid}>
      {baris.map((r) => (
        <li key={`${r.kode}-${r.alasan}`}>
          <strong>
            {r.label}: {r.arah === 'kurang' ? '−' : ''}
            {rupiah(r.nilai)}
          </strong>
          <br />
          <span>{r.alasan}</span>
        </li>
      ))}
    </ul>
  );
}

/**
 * One ASN's TPP of a month with the reason of every rupiah: where each input came from, each line
 * of the rule set, the adjustment lines paid with it and the corrections made later to it. The
 * ASN's own (from Kinerja Saya, /tpp/saya) or, for admin OPD/BKD/BKAD, a pegawai in reach
 * (/tpp/pegawai?pegawaiId=). BKD corrects a locked month here (an adjustment in a later open month).
 */
export function TppPegawai() {
  const [cari] = useSearchParams();
  const ubahCari = useUbahCari();
  const pegawaiId = Number(cari.get('pegawaiId')) || undefined;
  const bulan = cari.get('bulan') || hariIniSetempat().slice(0, 7);
  const q = useKueriApi(KONTRAK_TPP.rincian, { query: { bulan, pegawaiId } });
  const { boleh } = useSesi();
  const r = q.data;
  return (
    <section>
      <div className="judul-halaman">
        <h1>{pegawaiId ? 'TPP Pegawai' : 'TPP Saya'}</h1>
        {pegawaiId && <Link to={`/tpp?bulan=${bulan}`}>Kembali ke TPP bulanan</Link>}
      </div>
      <div className="isian">
        <label htmlFor="tpp-saya-bulan">Bulan</label>
        <PilihBulan id="tpp-saya-bulan" nilai={bulan} sesudah={1} ganti={(v) => {
          ubahCari({ bulan: v });
        }} />
      </div>
      {q.isLoading && <Memuat />}
      {q.error && <PesanGalat galat={q.error} />}
      {r && !r.pegawai && <p className="petunjuk" data-testid="tpp-saya-kosong">TPP {labelBulan(bulan)} belum tersedia.</p>}
      {r?.pegawai && (
        <>
          <p className="petunjuk">
            {r.pegawai.nama} (NIP {r.pegawai.nip}), {r.pegawai.jabatan ?? 'tanpa jabatan'}
            {r.pegawai.kelasJabatan ? `, kelas jabatan ${r.pegawai.kelasJabatan}` : ''}. TPP {labelBulan(bulan)}:{' '}
            <strong>{r.status === 'dikunci' ? 'sudah dikunci' : 'draf, masih dapat berubah'}</strong>.
          </p>
          {r.pegawai.masalah
            ? <PesanGalat judul="TPP bulan ini belum dapat dihitung." galat={`Data belum lengkap: ${r.pegawai.masalah}. Hubungi admin kepegawaian perangkat daerah Anda.`} />
            : (
              <div className="kartu-angka" data-testid="tpp-saya-angka">
                <KartuAngka label="Diterima" kecil nilai={rupiah(r.diterima)} idNilai="tpp-diterima" />
                <KartuAngka label="Capaian kinerja" nilai={r.pegawai.capaianKinerja === null ? '-' : teksPersenTpp(r.pegawai.capaianKinerja)} />
                <KartuAngka label="Potongan disiplin" nilai={r.pegawai.potonganDisiplin === null ? '-' : teksPersenTpp(r.pegawai.potonganDisiplin)} />
                <KartuAngka label="Hukuman disiplin" nilai={r.pegawai.hukdis === 'tidak_ada' ? 'Tidak ada' : LABEL_HUKDIS_TPP[r.pegawai.hukdis as HukdisTpp]} />
              </div>
            )}
          {r.asal.length > 0 && (
            <>
              <h2>Dasar perhitungan</h2>
              <ul data-testid="tpp-asal">{r.asal.map((a) => <li key={a}>{a}</li>)}</ul>
            </>
          )}
          {r.rincian.length > 0 && (
            <>
              <h2>Alasan setiap rupiah</h2>
              <DaftarRincian baris={r.rincian} testid="tpp-rincian" />
            </>
          )}
          {r.penyesuaian.length > 0 && (
            <>
              <h2>Penyesuaian dibayar bulan ini</h2>
              {r.penyesuaian.map((p) => (
                <div key={p.id} data-testid="tpp-penyesuaian">
                  <p>
                    Koreksi TPP {labelBulan(p.bulanDikoreksi)}: {p.alasan}. Selisih diterima {rupiah(p.netto)}.
                  </p>
                  <DaftarRincian baris={p.rincian} testid="tpp-penyesuaian-rincian" />
                </div>
              ))}
            </>
          )}
          {r.koreksi.length > 0 && (
            <>
              <h2>Koreksi atas bulan ini</h2>
              <ul data-testid="tpp-koreksi">
                {r.koreksi.map((p) => (
                  <li key={p.id}>
                    Dibayar bersama TPP {labelBulan(p.bulanDibayar)} ({formatWaktu(String(p.dibuatPada))}): {p.alasan}; selisih {rupiah(p.netto)}.
                  </li>
                ))}
              </ul>
            </>
          )}
          {pegawaiId && r.status === 'dikunci' && boleh('tpp:kelola') && <FormPenyesuaian bulan={bulan} pegawaiId={pegawaiId} />}
        </>
      )}
      {r && r.bulanLain.length > 0 && (
        <>
          <h2>Bulan lain</h2>
          <ul className="baris-tautan">
            {r.bulanLain.map((x) => (
              <li key={x.bulan}>
                <Link to={`?${new URLSearchParams({ ...(pegawaiId ? { pegawaiId: String(pegawaiId) } : {}), bulan: x.bulan })}`}>
                  {labelBulan(x.bulan)}
                </Link>: {rupiah(x.netto)} {x.status === 'dikunci' ? '(dikunci)' : '(draf)'}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="petunjuk">Dihitung menurut aturan TPP yang berlaku; per {formatTanggal(hariIniSetempat())}.</p>
    </section>
  );
}

/** BKD: recompute this locked month for the pegawai from today's data; the difference is paid with a later open month. */
function FormPenyesuaian({ bulan, pegawaiId }: { bulan: string, pegawaiId: number }) {
  const qc = useQueryClient();
  const k = useKirim();
  const bulanTpp = useKueriApi(KONTRAK_TPP.bulan, { query: { bulan } });
  const terbuka = (bulanTpp.data?.bulanTerakhir ?? []).filter((b) => b.status === 'draf' && b.bulan > bulan);
  const [dibayar, setDibayar] = useState('');
  const [alasan, setAlasan] = useState('');
  const [hasil, setHasil] = useState<string | null>(null);
  const pilihan = dibayar || terbuka[terbuka.length - 1]?.bulan || '';
  return (
    <>
      <h2>Koreksi bulan yang sudah dikunci</h2>
      {!terbuka.length
        ? <p className="petunjuk">Belum ada bulan sesudah {labelBulan(bulan)} yang masih terbuka; hitung dulu TPP bulan pembayarannya.</p>
        : (
          <Formulir onSubmit={(e) => {
            e.preventDefault();
            setHasil(null);
            void k.jalankan(async () => {
              const body = { bulanDikoreksi: bulan, bulanDibayar: pilihan, pegawaiId, alasan };
              const { skemaBuatPenyesuaian } = await muatSkema();
              periksaIsian(skemaBuatPenyesuaian, body);
              const p = await panggil(KONTRAK_TPP.penyesuaian, { body });
              setHasil(`Penyesuaian ${rupiah(p.netto)} dibayar bersama TPP ${labelBulan(p.bulanDibayar)}.`);
              setAlasan('');
              await qc.invalidateQueries({ queryKey: kunciJalur('tpp') });
            });
          }}>
            <p>TPP bulan ini dihitung ulang dari data sekarang (rekap presensi, hukuman disiplin, gaji); selisihnya dibayar pada bulan yang dipilih.</p>
            <Pilih id="penyesuaian-dibayar" label="Dibayar bersama TPP" nilai={pilihan} ganti={setDibayar} pilihan={terbuka.map((b) => [b.bulan, labelBulan(b.bulan)] as const)} />
            <IsianForm id="penyesuaian-alasan" label="Alasan koreksi" wajib galat={k.galat} nama="alasan" lebar>
              {(a) => <textarea {...a} rows={2} value={alasan} onChange={(e) => setAlasan(e.target.value)} />}
            </IsianForm>
            <div className="tombol-baris">
              <button type="submit" className="tombol utama" disabled={k.mengirim} data-testid="buat-penyesuaian">
                {k.mengirim ? 'Menghitung…' : 'Hitung koreksi'}
              </button>
            </div>
          </Formulir>
        )}
      <PesanGalat galat={k.galat} />
      {hasil && <PesanBerhasil>{hasil}</PesanBerhasil>}
    </>
  );
}
