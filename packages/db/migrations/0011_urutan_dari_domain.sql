-- The order of golongan and of pendidikan lives in @simasn/domain (GOLONGAN_PNS, GOLONGAN_PPPK,
-- KODE_PENDIDIKAN) and reaches SQL as query parameters (array_position over the domain's arrays):
-- the derived current state (kepegawaian riwayat/data-terkini.ts) and the IP ASN features
-- (indeks ip-asn/fitur-pegawai.ts). The copies written into 0001 go. The two CHECKs that used
-- simasn_urutan_golongan to refuse an unknown golongan (riwayat_pangkat, riwayat_gaji) go with it
-- (cascade): every write path validates golongan against the domain list before it reaches SQL.
drop function simasn_peringkat_pendidikan(text);
drop function simasn_urutan_golongan(text) cascade;
