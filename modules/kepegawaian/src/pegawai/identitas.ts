import { parseNip } from '@simasn/domain';
import type { MasalahIsian } from '@simasn/platform';
import type { Identitas } from './identitas.types.ts';

export * from './identitas.types.ts';

/**
 * The NIP encodes the birth date, sex and TMT CPNS month (RULES.md section 1): a record that
 * disagrees with its own NIP is refused, naming the field.
 */
export function periksaSesuaiNip(nip: string, d: Pick<Identitas, 'tanggalLahir' | 'jenisKelamin' | 'statusKepegawaian' | 'tmtCpns'>): MasalahIsian[] {
  const h = parseNip(nip);
  if (!h.ok) return [{ kolom: 'nip', pesan: h.alasan, nilai: nip }];
  const m: MasalahIsian[] = [];
  const n = h.nilai;
  if (n.tanggalLahir !== d.tanggalLahir) m.push({ kolom: 'tanggal_lahir', pesan: `tidak sesuai NIP (NIP menyebut ${n.tanggalLahir})`, nilai: d.tanggalLahir });
  if (n.jenisKelamin !== d.jenisKelamin) m.push({ kolom: 'jenis_kelamin', pesan: `tidak sesuai NIP (NIP menyebut ${n.jenisKelamin})`, nilai: d.jenisKelamin });
  if ((n.jenis === 'PPPK') !== (d.statusKepegawaian === 'PPPK')) {
    m.push({ kolom: 'status_kepegawaian', pesan: `NIP ini berformat ${n.jenis}`, nilai: d.statusKepegawaian });
  }
  if (n.jenis === 'PNS' && d.tmtCpns && d.tmtCpns.slice(0, 7) !== n.tmtTeks) {
    m.push({ kolom: 'tmt_cpns', pesan: `bulan TMT CPNS tidak sesuai NIP (NIP menyebut ${n.tmtTeks})`, nilai: d.tmtCpns });
  }
  return m;
}
