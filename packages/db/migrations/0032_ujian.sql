-- Uji kompetensi (CAT, issue 13 items 1-2, modules/ujian): question banks with versioned items
-- reviewed before they go live, tests drawing N items per category, attempts with the seed and the
-- drawn layout (susunan) saved, answers versioned per item, and cheating signals for the proctor.
create table bank_soal (
  instansi_id     bigint not null references instansi (instansi_id),
  id              bigint generated always as identity,
  nama            text not null,
  -- 'seleksi' (TWK/TIU/TKP shape) or a competency group of PermenPAN-RB 38/2017.
  kelompok        text not null check (kelompok in ('seleksi', 'manajerial', 'sosial_kultural', 'teknis')),
  kompetensi_kode text,
  dibuat_pada     timestamptz not null,
  primary key (instansi_id, id),
  unique (instansi_id, nama)
);

create table butir_soal (
  instansi_id  bigint not null,
  id           bigint generated always as identity,
  bank_id      bigint not null,
  -- TWK / TIU / TKP for a selection bank, else the competency code.
  kategori     text not null,
  status       text not null default 'draf' check (status in ('draf', 'ditinjau', 'aktif', 'nonaktif')),
  versi        integer not null default 1,
  dibuat_pada  timestamptz not null,
  diubah_pada  timestamptz not null,
  primary key (instansi_id, id),
  foreign key (instansi_id, bank_id) references bank_soal (instansi_id, id)
);
create index butir_soal_bank on butir_soal (instansi_id, bank_id, kategori, status);

-- Every version of an item, never changed once written: an attempt points at the version it drew.
create table versi_butir (
  instansi_id  bigint not null,
  butir_id     bigint not null,
  versi        integer not null,
  teks         text not null,
  jenis        text not null check (jenis in ('tunggal', 'ganda')),
  -- [{ "id": "a", "teks": "...", "benar": true, "bobot": 5 }]
  opsi         jsonb not null,
  pembahasan   text not null default '',
  gambar_id    bigint,
  acak_opsi    boolean not null default true,
  dibuat_oleh  bigint,
  dibuat_pada  timestamptz not null,
  primary key (instansi_id, butir_id, versi),
  foreign key (instansi_id, butir_id) references butir_soal (instansi_id, id)
);

create table tes_ujian (
  instansi_id    bigint not null references instansi (instansi_id),
  id             bigint generated always as identity,
  judul          text not null,
  -- [{ kode, nama, jumlahButir, penilaian, ambangBatas, bankId }]
  kategori       jsonb not null,
  menit          integer not null check (menit > 0),
  urutan_kategori text not null default 'blok' check (urutan_kategori in ('blok', 'campur')),
  dibuka_pada    timestamptz not null,
  ditutup_pada   timestamptz not null,
  -- who takes it: { "jenis": "semua" } | { "jenis": "unit", "ids": [..] } | { "jenis": "jabatan", "ids": [..] }
  sasaran        jsonb not null,
  jp             numeric(6, 2),
  jenis_diklat   integer,
  dibuat_pada    timestamptz not null,
  primary key (instansi_id, id),
  check (ditutup_pada > dibuka_pada)
);

create table percobaan_ujian (
  instansi_id   bigint not null,
  id            bigint generated always as identity,
  tes_id        bigint not null,
  pegawai_id    bigint not null,
  benih         text not null,
  versi_acak    integer not null,
  -- [{ "butirId", "versi", "kategori", "opsi": [ids in shown order] }]
  susunan       jsonb not null,
  mulai_pada    timestamptz not null,
  batas_pada    timestamptz not null,
  selesai_pada  timestamptz,
  status        text not null default 'berjalan' check (status in ('berjalan', 'selesai')),
  cara_selesai  text check (cara_selesai in ('peserta', 'waktu_habis')),
  nilai         jsonb,
  total         numeric(8, 2),
  lulus         boolean,
  perangkat     text[] not null default '{}',
  alamat_ip     text[] not null default '{}',
  primary key (instansi_id, id),
  unique (instansi_id, tes_id, pegawai_id),
  foreign key (instansi_id, tes_id) references tes_ujian (instansi_id, id),
  foreign key (instansi_id, pegawai_id) references pegawai (instansi_id, id)
);
-- One attempt at a time per person.
create unique index percobaan_ujian_satu_berjalan on percobaan_ujian (instansi_id, pegawai_id) where status = 'berjalan';
create index percobaan_ujian_batas on percobaan_ujian (batas_pada) where status = 'berjalan';

-- The answer to one item of an attempt (urutan: its place in the susunan). `nomor` is the client's
-- sequence for that item: a late resend with a lower number never overwrites a newer answer.
create table jawaban_ujian (
  instansi_id   bigint not null,
  percobaan_id  bigint not null,
  urutan        integer not null,
  pilihan       text[] not null,
  nomor         integer not null,
  disimpan_pada timestamptz not null,
  primary key (instansi_id, percobaan_id, urutan),
  foreign key (instansi_id, percobaan_id) references percobaan_ujian (instansi_id, id)
);

create table sinyal_ujian (
  instansi_id   bigint not null,
  id            bigint generated always as identity,
  percobaan_id  bigint not null,
  jenis         text not null check (jenis in ('halaman_tersembunyi', 'keluar_jendela', 'perangkat_lain', 'alamat_lain')),
  rincian       text not null default '',
  pada          timestamptz not null,
  primary key (instansi_id, id),
  foreign key (instansi_id, percobaan_id) references percobaan_ujian (instansi_id, id)
);
create index sinyal_ujian_percobaan on sinyal_ujian (instansi_id, percobaan_id);
