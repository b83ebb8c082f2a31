import type { FastifyInstance } from 'fastify';
import { ATURAN_IP_ASN } from '@simasn/domain';
import {
  daftarHasilIndeks, daftarKekuranganIpAsn, hitungIpAsn, rencanaPelatihan, simpanHasilIpAsn, skemaAcuanIpAsn, skemaDaftarHasil,
  skemaDaftarKekurangan, skemaRencanaPelatihan, skemaSimpanHasilIpAsn,
} from '@simasn/indeks';
import { rute } from './definisi.ts';

/** The indices the agency is judged by: IP ASN (with its why and the training planner), frozen results. */
export function ruteIndeks(app: FastifyInstance) {
  rute(app, {
    method: 'GET', url: '/api/indeks/ip-asn/aturan', akses: 'indeks:baca', tag: 'indeks',
    ringkasan: 'Versi aturan IP ASN yang dikenal (id, dasar hukum, berlaku mulai, poin)',
    handler: async () => Object.values(ATURAN_IP_ASN).map((a) => ({ id: a.id, nama: a.nama, dasarHukum: a.dasarHukum, berlakuMulai: a.berlakuMulai, varian: !!a.varian })),
  });
  rute(app, {
    method: 'GET', url: '/api/indeks/ip-asn', akses: 'indeks:baca', tag: 'indeks', query: skemaAcuanIpAsn,
    ringkasan: 'IP ASN dihitung dari riwayat pada tanggal acuan: dimensi, kategori, per perangkat daerah, dan di mana poin hilang',
    handler: ({ ctx, query }) => hitungIpAsn(ctx, query),
  });
  rute(app, {
    method: 'GET', url: '/api/indeks/ip-asn/pegawai', akses: 'indeks:baca', tag: 'indeks', query: skemaDaftarKekurangan,
    ringkasan: 'Nilai IP ASN per pegawai dan kekurangannya (mengapa), disaring menurut kekurangan',
    handler: ({ ctx, query }) => daftarKekuranganIpAsn(ctx, query),
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/ip-asn/rencana-pelatihan', akses: 'indeks:kelola', tag: 'indeks', body: skemaRencanaPelatihan,
    ringkasan: 'Perencana pelatihan: dengan anggaran dan biaya per peserta, siapa dilatih apa agar IP ASN naik paling tinggi',
    handler: ({ ctx, body }) => rencanaPelatihan(ctx, body),
  });
  rute(app, {
    method: 'POST', url: '/api/indeks/ip-asn/simpan', akses: 'indeks:kelola', tag: 'indeks', body: skemaSimpanHasilIpAsn,
    ringkasan: 'Membekukan nilai IP ASN suatu periode beserta versi aturannya',
    handler: ({ ctx, body }) => simpanHasilIpAsn(ctx, body),
  });
  rute(app, {
    method: 'GET', url: '/api/indeks/hasil', akses: 'indeks:baca', tag: 'indeks', query: skemaDaftarHasil,
    ringkasan: 'Deret nilai indeks yang dibekukan, dengan versi aturannya',
    handler: ({ ctx, query }) => daftarHasilIndeks(ctx, query),
  });
}
