/**
 * A small seeded pseudo-random generator (sfc32 seeded through splitmix32), so that the demo
 * kabupaten is the same on every run. Math.random is never used by the generator.
 */
export interface Acak {
  /** Uniform in [0, 1). */
  angka(): number;
  /** Integer in [min, max], both inclusive. */
  bulat(min: number, max: number): number;
  /** True with probability p. */
  peluang(p: number): boolean;
  pilih<T>(daftar: readonly T[]): T;
  /** Picks from [value, weight] pairs. */
  pilihBobot<T>(daftar: readonly (readonly [T, number])[]): T;
  /** Shuffles a copy (Fisher-Yates). */
  acakUrutan<T>(daftar: readonly T[]): T[];
}

/** splitmix32 step: turns any 32-bit state into a well-mixed 32-bit value. */
function campur(x: number): number {
  x = (x + 0x9e3779b9) | 0;
  let z = x;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b);
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35);
  return (z ^ (z >>> 16)) >>> 0;
}

/** A number derived from a seed and any list of keys (strings or integers). */
export function turunkanBenih(benih: number, ...kunci: (string | number)[]): number {
  let h = campur(benih >>> 0);
  for (const k of kunci) {
    if (typeof k === 'number') h = campur(h ^ (k >>> 0));
    else for (let i = 0; i < k.length; i++) h = campur(h ^ k.charCodeAt(i));
  }
  return h;
}

/** An independent stream for the given seed and keys: `buatAcak(seed, 'pegawai', 17)`. */
export function buatAcak(benih: number, ...kunci: (string | number)[]): Acak {
  const s0 = turunkanBenih(benih, ...kunci);
  let a = s0;
  let b = campur(s0 ^ 0x632be59b);
  let c = campur(s0 ^ 0x85157af5);
  let d = 1;
  function berikut(): number {
    // sfc32
    a >>>= 0;
    b >>>= 0;
    c >>>= 0;
    d >>>= 0;
    const t = (a + b) | 0;
    a = b ^ (b >>> 9);
    b = (c + (c << 3)) | 0;
    c = (c << 21) | (c >>> 11);
    d = (d + 1) | 0;
    const hasil = (t + d) | 0;
    c = (c + hasil) | 0;
    return (hasil >>> 0) / 4294967296;
  }
  for (let i = 0; i < 12; i++) berikut();
  const acak: Acak = { angka: berikut, bulat: (min, max) => min + Math.floor(berikut() * (max - min + 1)), peluang: (p) => berikut() < p,
    pilih: (daftar) => daftar[Math.floor(berikut() * daftar.length)]!, pilihBobot(daftar) {
    let total = 0;
    for (const [, w] of daftar) total += w;
    let r = berikut() * total;
    for (const [v, w] of daftar) {
      r -= w;
      if (r < 0) return v;
    }
    return daftar[daftar.length - 1]![0];
  }, acakUrutan(daftar) {
    const salinan = [...daftar];
    for (let i = salinan.length - 1; i > 0; i--) {
      const j = Math.floor(berikut() * (i + 1));
      [salinan[i], salinan[j]] = [salinan[j]!, salinan[i]!];
    }
    return salinan;
  } };
  return acak;
}

/**
 * Splits `jumlah` into whole parts proportional to `bobot` (largest remainder), so that the
 * parts always add up exactly and the split is the same on every run.
 */
export function bagiProporsional(jumlah: number, bobot: readonly number[]): number[] {
  const total = bobot.reduce((a, b) => a + b, 0);
  const mentah = bobot.map((b) => (total > 0 ? (jumlah * b) / total : 0));
  const hasil = mentah.map(Math.floor);
  let sisa = jumlah - hasil.reduce((a, b) => a + b, 0);
  const urutan = mentah.map((m, i) => [m - Math.floor(m), i] as const).sort((x, y) => y[0] - x[0] || x[1] - y[1]);
  for (let k = 0; sisa > 0 && urutan.length > 0; k = (k + 1) % urutan.length, sisa--) hasil[urutan[k]![1]]! += 1;
  return hasil;
}
