/** A list filter: a labelled select whose empty choice means "all". */
export function PilihSaring({ id, label, semua, nilai, ganti, pilihan }: {
  id: string;
  label: string;
  /** the text of the empty choice ("Semua golongan") */
  semua: string;
  nilai: string;
  ganti: (nilai: string) => void;
  pilihan: readonly (readonly [nilai: string, label: string])[];
}) {
  return (
    <div className="isian">
      <label htmlFor={id}>{label}</label>
      <select id={id} value={nilai} onChange={(e) => ganti(e.target.value)}>
        <option value="">{semua}</option>
        {pilihan.map(([k, v]) => (
          <option key={k} value={k}>
            {v}
          </option>
        ))}
      </select>
    </div>
  );
}
