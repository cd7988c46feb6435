/** Base64 of bytes in a binary string (`btoa` exists in browsers and Node ≥ 16). */
const base64 = (binary: string): string => btoa(binary);

/**
 * A small, valid one-page PDF showing a title and a date: what the mock lender's documents
 * hold. Text is kept to printable ASCII (PDF string escapes for the rest are not needed).
 */
export function pdfBytes(title: string, date: string): string {
  const clean = (s: string): string =>
    s
      .normalize('NFKD')
      .replace(/[^\x20-\x7e]/g, '')
      .replace(/[\\()]/g, (c) => `\\${c}`);
  const content = `BT /F1 18 Tf 72 720 Td (${clean(title)}) Tj 0 -28 Td /F1 12 Tf (Harborview Bank - ${clean(date)}) Tj ET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 612 792] /Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>',
    `<< /Length ${content.length} >>\nstream\n${content}\nendstream`,
  ];
  let out = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  out += offsets.map((o) => `${String(o).padStart(10, '0')} 00000 n \n`).join('');
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return out;
}

export function pdfBase64(title: string, date: string): string {
  return base64(pdfBytes(title, date));
}
