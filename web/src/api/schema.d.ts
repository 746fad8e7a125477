// Generated from the OpenAPI document by `npm run api:generate`. Do not edit by hand.
export interface paths {
    "/api/health": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proses hidup (liveness) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ok";
                            /** @enum {string} */
                            database: "embedded" | "postgres";
                            version: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ready": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Siap melayani: database terjangkau dan migrasi lengkap */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "ready" | "not_ready";
                            /** @enum {string} */
                            database: "up" | "down";
                            pendingMigrations: string[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/login": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Masuk dengan e-mail dan kata sandi */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        email: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["Me"];
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/logout": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Keluar: sesi diakhiri */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Sesi diakhiri */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/auth/me": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pengguna yang sedang masuk */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["Me"];
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah preferensi sendiri (bahasa) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        locale: "id" | "en";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["Me"];
                            csrfToken: string;
                        };
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar pengguna */
        get: {
            parameters: {
                query?: {
                    q?: string;
                    role?: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["UserSummary"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Buat pengguna */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        fullName: string;
                        /** @enum {string} */
                        role: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
                        password: string;
                        regionScopes?: string[];
                        /** Format: uuid */
                        donorOrgId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["UserSummary"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/disable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Nonaktifkan pengguna (semua sesinya berakhir) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["UserSummary"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/users/{id}/enable": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Aktifkan kembali pengguna */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            user: components["schemas"]["UserSummary"];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donor-orgs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Organisasi donatur dengan saldo dana dan jumlah donasi */
        get: {
            parameters: {
                query?: {
                    q?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["DonorOrg"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Daftarkan organisasi donatur */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        type: "SWASTA" | "BUMN" | "BUMD" | "INSTANSI" | "LEMBAGA_ZAKAT" | "PEMDA" | "PERORANGAN";
                        legalName: string;
                        displayName: string;
                        regionCode?: string;
                        /** Format: email */
                        contactEmail?: string;
                        npwp?: string;
                        /** @default false */
                        isPublicNameConsented?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DonorOrg"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donor-orgs/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu organisasi donatur */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DonorOrg"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Ubah kontak dan persetujuan nama tampil di publik (papan peringkat, kartu) */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        displayName?: string;
                        /** Format: email */
                        contactEmail?: string;
                        isPublicNameConsented?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["DonorOrg"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/donor-orgs/{id}/users": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Buat akun pengguna untuk organisasi donatur */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: email */
                        email: string;
                        fullName: string;
                        password: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["UserSummary"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donor-orgs/{id}/statement": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Mutasi dana donatur: uang masuk (pembayaran), keluar (alokasi, pengembalian), dan saldonya */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: string;
                            items: {
                                at: string;
                                kind: string;
                                donationId: string | null;
                                donationNumber: string | null;
                                moneyIn: string;
                                moneyOut: string;
                                balance: string;
                                memo: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donor-orgs/register-individual": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Perorangan mendaftar sebagai donatur (lalu masuk dan berdonasi) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        /** Format: email */
                        email: string;
                        password: string;
                        /** @default false */
                        isPublicNameConsented?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            donorOrgId: string;
                            userId: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Anak wilayah dari parent, atau cari wilayah dengan q */
        get: {
            parameters: {
                query?: {
                    /** @description Kode induk; tanpa parent dan q: daftar provinsi */
                    parent?: string;
                    /** @description Cari nama wilayah (tanpa membedakan huruf besar/kecil) */
                    q?: string;
                    /** @description Batasi pencarian ke satu tingkat: 1 provinsi … 4 desa/kelurahan */
                    level?: "1" | "2" | "3" | "4";
                    /** @description Paling banyak hasil pencarian (1–100, bawaan 20) */
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Region"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu wilayah dengan wilayah induknya (provinsi lebih dulu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            region: components["schemas"]["Region"];
                            ancestors: components["schemas"]["Region"][];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/home": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Angka ringkas untuk beranda, sesuai peran dan wilayah kerja */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Home"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/quotes": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hitung iuran: per pekerja per bulan, dan untuk N pekerja × M bulan (atau berapa pekerja untuk sebuah anggaran) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["QuoteRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Quote"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/benefits/simulate": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Simulasi manfaat JKM dan JKK, rinci per komponen dengan dasar hitung dan regulasinya */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["BenefitRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["BenefitSimulation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/nik/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Periksa struktur NIK: wilayah, tanggal lahir, jenis kelamin, nomor urut (NIK tidak dicatat di log) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["NikCheckRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["NikCheck"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/rules": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buku aturan: tarif, diskon, manfaat, tabel cacat, hari libur dan pengaturan — masing-masing dengan regulasi dan tanggalnya */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["RuleBook"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cari pekerja di wilayah kerja sendiri (halaman dengan kursor) */
        get: {
            parameters: {
                query?: {
                    region?: string;
                    occupation?: string;
                    status?: "registered" | "verified" | "inactive" | "deceased" | "merged";
                    dtks?: "true" | "false";
                    p3keMaxDecile?: string;
                    /** @description Bagian nama */
                    q?: string;
                    kpj?: string;
                    /** @description none, active, expiring (berakhir ≤30 hari), arrears, ended, self (mandiri) */
                    coverage?: "none" | "active" | "expiring" | "arrears" | "ended" | "self";
                    sort?: "newest" | "oldest" | "name";
                    cursor?: string;
                    limit?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["Worker"][];
                            nextCursor: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        /** Daftarkan satu pekerja rentan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkerRegistrationInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            worker: components["schemas"]["Worker"];
                            warnings: {
                                code: string;
                                field?: string;
                                message: string;
                            }[];
                            probableDuplicates: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unduh daftar pekerja (disamarkan) sebagai CSV atau XLSX; setiap unduhan dicatat */
        get: {
            parameters: {
                query?: {
                    region?: string;
                    occupation?: string;
                    status?: "registered" | "verified" | "inactive" | "deceased" | "merged";
                    dtks?: "true" | "false";
                    p3keMaxDecile?: string;
                    /** @description Bagian nama */
                    q?: string;
                    kpj?: string;
                    /** @description none, active, expiring (berakhir ≤30 hari), arrears, ended, self (mandiri) */
                    coverage?: "none" | "active" | "expiring" | "arrears" | "ended" | "self";
                    sort?: "newest" | "oldest" | "name";
                    format?: "csv" | "xlsx";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/duplicates": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Antrean kemungkinan data ganda (nama, tanggal lahir, kabupaten sama; NIK berbeda) */
        get: {
            parameters: {
                query?: {
                    status?: "open" | "merged" | "distinct";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                status: "open" | "merged" | "distinct";
                                createdAt: string;
                                a: components["schemas"]["Worker"];
                                b: components["schemas"]["Worker"];
                                keptWorkerId: string | null;
                                note: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/duplicates/{id}/decision": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Gabungkan (satu data dipertahankan) atau tandai sebagai orang berbeda; tercatat di log audit */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        decision: "merge" | "distinct";
                        /** Format: uuid */
                        keepWorkerId?: string;
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cari satu pekerja dengan NIK (lewat indeks buta; NIK di badan permintaan, tidak pernah di URL) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nik: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Worker"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Data satu pekerja (NIK disamarkan) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Worker"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        /** Perbaiki data pekerja (bukan NIK); tercatat di log audit */
        patch: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["WorkerPatchInput"];
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Worker"];
                    };
                };
            };
        };
        trace?: never;
    };
    "/api/workers/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verifikasi pekerja (dokumen sudah diperiksa petugas) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Worker"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tampilkan NIK dan nomor HP lengkap, dengan alasan; setiap tampilan dicatat */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "VERIFICATION" | "CLAIM" | "DATA_CORRECTION" | "DATA_SUBJECT_REQUEST" | "OTHER";
                        note?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            nik: string;
                            phone: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/history": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Riwayat pendaftaran, verifikasi, perubahan dan tampilan data pribadi */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                at: string;
                                action: string;
                                actor: string | null;
                                reason: string | null;
                                changes: {
                                    field: string;
                                    before: unknown;
                                    after: unknown;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Impor saya (admin: semua), terbaru dulu */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: components["schemas"]["WorkerImport"][];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Unggah daftar pekerja (CSV atau XLSX, multipart "file"); pemeriksaan berjalan di latar belakang */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkerImport"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Templat CSV (judul kolom) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/imports/template.xlsx": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Templat Excel dengan petunjuk (kolom NIK dan HP berformat Teks) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status, kemajuan dan ringkasan sebuah impor */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkerImport"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/imports/{id}/issues": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Masalah per baris (kesalahan dan peringatan), berurutan menurut nomor baris */
        get: {
            parameters: {
                query?: {
                    severity?: "error" | "warning";
                    afterRow?: string;
                    limit?: string;
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                row: number;
                                /** @enum {string} */
                                severity: "error" | "warning";
                                column: string | null;
                                code: string;
                                message: string;
                            }[];
                            nextAfterRow: number | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/imports/{id}/issues.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Laporan masalah sebagai CSV (aman dibuka di Excel) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Simpan: semua baris yang benar (valid_only), atau tidak sama sekali bila ada baris salah (all_or_nothing) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "valid_only" | "all_or_nothing";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["WorkerImport"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/options": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cara bayar yang tersedia, aturan pemilihan kohort, rekening transfer */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            methods: string[];
                            cohortRule: {
                                id: string;
                                text: string;
                            };
                            bankAccount: string;
                            bankApprovalAbove: string;
                            firstMonth: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/cohort-availability": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Berapa pekerja yang memenuhi syarat dan belum terlindungi tersedia untuk sebuah kohort (jumlah saja) */
        get: {
            parameters: {
                query: {
                    regionCode: string;
                    /** @description kode dipisah koma */
                    occupations?: string;
                    programs?: string;
                    months: string;
                    startMonth: string;
                    want: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            available: number;
                            want: number;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Donasi (donatur: milik organisasinya; petugas dan admin: semua) */
        get: {
            parameters: {
                query?: {
                    status?: "awaiting_payment" | "paid" | "allocated" | "cancelled" | "expired" | "refunded";
                    donorOrgId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                                donorName: string;
                                status: string;
                                workerCount: number;
                                months: number;
                                startMonth: string;
                                total: string;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Buat donasi: penawaran harga menjadi tagihan (kirim Idempotency-Key) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": components["schemas"]["DonationRequestInput"];
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Sumbangan ke dana kesinambungan (minimal Rp 16.800): menanggung pekerja yang menunggak, menurut aturan prioritas yang diumumkan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        donorOrgId?: string;
                        amount: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/renew": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Perpanjang: pekerja yang sama, masa yang sama, mulai bulan sesudah donasi berakhir — tagihan baru dalam satu langkah */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu donasi dengan pembayaran dan alokasinya */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/cancel": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Batalkan donasi yang belum dibayar */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": components["schemas"]["Donation"];
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Mulai pembayaran: arahkan ke gateway, atau dapatkan kode referensi transfer bank */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        method: "simulator" | "midtrans" | "xendit" | "bank_transfer";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            paymentId: string;
                            orderId: string;
                            redirectUrl: string | null;
                            referenceCode: string | null;
                            bankAccount: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/workers": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pekerja yang dilindungi donasi ini (NIK disamarkan) dan bulan yang dibayar */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                maskedNik: string;
                                fullName: string;
                                regency: string | null;
                                occupation: string;
                                occupationName: string;
                                coveredMonths: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/invoice.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Tagihan (PDF, Bahasa Indonesia) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donations/{id}/receipt.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Bukti pembayaran (PDF) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/webhooks/{provider}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Notifikasi gateway (Midtrans, Xendit, simulator): diverifikasi, disimpan sekali, diproses di latar belakang */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    provider: "midtrans" | "xendit" | "simulator";
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pembayaran menurut status (antrean konfirmasi transfer bank, pembayaran yang macet) */
        get: {
            parameters: {
                query?: {
                    status?: "pending" | "awaiting_approval" | "settled" | "failed" | "expired" | "cancelled" | "refunded" | "chargeback";
                    method?: "simulator" | "midtrans" | "xendit" | "bank_transfer";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                donationId: string;
                                donationNumber: string;
                                donorName: string;
                                method: string;
                                orderId: string;
                                referenceCode: string | null;
                                amount: string;
                                status: string;
                                confirmedBy: string | null;
                                createdAt: string;
                                needsApproval: boolean;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tanyakan status pembayaran ke gateway sekarang */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            outcome: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/confirm-transfer": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Petugas mengonfirmasi transfer bank dengan bukti (multipart "proof": PDF/JPG/PNG ≤ 5 MB); di atas batas perlu persetujuan petugas kedua */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                            needsApproval: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Petugas kedua menyetujui transfer bank besar (tidak boleh petugas yang sama) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            status: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/exceptions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Pengecualian pembayaran: jumlah tidak cocok, order tidak dikenal, notifikasi palsu, pengembalian sesudah alokasi */
        get: {
            parameters: {
                query?: {
                    isResolved?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kind: string;
                                provider: string | null;
                                orderId: string | null;
                                paymentId: string | null;
                                details: unknown;
                                createdAt: string;
                                resolvedAt: string | null;
                                resolution: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/payments/exceptions/{id}/resolve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tandai pengecualian selesai, dengan keterangan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        resolution: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                204: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Periksa semua invarian buku besar (I1–I7, I10) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            isHealthy: boolean;
                            invariants: {
                                id: string;
                                description: string;
                                violations: number;
                                sample: string[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/ledger/accounts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Akun buku besar dan saldonya */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string;
                                kind: string;
                                debits: string;
                                credits: string;
                                balance: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/summary": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Jumlah pekerja per status perlindungan (JKM), akan berakhir 30 hari, mandiri, dana kesinambungan — dalam wilayah Anda */
        get: {
            parameters: {
                query?: {
                    region?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            total: number;
                            states: {
                                NONE: number;
                                NOT_STARTED: number;
                                ACTIVE: number;
                                ARREARS: number;
                                ENDED: number;
                            };
                            expiring30: number;
                            selfPaying: number;
                            pooled: number;
                            statesAsOf: string | null;
                            continuity: {
                                month: string;
                                sponsorshipEnded: number;
                                stayedCovered: number;
                                bySource: {
                                    donation: number;
                                    pool: number;
                                    self: number;
                                };
                                share: number | null;
                            }[];
                            lastRun: {
                                id: string;
                                month: string;
                                asOf: string;
                                /** @enum {string} */
                                status: "running" | "done";
                                regionsDone: number;
                                regionsTotal: number;
                                startedAt: string;
                                finishedAt: string | null;
                                summary: unknown | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/regions": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status perlindungan per wilayah bawahan (provinsi → kabupaten/kota → kecamatan → desa) */
        get: {
            parameters: {
                query?: {
                    parent?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                code: string;
                                name: string | null;
                                total: number;
                                active: number;
                                arrears: number;
                                ended: number;
                                expiring: number;
                                selfPaying: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/forecasts": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Perkiraan pekerja yang perlindungannya habis dalam 30/60/90 hari, per kabupaten/kota (dari proses bulanan terakhir) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            run: {
                                id: string;
                                month: string;
                                asOf: string;
                                /** @enum {string} */
                                status: "running" | "done";
                                regionsDone: number;
                                regionsTotal: number;
                                startedAt: string;
                                finishedAt: string | null;
                                summary: unknown | null;
                            } | null;
                            items: {
                                regencyCode: string;
                                regency: string | null;
                                d30: number;
                                d60: number;
                                d90: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/runs": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Proses bulanan: yang sedang berjalan (dengan kemajuan) dan yang selesai */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                month: string;
                                asOf: string;
                                /** @enum {string} */
                                status: "running" | "done";
                                regionsDone: number;
                                regionsTotal: number;
                                startedAt: string;
                                finishedAt: string | null;
                                summary: unknown | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Jalankan proses bulanan untuk bulan TTTT-BB (status, dana kesinambungan, perkiraan, pengingat); aman dijalankan ulang */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        month: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            month: string;
                            asOf: string;
                            queued: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/coverage/pool": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dana kesinambungan: saldo, aturan prioritas yang diumumkan, pekerja yang ditanggung */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            balance: string;
                            contributed: string;
                            spent: string;
                            rule: string;
                            workersCovered: number;
                            workerMonths: number;
                            recent: {
                                at: string;
                                memo: string | null;
                                amount: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/coverage": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Status perlindungan per program hari ini dan linimasa bulan: siapa membayar tiap bulan */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            asOf: string;
                            programs: {
                                program: string;
                                /** @enum {string} */
                                state: "NOT_STARTED" | "ACTIVE" | "ARREARS" | "ENDED";
                                unpaidMonths: number;
                                paidThrough: string | null;
                                protectedUntil: string | null;
                                endsOn: string | null;
                                nextDue: {
                                    month: string;
                                    dueDate: string;
                                } | null;
                            }[];
                            timeline: {
                                month: string;
                                /** @enum {string} */
                                status: "paid" | "partial" | "unpaid" | "upcoming";
                                programs: {
                                    program: string;
                                    payer: {
                                        /** @enum {string} */
                                        kind: "donation" | "pool" | "self";
                                        name: string | null;
                                        donationNumber: string | null;
                                    };
                                }[];
                            }[];
                            selfPayCode: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/self-pay-code": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kode bayar "lanjut mandiri" pekerja (dibuat bila belum ada), untuk diberikan kepada pekerja */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            code: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/messages": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Log pesan pengingat (SMS/WhatsApp/e-mail, atau log demo): status pengiriman dan isi */
        get: {
            parameters: {
                query?: {
                    status?: "queued" | "sent" | "failed" | "skipped";
                    template?: string;
                    recipientId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                channel: string;
                                /** @enum {string} */
                                recipientKind: "worker" | "donor_org";
                                recipientId: string;
                                recipientName: string | null;
                                template: string;
                                status: string;
                                attempts: number;
                                body: string | null;
                                error: string | null;
                                createdAt: string;
                                sentAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/self-check": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Cek kepesertaan mandiri: NIK + tanggal lahir → terlindungi atau tidak, sampai kapan, program apa, nama disamarkan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nik: string;
                        /** @description TTTT-BB-HH */
                        birthDate: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @description false untuk NIK tak dikenal maupun tanggal lahir salah: jawaban yang sama */
                            isMatch: boolean;
                            maskedName: string | null;
                            isCovered: boolean;
                            programs: {
                                program: string;
                                /** @enum {string} */
                                state: "NOT_STARTED" | "ACTIVE" | "ARREARS" | "ENDED";
                                protectedUntil: string | null;
                                endsOn: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/self-pay/lookup": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lanjut mandiri: kode bayar → nama disamarkan, status, pilihan 1/3/6/12 bulan dengan harganya */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            maskedName: string;
                            regency: string;
                            /** @enum {string} */
                            state: "NONE" | "NOT_STARTED" | "ACTIVE" | "ARREARS" | "ENDED";
                            protectedUntil: string | null;
                            endsOn: string | null;
                            firstMonth: string;
                            options: {
                                months: number;
                                from: string;
                                to: string;
                                amount: string;
                            }[];
                            methods: string[];
                            lastPayment: {
                                number: string;
                                status: string;
                                amount: string;
                                createdAt: string;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/self-pay/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Lanjut mandiri: bayar 1/3/6/12 bulan lewat gateway (atau simulator); membayar lagi tagihan yang sama tidak membuat tagihan baru */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        code: string;
                        months: number;
                        /** @enum {string} */
                        method: "simulator" | "midtrans" | "xendit";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            orderId: string;
                            number: string;
                            amount: string;
                            from: string;
                            to: string;
                            redirectUrl: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards/keys": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kunci publik penanda tangan kartu (Ed25519) dan daftar kartu yang dicabut — untuk memeriksa kartu tanpa internet */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            algorithm: "Ed25519";
                            format: string;
                            keys: {
                                id: string;
                                /** @description 32 byte, base64url */
                                publicKey: string;
                                createdAt: string;
                            }[];
                            /** @description 16 byte pertama SHA-256 dari tanda tangan kartu yang dicabut, hex */
                            revoked: string[];
                            generatedAt: string;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Periksa kartu dari isi QR-nya: sah, kedaluwarsa, dicabut, dipalsukan, atau kunci tak dikenal. Tidak pernah menampilkan NIK. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payload: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            verdict: "VALID" | "EXPIRED" | "REVOKED" | "TAMPERED" | "UNKNOWN_KEY" | "MALFORMED";
                            card: {
                                kpj: string;
                                programs: string[];
                                protectedUntil: string;
                                issuedOn: string;
                                keyId: string;
                                cardNo: number;
                                /** @description nama pemegang, disamarkan */
                                holder: string | null;
                                isReplaced: boolean;
                            } | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/cards": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kartu peserta seorang pekerja (yang berlaku dan yang dicabut) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                kpj: string;
                                cardNo: number;
                                programs: string[];
                                protectedUntil: string;
                                issuedOn: string;
                                keyId: string;
                                /** @enum {string} */
                                status: "active" | "revoked";
                                revokedAt: string | null;
                                revokedReason: string | null;
                                replacedBy: string | null;
                                sponsorName: string | null;
                                payload: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/workers/{id}/card.pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Cetak kartu peserta (PDF, ukuran kartu CR80 atau A4); menerbitkan KPJ dan kartu baru bila perlu */
        get: {
            parameters: {
                query?: {
                    layout?: "cr80" | "a4";
                };
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards/{id}/reissue": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Kartu hilang atau rusak: cabut (QR lama terbaca "dicabut") dan terbitkan kartu baru dengan nomor berikutnya */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "lost" | "damaged" | "data_error" | "other";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            revoked: {
                                id: string;
                                kpj: string;
                                cardNo: number;
                                programs: string[];
                                protectedUntil: string;
                                issuedOn: string;
                                keyId: string;
                                /** @enum {string} */
                                status: "active" | "revoked";
                                revokedAt: string | null;
                                revokedReason: string | null;
                                replacedBy: string | null;
                                sponsorName: string | null;
                                payload: string;
                            };
                            card: {
                                id: string;
                                kpj: string;
                                cardNo: number;
                                programs: string[];
                                protectedUntil: string;
                                issuedOn: string;
                                keyId: string;
                                /** @enum {string} */
                                status: "active" | "revoked";
                                revokedAt: string | null;
                                revokedReason: string | null;
                                replacedBy: string | null;
                                sponsorName: string | null;
                                payload: string;
                            };
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards/batches": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Berkas cetak kartu (terbaru dulu) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                layout: "a4" | "cr80";
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                total: number;
                                done: number;
                                error: string | null;
                                pdfBytes: number | null;
                                createdAt: string;
                                finishedAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Buat berkas cetak kartu untuk sebuah donasi, wilayah, atau daftar pekerja (dikerjakan di latar belakang, dengan kemajuan) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title?: string;
                        /**
                         * @default a4
                         * @enum {string}
                         */
                        layout?: "a4" | "cr80";
                        /** Format: uuid */
                        donationId?: string;
                        regionCode?: string;
                        workerIds?: string[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                202: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            batch: {
                                id: string;
                                title: string;
                                /** @enum {string} */
                                layout: "a4" | "cr80";
                                /** @enum {string} */
                                status: "queued" | "running" | "done" | "failed";
                                total: number;
                                done: number;
                                error: string | null;
                                pdfBytes: number | null;
                                createdAt: string;
                                finishedAt: string | null;
                            };
                            leftOut: {
                                notProtected: number;
                            };
                            queued: boolean;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards/batches/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Kemajuan berkas cetak kartu */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            /** @enum {string} */
                            layout: "a4" | "cr80";
                            /** @enum {string} */
                            status: "queued" | "running" | "done" | "failed";
                            total: number;
                            done: number;
                            error: string | null;
                            pdfBytes: number | null;
                            createdAt: string;
                            finishedAt: string | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/cards/batches/{id}/pdf": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unduh berkas cetak kartu (PDF) bila sudah selesai */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handover-events": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acara penyerahan kartu */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                title: string;
                                heldOn: string;
                                place: string;
                                batchId: string;
                                handed: number;
                                total: number;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Catat acara penyerahan kartu (tanggal, tempat, pejabat, donatur) untuk sebuah berkas cetak */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        title: string;
                        /** Format: date */
                        heldOn: string;
                        place: string;
                        regionCode?: string;
                        /** @default [] */
                        officials?: string[];
                        /** @default [] */
                        donorOrgIds?: string[];
                        /** Format: uuid */
                        batchId: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handover-events/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Acara penyerahan: siapa sudah menerima kartu dan siapa belum */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            title: string;
                            heldOn: string;
                            place: string;
                            region: {
                                code: string;
                                name: string;
                            } | null;
                            officials: string[];
                            donors: {
                                id: string;
                                name: string;
                            }[];
                            batch: {
                                id: string;
                                title: string;
                            };
                            handed: number;
                            total: number;
                            people: {
                                workerId: string;
                                name: string;
                                kpj: string | null;
                                village: string | null;
                                checkedInAt: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/handover-events/{id}/checkins": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Catat kartu yang diserahkan: pindai QR kartu (atau pilih pekerja bila QR tak terbaca); memindai dua kali tidak mencatat dua kali */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        payload?: string;
                        /** Format: uuid */
                        workerId?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            /** @enum {string} */
                            status: "checked_in" | "already";
                            workerId: string;
                            name: string;
                            kpj: string;
                            checkedInAt: string;
                            handed: number;
                            total: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Daftar klaim di wilayah petugas; overdue=true: melewati batas waktu layanan */
        get: {
            parameters: {
                query?: {
                    status?: "draft" | "submitted" | "verified" | "approved" | "paid" | "rejected";
                    overdue?: "true" | "false";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                number: string;
                                /** @enum {string} */
                                type: "JKM" | "JKK_DEATH" | "JKK_TOTAL_DISABILITY" | "JKK_PARTIAL_DISABILITY" | "JKK_TEMPORARY_INCAPACITY";
                                /** @enum {string} */
                                status: "draft" | "submitted" | "verified" | "approved" | "paid" | "rejected";
                                /** @enum {string} */
                                source: "officer" | "public";
                                eventDate: string;
                                worker: {
                                    id: string;
                                    name: string;
                                    maskedNik: string;
                                    regency: string | null;
                                };
                                benefitTotal: string;
                                slaDueOn: string | null;
                                isOverdue: boolean;
                                createdAt: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Buka klaim (draf): kepesertaan pada tanggal kejadian dan manfaat dihitung dengan aturan yang berlaku saat itu */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        workerId: string;
                        /** @enum {string} */
                        type: "JKM" | "JKK_DEATH" | "JKK_TOTAL_DISABILITY" | "JKK_PARTIAL_DISABILITY" | "JKK_TEMPORARY_INCAPACITY";
                        /** Format: date */
                        eventDate: string;
                        description?: string;
                        details?: {
                            children?: {
                                name: string;
                                /** Format: date */
                                birthDate: string;
                                level: string;
                            }[];
                            incapacityMonths?: number;
                            disabilityPercent?: number;
                            disabilityCode?: string;
                            transport?: {
                                LAND?: string;
                                SEA?: string;
                                AIR?: string;
                            };
                            homeCare?: string;
                            medical?: string;
                        };
                        claimants?: {
                            fullName: string;
                            /** @enum {string} */
                            relationship: "SPOUSE" | "CHILD" | "PARENT" | "GRANDPARENT" | "GRANDCHILD" | "SIBLING" | "PARENT_IN_LAW" | "WILL_BENEFICIARY" | "FUNERAL_ARRANGER";
                            phone?: string;
                            bankName?: string;
                            bankAccount?: string;
                            bankAccountHolder?: string;
                            isPublicNameConsented?: boolean;
                        }[];
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            number: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/eligibility": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Sebelum membuka klaim: status kepesertaan pekerja pada tanggal kejadian, dengan alasannya */
        get: {
            parameters: {
                query: {
                    workerId: string;
                    type: "JKM" | "JKK_DEATH" | "JKK_TOTAL_DISABILITY" | "JKK_PARTIAL_DISABILITY" | "JKK_TEMPORARY_INCAPACITY";
                    eventDate: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Klaim lengkap: kepesertaan, manfaat terperinci, ahli waris dan urutannya, dokumen, batas waktu, beasiswa */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/claimants": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tambah ahli waris/penerima */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        fullName: string;
                        /** @enum {string} */
                        relationship: "SPOUSE" | "CHILD" | "PARENT" | "GRANDPARENT" | "GRANDCHILD" | "SIBLING" | "PARENT_IN_LAW" | "WILL_BENEFICIARY" | "FUNERAL_ARRANGER";
                        phone?: string;
                        bankName?: string;
                        bankAccount?: string;
                        bankAccountHolder?: string;
                        isPublicNameConsented?: boolean;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/details": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ubah rincian (anak, biaya, lama tidak mampu bekerja) dan hitung ulang manfaat */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        children?: {
                            name: string;
                            /** Format: date */
                            birthDate: string;
                            level: string;
                        }[];
                        incapacityMonths?: number;
                        disabilityPercent?: number;
                        disabilityCode?: string;
                        transport?: {
                            LAND?: string;
                            SEA?: string;
                            AIR?: string;
                        };
                        homeCare?: string;
                        medical?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Unggah dokumen klaim (PDF, JPG, PNG; maks. 10 MB): jenis dari isi berkas, disimpan terenkripsi, tidak pernah publik */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/documents/{documentId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Buka dokumen klaim (dicatat di log audit) */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    documentId: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/submit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ajukan draf klaim */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/verify": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Verifikasi: dokumen lengkap, terlindungi pada tanggal kejadian, penerima dan rekening ada; batas waktu layanan mulai */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Setujui (petugas kedua; pembuat/verifikator tidak boleh): manfaat dicadangkan di buku besar */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/pay": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Catat pembayaran dengan referensi bank (sekali saja); JKK terlambat: denda 1 % per hari ikut dibayar */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reference: string;
                        /** Format: date */
                        paidOn?: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/reject": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tolak klaim dengan alasan (cadangan dibatalkan bila sudah disetujui) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/claimants/{claimantId}/bank-account": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Ganti rekening pembayaran: perlu kata sandi petugas lagi; dicatat; pembayaran ditahan 24 jam */
        put: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    claimantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        password: string;
                        bankName: string;
                        bankAccount: string;
                        bankAccountHolder: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/claimants/{claimantId}/bank-account/reveal": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Tampilkan nomor rekening lengkap untuk transfer (dengan alasan; dicatat di log audit) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    claimantId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        reason: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            bankName: string | null;
                            bankAccount: string;
                            bankAccountHolder: string | null;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/scholarships/{entitlementId}/payments": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Bayar beasiswa satu tahun ajaran dengan bukti aktif sekolah (dokumen BUKTI_SEKOLAH klaim ini) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entitlementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** Format: uuid */
                        proofDocumentId: string;
                        reference: string;
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/claims/{id}/scholarships/{entitlementId}/end": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Akhiri beasiswa: menikah, bekerja, atau berhenti sekolah */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                    entitlementId: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        reason: "married" | "working" | "stopped_school";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ahli waris memulai klaim: NIK dan tanggal lahir peserta, kejadian, data pelapor; petugas cabang meninjau. Kembali: nomor klaim dan token untuk mengunggah dokumen. */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        nik: string;
                        birthDate: string;
                        /** @enum {string} */
                        type: "JKM" | "JKK_DEATH" | "JKK_TOTAL_DISABILITY" | "JKK_PARTIAL_DISABILITY" | "JKK_TEMPORARY_INCAPACITY";
                        /** Format: date */
                        eventDate: string;
                        description?: string;
                        claimant: {
                            fullName: string;
                            /** @enum {string} */
                            relationship: "SPOUSE" | "CHILD" | "PARENT" | "GRANDPARENT" | "GRANDCHILD" | "SIBLING" | "PARENT_IN_LAW" | "WILL_BENEFICIARY" | "FUNERAL_ARRANGER";
                            phone?: string;
                            bankName?: string;
                            bankAccount?: string;
                            bankAccountHolder?: string;
                            isPublicNameConsented?: boolean;
                        };
                    };
                };
            };
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            number: string;
                            uploadToken: string;
                            documents: {
                                kind: string;
                                label: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/claims/{number}/documents": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Ahli waris mengunggah dokumen klaimnya dengan token yang diterima saat memulai klaim */
        post: {
            parameters: {
                query?: never;
                header: {
                    "x-claim-token": string;
                };
                path: {
                    number: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/donor-impact/claims": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Klaim yang dibayar untuk pekerja yang dilindungi dana donatur: jenis, jumlah, wilayah, tanggal — nama keluarga hanya bila setuju */
        get: {
            parameters: {
                query?: {
                    donorOrgId?: string;
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                number: string;
                                /** @enum {string} */
                                type: "JKM" | "JKK_DEATH" | "JKK_TOTAL_DISABILITY" | "JKK_PARTIAL_DISABILITY" | "JKK_TEMPORARY_INCAPACITY";
                                amount: string;
                                regency: string | null;
                                province: string | null;
                                paidOn: string;
                                familyName: string | null;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Dasbor publik: total program, 38 provinsi (formal, informal, total), angka nasional, peringkat kesenjangan kabupaten/kota; kelompok < 10 orang disembunyikan */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    definition?: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                    segment?: "FORMAL" | "INFORMAL" | "TOTAL";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            selection: {
                                date: string | null;
                                /** @enum {string} */
                                definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                /** @enum {string} */
                                segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                previousDate: string | null;
                            };
                            dates: string[];
                            definitions: {
                                /** @enum {string} */
                                code: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                rows: number;
                            }[];
                            minPublicCell: number;
                            growthTargetBp: number;
                            totals: {
                                workersProtected: number | null;
                                workersRegistered: number | null;
                                workersEverProtected: number | null;
                                donors: number;
                                paidIn: string;
                                claimsPaid: number | null;
                                claimsPaidAmount: string | null;
                                refreshedAt: string;
                            } | null;
                            national: {
                                FORMAL: {
                                    percentBp: number;
                                    participants: number;
                                    denominator: number;
                                    gap: number;
                                    denominatorDate: string;
                                } | null;
                                INFORMAL: {
                                    percentBp: number;
                                    participants: number;
                                    denominator: number;
                                    gap: number;
                                    denominatorDate: string;
                                } | null;
                                TOTAL: {
                                    percentBp: number;
                                    participants: number;
                                    denominator: number;
                                    gap: number;
                                    denominatorDate: string;
                                } | null;
                            };
                            nationalNote: {
                                FORMAL: string | null;
                                INFORMAL: string | null;
                                TOTAL: string | null;
                            };
                            provinces: {
                                code: string;
                                name: string;
                                level: number;
                                /** @description true = angka tepat (wilayah kerja Anda); false = kelompok < 10 disembunyikan */
                                isExact: boolean;
                                figures: {
                                    FORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    INFORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    TOTAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                };
                                lingkaran: {
                                    protected: number | null;
                                    registered: number | null;
                                    shareOfInformalBp: number | null;
                                };
                            }[];
                            ranking: {
                                code: string;
                                name: string;
                                province: string | null;
                                figure: {
                                    /** @enum {string} */
                                    segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                    /** @enum {string} */
                                    definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                    /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                    percentBp: number | null;
                                    participants: number | null;
                                    denominator: number;
                                    /** @description pekerja belum terlindungi (penyebut − peserta) */
                                    gap: number | null;
                                    participantsDate: string;
                                    denominatorDate: string;
                                    participantsSource: string;
                                    denominatorSource: string;
                                    isDemo: boolean;
                                    growth: {
                                        previousDate: string;
                                        pointsBp: number;
                                        participantsBp: number | null;
                                        meetsTarget: boolean | null;
                                    } | null;
                                };
                            }[];
                            isDemo: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/statistics/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu provinsi (dengan kabupaten/kotanya) atau satu kabupaten/kota: angka, tren, donatur yang setuju namanya tampil */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    definition?: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                    segment?: "FORMAL" | "INFORMAL" | "TOTAL";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            region: {
                                code: string;
                                name: string;
                                level: number;
                                parentCode: string | null;
                            };
                            selection: {
                                date: string | null;
                                /** @enum {string} */
                                definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                /** @enum {string} */
                                segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                previousDate: string | null;
                            };
                            dates: string[];
                            definitions: {
                                /** @enum {string} */
                                code: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                rows: number;
                            }[];
                            minPublicCell: number;
                            growthTargetBp: number;
                            row: {
                                code: string;
                                name: string;
                                level: number;
                                /** @description true = angka tepat (wilayah kerja Anda); false = kelompok < 10 disembunyikan */
                                isExact: boolean;
                                figures: {
                                    FORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    INFORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    TOTAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                };
                                lingkaran: {
                                    protected: number | null;
                                    registered: number | null;
                                    shareOfInformalBp: number | null;
                                };
                            };
                            children: {
                                code: string;
                                name: string;
                                level: number;
                                /** @description true = angka tepat (wilayah kerja Anda); false = kelompok < 10 disembunyikan */
                                isExact: boolean;
                                figures: {
                                    FORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    INFORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    TOTAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                };
                                lingkaran: {
                                    protected: number | null;
                                    registered: number | null;
                                    shareOfInformalBp: number | null;
                                };
                            }[];
                            trend: {
                                date: string;
                                FORMAL: number | null;
                                INFORMAL: number | null;
                                TOTAL: number | null;
                            }[];
                            donors: {
                                named: {
                                    name: string;
                                    type: string;
                                    protected: number | null;
                                }[];
                                unnamedDonors: number;
                            };
                            /** @description hanya untuk wilayah kerja pengguna: rincian pekerja Lingkaran */
                            detail: {
                                registered: number;
                                protected: number;
                                inArrears: number;
                                ended: number;
                                selfPaying: number;
                                claimsPaid: number;
                                claimsPaidAmount: string;
                                refreshedAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/public/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unduh tabel dasbor publik (CSV atau XLSX, aman dibuka) */
        get: {
            parameters: {
                query: {
                    table: "provinces" | "regencies" | "ranking" | "trend";
                    format: "csv" | "xlsx";
                    region?: string;
                    date?: string;
                    definition?: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                    segment?: "FORMAL" | "INFORMAL" | "TOTAL";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistik cakupan; wilayah kerja Anda tanpa penyamaran */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    definition?: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                    segment?: "FORMAL" | "INFORMAL" | "TOTAL";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            selection: {
                                date: string | null;
                                /** @enum {string} */
                                definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                /** @enum {string} */
                                segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                previousDate: string | null;
                            };
                            dates: string[];
                            definitions: {
                                /** @enum {string} */
                                code: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                rows: number;
                            }[];
                            minPublicCell: number;
                            growthTargetBp: number;
                            totals: {
                                workersProtected: number | null;
                                workersRegistered: number | null;
                                workersEverProtected: number | null;
                                donors: number;
                                paidIn: string;
                                claimsPaid: number | null;
                                claimsPaidAmount: string | null;
                                refreshedAt: string;
                            } | null;
                            national: {
                                FORMAL: {
                                    percentBp: number;
                                    participants: number;
                                    denominator: number;
                                    gap: number;
                                    denominatorDate: string;
                                } | null;
                                INFORMAL: {
                                    percentBp: number;
                                    participants: number;
                                    denominator: number;
                                    gap: number;
                                    denominatorDate: string;
                                } | null;
                                TOTAL: {
                                    percentBp: number;
                                    participants: number;
                                    denominator: number;
                                    gap: number;
                                    denominatorDate: string;
                                } | null;
                            };
                            nationalNote: {
                                FORMAL: string | null;
                                INFORMAL: string | null;
                                TOTAL: string | null;
                            };
                            provinces: {
                                code: string;
                                name: string;
                                level: number;
                                /** @description true = angka tepat (wilayah kerja Anda); false = kelompok < 10 disembunyikan */
                                isExact: boolean;
                                figures: {
                                    FORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    INFORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    TOTAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                };
                                lingkaran: {
                                    protected: number | null;
                                    registered: number | null;
                                    shareOfInformalBp: number | null;
                                };
                            }[];
                            ranking: {
                                code: string;
                                name: string;
                                province: string | null;
                                figure: {
                                    /** @enum {string} */
                                    segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                    /** @enum {string} */
                                    definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                    /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                    percentBp: number | null;
                                    participants: number | null;
                                    denominator: number;
                                    /** @description pekerja belum terlindungi (penyebut − peserta) */
                                    gap: number | null;
                                    participantsDate: string;
                                    denominatorDate: string;
                                    participantsSource: string;
                                    denominatorSource: string;
                                    isDemo: boolean;
                                    growth: {
                                        previousDate: string;
                                        pointsBp: number;
                                        participantsBp: number | null;
                                        meetsTarget: boolean | null;
                                    } | null;
                                };
                            }[];
                            isDemo: boolean;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/regions/{code}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Statistik satu wilayah; untuk wilayah kerja Anda ditambah rincian pekerja Lingkaran */
        get: {
            parameters: {
                query?: {
                    date?: string;
                    definition?: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                    segment?: "FORMAL" | "INFORMAL" | "TOTAL";
                };
                header?: never;
                path: {
                    code: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            region: {
                                code: string;
                                name: string;
                                level: number;
                                parentCode: string | null;
                            };
                            selection: {
                                date: string | null;
                                /** @enum {string} */
                                definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                /** @enum {string} */
                                segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                previousDate: string | null;
                            };
                            dates: string[];
                            definitions: {
                                /** @enum {string} */
                                code: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                rows: number;
                            }[];
                            minPublicCell: number;
                            growthTargetBp: number;
                            row: {
                                code: string;
                                name: string;
                                level: number;
                                /** @description true = angka tepat (wilayah kerja Anda); false = kelompok < 10 disembunyikan */
                                isExact: boolean;
                                figures: {
                                    FORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    INFORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    TOTAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                };
                                lingkaran: {
                                    protected: number | null;
                                    registered: number | null;
                                    shareOfInformalBp: number | null;
                                };
                            };
                            children: {
                                code: string;
                                name: string;
                                level: number;
                                /** @description true = angka tepat (wilayah kerja Anda); false = kelompok < 10 disembunyikan */
                                isExact: boolean;
                                figures: {
                                    FORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    INFORMAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                    TOTAL: {
                                        /** @enum {string} */
                                        segment: "FORMAL" | "INFORMAL" | "TOTAL";
                                        /** @enum {string} */
                                        definition: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                                        /** @description cakupan dalam basis poin (4130 = 41,30 %); null = kelompok kecil disembunyikan */
                                        percentBp: number | null;
                                        participants: number | null;
                                        denominator: number;
                                        /** @description pekerja belum terlindungi (penyebut − peserta) */
                                        gap: number | null;
                                        participantsDate: string;
                                        denominatorDate: string;
                                        participantsSource: string;
                                        denominatorSource: string;
                                        isDemo: boolean;
                                        growth: {
                                            previousDate: string;
                                            pointsBp: number;
                                            participantsBp: number | null;
                                            meetsTarget: boolean | null;
                                        } | null;
                                    } | null;
                                };
                                lingkaran: {
                                    protected: number | null;
                                    registered: number | null;
                                    shareOfInformalBp: number | null;
                                };
                            }[];
                            trend: {
                                date: string;
                                FORMAL: number | null;
                                INFORMAL: number | null;
                                TOTAL: number | null;
                            }[];
                            donors: {
                                named: {
                                    name: string;
                                    type: string;
                                    protected: number | null;
                                }[];
                                unnamedDonors: number;
                            };
                            /** @description hanya untuk wilayah kerja pengguna: rincian pekerja Lingkaran */
                            detail: {
                                registered: number;
                                protected: number;
                                inArrears: number;
                                ended: number;
                                selfPaying: number;
                                claimsPaid: number;
                                claimsPaidAmount: string;
                                refreshedAt: string | null;
                            } | null;
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/export": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Unduh tabel statistik (CSV atau XLSX, aman dibuka) */
        get: {
            parameters: {
                query: {
                    table: "provinces" | "regencies" | "ranking" | "trend";
                    format: "csv" | "xlsx";
                    region?: string;
                    date?: string;
                    definition?: "PENDUDUK_BEKERJA" | "ANGKATAN_KERJA" | "POTENSI_BPS" | "SEMESTA_PBPU";
                    segment?: "FORMAL" | "INFORMAL" | "TOTAL";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/refresh": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Hitung ulang angka Lingkaran sekarang (biasanya tiap 5 menit oleh tugas latar) */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            regencies: number;
                            ms: number;
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/imports": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Impor angka resmi (admin: semua; lainnya: milik sendiri), terbaru dulu */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            items: {
                                id: string;
                                /** @enum {string} */
                                kind: "denominators" | "participants";
                                fileName: string;
                                /** @enum {string} */
                                fileKind: "csv" | "xlsx";
                                /** @enum {string} */
                                status: "checked" | "committed" | "discarded";
                                mode: ("valid_only" | "all_or_nothing") | null;
                                totalRows: number;
                                validRows: number;
                                errorRows: number;
                                committedRows: number;
                                createdAt: string;
                                decidedAt: string | null;
                                issues: {
                                    rowNumber: number;
                                    column: string | null;
                                    code: string;
                                    message: string;
                                }[];
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        /** Unggah angka resmi (multipart: "kind" = denominators | participants, lalu "file" CSV/XLSX); setiap baris diperiksa, belum disimpan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                201: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "denominators" | "participants";
                            fileName: string;
                            /** @enum {string} */
                            fileKind: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "checked" | "committed" | "discarded";
                            mode: ("valid_only" | "all_or_nothing") | null;
                            totalRows: number;
                            validRows: number;
                            errorRows: number;
                            committedRows: number;
                            createdAt: string;
                            decidedAt: string | null;
                            issues: {
                                rowNumber: number;
                                column: string | null;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/imports/{id}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Satu impor dengan semua baris yang salah */
        get: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "denominators" | "participants";
                            fileName: string;
                            /** @enum {string} */
                            fileKind: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "checked" | "committed" | "discarded";
                            mode: ("valid_only" | "all_or_nothing") | null;
                            totalRows: number;
                            validRows: number;
                            errorRows: number;
                            committedRows: number;
                            createdAt: string;
                            decidedAt: string | null;
                            issues: {
                                rowNumber: number;
                                column: string | null;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/imports/{id}/commit": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Simpan: semua baris yang benar (valid_only), atau tidak sama sekali bila ada baris salah (all_or_nothing); baris yang sama menggantikan angka lama */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody: {
                content: {
                    "application/json": {
                        /** @enum {string} */
                        mode: "valid_only" | "all_or_nothing";
                    };
                };
            };
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "denominators" | "participants";
                            fileName: string;
                            /** @enum {string} */
                            fileKind: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "checked" | "committed" | "discarded";
                            mode: ("valid_only" | "all_or_nothing") | null;
                            totalRows: number;
                            validRows: number;
                            errorRows: number;
                            committedRows: number;
                            createdAt: string;
                            decidedAt: string | null;
                            issues: {
                                rowNumber: number;
                                column: string | null;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/imports/{id}/discard": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /** Batalkan impor yang belum disimpan */
        post: {
            parameters: {
                query?: never;
                header?: never;
                path: {
                    id: string;
                };
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content: {
                        "application/json": {
                            id: string;
                            /** @enum {string} */
                            kind: "denominators" | "participants";
                            fileName: string;
                            /** @enum {string} */
                            fileKind: "csv" | "xlsx";
                            /** @enum {string} */
                            status: "checked" | "committed" | "discarded";
                            mode: ("valid_only" | "all_or_nothing") | null;
                            totalRows: number;
                            validRows: number;
                            errorRows: number;
                            committedRows: number;
                            createdAt: string;
                            decidedAt: string | null;
                            issues: {
                                rowNumber: number;
                                column: string | null;
                                code: string;
                                message: string;
                            }[];
                        };
                    };
                };
            };
        };
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/statistics/imports/template.csv": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Templat CSV dengan satu baris contoh */
        get: {
            parameters: {
                query: {
                    kind: "denominators" | "participants";
                };
                header?: never;
                path?: never;
                cookie?: never;
            };
            requestBody?: never;
            responses: {
                /** @description Default Response */
                200: {
                    headers: {
                        [name: string]: unknown;
                    };
                    content?: never;
                };
            };
        };
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        MeInput: {
            id: string;
            email: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
            /** @enum {string} */
            locale: "id" | "en";
            regionScopes: {
                code: string;
                name: string;
            }[];
            branch: {
                code: string;
                name: string;
            } | null;
            donorOrg: {
                id: string;
                displayName: string;
                type: string;
            } | null;
        };
        WorkerInput: {
            id: string;
            maskedNik: string;
            fullName: string;
            village: {
                code: string;
                name: string | null;
            };
            regency: {
                code: string;
                name: string | null;
            };
            occupation: {
                code: string;
                name: string;
                other: string | null;
            };
            /** @enum {string} */
            status: "registered" | "verified" | "inactive" | "deceased" | "merged";
            kpj: string | null;
            birthDate: string | null;
            sex: ("L" | "P") | null;
            maskedPhone: string | null;
            incomeBracket: string | null;
            isDtks: boolean | null;
            p3keDecile: number | null;
            registeredAt: string;
            registeredBy: string | null;
            verifiedAt: string | null;
            verifiedBy: string | null;
            mergedInto: string | null;
            source: ("form" | "import" | "demo") | null;
            /** @description Status JKM per tanggal asOf (diperbarui tiap alokasi dan tiap hari); null: belum pernah dibayar */
            coverage: {
                /** @enum {string} */
                state: "NOT_STARTED" | "ACTIVE" | "ARREARS" | "ENDED";
                unpaidMonths: number;
                protectedUntil: string | null;
                endsOn: string | null;
                source: ("donation" | "pool" | "self") | null;
                asOf: string;
            } | null;
            can: {
                reveal: boolean;
                verify: boolean;
                edit: boolean;
            };
        };
        UserSummaryInput: {
            id: string;
            email: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
            regionScopes: string[];
            donorOrgId: string | null;
            disabledAt: string | null;
            createdAt: string;
        };
        DonorOrgInput: {
            id: string;
            /** @enum {string} */
            type: "SWASTA" | "BUMN" | "BUMD" | "INSTANSI" | "LEMBAGA_ZAKAT" | "PEMDA" | "PERORANGAN";
            legalName: string;
            displayName: string;
            regionCode: string | null;
            contactEmail: string | null;
            npwp: string | null;
            isPublicNameConsented: boolean;
            fundBalance: string;
            donations: number;
            createdAt: string;
        };
        HomeInput: {
            /** @enum {string} */
            role: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
            figures: {
                key: string;
                value: number;
            }[];
        };
        RegionInput: {
            code: string;
            name: string;
            level: number;
            /** @enum {string} */
            kind: "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan" | "desa_adat";
            parentCode: string | null;
        };
        RuleSourceInput: {
            regulation: string;
            title: string;
            date: string | null;
            url: string | null;
            /** @enum {string} */
            status: "VERIFIED" | "DERIVED" | "UNVERIFIED" | "CONFLICT";
            note: string | null;
        };
        RegulationInput: {
            id: string;
            title: string;
            date: string | null;
            url: string | null;
        };
        /**
         * @example {
         *       "programs": [
         *         "JKK",
         *         "JKM"
         *       ],
         *       "declaredIncome": "1000000",
         *       "workers": 100,
         *       "months": 6,
         *       "date": "2026-01-01"
         *     }
         */
        QuoteRequestInput: {
            /**
             * @description JKK dan JKM wajib; JHT boleh ditambah
             * @example [
             *       "JKK",
             *       "JKM"
             *     ]
             */
            programs: string[];
            /**
             * @description Penghasilan yang dilaporkan (tingkat penghasilan); bawaan Rp 1.000.000
             * @example 1000000
             */
            declaredIncome?: string;
            /**
             * @description Jumlah pekerja (atau isi budget)
             * @example 100
             */
            workers?: number;
            /**
             * @description Anggaran: berapa pekerja yang terlindungi olehnya
             * @example 100000000
             */
            budget?: string;
            /**
             * @description Masa bayar: 1, 3, 6 atau 12 bulan
             * @example 6
             */
            months: number;
            /**
             * @description Hari dalam bulan iuran pertama; bawaan hari ini (WIB)
             * @example 2026-01-01
             */
            date?: string;
            /**
             * @description Kode pekerjaan, untuk diskon per kelompok pekerjaan
             * @example OJEK
             */
            occupation?: string;
        };
        QuoteInput: {
            programs: ("JKK" | "JKM" | "JHT")[];
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            declaredIncome: string;
            workers: number;
            months: number;
            startMonth: string;
            endMonth: string;
            coveredFrom: string;
            coveredUntil: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            perWorkerMonthly: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            perWorker: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            total: string;
            lines: {
                /** @enum {string} */
                program: "JKK" | "JKM" | "JHT";
                rate: {
                    /** @constant */
                    kind: "percent";
                    basisPoints: number;
                } | {
                    /** @constant */
                    kind: "flat";
                    /**
                     * @description Rupiah utuh sebagai string desimal
                     * @example 16800
                     */
                    amount: string;
                };
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                monthlyBase: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                monthlyDiscount: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                monthly: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                perWorker: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                total: string;
                source: components["schemas"]["RuleSourceInput"];
            }[];
            monthly: {
                month: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                perWorker: string;
                rateVersion: string;
            }[];
            discounts: {
                id: string;
                name: string;
                basisPoints: number;
                programs: string[];
                months: string[];
                source: components["schemas"]["RuleSourceInput"];
            }[];
            budget: {
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                amount: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                remainder: string;
            } | null;
            regulations: components["schemas"]["RegulationInput"][];
        };
        /**
         * @example {
         *       "type": "JKM",
         *       "eventDate": "2026-11-01",
         *       "declaredIncome": "1000000",
         *       "contributionMonths": 40,
         *       "children": [
         *         {
         *           "birthDate": "2015-03-01",
         *           "level": "SD"
         *         }
         *       ]
         *     }
         */
        BenefitRequestInput: {
            /**
             * @description JKM, JKK_DEATH, JKK_TOTAL_DISABILITY, JKK_PARTIAL_DISABILITY, JKK_TEMPORARY_INCAPACITY
             * @example JKM
             */
            type: string;
            /**
             * @description Tanggal TTTT-BB-HH
             * @example 2026-01-01
             */
            eventDate: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 1000000
             */
            declaredIncome?: string;
            /** @description Masa iur dalam bulan (beasiswa JKM perlu ≥ 36) */
            contributionMonths?: number;
            children?: {
                /**
                 * @description Tanggal TTTT-BB-HH
                 * @example 2026-01-01
                 */
                birthDate: string;
                /** @description BELUM_SEKOLAH, TK, SD, SMP, SMA, PT */
                level: string;
            }[];
            incapacityMonths?: number;
            disabilityPercent?: number;
            disabilityCode?: string;
            transport?: {
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 1000000
                 */
                LAND?: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 1000000
                 */
                SEA?: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 1000000
                 */
                AIR?: string;
            };
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 1000000
             */
            homeCare?: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 1000000
             */
            medical?: string;
        };
        BenefitSimulationInput: {
            type: string;
            eventDate: string;
            benefitVersion: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            total: string;
            items: {
                code: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                amount: string;
                basis: string;
                child: number | null;
                regulation: components["schemas"]["RegulationInput"];
            }[];
            scholarship: {
                isEligible: boolean;
                reason: string;
                minContributionMonths: number | null;
                children: {
                    index: number;
                    isEligible: boolean;
                    reason: string;
                    /**
                     * @description Rupiah utuh sebagai string desimal
                     * @example 16800
                     */
                    total: string;
                    years: {
                        schoolYearStarts: string;
                        level: string;
                        /**
                         * @description Rupiah utuh sebagai string desimal
                         * @example 16800
                         */
                        amount: string;
                    }[];
                }[];
            };
            notes: {
                code: string;
                message: string;
            }[];
        };
        /**
         * @example {
         *       "nik": "3515144508680002"
         *     }
         */
        NikCheckRequestInput: {
            /** @description NIK 16 angka (spasi boleh) */
            nik: string;
            /**
             * @description Tanggal lahir yang dicatat: peringatan bila berbeda dari NIK
             * @example 2026-01-01
             */
            birthDate?: string;
            /** @enum {string} */
            sex?: "L" | "P";
        };
        NikCheckInput: {
            /** @constant */
            isValid: true;
            maskedNik: string;
            province: {
                code: string;
                currentCode: string;
                name: string | null;
            };
            regency: {
                code: string;
                currentCode: string;
                name: string | null;
            };
            district: {
                code: string;
                currentCode: string;
                name: string | null;
            };
            birthDate: string;
            /** @enum {string} */
            sex: "L" | "P";
            serial: string;
            warnings: {
                code: string;
                message: string;
            }[];
        };
        RuleBookInput: {
            regulations: components["schemas"]["RegulationInput"][];
            rates: {
                id: string;
                effectiveFrom: string;
                effectiveTo: string | null;
                programs: {
                    program: string;
                    rate: {
                        /** @constant */
                        kind: "percent";
                        basisPoints: number;
                    } | {
                        /** @constant */
                        kind: "flat";
                        /**
                         * @description Rupiah utuh sebagai string desimal
                         * @example 16800
                         */
                        amount: string;
                    };
                    source: components["schemas"]["RuleSourceInput"];
                }[];
                brackets: string[];
                bracketsSource: components["schemas"]["RuleSourceInput"];
            }[];
            discounts: {
                id: string;
                nameId: string;
                nameEn: string;
                programs: string[];
                basisPoints: number;
                from: string;
                to: string;
                occupationGroups: string[];
                occupations: string[];
                source: components["schemas"]["RuleSourceInput"];
            }[];
            benefits: {
                id: string;
                effectiveFrom: string;
                effectiveTo: string | null;
                items: {
                    key: string;
                    value: string;
                    source: components["schemas"]["RuleSourceInput"];
                }[];
                scholarshipLevels: {
                    level: string;
                    yearly: string;
                    maxYears: number;
                }[];
            }[];
            disabilityTable: {
                rows: {
                    code: string;
                    nameId: string;
                    nameEn: string;
                    basisPoints: number;
                }[];
                source: components["schemas"]["RuleSourceInput"];
            };
            holidays: {
                year: number;
                source: components["schemas"]["RuleSourceInput"];
                days: {
                    date: string;
                    nameId: string;
                    /** @enum {string} */
                    kind: "LIBUR_NASIONAL" | "CUTI_BERSAMA";
                }[];
            }[];
            settings: {
                key: string;
                value: unknown;
                source: components["schemas"]["RuleSourceInput"] | null;
            }[];
            regionHistory: {
                changes: {
                    oldCode: string;
                    currentCode: string;
                    name: string;
                }[];
                source: components["schemas"]["RuleSourceInput"];
            };
            occupations: {
                code: string;
                nameId: string;
                nameEn: string;
                group: string;
            }[];
        };
        DonationInput: {
            id: string;
            number: string;
            donor: {
                id: string;
                name: string;
                type: string;
            };
            /** @enum {string} */
            status: "awaiting_payment" | "paid" | "allocated" | "cancelled" | "expired" | "refunded";
            programs: string[];
            declaredIncome: string;
            months: number;
            startMonth: string;
            endMonth: string;
            /** @enum {string} */
            selection: "list" | "cohort" | "pool" | "self";
            cohort: {
                regionCode: string;
                regionName: string | null;
                occupations: string[];
                count: number;
                rule: string;
            } | null;
            workerCount: number;
            perWorker: string;
            perWorkerMonthly: string;
            total: string;
            lines: {
                program: string;
                monthly: string;
                perWorker: string;
            }[];
            discounts: {
                id: string;
                name: string;
                months: string[];
            }[];
            dueDate: string;
            createdAt: string;
            paidAt: string | null;
            allocatedAt: string | null;
            allocation: {
                workers: number;
                amount: string;
                /** @description Iuran bulanan per program yang dilewati karena sudah dibayar pihak lain (satu per pekerja, bulan dan program) */
                skippedWorkerMonths: number;
                remainder: string;
            };
            payments: {
                id: string;
                method: string;
                orderId: string;
                amount: string;
                status: string;
                redirectUrl: string | null;
                referenceCode: string | null;
                createdAt: string;
                settledAt: string | null;
            }[];
            renews: {
                id: string;
                number: string;
            } | null;
            renewedBy: {
                id: string;
                number: string;
            } | null;
            can: {
                pay: boolean;
                cancel: boolean;
                receipt: boolean;
                renew: boolean;
            };
        };
        DonationRequestInput: {
            /**
             * Format: uuid
             * @description Petugas dan admin: donatur yang membayar; donatur: selalu organisasinya sendiri
             */
            donorOrgId?: string;
            programs: string[];
            declaredIncome?: string;
            months: number;
            /** @description TTTT-BB, bulan iuran pertama */
            startMonth: string;
            selection: {
                /** @constant */
                kind: "list";
                workerIds: string[];
            } | {
                /** @constant */
                kind: "cohort";
                regionCode: string;
                occupations?: string[];
                count: number;
            };
        };
        WorkerImportInput: {
            id: string;
            fileName: string;
            /** @enum {string} */
            fileKind: "csv" | "xlsx";
            fileBytes: number;
            /** @enum {string} */
            status: "validating" | "validated" | "committing" | "committed" | "failed";
            mode: ("valid_only" | "all_or_nothing") | null;
            totalRows: number;
            validRows: number;
            errorRows: number;
            warningRows: number;
            committedRows: number;
            progress: {
                done: number;
                total: number | null;
            };
            failure: {
                code: string;
                message: string;
                details: unknown;
            } | null;
            sameFileAs: string | null;
            unknownColumns: string[];
            createdAt: string;
            validatedAt: string | null;
            committedAt: string | null;
        };
        WorkerRegistrationInput: {
            /** @description NIK 16 angka */
            nik: string;
            fullName: string;
            /** @description TTTT-BB-HH; bila kosong diambil dari NIK */
            birthDate?: string;
            /** @description L atau P; bila kosong diambil dari NIK */
            sex?: string;
            /** @description Kode desa/kelurahan domisili, mis. 62.02.05.2001 */
            villageCode: string;
            /** @description Kode pekerjaan (GET /api/rules → occupations) */
            occupation: string;
            occupationOther?: string;
            /** @description Tingkat penghasilan; bawaan Rp 1.000.000 */
            declaredIncome?: string;
            phone?: string;
            isDtks?: boolean;
            /** @description 1–10; null menghapus */
            p3keDecile?: number | null;
            isWageEarner?: boolean;
        };
        WorkerPatchInput: {
            fullName?: string;
            /** @description TTTT-BB-HH; bila kosong diambil dari NIK */
            birthDate?: string;
            /** @description L atau P; bila kosong diambil dari NIK */
            sex?: string;
            /** @description Kode desa/kelurahan domisili, mis. 62.02.05.2001 */
            villageCode?: string;
            /** @description Kode pekerjaan (GET /api/rules → occupations) */
            occupation?: string;
            occupationOther?: string;
            /** @description Tingkat penghasilan; bawaan Rp 1.000.000 */
            declaredIncome?: string;
            phone?: string;
            isDtks?: boolean;
            /** @description 1–10; null menghapus */
            p3keDecile?: number | null;
        };
        Me: {
            id: string;
            email: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
            /** @enum {string} */
            locale: "id" | "en";
            regionScopes: {
                code: string;
                name: string;
            }[];
            branch: {
                code: string;
                name: string;
            } | null;
            donorOrg: {
                id: string;
                displayName: string;
                type: string;
            } | null;
        };
        Worker: {
            id: string;
            maskedNik: string;
            fullName: string;
            village: {
                code: string;
                name: string | null;
            };
            regency: {
                code: string;
                name: string | null;
            };
            occupation: {
                code: string;
                name: string;
                other: string | null;
            };
            /** @enum {string} */
            status: "registered" | "verified" | "inactive" | "deceased" | "merged";
            kpj: string | null;
            birthDate: string | null;
            sex: ("L" | "P") | null;
            maskedPhone: string | null;
            incomeBracket: string | null;
            isDtks: boolean | null;
            p3keDecile: number | null;
            registeredAt: string;
            registeredBy: string | null;
            verifiedAt: string | null;
            verifiedBy: string | null;
            mergedInto: string | null;
            source: ("form" | "import" | "demo") | null;
            /** @description Status JKM per tanggal asOf (diperbarui tiap alokasi dan tiap hari); null: belum pernah dibayar */
            coverage: {
                /** @enum {string} */
                state: "NOT_STARTED" | "ACTIVE" | "ARREARS" | "ENDED";
                unpaidMonths: number;
                protectedUntil: string | null;
                endsOn: string | null;
                source: ("donation" | "pool" | "self") | null;
                asOf: string;
            } | null;
            can: {
                reveal: boolean;
                verify: boolean;
                edit: boolean;
            };
        };
        UserSummary: {
            id: string;
            email: string;
            fullName: string;
            /** @enum {string} */
            role: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
            regionScopes: string[];
            donorOrgId: string | null;
            disabledAt: string | null;
            createdAt: string;
        };
        DonorOrg: {
            id: string;
            /** @enum {string} */
            type: "SWASTA" | "BUMN" | "BUMD" | "INSTANSI" | "LEMBAGA_ZAKAT" | "PEMDA" | "PERORANGAN";
            legalName: string;
            displayName: string;
            regionCode: string | null;
            contactEmail: string | null;
            npwp: string | null;
            isPublicNameConsented: boolean;
            fundBalance: string;
            donations: number;
            createdAt: string;
        };
        Home: {
            /** @enum {string} */
            role: "admin" | "officer" | "donor" | "gov" | "jury" | "agent";
            figures: {
                key: string;
                value: number;
            }[];
        };
        Region: {
            code: string;
            name: string;
            level: number;
            /** @enum {string} */
            kind: "provinsi" | "kabupaten" | "kota" | "kecamatan" | "desa" | "kelurahan" | "desa_adat";
            parentCode: string | null;
        };
        RuleSource: {
            regulation: string;
            title: string;
            date: string | null;
            url: string | null;
            /** @enum {string} */
            status: "VERIFIED" | "DERIVED" | "UNVERIFIED" | "CONFLICT";
            note: string | null;
        };
        Regulation: {
            id: string;
            title: string;
            date: string | null;
            url: string | null;
        };
        /**
         * @example {
         *       "programs": [
         *         "JKK",
         *         "JKM"
         *       ],
         *       "declaredIncome": "1000000",
         *       "workers": 100,
         *       "months": 6,
         *       "date": "2026-01-01"
         *     }
         */
        QuoteRequest: {
            /**
             * @description JKK dan JKM wajib; JHT boleh ditambah
             * @example [
             *       "JKK",
             *       "JKM"
             *     ]
             */
            programs: string[];
            /**
             * @description Penghasilan yang dilaporkan (tingkat penghasilan); bawaan Rp 1.000.000
             * @example 1000000
             */
            declaredIncome?: string;
            /**
             * @description Jumlah pekerja (atau isi budget)
             * @example 100
             */
            workers?: number;
            /**
             * @description Anggaran: berapa pekerja yang terlindungi olehnya
             * @example 100000000
             */
            budget?: string;
            /**
             * @description Masa bayar: 1, 3, 6 atau 12 bulan
             * @example 6
             */
            months: number;
            /**
             * @description Hari dalam bulan iuran pertama; bawaan hari ini (WIB)
             * @example 2026-01-01
             */
            date?: string;
            /**
             * @description Kode pekerjaan, untuk diskon per kelompok pekerjaan
             * @example OJEK
             */
            occupation?: string;
        };
        Quote: {
            programs: ("JKK" | "JKM" | "JHT")[];
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            declaredIncome: string;
            workers: number;
            months: number;
            startMonth: string;
            endMonth: string;
            coveredFrom: string;
            coveredUntil: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            perWorkerMonthly: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            perWorker: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            total: string;
            lines: {
                /** @enum {string} */
                program: "JKK" | "JKM" | "JHT";
                rate: {
                    /** @constant */
                    kind: "percent";
                    basisPoints: number;
                } | {
                    /** @constant */
                    kind: "flat";
                    /**
                     * @description Rupiah utuh sebagai string desimal
                     * @example 16800
                     */
                    amount: string;
                };
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                monthlyBase: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                monthlyDiscount: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                monthly: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                perWorker: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                total: string;
                source: components["schemas"]["RuleSource"];
            }[];
            monthly: {
                month: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                perWorker: string;
                rateVersion: string;
            }[];
            discounts: {
                id: string;
                name: string;
                basisPoints: number;
                programs: string[];
                months: string[];
                source: components["schemas"]["RuleSource"];
            }[];
            budget: {
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                amount: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                remainder: string;
            } | null;
            regulations: components["schemas"]["Regulation"][];
        };
        /**
         * @example {
         *       "type": "JKM",
         *       "eventDate": "2026-11-01",
         *       "declaredIncome": "1000000",
         *       "contributionMonths": 40,
         *       "children": [
         *         {
         *           "birthDate": "2015-03-01",
         *           "level": "SD"
         *         }
         *       ]
         *     }
         */
        BenefitRequest: {
            /**
             * @description JKM, JKK_DEATH, JKK_TOTAL_DISABILITY, JKK_PARTIAL_DISABILITY, JKK_TEMPORARY_INCAPACITY
             * @example JKM
             */
            type: string;
            /**
             * @description Tanggal TTTT-BB-HH
             * @example 2026-01-01
             */
            eventDate: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 1000000
             */
            declaredIncome?: string;
            /** @description Masa iur dalam bulan (beasiswa JKM perlu ≥ 36) */
            contributionMonths?: number;
            children?: {
                /**
                 * @description Tanggal TTTT-BB-HH
                 * @example 2026-01-01
                 */
                birthDate: string;
                /** @description BELUM_SEKOLAH, TK, SD, SMP, SMA, PT */
                level: string;
            }[];
            incapacityMonths?: number;
            disabilityPercent?: number;
            disabilityCode?: string;
            transport?: {
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 1000000
                 */
                LAND?: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 1000000
                 */
                SEA?: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 1000000
                 */
                AIR?: string;
            };
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 1000000
             */
            homeCare?: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 1000000
             */
            medical?: string;
        };
        BenefitSimulation: {
            type: string;
            eventDate: string;
            benefitVersion: string;
            /**
             * @description Rupiah utuh sebagai string desimal
             * @example 16800
             */
            total: string;
            items: {
                code: string;
                /**
                 * @description Rupiah utuh sebagai string desimal
                 * @example 16800
                 */
                amount: string;
                basis: string;
                child: number | null;
                regulation: components["schemas"]["Regulation"];
            }[];
            scholarship: {
                isEligible: boolean;
                reason: string;
                minContributionMonths: number | null;
                children: {
                    index: number;
                    isEligible: boolean;
                    reason: string;
                    /**
                     * @description Rupiah utuh sebagai string desimal
                     * @example 16800
                     */
                    total: string;
                    years: {
                        schoolYearStarts: string;
                        level: string;
                        /**
                         * @description Rupiah utuh sebagai string desimal
                         * @example 16800
                         */
                        amount: string;
                    }[];
                }[];
            };
            notes: {
                code: string;
                message: string;
            }[];
        };
        /**
         * @example {
         *       "nik": "3515144508680002"
         *     }
         */
        NikCheckRequest: {
            /** @description NIK 16 angka (spasi boleh) */
            nik: string;
            /**
             * @description Tanggal lahir yang dicatat: peringatan bila berbeda dari NIK
             * @example 2026-01-01
             */
            birthDate?: string;
            /** @enum {string} */
            sex?: "L" | "P";
        };
        NikCheck: {
            /** @constant */
            isValid: true;
            maskedNik: string;
            province: {
                code: string;
                currentCode: string;
                name: string | null;
            };
            regency: {
                code: string;
                currentCode: string;
                name: string | null;
            };
            district: {
                code: string;
                currentCode: string;
                name: string | null;
            };
            birthDate: string;
            /** @enum {string} */
            sex: "L" | "P";
            serial: string;
            warnings: {
                code: string;
                message: string;
            }[];
        };
        RuleBook: {
            regulations: components["schemas"]["Regulation"][];
            rates: {
                id: string;
                effectiveFrom: string;
                effectiveTo: string | null;
                programs: {
                    program: string;
                    rate: {
                        /** @constant */
                        kind: "percent";
                        basisPoints: number;
                    } | {
                        /** @constant */
                        kind: "flat";
                        /**
                         * @description Rupiah utuh sebagai string desimal
                         * @example 16800
                         */
                        amount: string;
                    };
                    source: components["schemas"]["RuleSource"];
                }[];
                brackets: string[];
                bracketsSource: components["schemas"]["RuleSource"];
            }[];
            discounts: {
                id: string;
                nameId: string;
                nameEn: string;
                programs: string[];
                basisPoints: number;
                from: string;
                to: string;
                occupationGroups: string[];
                occupations: string[];
                source: components["schemas"]["RuleSource"];
            }[];
            benefits: {
                id: string;
                effectiveFrom: string;
                effectiveTo: string | null;
                items: {
                    key: string;
                    value: string;
                    source: components["schemas"]["RuleSource"];
                }[];
                scholarshipLevels: {
                    level: string;
                    yearly: string;
                    maxYears: number;
                }[];
            }[];
            disabilityTable: {
                rows: {
                    code: string;
                    nameId: string;
                    nameEn: string;
                    basisPoints: number;
                }[];
                source: components["schemas"]["RuleSource"];
            };
            holidays: {
                year: number;
                source: components["schemas"]["RuleSource"];
                days: {
                    date: string;
                    nameId: string;
                    /** @enum {string} */
                    kind: "LIBUR_NASIONAL" | "CUTI_BERSAMA";
                }[];
            }[];
            settings: {
                key: string;
                value: unknown;
                source: components["schemas"]["RuleSource"] | null;
            }[];
            regionHistory: {
                changes: {
                    oldCode: string;
                    currentCode: string;
                    name: string;
                }[];
                source: components["schemas"]["RuleSource"];
            };
            occupations: {
                code: string;
                nameId: string;
                nameEn: string;
                group: string;
            }[];
        };
        Donation: {
            id: string;
            number: string;
            donor: {
                id: string;
                name: string;
                type: string;
            };
            /** @enum {string} */
            status: "awaiting_payment" | "paid" | "allocated" | "cancelled" | "expired" | "refunded";
            programs: string[];
            declaredIncome: string;
            months: number;
            startMonth: string;
            endMonth: string;
            /** @enum {string} */
            selection: "list" | "cohort" | "pool" | "self";
            cohort: {
                regionCode: string;
                regionName: string | null;
                occupations: string[];
                count: number;
                rule: string;
            } | null;
            workerCount: number;
            perWorker: string;
            perWorkerMonthly: string;
            total: string;
            lines: {
                program: string;
                monthly: string;
                perWorker: string;
            }[];
            discounts: {
                id: string;
                name: string;
                months: string[];
            }[];
            dueDate: string;
            createdAt: string;
            paidAt: string | null;
            allocatedAt: string | null;
            allocation: {
                workers: number;
                amount: string;
                /** @description Iuran bulanan per program yang dilewati karena sudah dibayar pihak lain (satu per pekerja, bulan dan program) */
                skippedWorkerMonths: number;
                remainder: string;
            };
            payments: {
                id: string;
                method: string;
                orderId: string;
                amount: string;
                status: string;
                redirectUrl: string | null;
                referenceCode: string | null;
                createdAt: string;
                settledAt: string | null;
            }[];
            renews: {
                id: string;
                number: string;
            } | null;
            renewedBy: {
                id: string;
                number: string;
            } | null;
            can: {
                pay: boolean;
                cancel: boolean;
                receipt: boolean;
                renew: boolean;
            };
        };
        DonationRequest: {
            /**
             * Format: uuid
             * @description Petugas dan admin: donatur yang membayar; donatur: selalu organisasinya sendiri
             */
            donorOrgId?: string;
            programs: string[];
            declaredIncome?: string;
            months: number;
            /** @description TTTT-BB, bulan iuran pertama */
            startMonth: string;
            selection: {
                /** @constant */
                kind: "list";
                workerIds: string[];
            } | {
                /** @constant */
                kind: "cohort";
                regionCode: string;
                occupations?: string[];
                count: number;
            };
        };
        WorkerImport: {
            id: string;
            fileName: string;
            /** @enum {string} */
            fileKind: "csv" | "xlsx";
            fileBytes: number;
            /** @enum {string} */
            status: "validating" | "validated" | "committing" | "committed" | "failed";
            mode: ("valid_only" | "all_or_nothing") | null;
            totalRows: number;
            validRows: number;
            errorRows: number;
            warningRows: number;
            committedRows: number;
            progress: {
                done: number;
                total: number | null;
            };
            failure: {
                code: string;
                message: string;
                details: unknown;
            } | null;
            sameFileAs: string | null;
            unknownColumns: string[];
            createdAt: string;
            validatedAt: string | null;
            committedAt: string | null;
        };
        WorkerRegistration: {
            /** @description NIK 16 angka */
            nik: string;
            fullName: string;
            /** @description TTTT-BB-HH; bila kosong diambil dari NIK */
            birthDate?: string;
            /** @description L atau P; bila kosong diambil dari NIK */
            sex?: string;
            /** @description Kode desa/kelurahan domisili, mis. 62.02.05.2001 */
            villageCode: string;
            /** @description Kode pekerjaan (GET /api/rules → occupations) */
            occupation: string;
            occupationOther?: string;
            /** @description Tingkat penghasilan; bawaan Rp 1.000.000 */
            declaredIncome?: string;
            phone?: string;
            isDtks?: boolean;
            /** @description 1–10; null menghapus */
            p3keDecile?: number | null;
            isWageEarner?: boolean;
        };
        WorkerPatch: {
            fullName?: string;
            /** @description TTTT-BB-HH; bila kosong diambil dari NIK */
            birthDate?: string;
            /** @description L atau P; bila kosong diambil dari NIK */
            sex?: string;
            /** @description Kode desa/kelurahan domisili, mis. 62.02.05.2001 */
            villageCode?: string;
            /** @description Kode pekerjaan (GET /api/rules → occupations) */
            occupation?: string;
            occupationOther?: string;
            /** @description Tingkat penghasilan; bawaan Rp 1.000.000 */
            declaredIncome?: string;
            phone?: string;
            isDtks?: boolean;
            /** @description 1–10; null menghapus */
            p3keDecile?: number | null;
        };
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
