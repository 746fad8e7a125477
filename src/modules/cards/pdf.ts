import PDFDocument from 'pdfkit';
import QRCode from 'qrcode';
import { formatKpj } from '../../domain/kpj.ts';
import { formatDateId } from '../documents/pdf.ts';

/**
 * Membership cards as PDF: one CR80 card per page (85.60 × 53.98 mm, for card printers) or A4 sheets
 * of ten (2 × 5, cut along the outlines). The QR is drawn as vector rectangles (no bitmap: sharp at any
 * printer resolution and ~10× faster than a PNG). pdfkit's built-in Helvetica: no fonts to ship.
 */
const MM = 72 / 25.4;
export const CR80 = { width: 85.6 * MM, height: 53.98 * MM };
const A4 = { width: 595.28, height: 841.89 };
const A4_GAP = { x: 6 * MM, y: 3 * MM };
const A4_COLUMNS = 2;
const A4_ROWS = 5;
export const CARDS_PER_SHEET = A4_COLUMNS * A4_ROWS;
const GREEN = '#0b7a43';

export type CardFace = {
  name: string;
  kpj: string;
  maskedNik: string;
  programs: string[];
  protectedUntil: string;
  issuedOn: string;
  cardNo: number;
  sponsorName: string | null;
  payload: string;
};

export type CardLayout = 'a4' | 'cr80';

const PROGRAM_LABELS: Record<string, string> = { JKK: 'JKK (kecelakaan kerja)', JKM: 'JKM (kematian)', JHT: 'JHT' };

/** Dark modules of the QR as rectangles, horizontal runs merged. */
function drawQr(doc: PDFKit.PDFDocument, payload: string, x: number, y: number, size: number) {
  const qr = QRCode.create(payload, { errorCorrectionLevel: 'M' });
  const n = qr.modules.size;
  const quiet = 2;
  const cell = size / (n + 2 * quiet);
  doc.rect(x, y, size, size).fill('#ffffff');
  for (let row = 0; row < n; row++) {
    let start = -1;
    for (let col = 0; col <= n; col++) {
      const isDark = col < n && qr.modules.get(row, col) === 1;
      if (isDark && start < 0) start = col;
      if (!isDark && start >= 0) {
        doc.rect(x + (quiet + start) * cell, y + (quiet + row) * cell, (col - start) * cell, cell);
        start = -1;
      }
    }
  }
  doc.fill('#000000');
}

