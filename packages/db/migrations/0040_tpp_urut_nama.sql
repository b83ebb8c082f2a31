-- The TPP page's rows (GET /api/tpp/baris) come sorted by name, 25 at a time. Without an index in
-- that order the month's 7.000 rows were read, each with its adjustments summed (a subquery per
-- row), and sorted, to keep 25: about 60 ms on PGlite at 7.000 ASN. Read in name order, the first
-- page reads its 25 rows. (Scoped to one perangkat daerah, tpp_pegawai_opd already serves it.)
create index tpp_pegawai_nama on tpp_pegawai (instansi_id, bulan, nama, pegawai_id);
