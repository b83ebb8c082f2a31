// Preloaded (`node --import`) into a process a test spawns while JAM_UJI is set (see jam-uji.ts):
// `Date` starts at JAM_UJI_INSTAN (the test's clock, in ms) and advances with real time.
const awal = Number(process.env.JAM_UJI_INSTAN);
if (Number.isFinite(awal)) {
  const Asli = Date;
  const selisih = awal - Asli.now();
  class DateUji extends Asli {
    constructor(...a) {
      if (a.length === 0) super(Asli.now() + selisih);
      else super(...a);
    }
    static now() {
      return Asli.now() + selisih;
    }
  }
  globalThis.Date = DateUji;
}
