import type { Rng } from '../prng.ts';

/**
 * Synthetic Indonesian personal names for demo workers, by naming tradition and sex. Names are
 * combined at random from common given names, so no row describes a real person; combinations
 * that happen to be the name of a well-known public figure are rejected (FAMOUS_NAMES).
 * Many Indonesians carry a single name, so every tradition produces single-word names too.
 */
export type Sex = 'L' | 'P';

export type NameTradition = 'jawa' | 'sunda' | 'banjar' | 'dayak' | 'melayu' | 'kutai' | 'madura' | 'bugis';

type NamePool = {
  /** First names, each usable on its own. */
  given: readonly string[];
  /** First words that never stand alone: titles (Andi, Nyimas), abbreviations (Moh.), name parts (Sri, Muhammad). */
  prefixes: readonly string[];
  /** Second words: further given names, father's names, or family names. */
  second: readonly string[];
};

type TraditionNames = {
  L: NamePool;
  P: NamePool;
  /** Share of single-word names. */
  singleShare: number;
  /** Share of names that start with one of the prefixes. */
  prefixShare: number;
  /** Mostly Muslim naming (used to keep Quran teachers and mosque caretakers coherent). */
  isMostlyMuslim: boolean;
};

export const NAME_TRADITIONS: Readonly<Record<NameTradition, TraditionNames>> = {
  jawa: {
    singleShare: 0.55,
    prefixShare: 0.12,
    isMostlyMuslim: true,
    L: {
      given: [
        'Sutrisno', 'Suparman', 'Slamet', 'Sugeng', 'Suyitno', 'Wagiman', 'Paimin', 'Sukardi', 'Sumarno', 'Mulyono',
        'Sunarto', 'Purwanto', 'Budi', 'Agus', 'Heru', 'Wahyu', 'Yanto', 'Darmaji', 'Kasiman',
        'Jumadi', 'Tukiran', 'Ngatimin', 'Karyono', 'Suwarno', 'Giyanto', 'Riyadi', 'Warsito', 'Haryanto', 'Sugiarto',
        'Teguh', 'Rudi', 'Adi', 'Setyo', 'Parjo', 'Sarno', 'Tumijo', 'Waluyo', 'Supardi', 'Mujiono', 'Sukirno',
        'Panut', 'Sarijan', 'Legiman', 'Kusno', 'Samidi', 'Tarmuji', 'Wardoyo',
      ],
      prefixes: ['Eko', 'Dwi', 'Tri', 'Muhammad'],
      second: [
        'Santoso', 'Susanto', 'Prasetyo', 'Wibowo', 'Setiawan', 'Saputro', 'Nugroho', 'Purnomo', 'Raharjo',
        'Wicaksono', 'Kurniawan', 'Pranoto', 'Utomo', 'Sulistyo', 'Handoko', 'Suprapto', 'Riyanto', 'Wiyono',
        'Sasongko', 'Hidayat', 'Mulyadi', 'Darmawan', 'Cahyono', 'Pamungkas',
      ],
    },
    P: {
      given: [
        'Suparmi', 'Sumarni', 'Sulastri', 'Wartini', 'Tumini', 'Painem', 'Sukinah', 'Ngatini', 'Supriyati',
        'Suwarni', 'Karsinah', 'Tukinem', 'Sriyani', 'Endang', 'Yuni', 'Wahyuni', 'Rahayu', 'Puji', 'Ratna',
        'Wulan', 'Ambarwati', 'Purwanti', 'Suryani', 'Kasmini', 'Mulyani', 'Sumiyati', 'Ngadiyem', 'Tarmini',
        'Sutini', 'Warsini', 'Yatmi', 'Sukesi', 'Lasmi', 'Parmi', 'Rumini', 'Sarinah',
      ],
      prefixes: ['Sri', 'Siti', 'Dwi', 'Tri'],
      second: [
        'Wahyuni', 'Rahayu', 'Lestari', 'Handayani', 'Astuti', 'Wulandari', 'Rahmawati', 'Susanti', 'Purwaningsih',
        'Setyowati', 'Suryaningsih', 'Kurniasih', 'Utami', 'Pratiwi', 'Indriyani', 'Sulistyowati', 'Hartini',
        'Mulyaningsih', 'Widayati', 'Ningsih',
      ],
    },
  },
  sunda: {
    singleShare: 0.5,
    prefixShare: 0,
    isMostlyMuslim: true,
    L: {
      given: [
        'Asep', 'Ujang', 'Dadang', 'Cecep', 'Dede', 'Engkos', 'Iwan', 'Jajang', 'Ade', 'Ayi', 'Dadan', 'Endang', 'Wawan',
        'Yayan', 'Nandang', 'Usep', 'Acep', 'Deden', 'Mamat', 'Oman', 'Odih', 'Rohmat', 'Kusnadi', 'Suhendar', 'Engkus',
        'Aep', 'Tatang', 'Encep', 'Yaya', 'Ohim',
      ],
      prefixes: [],
      second: [
        'Sopandi', 'Saepudin', 'Hidayat', 'Ruhimat', 'Permana', 'Sunarya', 'Hermawan', 'Kusnadi', 'Rustandi', 'Sutisna',
        'Setiadi', 'Gumilar', 'Nugraha', 'Suherman', 'Mulyana', 'Sukmana', 'Rohendi', 'Supriatna',
      ],
    },
    P: {
      given: [
        'Euis', 'Neneng', 'Enok', 'Imas', 'Cucu', 'Eneng', 'Iis', 'Yeyen', 'Nining', 'Entin', 'Popon', 'Atikah', 'Lilis',
        'Titin', 'Dedeh', 'Ai', 'Enung', 'Yati', 'Nunung', 'Rohaeti', 'Oneng', 'Nyai', 'Elis', 'Dedah', 'Eti',
      ],
      prefixes: [],
      second: [
        'Rohaeti', 'Nurhayati', 'Kurniasih', 'Maryati', 'Sumiati', 'Rosita', 'Sopiah', 'Komariah', 'Hasanah', 'Nurjanah',
        'Rukmanah', 'Suryati', 'Juariah', 'Romlah', 'Halimah',
      ],
    },
  },
  banjar: {
    singleShare: 0.35,
    prefixShare: 0.15,
    isMostlyMuslim: true,
    L: {
      given: [
        'Ahmad', 'Anang', 'Rahmadi', 'Syahrani', 'Rusdiansyah', 'Rahman', 'Rusdi', 'Jumberi',
        'Arsyad', 'Masrani', 'Jumadi', 'Aliansyah', 'Samsuni', 'Mahyudin', 'Hairil', 'Fauzan', 'Saipul', 'Rahmat',
        'Supiani', 'Hamdani', 'Norhadi', 'Mursyid', 'Syarkawi', 'Jamhuri', 'Taupik', 'Muhdi', 'Ramli', 'Gazali',
        'Halidi', 'Rizali', 'Fahrurrazi', 'Hairani', 'Asmuni',
      ],
      prefixes: ['Muhammad', 'Abdul', 'Gusti', 'H.'],
      second: [
        'Noor', 'Rahman', 'Hidayat', 'Ansyari', 'Fahmi', 'Rizani', 'Arsyad', 'Effendi', 'Hasbi', 'Rifani', 'Mahfuzi',
        'Jamhari', 'Syarifuddin', 'Zainuddin', 'Ramadhani', 'Iberahim', 'Husaini', 'Syahriani', 'Fadillah', 'Sabirin',
      ],
    },
    P: {
      given: [
        'Noorjannah', 'Rabiatul', 'Rahmah', 'Jamilah', 'Masitah', 'Hamidah', 'Salasiah', 'Fatimah',
        'Rusmiati', 'Mariani', 'Halimah', 'Norhasanah', 'Aminah', 'Jumiati', 'Rukayah', 'Haliyah', 'Mahrita', 'Masliani',
        'Raudah', 'Salmiah', 'Hairiyah', 'Rusdiana', 'Yuliani', 'Zubaidah', 'Masnah', 'Norlaila',
      ],
      prefixes: ['Siti', 'Nor', 'Gusti', 'Hj.'],
      second: [
        'Adawiyah', 'Jamilah', 'Hidayah', 'Hasanah', 'Maulida', 'Rahmawati', 'Aulia', 'Fitriani', 'Salamah',
        'Khairunnisa', 'Mariana', 'Rahmah', 'Rabiah', 'Noorhayati', 'Wardah', 'Zainab',
      ],
    },
  },
  dayak: {
    singleShare: 0.25,
    prefixShare: 0,
    isMostlyMuslim: false,
    L: {
      given: [
        'Yohanes', 'Paulus', 'Petrus', 'Markus', 'Agustinus', 'Yakobus', 'Stefanus', 'Fransiskus', 'Benediktus',
        'Dominikus', 'Yosef', 'Antonius', 'Kornelius', 'Lukas', 'Matius', 'Simon', 'Hironimus', 'Marselinus',
        'Lawing', 'Ajang', 'Uyang', 'Bilung', 'Jalung', 'Lusang', 'Asuy', 'Ngau', 'Ibus', 'Tingang', 'Sahat',
        'Dirung', 'Kuntoi', 'Anyeq', 'Ransum', 'Liung', 'Sulang',
      ],
      prefixes: [],
      second: [
        'Lawing', 'Ding', 'Ajang', 'Uyang', 'Asuy', 'Lusang', 'Jalung', 'Bilung', 'Dirung', 'Tingang', 'Ngau', 'Kuntoi',
        'Sahat', 'Bungai', 'Sangen', 'Tuah', 'Liah', 'Aban', 'Ipui', 'Lenjau', 'Belawan', 'Abeng',
      ],
    },
    P: {
      given: [
        'Maria', 'Magdalena', 'Yuliana', 'Veronika', 'Agnes', 'Elisabet', 'Theresia', 'Lusia', 'Margaretha', 'Katarina',
        'Yosefina', 'Kristina', 'Rosalina', 'Marselina', 'Natalia', 'Martha', 'Helena', 'Yulita', 'Usun', 'Iyang',
        'Enah', 'Lenny', 'Suriani', 'Uyun', 'Yohana', 'Dorkas', 'Sinta', 'Ruth',
      ],
      prefixes: [],
      second: [
        'Lawing', 'Ding', 'Ajang', 'Uyang', 'Asuy', 'Lusang', 'Jalung', 'Bilung', 'Dirung', 'Tingang', 'Sangen',
        'Bungai', 'Liah', 'Aban', 'Ipui', 'Lenjau',
      ],
    },
  },
  melayu: {
    singleShare: 0.35,
    prefixShare: 0.1,
    isMostlyMuslim: true,
    L: {
      given: [
        'Rusli', 'Hendra', 'Suhaimi', 'Zulkifli', 'Syamsul', 'Herman', 'Husin', 'Darmawan', 'Effendi', 'Syafei', 'Yusuf',
        'Ismail', 'Rosidi', 'Hasan', 'Anwar', 'Ridwan', 'Arifin', 'Sofyan', 'Sahril', 'Apriyanto', 'Heriyanto',
        'Marzuki', 'Yunus', 'Nasrul', 'Kosim', 'Aidil', 'Rizal', 'Zainal', 'Jufri', 'Sukri',
      ],
      prefixes: ['Kemas', 'Masagus', 'Raden', 'Kgs.', 'Cik'],
      second: [
        'Syarifuddin', 'Hasan', 'Husin', 'Umar', 'Abdullah', 'Rozak', 'Nawawi', 'Zainal', 'Bakri', 'Rasyid', 'Sulaiman',
        'Toha', 'Hanafi', 'Daud', 'Yakub', 'Ali', 'Rosyid', 'Syukri', 'Mansyur', 'Idrus',
      ],
    },
    P: {
      given: [
        'Yulianti', 'Rosmala', 'Hasnah', 'Maimunah', 'Zubaidah', 'Nurlela', 'Rosmiati', 'Kartini', 'Fitri', 'Yuliana',
        'Ernawati', 'Asmah', 'Rosnah', 'Zaleha', 'Nurbaiti', 'Juliana', 'Herlina', 'Yusnani', 'Marlina',
        'Rosidah', 'Sumarni', 'Nurhasanah', 'Hamidah',
      ],
      prefixes: ['Nyimas', 'Masayu', 'Nyayu', 'Cik'],
      second: [
        'Rosmala', 'Hasanah', 'Aini', 'Zahara', 'Juwita', 'Sari', 'Fitriani', 'Kurnia', 'Lestari', 'Aisyah', 'Maryam',
        'Khadijah', 'Sofia', 'Anggraini',
      ],
    },
  },
  kutai: {
    singleShare: 0.35,
    prefixShare: 0.12,
    isMostlyMuslim: true,
    L: {
      given: [
        'Syahrir', 'Rusli', 'Hamdani', 'Jumransyah', 'Supriadi', 'Ardiansyah', 'Syahruddin', 'Masdar', 'Rahmadi',
        'Kaharuddin', 'Zulkifli', 'Yusran', 'Hamsyah', 'Sarpani', 'Irwansyah', 'Bahrun', 'Jamrani', 'Saparudin',
        'Iskandar', 'Mahmudin', 'Abdurrahman', 'Sahrani', 'Hasbullah', 'Japarudin',
      ],
      prefixes: ['Awang', 'Aji'],
      second: [
        'Syahrani', 'Rusdi', 'Anwar', 'Kadir', 'Jafar', 'Hasan', 'Saleh', 'Hamzah', 'Effendi', 'Idris', 'Aspian',
        'Sulaiman', 'Ramli', 'Bahrudin', 'Yusuf', 'Tajudin',
      ],
    },
    P: {
      given: [
        'Rusmini', 'Jamilah', 'Hasnah', 'Salmah', 'Nurhasanah', 'Rahmawati', 'Asmah', 'Juhriah', 'Masnah',
        'Rusnah', 'Normah', 'Hamsiah', 'Jumiati', 'Marhamah', 'Rohana', 'Sapiah', 'Mardiana', 'Nurjanah', 'Hadijah',
      ],
      prefixes: ['Dayang', 'Aji', 'Siti'],
      second: [
        'Rahmah', 'Hasanah', 'Jamilah', 'Aisyah', 'Fatimah', 'Mariam', 'Aminah', 'Zubaidah', 'Rosita', 'Nurhayati',
        'Saidah', 'Rabiah',
      ],
    },
  },
  madura: {
    singleShare: 0.6,
    prefixShare: 0.12,
    isMostlyMuslim: true,
    L: {
      given: [
        'Marsuki', 'Buhari', 'Holil', 'Sahlan', 'Sarip', 'Subairi', 'Hosnan', 'Matrawi', 'Sanadi', 'Muhlis', 'Hasyim',
        'Rasid', 'Jumali', 'Suhri', 'Musleh', 'Toyyib', 'Mahmud', 'Salim', 'Asmuni', 'Samsul', 'Sukri', 'Rasuli',
        'Misnadi', 'Saiful', 'Hairul', 'Busiri', 'Sahrawi', 'Juhari', 'Satrawi', 'Mattali', 'Abdurrahem', 'Hosen',
      ],
      prefixes: ['Moh.', 'Ach.', 'Moch.', 'H.'],
      second: [
        'Hasan', 'Rofiq', 'Sholeh', 'Toyyib', 'Zaini', 'Kholil', 'Mansur', 'Fauzi', "Syafi'i", 'Hadi', 'Rahem',
        'Ridwan', 'Subhan', 'Yasin', 'Munir', 'Faruk',
      ],
    },
    P: {
      given: [
        'Sanimah', 'Misnati', "Juma'ati", 'Mardiyah', 'Halimah', 'Sumiyati', 'Saniyah', 'Hosniyah', 'Rukmini',
        'Maimuna', 'Sittiyah', 'Nurhayati', 'Asiyah', 'Rohmah', 'Satuni', 'Supiyah', 'Maryam', 'Suhairiyah', 'Hotimah',
        'Marwiyah', 'Saodah', 'Mistiyah', 'Rusmiyati', 'Sumaiyah',
      ],
      prefixes: ['Hj.'],
      second: [
        'Rohmah', 'Hasanah', 'Zahroh', 'Fadilah', 'Maimunah', 'Mukarromah', 'Hosniyah', 'Latifah', 'Qomariyah',
        'Munawaroh', 'Jamilah', 'Sholihah',
      ],
    },
  },
  bugis: {
    singleShare: 0.35,
    prefixShare: 0.12,
    isMostlyMuslim: true,
    L: {
      given: [
        'Baso', 'Ambo', 'Haeruddin', 'Syamsuddin', 'Sudirman', 'Muhlis', 'Kamaruddin', 'Basri', 'Jufri', 'Rustam',
        'Hamzah', 'Darwis', 'Nasrun', 'Mursalim', 'Sakka', 'Alimuddin', 'Jamaluddin', 'Muhtar', 'Hasbi', 'Rahmat',
        'Sahabuddin', 'Tahang', 'Suardi', 'Hasanuddin', 'Makmur', 'Badaruddin',
      ],
      prefixes: ['Andi', 'La'],
      second: [
        'Tahir', 'Latif', 'Rahim', 'Malik', 'Basri', 'Sattar', 'Sanusi', 'Ramli', 'Tajuddin', 'Kadir', 'Lalo', 'Mappe',
        'Baco', 'Sule', 'Tang', 'Lewa',
      ],
    },
    P: {
      given: [
        'Hasnah', 'Hasnawati', 'Nurhaedah', 'Becce', 'Indo', 'Rahmatia', 'Hadijah', 'Haslinda', 'Sumarni',
        'Jumriani', 'Hasriani', 'Nurmiati', 'Rosdiana', 'Rugaya', 'Hamsiah', 'Nurhayati', 'Suriani', 'Marhumah',
        'Nuraeni', 'Hasmawati',
      ],
      prefixes: ['Andi', 'Besse', 'Sitti'],
      second: ['Hasnah', 'Hadijah', 'Nurhayati', 'Rahmatia', 'Hasriani', 'Salmah', 'Maryam', 'Fatimah', 'Halijah', 'Rabiah'],
    },
  },
};