function drawCard(doc: PDFKit.PDFDocument, card: CardFace, x: number, y: number, isOutlined: boolean) {
  const { width: w, height: h } = CR80;
  doc.save();
  if (isOutlined) doc.roundedRect(x, y, w, h, 3 * MM).lineWidth(0.4).stroke('#9aa5a0');
  // Header band.
  doc.rect(x, y, w, 24).fill(GREEN);
  doc.fillColor('#ffffff').font('Helvetica-Bold').fontSize(9).text('Lingkaran', x + 9, y + 5, { lineBreak: false });
  doc.font('Helvetica').fontSize(5.5).text('GN Lingkaran · BPJS Ketenagakerjaan', x + 9, y + 15, { lineBreak: false });
  doc.font('Helvetica-Bold').fontSize(6).text('KARTU PESERTA', x + w - 80, y + 6, { width: 72, align: 'right', lineBreak: false });
  doc.font('Helvetica').fontSize(5.5).text('Bukan Penerima Upah', x + w - 80, y + 15, { width: 72, align: 'right', lineBreak: false });

  // Facts on the left, QR on the right.
  const qrSize = 78;
  const left = x + 9;
  const textWidth = w - qrSize - 24;
  let cy = y + 29;
  doc.fillColor('#111111').font('Helvetica-Bold').fontSize(8).text(card.name, left, cy, { width: textWidth, height: 22, ellipsis: true, lineGap: -0.5 });
  cy = doc.y + 1;
  doc.fillColor('#555555').font('Helvetica').fontSize(5).text('NOMOR KPJ', left, cy, { lineBreak: false });
  doc.fillColor('#111111').font('Courier-Bold').fontSize(9.5).text(formatKpj(card.kpj), left, cy + 6, { lineBreak: false });
  cy += 18;
  doc.fillColor('#555555').font('Helvetica').fontSize(5).text('NIK', left, cy, { lineBreak: false });
  doc.fillColor('#111111').font('Courier').fontSize(7).text(card.maskedNik, left, cy + 6, { lineBreak: false });
  cy += 16;
  doc.fillColor('#555555').font('Helvetica').fontSize(5).text('PROGRAM', left, cy, { lineBreak: false });
  doc.fillColor('#111111').font('Helvetica').fontSize(6.5).text(card.programs.map((p) => PROGRAM_LABELS[p] ?? p).join(' · '), left, cy + 6, { width: textWidth, lineBreak: false });
  cy += 15;
  doc.fillColor('#555555').font('Helvetica').fontSize(5).text('TERLINDUNGI SAMPAI', left, cy, { lineBreak: false });
  doc.fillColor(GREEN).font('Helvetica-Bold').fontSize(7.5).text(formatDateId(card.protectedUntil), left, cy + 6, { lineBreak: false });
  drawQr(doc, card.payload, x + w - qrSize - 6, y + 27, qrSize);
  if (card.sponsorName) {
    doc.fillColor('#333333').font('Helvetica-Oblique').fontSize(5.5).text(`Iuran dibayar oleh ${card.sponsorName}`, x + w - qrSize - 6, y + 27 + qrSize, { width: qrSize, align: 'center', height: 14, ellipsis: true });
  }

  // What to do after an accident.
  doc.rect(x, y + h - 17, w, 17).fill('#e8f3ec');
  doc.fillColor('#0b4d2b').font('Helvetica-Bold').fontSize(5.2).text('Kecelakaan kerja? Segera ke RS/klinik PLKK terdekat, tunjukkan kartu ini. Layanan 175.', x + 9, y + h - 14.5, { lineBreak: false });
  doc.fillColor('#555555').font('Helvetica').fontSize(4.5).text(`Kartu ke-${card.cardNo} · terbit ${formatDateId(card.issuedOn)} · cek keaslian: pindai QR`, x + 9, y + h - 7, { lineBreak: false });
  doc.restore();
}

/**
 * Streams cards into a PDF document. `add` draws one card (a new page or the next slot of the sheet);
 * `end` returns the bytes. Batches add cards as they are issued, so memory holds only the output.
 */
export function cardDocument(layout: CardLayout, title: string) {
  const doc = new PDFDocument({
    size: layout === 'a4' ? 'A4' : [CR80.width, CR80.height],
    margin: 0,
    autoFirstPage: false,
    info: { Title: title, Author: 'Lingkaran — GN Lingkaran', Producer: 'Lingkaran' },
  });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const ended = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  let count = 0;
  const marginX = (A4.width - A4_COLUMNS * CR80.width - (A4_COLUMNS - 1) * A4_GAP.x) / 2;
  const marginY = (A4.height - A4_ROWS * CR80.height - (A4_ROWS - 1) * A4_GAP.y) / 2;
  return {
    add(card: CardFace) {
      if (layout === 'cr80') {
        doc.addPage();
        drawCard(doc, card, 0, 0, false);
      } else {
        const slot = count % CARDS_PER_SHEET;
        if (slot === 0) doc.addPage();
        const col = slot % A4_COLUMNS;
        const row = Math.floor(slot / A4_COLUMNS);
        drawCard(doc, card, marginX + col * (CR80.width + A4_GAP.x), marginY + row * (CR80.height + A4_GAP.y), true);
      }
      count++;
    },
    end(): Promise<Buffer> {
      if (count === 0) doc.addPage();
      doc.end();
      return ended;
    },
  };
}

export async function cardsPdf(layout: CardLayout, title: string, cards: readonly CardFace[]): Promise<Buffer> {
  const document = cardDocument(layout, title);
  for (const card of cards) document.add(card);
  return document.end();
}
