import { Link } from 'react-router';
import { formatNip, formatTanggal } from '@simasn/domain';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { formatWaktu } from '../format.ts';
import { useKueriApi } from '../kait.ts';
import { JejakWaktu, LangkahLayanan, LencanaLayanan, RingkasKgb } from '../komponen/JejakLayanan.tsx';
import { Kosong, Memuat, PesanGalat } from '../komponen/Status.tsx';

/**
 * "Layanan Saya": every service request of the signed-in ASN (KGB, kenaikan pangkat, pensiun and
 * any service built on the engine), each with its steps and the dated timeline.
 */
export function LayananSaya() {
  const q = useKueriApi(KONTRAK_LAYANAN.layananSaya, {});
  return (
    <section>
      <div className="judul-halaman">
        <h1>Layanan Saya</h1>
      </div>
      <PesanGalat galat={q.error} />
      {q.isPending && <Memuat />}
      {q.data && (
        <>
          <p className="ringkasan-hasil">{q.data.pegawai.nama} · {formatNip(q.data.pegawai.nip)}</p>
          {q.data.usulan.length === 0 && <Kosong>Belum ada usulan layanan (KGB, kenaikan pangkat, pensiun) untuk Anda.</Kosong>}
          {q.data.usulan.map((u) => (
            <article key={u.id} className="kartu kartu-layanan" data-testid="kartu-layanan" data-jenis={u.jenis}>
              <h2 className="judul-bagian">
                {u.judul} <LencanaLayanan u={u} />
              </h2>
              <p className="sub">
                Diajukan {formatWaktu(u.diajukanPada)}
                {u.status === 'diproses' || u.status === 'dikembalikan' ? ` · langkah sekarang: ${u.labelLangkah}` : ''}
                {u.tenggat ? ` · tenggat ${formatTanggal(u.tenggat)}` : ''}
              </p>
              {u.jenis === 'kgb' && <RingkasKgb data={u.data} />}
              <LangkahLayanan langkah={u.langkahDaftar} />
              <JejakWaktu jejak={u.jejak} />
              <Link to={`/layanan/usulan/${u.id}`}>Rincian usulan</Link>
            </article>
          ))}
        </>
      )}
    </section>
  );
}
