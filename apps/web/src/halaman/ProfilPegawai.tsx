import { useState } from 'react';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQueryClient } from '@tanstack/react-query';
import type { ResponsTitik } from '@simasn/kontrak';
import { KONTRAK_BERKAS, KONTRAK_PEGAWAI, KONTRAK_RIWAYAT } from '@simasn/kepegawaian/kontrak';
import { alamatTitik, GalatApi, kunci, panggil } from '../api.ts';
import { pramuatApi, useKueriApi, type Pramuat, useUbahCari } from '../kait.ts';
import { formatWaktu } from '../format.ts';
import { JENIS_RIWAYAT, JUDUL_RIWAYAT, RIWAYAT_USULAN, type JenisRiwayat } from '../riwayat.ts';
import { useSesi } from '../sesi.tsx';
import { DataPribadi, KartuProfil } from '../komponen/KartuProfil.tsx';
import { FormIdentitas } from '../komponen/FormIdentitas.tsx';
import { FormRiwayat } from '../komponen/FormRiwayat.tsx';
import { FormUsulan, type AwalUsulan } from '../komponen/FormUsulan.tsx';
import { RiwayatGajiBerkala } from '../komponen/RiwayatGajiBerkala.tsx';
import { Kosong, Memuat, PesanBerhasil, PesanGalat } from '../komponen/Status.tsx';
import { Tabel } from '../komponen/Tabel.tsx';
import { TabelRiwayat, TautanBerkas } from '../komponen/TabelRiwayat.tsx';

type BarisRiwayat = ResponsTitik<typeof KONTRAK_RIWAYAT.daftar>[number];

/** The riwayat kinds, the read-only gaji berkala (written by the KGB and kenaikan pangkat) and the documents. */
type Tab = JenisRiwayat | 'gaji' | 'dokumen';

/**
 * The profile's data from its address, before it renders (kait.ts `Pramuat`): the pegawai and the
 * riwayat tab it opens on (which the page asks for only once the pegawai is here).
 */
export const pramuat: Record<string, Pramuat> = { ProfilPegawai({ qc, params, cari }) {
  if (!params.nip) return;
  pramuatApi(qc, KONTRAK_PEGAWAI.ambil, { params: { nip: params.nip } });
  const tab = cari.get('tab') ?? 'pangkat';
  const jenis = JENIS_RIWAYAT.find((j) => j === tab && j !== 'keluarga');
  if (jenis) pramuatApi(qc, KONTRAK_RIWAYAT.daftar, { params: { nip: params.nip, jenis } });
} };

export function ProfilPegawai() {
  const { nip = '' } = useParams();
  return <TampilanProfil nip={nip} sendiri={false} />;
}