/**
 * Names of national public figures that random combinations of common names could produce.
 * Compared case-insensitively against the whole name; a hit is drawn again.
 */
export const FAMOUS_NAMES: ReadonlySet<string> = new Set(
  [
    'Joko Widodo', 'Prabowo Subianto', 'Sri Mulyani', 'Dewi Lestari', 'Budi Gunawan', 'Puan Maharani', 'Siti Nurbaya',
    'Agus Salim', 'Ahmad Yani', 'Ahmad Dhani', 'Budi Santoso', 'Eko Patrio', 'Siti Nurhaliza', 'Yusuf Kalla',
    'Ridwan Kamil', 'Anies Baswedan', 'Andi Mallarangeng', 'Agus Harimurti', 'Sri Sultan', 'Rahmat Hidayat',
    'Budi Karya', 'Hendra Setiawan', 'Herman Deru', 'Andi Sudirman', 'Teguh Santoso', 'Agus Susanto',
  ].map((name) => name.toLowerCase()),
);

const MAX_DRAWS = 20;

/** A synthetic full name for one person of a tradition and sex. */
export function randomPersonName({ rng, tradition, sex }: { rng: Rng; tradition: NameTradition; sex: Sex }): string {
  const names = NAME_TRADITIONS[tradition];
  const pool = names[sex];
  for (let draw = 0; draw < MAX_DRAWS; draw++) {
    const name = composeName({ rng, pool, singleShare: names.singleShare, prefixShare: names.prefixShare });
    if (!FAMOUS_NAMES.has(name.toLowerCase())) return name;
  }
  throw new Error(`Tidak bisa membuat nama contoh untuk tradisi ${tradition}`);
}

function composeName({ rng, pool, singleShare, prefixShare }: { rng: Rng; pool: NamePool; singleShare: number; prefixShare: number }): string {
  const isPrefixed = pool.prefixes.length > 0 && rng.bool(prefixShare);
  if (isPrefixed) return `${rng.pick(pool.prefixes)} ${rng.pick(pool.given)}`;
  const first = rng.pick(pool.given);
  if (rng.bool(singleShare)) return first;
  const second = pickDifferent({ rng, items: pool.second, unlike: first });
  return `${first} ${second}`;
}

function pickDifferent({ rng, items, unlike }: { rng: Rng; items: readonly string[]; unlike: string }): string {
  const candidate = rng.pick(items);
  if (candidate !== unlike) return candidate;
  return items[(items.indexOf(candidate) + 1) % items.length] as string;
}
