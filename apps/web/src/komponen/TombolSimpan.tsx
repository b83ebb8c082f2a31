/** A form's closing row: submit (showing "Menyimpan…" while it runs) and cancel, both off while saving. */
export function TombolSimpan({ teks = 'Simpan', mengirim, batal }: { teks?: string, mengirim: boolean, batal: () => void }) {
  return (
    <div className="baris-tombol">
      <button type="submit" className="tombol utama" disabled={mengirim}>
        {mengirim ? 'Menyimpan…' : teks}
      </button>
      <button type="button" className="tombol sekunder" onClick={() => batal()} disabled={mengirim}>
        Batal
      </button>
    </div>
  );
}