/** A profile: header card, personal data, riwayat tabs; admin editing or ASN proposals. */
export function TampilanProfil({ nip, sendiri }: { nip: string, sendiri: boolean }) {
  const { boleh } = useSesi();
  const qc = useQueryClient();
  const [param] = useSearchParams();
  const ubahCari = useUbahCari();
  const [pesan, setPesan] = useState<string | null>(null);
  const [panel, setPanel] = useState<null | { macam: 'identitas' } | { macam: 'usulan', awal: AwalUsulan | null, kunci: number }>(null);
  const q = useKueriApi(KONTRAK_PEGAWAI.ambil, { params: { nip } });
  const p = q.data;
  const bolehUbah = boleh('pegawai:ubah') && !sendiri;
  const bolehUsul = sendiri && boleh('usulan:ajukan');

  const jenis = JENIS_RIWAYAT.filter((j) => j !== 'keluarga' || p?.dataPribadiTerlihat);
  const tabs: Tab[] = [jenis[0]!, 'gaji', ...jenis.slice(1), ...(p?.dataPribadiTerlihat ? (['dokumen'] as const) : [])];
  const tabDiminta = param.get('tab') as Tab | null;
  const tab: Tab = tabDiminta && tabs.includes(tabDiminta) ? tabDiminta : 'pangkat';

  function bukaUsulan(awal: AwalUsulan | null) {
    setPesan(null);
    setPanel({ macam: 'usulan', awal, kunci: Date.now() });
    requestAnimationFrame(() => document.getElementById('panel-profil')?.scrollIntoView({ behavior: 'smooth', block: 'start' }));
  }

  if (q.isPending) return <Memuat />;
  if (q.error) {
    const hilang = q.error instanceof GalatApi && q.error.status === 404;
    return (
      <section>
        <h1>{hilang ? 'Pegawai tidak ditemukan' : 'Profil tidak dapat dimuat'}</h1>
        <PesanGalat galat={q.error} />
        {hilang && !sendiri && (
          <p>
            Pegawai ini tidak ada atau di luar kewenangan Anda. <Link to="/pegawai">Kembali ke daftar pegawai</Link>
          </p>
        )}
      </section>
    );
  }
  if (!p) return null;

  return (
    <section className="profil">
      {!sendiri && (
        <p className="kembali">
          <Link to="/pegawai">‹ Daftar pegawai</Link>
        </p>
      )}
      {sendiri && <p className="label-halaman">Data Saya</p>}
      <KartuProfil p={p} />
      {/* The official Daftar Riwayat Hidup: for every reader of the profile, personal data masked by the profile's own rule. */}
      <p className="baris-tombol">
        <a className="tombol sekunder" data-testid="unduh-drh" href={alamatTitik(KONTRAK_PEGAWAI.drh, { params: { nip: p.nip } })} target="_blank" rel="noreferrer">
          Daftar Riwayat Hidup (PDF)
        </a>
      </p>
      {pesan && <PesanBerhasil>{pesan} {bolehUsul && <Link to="/usulan-saya">Lihat Usulan Saya</Link>}</PesanBerhasil>}
      {(bolehUbah || bolehUsul) && (
        <div className="baris-tombol">
          {bolehUbah && (
            <button type="button" className="tombol sekunder" onClick={() => {
              setPesan(null);
              setPanel({ macam: 'identitas' });
            }}>
              Ubah data identitas
            </button>
          )}
          {bolehUsul && (
            <button type="button" className="tombol utama" onClick={() => bukaUsulan(null)}>
              Usulkan perubahan
            </button>
          )}
        </div>
      )}
      <div id="panel-profil">
        {panel?.macam === 'identitas' && (
          <FormIdentitas p={p} selesai={(m) => {
            setPanel(null);
            setPesan(m);
          }} batal={() => setPanel(null)} />
        )}
        {panel?.macam === 'usulan' && (
          <FormUsulan key={panel.kunci} p={p} awal={panel.awal} selesai={(m) => {
            setPanel(null);
            setPesan(m);
          }} batal={() => setPanel(null)} />
        )}
      </div>
      <DataPribadi p={p} />

      <section className="kartu" aria-labelledby="judul-riwayat">
        <h2 id="judul-riwayat">Riwayat</h2>
        <div className="tab" role="tablist" aria-label="Jenis riwayat">
          {tabs.map((t) => (
            <button key={t} type="button" role="tab" id={`tab-${t}`} aria-selected={t === tab} aria-controls="panel-tab" onClick={() => {
              ubahCari({ tab: t });
            }}>
              {t === 'dokumen' ? 'Dokumen' : t === 'gaji' ? 'Gaji Berkala' : JUDUL_RIWAYAT[t]}
            </button>
          ))}
        </div>
        <div id="panel-tab" role="tabpanel" aria-labelledby={`tab-${tab}`}>
          {tab === 'dokumen' ?
            <DaftarDokumen nip={p.nip} /> :
            tab === 'gaji' ?
            <RiwayatGajiBerkala nip={p.nip} /> :
            (
              <PanelRiwayat key={tab} nip={p.nip} jenis={tab} bolehUbah={bolehUbah} dokumenTerlihat={p.dataPribadiTerlihat}
                usulkan={bolehUsul && (RIWAYAT_USULAN as string[]).includes(tab) ?
                  (r) => bukaUsulan({ jenis: `ubah_${tab}`, riwayatId: r.id, data: r.data, namaJabatan: r.tambahan.namaJabatan ? String(r.tambahan.namaJabatan) : undefined }) :
                  undefined} tambahUsulan={bolehUsul && (RIWAYAT_USULAN as string[]).includes(tab) ? () => bukaUsulan({ jenis: `tambah_${tab}` }) : undefined}
                saatBerubah={() => qc.invalidateQueries({ queryKey: kunci(KONTRAK_PEGAWAI.ambil, { params: { nip: p.nip } }) })} />
            )}
        </div>
      </section>
    </section>
  );
}

