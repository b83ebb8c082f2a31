/** An account's states and their labels (pure, exported by the contract on its own: the web's account list takes them without the schemas). */
export const STATUS_AKUN = ['aktif', 'nonaktif', 'ditahan', 'harus_ganti'] as const;
export const LABEL_STATUS_AKUN: Record<(typeof STATUS_AKUN)[number], string> = { aktif: 'Aktif', nonaktif: 'Nonaktif', ditahan: 'Ada percobaan masuk gagal',
  harus_ganti: 'Wajib ganti kata sandi' };
