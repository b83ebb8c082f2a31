import { formatTanggal } from '@simasn/domain';
import { formatWaktu, LABEL_PERAN } from '../format.ts';
import { KONTRAK_LAYANAN } from '@simasn/layanan/kontrak';
import { alamatTitik } from '../api.ts';
import { KELAS_STATUS_LAYANAN, type JejakLayanan, type LangkahTampil, type StatusUsulan } from '../layanan.ts';

/** Link to a surat KGB of an issued riwayat gaji. */
export const tautanSuratKgb = (riwayatGajiId: number, format: 'pdf' | 'docx' = 'pdf') =>
  alamatTitik(KONTRAK_LAYANAN.suratKgb, { params: { id: riwayatGajiId }, query: { format } });

export function LencanaLayanan({ u }: { u: { status: StatusUsulan, labelStatus: string } }) {
  return <span className={`lencana lencana-${KELAS_STATUS_LAYANAN[u.status] ?? 'netral'}`}>{u.labelStatus}</span>;
}

/** The steps of a request in order, with where it stands. */
export function LangkahLayanan({ langkah }: { langkah: readonly LangkahTampil[] }) {
  return (
    <ol className="langkah-layanan">
      {langkah.map((l) => (
        <li key={l.kode} className={`langkah-${l.keadaan}`} aria-current={l.keadaan === 'sekarang' ? 'step' : undefined}>
          <span className="nama-langkah">{l.label}</span>
          {l.masukPada && <small className="sub">{formatWaktu(l.masukPada)}</small>}
        </li>
      ))}
    </ol>
  );
}

/** The timeline: every transition with when, who (in which role) and why. */
export function JejakWaktu({ jejak }: { jejak: readonly JejakLayanan[] }) {
  return (
    <ul className="jejak-waktu" data-testid="jejak-layanan">
      {jejak.map((j) => (
        <li key={j.id}>
          <time dateTime={j.waktu}>{formatWaktu(j.waktu)}</time>
          <strong>{j.label}</strong>
          <span className="sub">
            {j.namaPengguna ?? 'sistem'}
            {j.peran && LABEL_PERAN[j.peran] && !j.namaPengguna?.includes(LABEL_PERAN[j.peran]!) ? ` (${LABEL_PERAN[j.peran]})` : ''}
          </span>
          {j.alasan && <span className="alasan-jejak">Alasan: {j.alasan}</span>}
          {j.catatan && <span className="sub">{j.catatan}</span>}
        </li>
      ))}
    </ul>
  );
}

/** What a KGB request carries: TMT and the letter, once issued. */
export function RingkasKgb({ data }: { data: Record<string, unknown> }) {
  if (!data.tmt) return null;
  return (
    <p className="sub">
      TMT {formatTanggal(String(data.tmt))}
      {data.nomorSurat ? <>· surat nomor {String(data.nomorSurat)} ·</> : null}
      {typeof data.riwayatGajiId === 'number' && (
        <>
          <a href={tautanSuratKgb(data.riwayatGajiId)} target="_blank" rel="noreferrer">Surat KGB (PDF)</a>
          {' · '}
          <a href={tautanSuratKgb(data.riwayatGajiId, 'docx')}>DOCX</a>
        </>
      )}
    </p>
  );
}
