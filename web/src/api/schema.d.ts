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
        /** Daftar organisasi donatur */
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
                            items: components["schemas"]["DonorOrgSummary"][];
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
        DonorOrgSummaryInput: {
            id: string;
            displayName: string;
            /** @enum {string} */
            type: "SWASTA" | "BUMN" | "BUMD" | "INSTANSI" | "LEMBAGA_ZAKAT" | "PEMDA" | "PERORANGAN";
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
        DonorOrgSummary: {
            id: string;
            displayName: string;
            /** @enum {string} */
            type: "SWASTA" | "BUMN" | "BUMD" | "INSTANSI" | "LEMBAGA_ZAKAT" | "PEMDA" | "PERORANGAN";
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
    };
    responses: never;
    parameters: never;
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export type operations = Record<string, never>;
