-- The holders of a jabatan found by index (issue 10 item 21): the standar kompetensi and kelas
-- jabatan lists count each listed jabatan's active holders, which read every pegawai row of the
-- instansi per jabatan without it (40 ms for a page of 20 at 7.000 ASN; 1 ms with it).
create index pegawai_jabatan on pegawai (instansi_id, jabatan_id);
