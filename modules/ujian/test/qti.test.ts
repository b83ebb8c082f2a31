import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { bacaButirQti, bacaManifestQti, xmlAman, xmlButirQti, xmlManifestQti } from '../src/bank/qti.ts';

/** The pure QTI mapping of the question banks: an item written as QTI 3.0 reads back the same; QTI 2.1 reads too; what the module cannot hold is named. */
const butir = (x: Partial<Parameters<typeof xmlButirQti>[0]> = {}) => ({ identifier: 'butir-7', judul: 'TWK 7',
  teks: 'Pancasila & UUD 1945: "dasar" <negara> yang \'sah\'?\nPilih satu jawaban.', jenis: 'tunggal' as const,
  opsi: [{ teks: 'Benar <b>tebal</b> & jujur', benar: true, bobot: null }, { teks: 'Salah satu', benar: false, bobot: null }, { teks: 'Salah dua', benar: false, bobot: null }],
  pembahasan: 'Karena sila ke-1 & ke-2 berlaku; lihat "Pembukaan".', acakOpsi: true, gambar: null, ...x });

describe('QTI 3.0 item', () => {
  it('escapes the five special characters and leaves out what XML cannot hold', () => {
    expect(xmlAman('a & b < c > d " e \' f\u0001g')).toBe('a &amp; b &lt; c &gt; d &quot; e &apos; fg');
  });

  it('writes one answer with its correct response and the explanation as modal feedback, well-formed, and reads back the same', () => {
    const xml = xmlButirQti(butir());
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('xmlns="http://www.imsglobal.org/xsd/imsqtiasi_v3p0"');
    expect(xml).toContain('cardinality="single"');
    expect(xml).toContain('<qti-correct-response>\n      <qti-value>a</qti-value>\n    </qti-correct-response>');
    expect(xml).toContain('<qti-simple-choice identifier="a">Benar &lt;b&gt;tebal&lt;/b&gt; &amp; jujur</qti-simple-choice>');
    expect(xml).toContain('<qti-modal-feedback outcome-identifier="FEEDBACK" identifier="PEMBAHASAN" show-hide="show"');
    expect(xml).not.toContain('qti-mapping');
    const b = bacaButirQti(xml);
    expect(b).toEqual({
      butir: { identifier: 'butir-7', teks: butir().teks, jenis: 'tunggal', acakOpsi: true, gambar: [], pembahasan: butir().pembahasan,
        opsi: [{ teks: 'Benar <b>tebal</b> & jujur', benar: true, bobot: null }, { teks: 'Salah satu', benar: false, bobot: null }, { teks: 'Salah dua', benar: false,
          bobot: null }] },
    });
  });

  it('writes several answers as cardinality multiple, and TKP weights as the response mapping (score = the chosen weight)', () => {
    const ganda = xmlButirQti(
      butir({ jenis: 'ganda', acakOpsi: false,
        opsi: [{ teks: 'A', benar: true, bobot: null }, { teks: 'B', benar: true, bobot: null }, { teks: 'C', benar: false, bobot: null }] }),
    );
    expect(ganda).toContain('cardinality="multiple"');
    const g = bacaButirQti(ganda);
    expect('butir' in g && [g.butir.jenis, g.butir.acakOpsi, g.butir.opsi.map((o) => o.benar)]).toEqual(['ganda', false, [true, true, false]]);
    const tkp = xmlButirQti(butir({ pembahasan: '', opsi: [3, 5, 1, 2, 4].map((b, i) => ({ teks: `Sikap ${i}`, benar: false, bobot: b })) }));
    expect(tkp).toContain('<qti-mapping default-value="0">');
    expect(tkp).toContain('<qti-map-entry map-key="b" mapped-value="5"/>');
    expect(tkp).toContain('<qti-map-response identifier="RESPONSE"/>');
    expect(tkp).not.toContain('qti-correct-response');
    expect(tkp).not.toContain('qti-modal-feedback');
    const t = bacaButirQti(tkp);
    expect('butir' in t && t.butir.opsi.map((o) => o.bobot)).toEqual(['3', '5', '1', '2', '4']);
    expect('butir' in t && t.butir.pembahasan).toBe('');
  });

  it('references the image by its path in the package', () => {
    const xml = xmlButirQti(butir({ gambar: 'gambar/butir-7.png' }));
    expect(xml).toContain('<img src="gambar/butir-7.png" alt="Gambar soal"/>');
    const b = bacaButirQti(xml);
    expect('butir' in b && [b.butir.gambar, b.butir.teks]).toEqual([['gambar/butir-7.png'], butir().teks]);
  });
});

