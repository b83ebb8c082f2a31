import type { Penduduk } from '@simasn/domain';

/**
 * The population-data adapter: what SIMASN asks the population registry (Dukcapil). Two
 * implementations: `AdapterKependudukanLokal` (table kependudukan_lokal: tests, the demo, an
 * installation without a data-sharing agreement) and `AdapterDukcapilHttp` (the Dukcapil web
 * service, used only when configured). `pilihAdapterKependudukan` picks one from the environment.
 */
export interface AdapterKependudukan {
  /** `lokal` or `dukcapil`: shown with every check so a reader knows where the answer came from. */
  readonly sumber: 'lokal' | 'dukcapil';
  /** The person with this NIK as the registry holds them, or null when the NIK is unknown. */
  cekNik(nik: string): Promise<Penduduk | null>;
  /** Everyone on the family card (kartu keluarga) of the person with this NIK; [] when unknown. */
  cekKeluarga(nik: string): Promise<Penduduk[]>;
}

/** The registry could not be asked (network, refusal): a 502 for the caller, nothing is changed. */
export class GalatKependudukan extends Error {
  constructor(pesan: string) {
    super(pesan);
    this.name = 'GalatKependudukan';
  }
}