function PanelRiwayat(
  { nip, jenis, bolehUbah, dokumenTerlihat, usulkan, tambahUsulan, saatBerubah }: { nip: string, jenis: JenisRiwayat, bolehUbah: boolean, dokumenTerlihat: boolean,
    usulkan?: (r: BarisRiwayat) => void, tambahUsulan?: () => void, saatBerubah: () => void },
) {
  const qc = useQueryClient();
  const [form, setForm] = useState<null | { entri?: BarisRiwayat }>(null);
  const [pesan, setPesan] = useState<string | null>(null);
  const [galat, setGalat] = useState<unknown>(null);
  const q = useKueriApi(KONTRAK_RIWAYAT.daftar, { params: { nip, jenis } });

  async function hapus(r: BarisRiwayat) {
    if (!window.confirm(`Hapus entri riwayat ${JUDUL_RIWAYAT[jenis].toLowerCase()} ini? Dokumennya tetap tersimpan di arsip.`)) return;
    setGalat(null);
    setPesan(null);
    try {
      await panggil(KONTRAK_RIWAYAT.hapus, { params: { nip, jenis, id: r.id }, query: { versi: r.versi } });
      await qc.invalidateQueries({ queryKey: kunci(KONTRAK_RIWAYAT.daftar, { params: { nip, jenis } }) });
      saatBerubah();
      setPesan('Entri riwayat dihapus.');
    } catch (e) {
      setGalat(e);
    }
  }

  const aksi = bolehUbah
    ? (r: BarisRiwayat) => (
      <div className="aksi-baris">
        <button type="button" className="tombol kecil sekunder" onClick={() => {
          setPesan(null);
          setForm({ entri: r });
        }}>
          Ubah
        </button>
        <button type="button" className="tombol kecil bahaya" onClick={() => hapus(r)}>
          Hapus
        </button>
      </div>
    )
    : usulkan
    ? (r: BarisRiwayat) => (
      <button type="button" className="tombol kecil sekunder" onClick={() => usulkan(r)}>
        Usulkan perbaikan
      </button>
    )
    : undefined;

  return (
    <div>
      <div className="judul-bagian">
        <h3>Riwayat {JUDUL_RIWAYAT[jenis].toLowerCase()}</h3>
        {bolehUbah && !form && (
          <button type="button" className="tombol kecil utama" onClick={() => {
            setPesan(null);
            setForm({});
          }}>
            Tambah
          </button>
        )}
        {tambahUsulan && (
          <button type="button" className="tombol kecil sekunder" onClick={tambahUsulan}>
            Usulkan tambahan
          </button>
        )}
      </div>
      {pesan && <PesanBerhasil>{pesan}</PesanBerhasil>}
      <PesanGalat galat={galat} />
      {form && (
        <FormRiwayat key={form.entri?.id ?? 'baru'} nip={nip} jenis={jenis} entri={form.entri} selesai={(m) => {
          setForm(null);
          setPesan(m);
          saatBerubah();
        }} batal={() => setForm(null)} />
      )}
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (q.data.length === 0
        ? <Kosong>Belum ada riwayat {JUDUL_RIWAYAT[jenis].toLowerCase()}.</Kosong>
        : <TabelRiwayat nip={nip} jenis={jenis} baris={q.data} aksi={aksi} dokumenTerlihat={dokumenTerlihat} />)}
    </div>
  );
}

function DaftarDokumen({ nip }: { nip: string }) {
  const q = useKueriApi(KONTRAK_BERKAS.daftar, { params: { nip } });
  if (q.isPending) return <Memuat />;
  if (q.error) return <PesanGalat galat={q.error} />;
  if (!q.data?.length) return <Kosong>Belum ada dokumen.</Kosong>;
  return (
    <Tabel baris={q.data} kunci={(b) => b.id} kolom={[{ judul: 'Dokumen', isi: (b) => <TautanBerkas nip={nip} berkas={b} /> }, { judul: 'Untuk', isi: (b) =>
      b.riwayatJenis === 'usulan' ? 'Usulan perubahan' : b.riwayatJenis ? `Riwayat ${JUDUL_RIWAYAT[b.riwayatJenis as JenisRiwayat]?.toLowerCase() ?? b.riwayatJenis}` : '–' }, {
      judul: 'Keterangan',
      isi: (b) => b.keterangan ?? '–',
    }, { judul: 'Diunggah', isi: (b) =>
      formatWaktu(b.diunggahPada) }]} />
  );
}
