import PDFDocument from 'pdfkit';
import { formatRupiah } from '../../domain/money.ts';

/**
 * Invoices and receipts as PDF, in Bahasa Indonesia, drawn with pdfkit's built-in Helvetica (no font
 * files to ship). Dates and rupiah the Indonesian way.
 */
const MONTHS_ID = ['Januari', 'Februari', 'Maret', 'April', 'Mei', 'Juni', 'Juli', 'Agustus', 'September', 'Oktober', 'November', 'Desember'];

export function formatDateId(date: string | Date): string {
  const iso = typeof date === 'string' ? date : new Date(date.getTime() + 7 * 3_600_000).toISOString();
  const [y, m, d] = iso.slice(0, 10).split('-').map(Number) as [number, number, number];
  return `${d} ${MONTHS_ID[m - 1]} ${y}`;
}

export function formatMonthId(month: string): string {
  const [y, m] = month.split('-').map(Number) as [number, number];
  return `${MONTHS_ID[m - 1]} ${y}`;
}

function render(draw: (doc: PDFKit.PDFDocument) => void, meta: { title: string }): Promise<Buffer> {
  const doc = new PDFDocument({ size: 'A4', margin: 50, info: { Title: meta.title, Author: 'Lingkaran — GN Lingkaran', Producer: 'Lingkaran' } });
  const chunks: Buffer[] = [];
  doc.on('data', (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Buffer>((resolve, reject) => {
    doc.on('end', () => resolve(Buffer.concat(chunks)));
    doc.on('error', reject);
  });
  draw(doc);
  doc.end();
  return done;
}

function header(doc: PDFKit.PDFDocument, title: string, number: string) {
  doc.fillColor('#0b7a43').fontSize(20).font('Helvetica-Bold').text('Lingkaran', { continued: true }).fillColor('#555').fontSize(10).font('Helvetica').text('   GN Lingkaran — perlindungan BPJS Ketenagakerjaan bagi pekerja rentan');
  doc.moveDown(1.2);
  doc.fillColor('#111').fontSize(16).font('Helvetica-Bold').text(title);
  doc.fontSize(11).font('Helvetica').fillColor('#333').text(`Nomor: ${number}`);
  doc.moveDown(0.8);
}

function keyValues(doc: PDFKit.PDFDocument, rows: [string, string][]) {
  for (const [key, value] of rows) {
    const y = doc.y;
    doc.font('Helvetica').fillColor('#555').fontSize(10).text(key, 50, y, { width: 160 });
    doc.font('Helvetica').fillColor('#111').fontSize(10).text(value, 215, y, { width: 330 });
    doc.moveDown(0.3);
  }
  doc.moveDown(0.6);
}

export type InvoiceData = {
  number: string;
  issuedOn: string;
  dueOn: string;
  donorName: string;
  workers: number;
  months: number;
  startMonth: string;
  endMonth: string;
  programs: string[];
  lines: { program: string; monthly: bigint; perWorker: bigint }[];
  total: bigint;
  paymentInstructions: string[];
  status: string;
};

const PROGRAM_NAMES: Record<string, string> = { JKK: 'Jaminan Kecelakaan Kerja (JKK)', JKM: 'Jaminan Kematian (JKM)', JHT: 'Jaminan Hari Tua (JHT)' };

export function invoicePdf(data: InvoiceData): Promise<Buffer> {
  return render(
    (doc) => {
      header(doc, 'Tagihan Iuran', data.number);
      keyValues(doc, [
        ['Donatur', data.donorName],
        ['Tanggal tagihan', formatDateId(data.issuedOn)],
        ['Jatuh tempo', formatDateId(data.dueOn)],
        ['Masa perlindungan', `${formatMonthId(data.startMonth)} – ${formatMonthId(data.endMonth)} (${data.months} bulan)`],
        ['Jumlah pekerja', `${data.workers.toLocaleString('id-ID')} orang`],
        ['Status', data.status],
      ]);
      doc.font('Helvetica-Bold').fontSize(11).fillColor('#111').text('Rincian');
      doc.moveDown(0.4);
      for (const line of data.lines) {
        const y = doc.y;
        doc.font('Helvetica').fontSize(10).text(PROGRAM_NAMES[line.program] ?? line.program, 50, y, { width: 230 });
        doc.text(`${formatRupiah(line.monthly)} /bulan`, 285, y, { width: 110, align: 'right' });
        doc.text(formatRupiah(line.perWorker * BigInt(data.workers)), 400, y, { width: 145, align: 'right' });
        doc.moveDown(0.3);
      }
      doc.moveDown(0.3);
      doc.font('Helvetica-Bold').fontSize(12).text(`Jumlah tagihan: ${formatRupiah(data.total)}`, 50, doc.y, { align: 'right', width: 495 });
      doc.moveDown(1.2);
      doc.font('Helvetica-Bold').fontSize(11).text('Cara membayar');
      doc.font('Helvetica').fontSize(10);
      for (const line of data.paymentInstructions) doc.text(`• ${line}`);
      doc.moveDown(1.2);
      doc.fillColor('#666').fontSize(8).text(
        'Iuran bukan penerima upah: JKK 1 % dan JHT 2 % dari penghasilan yang dilaporkan, JKM Rp 6.800 per bulan (PP 44/2015, PP 46/2015). ' +
          'Bulan-pekerja yang sudah dibayar pihak lain tidak ditagih dua kali: dananya tetap di dana donatur.',
      );
    },
    { title: `Tagihan ${data.number}` },
  );
}

export type ReceiptData = { number: string; donorName: string; paidOn: Date; amount: bigint; method: string; reference: string; workersCovered: number; workerMonths: number; period: string };

export function receiptPdf(data: ReceiptData): Promise<Buffer> {
  return render(
    (doc) => {
      header(doc, 'Bukti Pembayaran', data.number);
      keyValues(doc, [
        ['Diterima dari', data.donorName],
        ['Tanggal bayar', formatDateId(data.paidOn)],
        ['Jumlah', formatRupiah(data.amount)],
        ['Cara bayar', data.method],
        ['Referensi', data.reference],
        ['Masa perlindungan', data.period],
        ['Pekerja terlindungi', `${data.workersCovered.toLocaleString('id-ID')} orang (${data.workerMonths.toLocaleString('id-ID')} bulan-pekerja)`],
      ]);
      doc.fillColor('#111').fontSize(10).text('Terima kasih. Iuran ini melindungi pekerja rentan dari risiko kecelakaan kerja dan kematian.');
    },
    { title: `Bukti pembayaran ${data.number}` },
  );
}
