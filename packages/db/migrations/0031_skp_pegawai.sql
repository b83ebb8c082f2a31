-- Issue 12 (Kinerja Saya under 100 ms at 100.000 ASN): an employee's SKP of a year, and the years
-- that have one, are read by pegawai on every "Kinerja Saya"; the only index by pegawai was the
-- partial one of first versions (skp_satu_seri), which those reads (every version) cannot use,
-- so they scanned the whole table (two SKP per ASN in the demo).
create index skp_pegawai on skp (instansi_id, pegawai_id, tahun);
