import type { ErrorCode } from './errors.ts';

export type Locale = 'id' | 'en';

/** Default human messages per error code; Bahasa Indonesia first. Clients key on the code. */
const MESSAGES: Record<ErrorCode, Record<Locale, string>> = {
  VALIDATION_FAILED: { id: 'Data yang dikirim tidak valid.', en: 'The submitted data is invalid.' },
  INVALID_JSON: { id: 'Isi permintaan bukan JSON yang sah.', en: 'The request body is not valid JSON.' },
  BAD_REQUEST: { id: 'Permintaan tidak dapat diproses.', en: 'The request cannot be processed.' },
  UNAUTHENTICATED: { id: 'Silakan masuk terlebih dahulu.', en: 'Please sign in first.' },
  INVALID_CREDENTIALS: { id: 'E-mail atau kata sandi salah.', en: 'Wrong e-mail or password.' },
  FORBIDDEN: { id: 'Anda tidak berhak melakukan ini.', en: 'You are not allowed to do this.' },
  CSRF_FAILED: {
    id: 'Permintaan ditolak karena token keamanan (CSRF) tidak ada atau tidak cocok. Muat ulang halaman.',
    en: 'Request refused: the security (CSRF) token is missing or wrong. Reload the page.',
  },
  NOT_FOUND: { id: 'Data tidak ditemukan.', en: 'Not found.' },
  ROUTE_NOT_FOUND: { id: 'Alamat API ini tidak ada.', en: 'This API address does not exist.' },
  METHOD_NOT_ALLOWED: { id: 'Metode HTTP ini tidak didukung di alamat ini.', en: 'This HTTP method is not supported here.' },
  CONFLICT: { id: 'Data bertentangan dengan data yang sudah ada.', en: 'This conflicts with existing data.' },
  EMAIL_TAKEN: { id: 'E-mail ini sudah dipakai pengguna lain.', en: 'This e-mail is already in use.' },
  NIK_ALREADY_REGISTERED: {
    id: 'NIK ini sudah terdaftar. Buka data pekerja yang ada alih-alih mendaftarkannya lagi.',
    en: 'This NIK is already registered. Open the existing worker instead of registering again.',
  },
  INSUFFICIENT_FUNDS: { id: 'Dana tidak mencukupi.', en: 'Insufficient funds.' },
  IDEMPOTENCY_KEY_REUSED: {
    id: 'Kunci Idempotency-Key ini sudah dipakai untuk permintaan yang berbeda.',
    en: 'This Idempotency-Key was already used for a different request.',
  },
  IDEMPOTENCY_IN_PROGRESS: {
    id: 'Permintaan dengan kunci ini masih diproses. Coba lagi sebentar lagi.',
    en: 'A request with this key is still being processed. Try again shortly.',
  },
  DONATION_NOT_PAYABLE: { id: 'Donasi ini tidak dapat dibayar atau dibatalkan lagi.', en: 'This donation can no longer be paid or cancelled.' },
  NO_ELIGIBLE_WORKERS: {
    id: 'Tidak ada cukup pekerja yang memenuhi syarat dan belum terlindungi di wilayah dan pekerjaan itu.',
    en: 'There are not enough eligible, unprotected workers in that region and occupation.',
  },
  WORKERS_NOT_ELIGIBLE: {
    id: 'Sebagian pekerja tidak dapat dilindungi (tidak ditemukan, sudah tidak aktif, atau di luar batas usia).',
    en: 'Some workers cannot be protected (not found, no longer active, or outside the age limits).',
  },
  PAYMENT_PROVIDER_UNAVAILABLE: {
    id: 'Layanan pembayaran sedang tidak dapat dihubungi. Donasi tersimpan; coba bayar lagi nanti.',
    en: 'The payment service cannot be reached. The donation is saved; try paying again later.',
  },
  WEBHOOK_SIGNATURE_INVALID: { id: 'Tanda tangan notifikasi tidak sah.', en: 'Invalid notification signature.' },
  SERVICE_UNAVAILABLE: { id: 'Layanan sementara tidak tersedia. Coba lagi.', en: 'Service temporarily unavailable. Try again.' },
  CLAIM_NOT_COVERED: {
    id: 'Pekerja tidak terlindungi pada tanggal kejadian, sehingga klaim tidak dapat diverifikasi. Lihat alasan pada status kepesertaan.',
    en: 'The worker was not covered on the event date, so the claim cannot be verified. See the reason in the coverage state.',
  },
  CLAIM_DOCUMENTS_MISSING: {
    id: 'Dokumen belum lengkap. Unggah dokumen yang masih kurang sebelum verifikasi.',
    en: 'Documents are incomplete. Upload the missing documents before verification.',
  },
  CLAIM_NO_RECIPIENT: {
    id: 'Belum ada penerima: tambahkan ahli waris (atau peserta sendiri untuk klaim JKK).',
    en: 'No recipient yet: add the heirs (or the participant for a JKK claim).',
  },
  CLAIM_PAYOUT_ACCOUNT_MISSING: {
    id: 'Penerima belum memiliki rekening bank untuk pembayaran.',
    en: 'A recipient has no bank account for the payout yet.',
  },
  CLAIM_MAKER_CANNOT_APPROVE: {
    id: 'Petugas yang membuat atau memverifikasi klaim tidak boleh menyetujuinya: persetujuan harus oleh petugas lain.',
    en: 'The officer who opened or verified a claim cannot approve it: another officer must approve.',
  },
  CLAIM_ALREADY_PAID: {
    id: 'Klaim ini sudah dibayar; pembayaran tidak dicatat dua kali.',
    en: 'This claim is already paid; a payout is never recorded twice.',
  },
  CLAIM_PAYOUT_HOLD: {
    id: 'Rekening penerima baru saja diganti: pembayaran ditahan 24 jam demi keamanan.',
    en: "The recipient's account was just changed: the payout is held for 24 hours for safety.",
  },
  CLAIM_DUPLICATE: {
    id: 'Sudah ada klaim kematian untuk pekerja ini. Lanjutkan klaim itu, atau tolak dulu bila keliru.',
    en: 'There is already a death claim for this worker. Continue that claim, or reject it first if it was a mistake.',
  },
  CLAIM_WORKER_NOT_FOUND: {
    id: 'Peserta dengan NIK dan tanggal lahir itu tidak ditemukan. Periksa kembali, atau datang ke kantor cabang.',
    en: 'No participant with that NIK and birth date. Check again, or visit a branch office.',
  },
  REAUTH_FAILED: {
    id: 'Kata sandi salah. Mengganti rekening pembayaran memerlukan kata sandi Anda.',
    en: 'Wrong password. Changing a payout account needs your password.',
  },
  CARD_NOT_COVERED: {
    id: 'Kartu belum bisa dicetak: pekerja ini tidak sedang terlindungi (belum ada iuran yang dibayar untuk bulan ini).',
    en: 'No card can be printed: this worker is not currently protected (no contribution paid for this month).',
  },
  CARD_BATCH_EMPTY: {
    id: 'Tidak ada pekerja terlindungi dalam pilihan ini: tidak ada kartu yang bisa dicetak.',
    en: 'No protected workers in this selection: there are no cards to print.',
  },
  CARD_BATCH_NOT_READY: {
    id: 'Berkas kartu belum selesai dibuat; tunggu sampai kemajuan mencapai 100 %.',
    en: 'The card file is not ready yet; wait until progress reaches 100 %.',
  },
  CARD_NOT_IN_EVENT: {
    id: 'Kartu ini tidak termasuk dalam daftar penyerahan acara ini.',
    en: 'This card is not on this event\'s handover list.',
  },
  CARD_NOT_VALID: {
    id: 'Kartu ini tidak sah untuk diserahkan (dicabut, kedaluwarsa, atau QR tidak terbaca).',
    en: 'This card cannot be handed over (revoked, expired, or the QR cannot be read).',
  },
  SELF_PAY_CODE_INVALID: {
    id: 'Kode bayar tidak sah: periksa lagi, mungkin ada angka yang salah ketik (contoh: LM1234567890).',
    en: 'Invalid payment code: check it again, a digit may be mistyped (example: LM1234567890).',
  },
  SELF_PAY_CODE_UNKNOWN: {
    id: 'Kode bayar ini tidak dikenal. Kode dikirim lewat SMS/WhatsApp atau bisa diminta di kantor cabang.',
    en: 'This payment code is unknown. Codes are sent by SMS/WhatsApp or can be requested at a branch office.',
  },
  RUN_IN_PROGRESS: { id: 'Proses bulanan untuk bulan ini sedang berjalan.', en: 'The monthly run for this month is already running.' },
  INVALID_STATE: { id: 'Tindakan ini tidak bisa dilakukan pada status data sekarang.', en: 'This action is not possible in the current state.' },
  IMPORT_NOT_READY: {
    id: 'Impor ini belum selesai diperiksa atau sudah diproses.',
    en: 'This import has not finished checking or was already processed.',
  },
  IMPORT_HAS_ERRORS: {
    id: 'Ada baris yang salah: pilih "simpan baris yang benar saja" atau perbaiki berkasnya dulu.',
    en: 'Some rows are wrong: choose "keep the valid rows only" or fix the file first.',
  },
  FILE_REQUIRED: { id: 'Pilih berkas CSV atau Excel (.xlsx) untuk diunggah.', en: 'Choose a CSV or Excel (.xlsx) file to upload.' },
  FILE_TYPE_UNSUPPORTED: {
    id: 'Jenis berkas tidak didukung: unggah CSV (teks UTF-8) atau Excel .xlsx.',
    en: 'Unsupported file type: upload a CSV (UTF-8 text) or an Excel .xlsx file.',
  },
  FILE_NOT_TEXT: {
    id: 'Berkas CSV harus teks UTF-8 (tanpa karakter NUL). Simpan ulang sebagai "CSV UTF-8".',
    en: 'A CSV file must be UTF-8 text (no NUL characters). Save it again as "CSV UTF-8".',
  },
  FILE_EMPTY: { id: 'Berkas tidak berisi baris data.', en: 'The file has no data rows.' },
  FILE_COLUMNS_MISSING: {
    id: 'Kolom wajib tidak ditemukan di baris judul. Pakai templat yang disediakan.',
    en: 'Required columns are missing from the header row. Use the template provided.',
  },
  FILE_TOO_MANY_ROWS: { id: 'Berkas berisi terlalu banyak baris.', en: 'The file has too many rows.' },
  FILE_ZIP_BOMB: {
    id: 'Berkas Excel ditolak: isinya terlalu besar bila dibuka (kemungkinan berkas berbahaya).',
    en: 'Excel file refused: it would expand too much when opened (possibly malicious).',
  },
  FILE_UNREADABLE: { id: 'Berkas tidak dapat dibaca.', en: 'The file cannot be read.' },
  PAYLOAD_TOO_LARGE: { id: 'Isi permintaan terlalu besar.', en: 'The request body is too large.' },
  UNSUPPORTED_MEDIA_TYPE: { id: 'Jenis isi (Content-Type) tidak didukung.', en: 'Unsupported Content-Type.' },
  TOO_MANY_ATTEMPTS: {
    id: 'Terlalu banyak percobaan masuk yang gagal. Coba lagi nanti.',
    en: 'Too many failed sign-in attempts. Try again later.',
  },
  RATE_LIMITED: { id: 'Terlalu banyak permintaan. Coba lagi nanti.', en: 'Too many requests. Try again later.' },
  INTERNAL: {
    id: 'Terjadi kesalahan di server. Sebutkan nomor permintaan ini bila menghubungi petugas.',
    en: 'Something went wrong on the server. Quote this request id when you contact support.',
  },
  NOT_READY: { id: 'Layanan belum siap.', en: 'The service is not ready.' },
};

export function messageFor(code: ErrorCode, locale: Locale): string {
  return MESSAGES[code][locale];
}

/** The caller's language: the signed-in user's choice, else Accept-Language, else Bahasa Indonesia. */
export function localeFromHeader(acceptLanguage: string | undefined): Locale {
  if (!acceptLanguage) return 'id';
  const first = acceptLanguage.split(',')[0]?.trim().toLowerCase() ?? '';
  return first.startsWith('en') ? 'en' : 'id';
}
