/** The states of a row of the KGB list (pure, exported by the contract on its own: the web's filter takes them without the schemas). */
export const STATUS_KGB = ['jatuh_tempo', 'terhambat', 'diusulkan', 'terbit'] as const;