describe('QTI 2.1 item and refusals', () => {
  const item21 = (interaksi: string) =>
    `<?xml version="1.0" encoding="UTF-8"?>
<assessmentItem xmlns="http://www.imsglobal.org/xsd/imsqti_v2p1" identifier="soal-pns-01" title="Etika" adaptive="false" timeDependent="false">
  <responseDeclaration identifier="RESPONSE" cardinality="single" baseType="identifier">
    <correctResponse><value>ChoiceB</value></correctResponse>
    <mapping defaultValue="0"><mapEntry mapKey="ChoiceA" mappedValue="2"/><mapEntry mapKey="ChoiceB" mappedValue="5"/></mapping>
  </responseDeclaration>
  <outcomeDeclaration identifier="SCORE" cardinality="single" baseType="float"/>
  <itemBody>
    <div><p>Rekan kerja meminta Anda   menandatangani daftar hadir &#8220;atas namanya&#8221;.</p></div>
    ${interaksi}
  </itemBody>
  <responseProcessing template="http://www.imsglobal.org/question/qti_v2p1/rptemplates/map_response"/>
  <modalFeedback outcomeIdentifier="FEEDBACK" identifier="F" showHide="show">Kejujuran lebih utama.</modalFeedback>
</assessmentItem>`;
  const pilihan = `<choiceInteraction responseIdentifier="RESPONSE" shuffle="false" maxChoices="1">
      <prompt>Apa yang Anda lakukan?</prompt>
      <simpleChoice identifier="ChoiceA">Menandatangani</simpleChoice>
      <simpleChoice identifier="ChoiceB">Menolak dengan sopan</simpleChoice>
    </choiceInteraction>`;

  it('reads a hand-written 2.1 choiceInteraction item: prompt, key, weights, feedback', () => {
    expect(bacaButirQti(item21(pilihan))).toEqual({
      butir: { identifier: 'soal-pns-01', teks: 'Rekan kerja meminta Anda menandatangani daftar hadir “atas namanya”.\nApa yang Anda lakukan?', jenis: 'tunggal', acakOpsi: false,
        gambar: [], pembahasan: 'Kejujuran lebih utama.', opsi: [{ teks: 'Menandatangani', benar: false, bobot: '2' }, { teks: 'Menolak dengan sopan', benar: true, bobot: '5' }] },
    });
  });

  it('refuses another interaction by name, malformed XML by line, and a DOCTYPE', () => {
    expect(bacaButirQti(item21('<textEntryInteraction responseIdentifier="RESPONSE" expectedLength="10"/>'))).toEqual({ identifier: 'soal-pns-01', salah: [
      'interaksi textEntryInteraction tidak didukung; bank soal hanya memuat pilihan ganda (choiceInteraction)',
    ] });
    expect(bacaButirQti(item21(`${pilihan}<orderInteraction responseIdentifier="URUT"/>`))).toEqual({ identifier: 'soal-pns-01', salah: [
      'interaksi orderInteraction tidak didukung; bank soal hanya memuat pilihan ganda (choiceInteraction)',
    ] });
    expect(bacaButirQti(item21(pilihan).replace('</itemBody>', ''))).toEqual({ salah: [expect.stringMatching(/^XML rusak pada baris \d+, kolom \d+$/)] });
    expect(bacaButirQti(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaa">]>${item21(pilihan).replace(/^<\?xml[^>]*>/, '')}`)).toEqual({ salah: [
      'XML memuat DOCTYPE/ENTITY; tidak diterima',
    ] });
    expect(bacaButirQti(item21(`<p><math xmlns="http://www.w3.org/1998/Math/MathML"><mi>x</mi></math></p>${pilihan}`))).toEqual({ identifier: 'soal-pns-01',
      salah: ['butir memuat rumus MathML; bank soal hanya memuat teks dan satu gambar'] });
    expect(bacaButirQti(item21(`<p><object data="a.mp3" type="audio/mpeg"/></p>${pilihan}`))).toEqual({ identifier: 'soal-pns-01',
      salah: ['butir memuat media audio/mpeg; bank soal hanya memuat gambar PNG atau JPEG'] });
    expect(bacaButirQti('<manifest/>')).toEqual({ salah: ['bukan butir QTI (elemen akar manifest, seharusnya assessmentItem atau qti-assessment-item)'] });
    expect(bacaButirQti(item21(pilihan).replace('cardinality="single"', 'cardinality="ordered"'))).toEqual({ identifier: 'soal-pns-01', salah: [
      'kardinalitas jawaban "ordered" tidak didukung; hanya single atau multiple',
    ] });
  });
});

describe('manifest', () => {
  it('lists every item with its category and files; the reader finds the items and their category', () => {
    const xml = xmlManifestQti('bank-soal-3', 'SKD & Latihan', [{ identifier: 'butir-1', href: 'butir-1.xml', kategori: 'TKP', namaKategori: 'Tes Karakteristik Pribadi',
      berkas: ['gambar/butir-1.png'] }, { identifier: 'butir-2', href: 'butir-2.xml', kategori: 'TWK', namaKategori: 'Tes Wawasan Kebangsaan', berkas: [] }]);
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<resource identifier="butir-1" type="imsqti_item_xmlv3p0" href="butir-1.xml">');
    expect(xml).toContain('<file href="gambar/butir-1.png"/>');
    expect(xml).toContain('<imsmd:string language="id">SKD &amp; Latihan</imsmd:string>');
    expect(bacaManifestQti(xml)).toEqual({
      butir: [{ identifier: 'butir-1', href: 'butir-1.xml', kategori: 'TKP' }, { identifier: 'butir-2', href: 'butir-2.xml', kategori: 'TWK' }],
    });
  });
});
