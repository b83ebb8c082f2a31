// Kompetensi (issue 13 item 6, RULES.md section 11): the competency dictionary (the 9 of PermenPAN-RB
// 38/2017 and the instansi's technical ones), standar kompetensi per jabatan (data, XLSX import and
// export), assessment results per person (assessment centre with the report, verified by a second
// person; or a test through `catatHasilTes`), the gap and JPM per person and per unit, the
// development suggestion from a course catalogue the server wires.
export { bacaKamus, daftarKamus, simpanKompetensiTeknis, type EntriKamus } from './kamus/kamus.ts';
export { bacaStandar, daftarStandar, eksporStandar, imporStandar, simpanStandar, type LevelStandar } from './standar/standar.ts';
export { catatAsesmen, catatHasilTes, daftarAsesmen, eksporAsesmen, verifikasiAsesmen, type CatatAsesmen, type HasilTes } from './asesmen/asesmen.ts';
export { bacaLevelPegawai, type LevelTerakhir } from './asesmen/level-pegawai.ts';
export { ambilProfilKompetensi, aturanJpmInstansi, daftarJpm, eksporJpm, KATEGORI_BELUM_LENGKAP, KATEGORI_TANPA_STANDAR } from './jpm/jpm.ts';
export { KATALOG_TANPA_KURSUS, type KatalogKursus, type KursusPengembangan } from './jpm/katalog-kursus.ts';
