"""Reference lists for the demo workspace: Palu names, academic titles, OPD, jabatan."""

from __future__ import annotations

from dataclasses import dataclass

# --- names -------------------------------------------------------------------------------
# Palu mixes Kaili, Bugis, Javanese, Manado/Minahasa and Arab-descended families; the
# weights below are a rough picture of that mix, not statistics.
MUSLIM_MALE = (
    "Abdul Rahman", "Ahmad", "Akbar", "Alimuddin", "Amiruddin", "Anwar", "Arifin", "Arman",
    "Arsyad", "Asrul", "Azis", "Baharuddin", "Burhanuddin", "Darwis", "Fadli", "Fahri",
    "Faisal", "Firman", "Hamka", "Hamzah", "Haris", "Hasanuddin", "Hendra", "Herman",
    "Hidayat", "Ikhsan", "Ilham", "Imran", "Irfan", "Irwan", "Iskandar", "Ismail",
    "Jamaluddin", "Jufri", "Kamaruddin", "Khairil", "Lukman", "Mansyur", "Marwan",
    "Muchlis", "Mustafa", "Nasrun", "Nurdin", "Rahmat", "Ramli", "Ridwan", "Rizal",
    "Rusdin", "Rustam", "Saiful", "Salman", "Sofyan", "Syahrir", "Syamsul", "Taufik",
    "Usman", "Wahyudin", "Yahya", "Yusuf", "Zainal", "Zulkifli", "Fikri", "Fauzan",
    "Rifaldi", "Reza", "Aldi", "Rendy", "Syarifuddin", "Nasaruddin", "Abdul Haris",
)  # fmt: skip
MUSLIM_MALE_SECOND = (
    "Hidayat", "Ramadhan", "Saputra", "Pratama", "Gunawan", "Syahputra", "Kurniawan",
    "Maulana", "Ardiansyah", "Firmansyah", "Hakim", "Rahman", "Rasyid", "Basri", "Latif",
    "Malik", "Amir", "Arsyad", "Kadir", "Saleh", "Sahid", "Umar", "Idris", "Ramli",
)  # fmt: skip
MUSLIM_FEMALE = (
    "Aisyah", "Asma", "Darmawati", "Fatmawati", "Fitri", "Fitriani", "Hasmawati", "Hasnah",
    "Herlina", "Husna", "Irmawati", "Jumriah", "Kartini", "Marlina", "Masyita", "Mardiana",
    "Nirwana", "Nurhayati", "Nurlela", "Rahmawati", "Rosmini", "Salmawati", "Sartika",
    "Suriani", "Syamsiah", "Wahidah", "Yuliana", "Zainab", "Rahmi", "Risna", "Hasriani",
    "Ratnasari", "Andriani", "Ayu", "Dewi", "Indah", "Sulastri", "Hamidah", "Nurjannah",
    "Musdalifah", "Zulaeha", "Nurul Fadillah", "Nur Aini", "Nurfitriani", "Sri Rahayu",
    "Hartini", "Megawati", "Jusmawati", "Nurhidayah", "Sitti Aminah",
)  # fmt: skip
MUSLIM_FEMALE_SECOND = (
    "Sari", "Ningsih", "Amelia", "Safitri", "Puspita", "Ramadhani", "Anggraini", "Putri",
    "Lestari", "Handayani", "Novianti", "Hasanah", "Sukmawati", "Rahmadani",
)  # fmt: skip
KAILI_FAMILY = (
    "Lamarauna", "Tombolotutu", "Lamadjido", "Djanggola", "Pettalolo", "Datupalinge",
    "Lasahido", "Lapasere", "Labaso", "Lamasitudju", "Intje Mangge", "Mastura", "Bantilan",
    "Lamakampali", "Lariwu", "Tanggo", "Dg. Malino",
)  # fmt: skip
BUGIS_FAMILY = (
    "Mappiare", "Pawallangi", "Mattalitti", "Pananrangi", "Mappangara", "Tenriangke",
    "Mallarangeng", "Pabittei", "Makkasau", "Mappanyukki", "Lasinrang", "Haddade",
)  # fmt: skip
ARAB_FAMILY = ("Aljufri", "Alhabsyi", "Assegaf", "Bachmid", "Bahasoan", "Alamri", "Albar")
ARAB_FEMALE = ("Fatimah", "Khadijah", "Aisyah", "Syarifah", "Nadia", "Salma", "Zahra")
JAVA_MALE = (
    "Agus", "Bambang", "Budi", "Dwi", "Eko", "Hadi", "Joko", "Slamet", "Sugeng", "Teguh",
    "Tri", "Wahyu", "Yudi", "Heru", "Anton", "Dedi", "Rudi", "Sigit", "Bayu", "Andri",
)  # fmt: skip
JAVA_MALE_SECOND = (
    "Santoso", "Susilo", "Wibowo", "Prasetyo", "Nugroho", "Purnomo", "Setiawan", "Hartono",
    "Suryanto", "Widodo", "Kuncoro", "Sulistyo", "Haryanto", "Wicaksono",
)  # fmt: skip
JAVA_FEMALE = (
    "Sri", "Endang", "Dwi", "Tri", "Eka", "Ratna", "Retno", "Siti", "Wulan", "Dewi",
    "Rini", "Yuni", "Tutik", "Sumiati",
)  # fmt: skip
JAVA_FEMALE_SECOND = (
    "Wahyuni", "Lestari", "Rahayu", "Handayani", "Kusumawati", "Wulandari", "Astuti",
    "Suryani", "Utami", "Purwanti", "Susanti", "Setyowati",
)  # fmt: skip
MANADO_MALE = (
    "Johny", "Fransiskus", "Stevanus", "Yohanis", "Herry", "Ronald", "Jefry", "Frangky",
    "Roy", "Alfrets", "Denny", "Jimmy", "Marthen", "Hendrik",
)  # fmt: skip
MANADO_FEMALE = (
    "Maria", "Grace", "Meiske", "Novita", "Jeane", "Olivia", "Stevani", "Yuliana", "Deisy",
    "Christin", "Lenny", "Vivi",
)  # fmt: skip
MANADO_FAMILY = (
    "Wowor", "Lumintang", "Mandagi", "Sumual", "Rondonuwu", "Tumbelaka", "Pangemanan",
    "Kaunang", "Mamahit", "Walangitan", "Supit", "Lapian", "Rumengan", "Sondakh",
    "Tambuwun", "Karundeng",
)  # fmt: skip
# (group, weight)
ETHNIC_MIX = (("kaili", 45), ("bugis", 17), ("jawa", 16), ("manado", 9), ("arab", 5))

# --- education and academic titles --------------------------------------------------------
# Education codes: SMA, D3, S1, S2, PROF (professional degree: dokter, dokter gigi).
EDU_START_RANK = {"SMA": 5, "D3": 7, "S1": 9, "S2": 10, "PROF": 10}  # II/a, II/c, III/a, III/b
EDU_MIN_AGE = {"SMA": 20, "D3": 21, "S1": 23, "S2": 25, "PROF": 25}

# discipline -> education -> (front title, back title) choices
TITLES: dict[str, dict[str, tuple[tuple[str, str], ...]]] = {
    "umum": {
        "SMA": (("", ""),),
        "D3": (("", "A.Md."),),
        "S1": (("", "S.Sos."), ("", "S.AP."), ("", "S.IP."), ("", "S.E."), ("", "S.H.")),
        "S2": (("", "S.Sos., M.Si."), ("", "S.E., M.M."), ("", "S.IP., M.AP."), ("", "S.H., M.H.")),
    },
    "pemerintahan": {
        "SMA": (("", ""),),
        "D3": (("", "A.Md."),),
        "S1": (("", "S.STP."), ("", "S.IP."), ("", "S.Sos.")),
        "S2": (("", "S.STP., M.Si."), ("", "S.IP., M.AP."), ("", "S.Sos., M.Si.")),
    },
    "ekonomi": {
        "SMA": (("", ""),),
        "D3": (("", "A.Md.Ak."),),
        "S1": (("", "S.E."), ("", "S.Ak.")),
        "S2": (("", "S.E., M.Si."), ("", "S.E., M.M."), ("", "S.E., M.Ak.")),
    },
    "hukum": {"S1": (("", "S.H."),), "S2": (("", "S.H., M.H."),)},
    "komputer": {
        "D3": (("", "A.Md.Kom."),),
        "S1": (("", "S.Kom."), ("", "S.T.")),
        "S2": (("", "S.Kom., M.Kom."), ("", "S.Kom., M.T.")),
    },
    "teknik": {
        "SMA": (("", ""),),
        "D3": (("", "A.Md.T."),),
        "S1": (("", "S.T."),),
        "S2": (("", "S.T., M.T."), ("", "S.T., M.Si.")),
    },
    "lingkungan": {
        "D3": (("", "A.Md.KL."),),
        "S1": (("", "S.T."), ("", "S.Si.")),
        "S2": (("", "S.T., M.Si."), ("", "S.Si., M.Si.")),
    },
    "guru": {
        "S1": (("", "S.Pd."), ("", "S.Pd."), ("", "S.Pd."), ("", "S.Pd.I."), ("", "S.Si.")),
        "S2": (("", "S.Pd., M.Pd."),),
    },
    "perawat": {
        "D3": (("", "A.Md.Kep."),),
        "S1": (("", "S.Kep., Ns."),),
        "S2": (("", "S.Kep., Ns., M.Kep."),),
    },
    "bidan": {
        "D3": (("", "A.Md.Keb."),),
        "S1": (("", "S.Tr.Keb."), ("", "S.Keb., Bd.")),
        "S2": (("", "S.ST., M.Kes."),),
    },
    "dokter": {"PROF": (("dr.", ""),), "S2": (("dr.", "M.Kes."),)},
    "dokter_spesialis": {
        "PROF": (
            ("dr.", "Sp.PD."),
            ("dr.", "Sp.OG."),
            ("dr.", "Sp.A."),
            ("dr.", "Sp.B."),
            ("dr.", "Sp.An."),
            ("dr.", "Sp.JP."),
            ("dr.", "Sp.Rad."),
            ("dr.", "Sp.N."),
        ),
    },
    "dokter_gigi": {"PROF": (("drg.", ""),)},
    "farmasi": {"D3": (("", "A.Md.Farm."),), "S1": (("apt.", "S.Farm."),)},
    "kesmas": {
        "D3": (("", "A.Md.KL."),),
        "S1": (("", "S.KM."),),
        "S2": (("", "S.KM., M.Kes."),),
    },
    "gizi": {"D3": (("", "A.Md.Gz."),), "S1": (("", "S.Gz."),)},
    "analis_kesehatan": {"D3": (("", "A.Md.AK."),), "S1": (("", "S.Tr.Kes."),)},
    "radiologi": {"D3": (("", "A.Md.Rad."),), "S1": (("", "S.Tr.Rad."),)},
    "rekam_medis": {"D3": (("", "A.Md.RMIK"),)},
    "fisioterapi": {"D3": (("", "A.Md.Ftr."),), "S1": (("", "S.Ft."),)},
    "anestesi": {"D3": (("", "A.Md.Kep."),), "S1": (("", "S.Tr.Kes."),)},
    "pertanian": {
        "D3": (("", "A.Md.P."),),
        "S1": (("", "S.P."),),
        "S2": (("", "S.P., M.Si."),),
    },
    "perikanan": {"D3": (("", "A.Md.Pi."),), "S1": (("", "S.Pi."),), "S2": (("", "S.Pi., M.Si."),)},
    "veteriner": {"PROF": (("drh.", ""),)},
    "sosial": {
        "D3": (("", "A.Md."),),
        "S1": (("", "S.Sos."), ("", "S.Tr.Sos.")),
        "S2": (("", "S.Sos., M.Si."),),
    },
    "perpustakaan": {"D3": (("", "A.Md."),), "S1": (("", "S.IP."), ("", "S.Hum."))},
    "statistik": {"D3": (("", "A.Md."),), "S1": (("", "S.Si."), ("", "S.Stat."))},
    "pariwisata": {"S1": (("", "S.Par."), ("", "S.E.")), "S2": (("", "S.Par., M.Par."),)},
    "komunikasi": {"D3": (("", "A.Md."),), "S1": (("", "S.I.Kom."), ("", "S.Sos."))},
    "keamanan": {
        "SMA": (("", ""),),
        "D3": (("", "A.Md."),),
        "S1": (("", "S.H."), ("", "S.Sos.")),
        "S2": (("", "S.H., M.H."),),
    },
}
# Disciplines whose S1 holders born before 1971 mostly carry the old front degree.
OLD_FRONT_DEGREE = {
    "umum": ("Drs.", "Dra."),
    "pemerintahan": ("Drs.", "Dra."),
    "ekonomi": ("Drs.", "Dra."),
    "sosial": ("Drs.", "Dra."),
    "guru": ("Drs.", "Dra."),
    "teknik": ("Ir.", "Ir."),
    "pertanian": ("Ir.", "Ir."),
}


# --- jabatan -----------------------------------------------------------------------------
@dataclass(frozen=True)
class Functional:
    """A jabatan fungsional family, e.g. Perawat (keahlian and keterampilan)."""

    name: str
    discipline: str
    keahlian: bool = True
    keterampilan: bool = False
    terampil_share: float = 0.0  # share of keterampilan when both exist
    terampil_edu: str = "D3"
    female_share: float = 0.5


FUNCTIONALS: dict[str, Functional] = {
    f.name if f.discipline != "dokter_spesialis" else "Dokter Spesialis": f
    for f in (
        Functional("Guru", "guru", female_share=0.7),
        Functional("Pengawas Sekolah", "guru", female_share=0.45),
        Functional("Pamong Belajar", "guru", female_share=0.5),
        Functional("Perawat", "perawat", True, True, 0.5, female_share=0.8),
        Functional("Bidan", "bidan", True, True, 0.6, female_share=1.0),
        Functional("Dokter", "dokter", female_share=0.6),
        Functional("Dokter", "dokter_spesialis", female_share=0.45),
        Functional("Dokter Gigi", "dokter_gigi", female_share=0.7),
        Functional("Apoteker", "farmasi", female_share=0.75),
        Functional("Asisten Apoteker", "farmasi", False, True, 1.0, female_share=0.75),
        Functional("Nutrisionis", "gizi", True, True, 0.5, female_share=0.85),
        Functional("Sanitarian", "kesmas", True, True, 0.5, female_share=0.6),
        Functional(
            "Pranata Laboratorium Kesehatan", "analis_kesehatan", True, True, 0.6, female_share=0.7
        ),
        Functional("Penyuluh Kesehatan Masyarakat", "kesmas", female_share=0.7),
        Functional("Epidemiolog Kesehatan", "kesmas", female_share=0.6),
        Functional("Administrator Kesehatan", "kesmas", female_share=0.6),
        Functional("Perekam Medis", "rekam_medis", False, True, 1.0, female_share=0.6),
        Functional("Radiografer", "radiologi", True, True, 0.7, female_share=0.4),
        Functional("Fisioterapis", "fisioterapi", True, True, 0.7, female_share=0.6),
        Functional("Penata Anestesi", "anestesi", True, True, 0.5, female_share=0.4),
        Functional("Analis Sumber Daya Manusia Aparatur", "umum", female_share=0.55),
        Functional("Asesor Sumber Daya Manusia Aparatur", "umum"),
        Functional("Pranata Komputer", "komputer", True, True, 0.4, female_share=0.4),
        Functional("Arsiparis", "perpustakaan", True, True, 0.5, female_share=0.6),
        Functional("Pustakawan", "perpustakaan", True, True, 0.4, female_share=0.65),
        Functional("Perencana", "ekonomi"),
        Functional("Analis Kebijakan", "umum"),
        Functional("Auditor", "ekonomi"),
        Functional("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "pemerintahan"),
        Functional("Analis Keuangan Pusat dan Daerah", "ekonomi", female_share=0.6),
        Functional("Analis Hukum", "hukum"),
        Functional("Perancang Peraturan Perundang-undangan", "hukum"),
        Functional("Pengelola Pengadaan Barang/Jasa", "ekonomi", female_share=0.4),
        Functional("Penyuluh Pertanian", "pertanian", True, True, 0.4, female_share=0.4),
        Functional("Pengawas Mutu Hasil Pertanian", "pertanian", True, True, 0.4),
        Functional("Medik Veteriner", "veteriner", female_share=0.5),
        Functional("Penyuluh Perikanan", "perikanan", True, True, 0.3, female_share=0.35),
        Functional("Pengawas Perikanan", "perikanan", female_share=0.3),
        Functional("Teknik Jalan dan Jembatan", "teknik", True, True, 0.4, female_share=0.2),
        Functional("Teknik Pengairan", "teknik", True, True, 0.4, female_share=0.2),
        Functional("Penata Ruang", "teknik", female_share=0.35),
        Functional(
            "Penata Kelola Bangunan Gedung dan Kawasan Permukiman", "teknik", female_share=0.3
        ),
        Functional("Pekerja Sosial", "sosial", True, True, 0.4, female_share=0.6),
        Functional("Penyuluh Sosial", "sosial", female_share=0.55),
        Functional("Penguji Kendaraan Bermotor", "teknik", True, True, 0.7, female_share=0.1),
        Functional("Pengendali Dampak Lingkungan", "lingkungan", female_share=0.45),
        Functional("Administrator Database Kependudukan", "komputer", True, True, 0.4),
        Functional("Pranata Hubungan Masyarakat", "komunikasi", True, True, 0.3, female_share=0.55),
        Functional("Statistisi", "statistik", True, True, 0.3, female_share=0.55),
        Functional("Sandiman", "komputer", True, True, 0.5, female_share=0.3),
        Functional("Pamong Budaya", "umum"),
        Functional("Adyatama Kepariwisataan dan Ekonomi Kreatif", "pariwisata", female_share=0.55),
        Functional("Polisi Pamong Praja", "keamanan", True, True, 0.85, "SMA", female_share=0.2),
        Functional("Pemadam Kebakaran", "keamanan", False, True, 1.0, "SMA", female_share=0.05),
        Functional("Analis Penanggulangan Bencana", "umum", female_share=0.35),
        Functional("Pengantar Kerja", "umum", female_share=0.5),
        Functional("Mediator Hubungan Industrial", "hukum", female_share=0.4),
        Functional("Pengawas Koperasi", "ekonomi", female_share=0.5),
        Functional("Penyuluh Perindustrian dan Perdagangan", "ekonomi", female_share=0.5),
        Functional("Pengawas Perdagangan", "ekonomi", female_share=0.4),
        Functional("Penera", "teknik", True, True, 0.6, female_share=0.3),
        Functional("Analis Ketahanan Pangan", "pertanian", female_share=0.5),
        Functional("Penilai Pajak Bumi dan Bangunan", "ekonomi", female_share=0.4),
        Functional("Pemeriksa Pajak Daerah", "ekonomi", female_share=0.45),
        Functional("Penggerak Swadaya Masyarakat", "pemerintahan", female_share=0.45),
        Functional(
            "Analis Pemberdayaan Perempuan dan Perlindungan Anak", "sosial", female_share=0.8
        ),
        Functional("Penyuluh Keluarga Berencana", "kesmas", female_share=0.7),
        Functional("Analis Kebijakan Investasi", "ekonomi", female_share=0.5),
    )
}


@dataclass(frozen=True)
class Pelaksana:
    """A jabatan pelaksana with its usual education and kelas jabatan."""

    name: str
    education: str
    kelas: int


PELAKSANA = (
    Pelaksana("Pengadministrasi Perkantoran", "SMA", 5),
    Pelaksana("Operator Layanan Operasional", "SMA", 5),
    Pelaksana("Pengelola Umum Operasional", "SMA", 5),
    Pelaksana("Pengolah Data dan Informasi", "D3", 6),
    Pelaksana("Pengelola Layanan Operasional", "D3", 6),
    Pelaksana("Penata Layanan Operasional", "S1", 7),
    Pelaksana("Penelaah Teknis Kebijakan", "S1", 7),
)


# --- organisation ------------------------------------------------------------------------
@dataclass(frozen=True)
class Bidang:
    """A bidang/bagian under an OPD head, with its seksi/subbagian (may be none)."""

    name: str
    sections: tuple[str, ...] = ()
    head_title: str = ""  # default "Kepala <name>"


SEKRETARIAT_SUBBAG = ("Subbagian Umum dan Kepegawaian", "Subbagian Perencanaan dan Keuangan")


@dataclass(frozen=True)
class Opd:
    """An OPD of the city-scale demo. ``size`` counts its own staff (UPTD are extra)."""

    code: str
    name: str
    head_title: str
    size: int
    disciplines: tuple[str, ...]
    functionals: tuple[tuple[str, int], ...]
    bidang: tuple[Bidang, ...]
    secretariat: str = "Sekretariat"
    secretary_title: str = "Sekretaris"
    subbag: tuple[str, ...] = SEKRETARIAT_SUBBAG
    functional_share: float = 0.45


BKPSDM = Opd(
    "BKPSDM",
    "Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    "Kepala Badan Kepegawaian dan Pengembangan Sumber Daya Manusia",
    60,
    ("umum", "pemerintahan", "komputer", "hukum"),
    (
        ("Analis Sumber Daya Manusia Aparatur", 8),
        ("Asesor Sumber Daya Manusia Aparatur", 2),
        ("Pranata Komputer", 2),
        ("Arsiparis", 1),
        ("Perencana", 1),
    ),
    (
        Bidang(
            "Bidang Pengadaan, Pemberhentian dan Informasi Kepegawaian",
            ("Seksi Pengadaan dan Pemberhentian", "Seksi Data dan Informasi Kepegawaian"),
        ),
        Bidang("Bidang Mutasi dan Promosi", ("Seksi Mutasi", "Seksi Kepangkatan dan Promosi")),
        Bidang("Bidang Pengembangan Kompetensi Aparatur", ("Seksi Pendidikan dan Pelatihan",)),
        Bidang("Bidang Penilaian Kinerja Aparatur dan Penghargaan"),
    ),
    functional_share=0.55,
)

SETDA_ASISTEN = (
    (
        "Asisten Pemerintahan dan Kesejahteraan Rakyat",
        ("Bagian Tata Pemerintahan", "Bagian Kesejahteraan Rakyat", "Bagian Hukum"),
    ),
    (
        "Asisten Perekonomian dan Pembangunan",
        (
            "Bagian Perekonomian dan Sumber Daya Alam",
            "Bagian Administrasi Pembangunan",
            "Bagian Pengadaan Barang dan Jasa",
        ),
    ),
    (
        "Asisten Administrasi Umum",
        ("Bagian Umum", "Bagian Organisasi", "Bagian Protokol dan Komunikasi Pimpinan"),
    ),
)
SETDA_SUBBAG = {
    "Bagian Tata Pemerintahan": (
        "Subbagian Pemerintahan",
        "Subbagian Otonomi Daerah",
        "Subbagian Kerja Sama",
    ),
    "Bagian Kesejahteraan Rakyat": (
        "Subbagian Bina Mental dan Spiritual",
        "Subbagian Kesejahteraan Masyarakat",
    ),
    "Bagian Hukum": (
        "Subbagian Perundang-undangan",
        "Subbagian Bantuan Hukum",
        "Subbagian Dokumentasi dan Informasi Hukum",
    ),
    "Bagian Perekonomian dan Sumber Daya Alam": (
        "Subbagian Perekonomian",
        "Subbagian Sumber Daya Alam",
    ),
    "Bagian Administrasi Pembangunan": (
        "Subbagian Program Pembangunan",
        "Subbagian Pengendalian Pembangunan",
    ),
    "Bagian Pengadaan Barang dan Jasa": (
        "Subbagian Pengelolaan Pengadaan",
        "Subbagian Layanan Pengadaan Secara Elektronik",
    ),
    "Bagian Umum": (
        "Subbagian Tata Usaha Pimpinan",
        "Subbagian Rumah Tangga",
        "Subbagian Keuangan",
    ),
    "Bagian Organisasi": (
        "Subbagian Kelembagaan dan Analisis Jabatan",
        "Subbagian Reformasi Birokrasi dan Akuntabilitas Kinerja",
    ),
    "Bagian Protokol dan Komunikasi Pimpinan": (
        "Subbagian Protokol",
        "Subbagian Komunikasi Pimpinan",
    ),
}
SETDA_STAF_AHLI = (
    "Staf Ahli Wali Kota Bidang Hukum dan Politik",
    "Staf Ahli Wali Kota Bidang Ekonomi, Keuangan dan Pembangunan",
    "Staf Ahli Wali Kota Bidang Kemasyarakatan dan Sumber Daya Manusia",
)
SETDA_SIZE = 280
SETDA_FUNCTIONALS = (
    ("Analis Hukum", 3), ("Perancang Peraturan Perundang-undangan", 2), ("Analis Kebijakan", 4),
    ("Pengelola Pengadaan Barang/Jasa", 4), ("Pranata Hubungan Masyarakat", 2), ("Arsiparis", 1),
    ("Pranata Komputer", 1), ("Perencana", 1),
)  # fmt: skip

_BASIC = (("Pranata Komputer", 1), ("Arsiparis", 1), ("Perencana", 1))

CITY_OPD: tuple[Opd, ...] = (
    Opd(
        "SETWAN",
        "Sekretariat Dewan Perwakilan Rakyat Daerah",
        "Sekretaris DPRD",
        95,
        ("umum", "hukum", "ekonomi"),
        (
            ("Analis Hukum", 2),
            ("Perancang Peraturan Perundang-undangan", 2),
            ("Pranata Hubungan Masyarakat", 2),
            ("Analis Kebijakan", 2),
        ),
        (
            Bidang(
                "Bagian Umum dan Keuangan",
                ("Subbagian Tata Usaha dan Kepegawaian", "Subbagian Keuangan"),
            ),
            Bidang(
                "Bagian Persidangan dan Perundang-undangan",
                ("Subbagian Persidangan dan Risalah", "Subbagian Perundang-undangan"),
            ),
            Bidang(
                "Bagian Fasilitasi Penganggaran dan Pengawasan",
                ("Subbagian Fasilitasi Penganggaran",),
            ),
        ),
        secretariat="",
        functional_share=0.3,
    ),
    Opd(
        "INSPEKTORAT",
        "Inspektorat Daerah",
        "Inspektur",
        75,
        ("ekonomi", "hukum", "pemerintahan"),
        (("Auditor", 6), ("Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", 5), *_BASIC),
        (
            Bidang("Inspektorat Pembantu Wilayah I", head_title="Inspektur Pembantu Wilayah I"),
            Bidang("Inspektorat Pembantu Wilayah II", head_title="Inspektur Pembantu Wilayah II"),
            Bidang("Inspektorat Pembantu Wilayah III", head_title="Inspektur Pembantu Wilayah III"),
            Bidang("Inspektorat Pembantu Khusus", head_title="Inspektur Pembantu Khusus"),
        ),
        functional_share=0.8,
    ),
    Opd(
        "DISDIKBUD",
        "Dinas Pendidikan dan Kebudayaan",
        "Kepala Dinas Pendidikan dan Kebudayaan",
        130,
        ("guru", "umum", "ekonomi"),
        (("Pengawas Sekolah", 6), ("Pamong Belajar", 2), ("Pamong Budaya", 1), *_BASIC),
        (
            Bidang(
                "Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
                ("Seksi Kurikulum dan Penilaian PAUD",),
            ),
            Bidang(
                "Bidang Pembinaan Sekolah Dasar",
                ("Seksi Kurikulum dan Penilaian SD", "Seksi Sarana dan Prasarana SD"),
            ),
            Bidang(
                "Bidang Pembinaan Sekolah Menengah Pertama",
                ("Seksi Kurikulum dan Penilaian SMP", "Seksi Sarana dan Prasarana SMP"),
            ),
            Bidang(
                "Bidang Guru dan Tenaga Kependidikan",
                ("Seksi Pendidik", "Seksi Tenaga Kependidikan"),
            ),
            Bidang("Bidang Kebudayaan", ("Seksi Cagar Budaya dan Permuseuman",)),
        ),
        functional_share=0.35,
    ),
    Opd(
        "DINKES",
        "Dinas Kesehatan",
        "Kepala Dinas Kesehatan",
        110,
        ("kesmas", "dokter", "umum"),
        (
            ("Epidemiolog Kesehatan", 3),
            ("Administrator Kesehatan", 4),
            ("Penyuluh Kesehatan Masyarakat", 3),
            ("Sanitarian", 2),
            ("Nutrisionis", 2),
            ("Apoteker", 2),
            ("Dokter", 2),
            *_BASIC,
        ),
        (
            Bidang(
                "Bidang Kesehatan Masyarakat",
                ("Seksi Kesehatan Keluarga dan Gizi", "Seksi Promosi dan Pemberdayaan Masyarakat"),
            ),
            Bidang(
                "Bidang Pencegahan dan Pengendalian Penyakit",
                (
                    "Seksi Surveilans dan Imunisasi",
                    "Seksi Pencegahan dan Pengendalian Penyakit Menular",
                ),
            ),
            Bidang(
                "Bidang Pelayanan dan Sumber Daya Kesehatan",
                ("Seksi Pelayanan Kesehatan", "Seksi Kefarmasian dan Alat Kesehatan"),
            ),
        ),
        functional_share=0.6,
    ),
    Opd(
        "RSUD",
        "Rumah Sakit Umum Daerah Anutapura",
        "Direktur Rumah Sakit Umum Daerah Anutapura",
        1040,
        ("kesmas", "dokter", "ekonomi", "umum"),
        (
            ("Perawat", 46),
            ("Bidan", 8),
            ("Dokter", 7),
            ("Dokter Spesialis", 6),
            ("Dokter Gigi", 1),
            ("Apoteker", 3),
            ("Asisten Apoteker", 3),
            ("Pranata Laboratorium Kesehatan", 4),
            ("Radiografer", 2),
            ("Nutrisionis", 2),
            ("Perekam Medis", 3),
            ("Fisioterapis", 1),
            ("Penata Anestesi", 2),
            ("Sanitarian", 1),
        ),
        (
            Bidang(
                "Bidang Pelayanan Medik", ("Seksi Pelayanan Medik", "Seksi Rekam Medik dan Rujukan")
            ),
            Bidang(
                "Bidang Keperawatan",
                ("Seksi Asuhan Keperawatan", "Seksi Mutu dan Etika Keperawatan"),
            ),
            Bidang("Bidang Penunjang", ("Seksi Penunjang Medik", "Seksi Penunjang Nonmedik")),
        ),
        secretariat="Bagian Tata Usaha",
        secretary_title="Kepala Bagian Tata Usaha",
        subbag=(
            "Subbagian Umum dan Kepegawaian",
            "Subbagian Keuangan",
            "Subbagian Perencanaan dan Evaluasi",
        ),
        functional_share=0.85,
    ),
    Opd(
        "DPUPR",
        "Dinas Pekerjaan Umum dan Penataan Ruang",
        "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
        175,
        ("teknik", "ekonomi", "umum"),
        (
            ("Teknik Jalan dan Jembatan", 5),
            ("Teknik Pengairan", 3),
            ("Penata Ruang", 2),
            ("Penata Kelola Bangunan Gedung dan Kawasan Permukiman", 2),
            *_BASIC,
        ),
        (
            Bidang(
                "Bidang Bina Marga",
                ("Seksi Pembangunan Jalan dan Jembatan", "Seksi Pemeliharaan Jalan dan Jembatan"),
            ),
            Bidang("Bidang Sumber Daya Air", ("Seksi Irigasi dan Drainase",)),
            Bidang("Bidang Cipta Karya", ("Seksi Bangunan Gedung", "Seksi Air Minum dan Sanitasi")),
            Bidang("Bidang Penataan Ruang", ("Seksi Perencanaan dan Pemanfaatan Ruang",)),
        ),
    ),
    Opd(
        "DINSOS",
        "Dinas Sosial",
        "Kepala Dinas Sosial",
        85,
        ("sosial", "umum"),
        (("Pekerja Sosial", 5), ("Penyuluh Sosial", 3), *_BASIC),
        (
            Bidang(
                "Bidang Rehabilitasi Sosial", ("Seksi Rehabilitasi Sosial Anak dan Lanjut Usia",)
            ),
            Bidang(
                "Bidang Perlindungan dan Jaminan Sosial",
                ("Seksi Perlindungan Sosial Korban Bencana", "Seksi Jaminan Sosial Keluarga"),
            ),
            Bidang(
                "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
                ("Seksi Penanganan Fakir Miskin",),
            ),
        ),
    ),
    Opd(
        "DISHUB",
        "Dinas Perhubungan",
        "Kepala Dinas Perhubungan",
        160,
        ("teknik", "umum", "keamanan"),
        (("Penguji Kendaraan Bermotor", 6), *_BASIC),
        (
            Bidang(
                "Bidang Lalu Lintas",
                ("Seksi Manajemen dan Rekayasa Lalu Lintas", "Seksi Pengendalian dan Operasional"),
            ),
            Bidang("Bidang Angkutan", ("Seksi Angkutan Orang dan Barang",)),
            Bidang(
                "Bidang Sarana dan Prasarana",
                ("Seksi Perparkiran", "Seksi Pengujian Kendaraan Bermotor"),
            ),
        ),
        functional_share=0.3,
    ),
    Opd(
        "DLH",
        "Dinas Lingkungan Hidup",
        "Kepala Dinas Lingkungan Hidup",
        330,
        ("lingkungan", "teknik", "umum"),
        (("Pengendali Dampak Lingkungan", 6), *_BASIC),
        (
            Bidang("Bidang Tata Lingkungan", ("Seksi Kajian Dampak Lingkungan",)),
            Bidang(
                "Bidang Pengelolaan Sampah dan Limbah B3",
                ("Seksi Pengurangan Sampah", "Seksi Penanganan Sampah"),
            ),
            Bidang(
                "Bidang Pengendalian Pencemaran dan Kerusakan Lingkungan",
                ("Seksi Pemantauan Lingkungan",),
            ),
            Bidang(
                "Bidang Pertamanan dan Penerangan Jalan Umum",
                ("Seksi Pertamanan", "Seksi Penerangan Jalan Umum"),
            ),
        ),
        functional_share=0.15,
    ),
    Opd(
        "DISDUKCAPIL",
        "Dinas Kependudukan dan Pencatatan Sipil",
        "Kepala Dinas Kependudukan dan Pencatatan Sipil",
        85,
        ("komputer", "umum", "pemerintahan"),
        (("Administrator Database Kependudukan", 6), ("Pranata Komputer", 2), ("Arsiparis", 1)),
        (
            Bidang(
                "Bidang Pelayanan Pendaftaran Penduduk",
                ("Seksi Identitas Penduduk", "Seksi Pindah Datang Penduduk"),
            ),
            Bidang(
                "Bidang Pelayanan Pencatatan Sipil",
                ("Seksi Kelahiran dan Kematian", "Seksi Perkawinan dan Perceraian"),
            ),
            Bidang(
                "Bidang Pengelolaan Informasi Administrasi Kependudukan",
                ("Seksi Sistem Informasi Administrasi Kependudukan",),
            ),
        ),
    ),
    Opd(
        "DPMPTSP",
        "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu",
        65,
        ("ekonomi", "hukum", "umum"),
        (("Analis Kebijakan Investasi", 4), *_BASIC),
        (
            Bidang(
                "Bidang Promosi dan Pengembangan Iklim Penanaman Modal",
                ("Seksi Promosi Penanaman Modal",),
            ),
            Bidang(
                "Bidang Pelayanan Perizinan dan Nonperizinan",
                ("Seksi Perizinan Usaha", "Seksi Perizinan Nonusaha"),
            ),
            Bidang("Bidang Pengendalian Pelaksanaan Penanaman Modal", ()),
        ),
    ),
    Opd(
        "DISKOPUKM",
        "Dinas Koperasi, Usaha Mikro, Kecil dan Menengah",
        "Kepala Dinas Koperasi, Usaha Mikro, Kecil dan Menengah",
        60,
        ("ekonomi", "umum"),
        (("Pengawas Koperasi", 4), *_BASIC),
        (
            Bidang("Bidang Kelembagaan dan Pengawasan Koperasi", ("Seksi Pengawasan Koperasi",)),
            Bidang("Bidang Pemberdayaan Usaha Mikro", ("Seksi Pengembangan Usaha Mikro",)),
        ),
    ),
    Opd(
        "DISPAR",
        "Dinas Pariwisata",
        "Kepala Dinas Pariwisata",
        55,
        ("pariwisata", "umum"),
        (("Adyatama Kepariwisataan dan Ekonomi Kreatif", 4), *_BASIC),
        (
            Bidang("Bidang Destinasi Pariwisata", ("Seksi Pengembangan Destinasi",)),
            Bidang("Bidang Pemasaran dan Ekonomi Kreatif", ("Seksi Promosi Pariwisata",)),
        ),
    ),
    Opd(
        "DISTAN",
        "Dinas Pertanian",
        "Kepala Dinas Pertanian",
        120,
        ("pertanian", "veteriner", "umum"),
        (
            ("Penyuluh Pertanian", 10),
            ("Pengawas Mutu Hasil Pertanian", 2),
            ("Medik Veteriner", 2),
            *_BASIC,
        ),
        (
            Bidang(
                "Bidang Tanaman Pangan dan Hortikultura",
                ("Seksi Produksi Tanaman Pangan", "Seksi Hortikultura"),
            ),
            Bidang(
                "Bidang Peternakan dan Kesehatan Hewan",
                ("Seksi Kesehatan Hewan dan Kesehatan Masyarakat Veteriner",),
            ),
            Bidang("Bidang Penyuluhan", ()),
        ),
        functional_share=0.6,
    ),
    Opd(
        "DISKAN",
        "Dinas Perikanan",
        "Kepala Dinas Perikanan",
        65,
        ("perikanan", "umum"),
        (("Penyuluh Perikanan", 5), ("Pengawas Perikanan", 2), *_BASIC),
        (
            Bidang("Bidang Perikanan Tangkap", ("Seksi Sarana dan Prasarana Perikanan Tangkap",)),
            Bidang("Bidang Perikanan Budidaya", ("Seksi Produksi Perikanan Budidaya",)),
        ),
    ),
    Opd(
        "DISPERKIM",
        "Dinas Perumahan dan Kawasan Permukiman",
        "Kepala Dinas Perumahan dan Kawasan Permukiman",
        75,
        ("teknik", "umum"),
        (("Penata Kelola Bangunan Gedung dan Kawasan Permukiman", 5), *_BASIC),
        (
            Bidang("Bidang Perumahan", ("Seksi Penyediaan Perumahan",)),
            Bidang("Bidang Kawasan Permukiman", ("Seksi Peningkatan Kualitas Permukiman",)),
            Bidang("Bidang Prasarana, Sarana dan Utilitas Umum", ()),
        ),
    ),
    Opd(
        "DISKOMINFO",
        "Dinas Komunikasi, Informatika, Persandian dan Statistik",
        "Kepala Dinas Komunikasi, Informatika, Persandian dan Statistik",
        65,
        ("komputer", "komunikasi", "statistik"),
        (
            ("Pranata Komputer", 5),
            ("Pranata Hubungan Masyarakat", 3),
            ("Statistisi", 2),
            ("Sandiman", 2),
        ),
        (
            Bidang(
                "Bidang Informasi dan Komunikasi Publik", ("Seksi Pengelolaan Informasi Publik",)
            ),
            Bidang(
                "Bidang Aplikasi Informatika",
                ("Seksi Tata Kelola E-Government", "Seksi Infrastruktur Teknologi Informasi"),
            ),
            Bidang("Bidang Persandian dan Statistik", ("Seksi Statistik Sektoral",)),
        ),
        functional_share=0.55,
    ),
    Opd(
        "DISPORA",
        "Dinas Pemuda dan Olahraga",
        "Kepala Dinas Pemuda dan Olahraga",
        50,
        ("umum", "guru"),
        _BASIC,
        (
            Bidang("Bidang Kepemudaan", ("Seksi Pemberdayaan Pemuda",)),
            Bidang("Bidang Keolahragaan", ("Seksi Pembudayaan dan Prestasi Olahraga",)),
        ),
        functional_share=0.2,
    ),
    Opd(
        "DISPERINDAG",
        "Dinas Perdagangan dan Perindustrian",
        "Kepala Dinas Perdagangan dan Perindustrian",
        95,
        ("ekonomi", "teknik", "umum"),
        (
            ("Penyuluh Perindustrian dan Perdagangan", 3),
            ("Pengawas Perdagangan", 2),
            ("Penera", 3),
            *_BASIC,
        ),
        (
            Bidang(
                "Bidang Perdagangan", ("Seksi Bina Usaha Perdagangan", "Seksi Stabilisasi Harga")
            ),
            Bidang("Bidang Pengelolaan Pasar", ("Seksi Pengelolaan Pasar Rakyat",)),
            Bidang("Bidang Perindustrian", ("Seksi Industri Kecil dan Menengah",)),
            Bidang("Bidang Metrologi Legal", ()),
        ),
        functional_share=0.3,
    ),
    Opd(
        "DKP",
        "Dinas Ketahanan Pangan",
        "Kepala Dinas Ketahanan Pangan",
        50,
        ("pertanian", "gizi", "umum"),
        (("Analis Ketahanan Pangan", 4), ("Pengawas Mutu Hasil Pertanian", 2), *_BASIC),
        (
            Bidang("Bidang Ketersediaan dan Distribusi Pangan", ("Seksi Ketersediaan Pangan",)),
            Bidang("Bidang Konsumsi dan Keamanan Pangan", ("Seksi Keamanan Pangan",)),
        ),
    ),
    Opd(
        "DISNAKER",
        "Dinas Tenaga Kerja",
        "Kepala Dinas Tenaga Kerja",
        50,
        ("hukum", "umum"),
        (("Pengantar Kerja", 3), ("Mediator Hubungan Industrial", 3), *_BASIC),
        (
            Bidang(
                "Bidang Penempatan dan Pelatihan Tenaga Kerja", ("Seksi Penempatan Tenaga Kerja",)
            ),
            Bidang(
                "Bidang Hubungan Industrial dan Jaminan Sosial",
                ("Seksi Penyelesaian Perselisihan Hubungan Industrial",),
            ),
        ),
    ),
    Opd(
        "DP3A",
        "Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak",
        60,
        ("sosial", "kesmas", "umum"),
        (
            ("Analis Pemberdayaan Perempuan dan Perlindungan Anak", 4),
            ("Penyuluh Keluarga Berencana", 4),
            *_BASIC,
        ),
        (
            Bidang("Bidang Pemberdayaan Perempuan", ("Seksi Kualitas Hidup Perempuan",)),
            Bidang("Bidang Perlindungan Anak", ("Seksi Pemenuhan Hak Anak",)),
            Bidang("Bidang Pengendalian Penduduk dan Keluarga Berencana", ()),
        ),
    ),
    Opd(
        "DISPUSIP",
        "Dinas Perpustakaan dan Kearsipan",
        "Kepala Dinas Perpustakaan dan Kearsipan",
        55,
        ("perpustakaan", "umum"),
        (("Pustakawan", 6), ("Arsiparis", 5), ("Pranata Komputer", 1)),
        (
            Bidang("Bidang Perpustakaan", ("Seksi Layanan dan Pelestarian Bahan Pustaka",)),
            Bidang("Bidang Kearsipan", ("Seksi Pengelolaan Arsip",)),
        ),
        functional_share=0.6,
    ),
    Opd(
        "SATPOLPP",
        "Satuan Polisi Pamong Praja",
        "Kepala Satuan Polisi Pamong Praja",
        260,
        ("keamanan", "hukum", "umum"),
        (("Polisi Pamong Praja", 10), ("Pemadam Kebakaran", 4)),
        (
            Bidang("Bidang Penegakan Peraturan Daerah", ("Seksi Penyelidikan dan Penyidikan",)),
            Bidang("Bidang Ketenteraman dan Ketertiban Umum", ("Seksi Operasi dan Pengendalian",)),
            Bidang("Bidang Perlindungan Masyarakat", ()),
            Bidang("Bidang Pemadam Kebakaran", ("Seksi Operasi Pemadaman dan Penyelamatan",)),
        ),
        functional_share=0.55,
    ),
    Opd(
        "BPKAD",
        "Badan Pengelolaan Keuangan dan Aset Daerah",
        "Kepala Badan Pengelolaan Keuangan dan Aset Daerah",
        115,
        ("ekonomi", "hukum", "umum"),
        (("Analis Keuangan Pusat dan Daerah", 6), *_BASIC),
        (
            Bidang("Bidang Anggaran", ("Seksi Penyusunan Anggaran",)),
            Bidang(
                "Bidang Perbendaharaan", ("Seksi Belanja Langsung", "Seksi Belanja Tidak Langsung")
            ),
            Bidang("Bidang Akuntansi dan Pelaporan", ("Seksi Akuntansi",)),
            Bidang("Bidang Aset", ("Seksi Penatausahaan Aset",)),
        ),
    ),
    Opd(
        "BAPENDA",
        "Badan Pendapatan Daerah",
        "Kepala Badan Pendapatan Daerah",
        125,
        ("ekonomi", "umum"),
        (("Penilai Pajak Bumi dan Bangunan", 3), ("Pemeriksa Pajak Daerah", 4), *_BASIC),
        (
            Bidang("Bidang Pendataan dan Penetapan", ("Seksi Pendataan", "Seksi Penetapan")),
            Bidang("Bidang Penagihan dan Pengendalian", ("Seksi Penagihan",)),
            Bidang("Bidang Pajak Bumi dan Bangunan", ("Seksi Penilaian",)),
        ),
        functional_share=0.3,
    ),
    Opd(
        "BAPPEDA",
        "Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        "Kepala Badan Perencanaan Pembangunan, Riset dan Inovasi Daerah",
        70,
        ("ekonomi", "teknik", "umum"),
        (("Perencana", 8), ("Analis Kebijakan", 2), ("Statistisi", 1)),
        (
            Bidang("Bidang Perencanaan Pemerintahan dan Pembangunan Manusia", ()),
            Bidang("Bidang Perencanaan Perekonomian dan Sumber Daya Alam", ()),
            Bidang("Bidang Infrastruktur dan Kewilayahan", ()),
            Bidang("Bidang Riset dan Inovasi Daerah", ()),
        ),
        functional_share=0.7,
    ),
    Opd(
        "BPBD",
        "Badan Penanggulangan Bencana Daerah",
        "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
        65,
        ("umum", "teknik"),
        (("Analis Penanggulangan Bencana", 5), *_BASIC),
        (
            Bidang("Bidang Pencegahan dan Kesiapsiagaan", ("Seksi Kesiapsiagaan",)),
            Bidang("Bidang Kedaruratan dan Logistik", ("Seksi Logistik",)),
            Bidang("Bidang Rehabilitasi dan Rekonstruksi", ()),
        ),
    ),
    Opd(
        "KESBANGPOL",
        "Badan Kesatuan Bangsa dan Politik",
        "Kepala Badan Kesatuan Bangsa dan Politik",
        45,
        ("pemerintahan", "umum"),
        (("Analis Kebijakan", 3), *_BASIC),
        (
            Bidang("Bidang Ideologi, Wawasan Kebangsaan dan Karakter Bangsa", ()),
            Bidang("Bidang Politik Dalam Negeri dan Organisasi Kemasyarakatan", ()),
            Bidang("Bidang Ketahanan Ekonomi, Sosial, Budaya dan Agama", ()),
        ),
        functional_share=0.35,
    ),
)

# Schools (UPTD of Dinas Pendidikan): (prefix, count, bidang that supervises the head,
# staff size range).
SCHOOLS = (
    (
        "TK Negeri",
        4,
        "Bidang Pembinaan Pendidikan Anak Usia Dini dan Pendidikan Nonformal",
        (6, 10),
    ),
    ("SD Negeri", 150, "Bidang Pembinaan Sekolah Dasar", (18, 30)),
    ("SMP Negeri", 26, "Bidang Pembinaan Sekolah Menengah Pertama", (36, 58)),
)
PUSKESMAS = (
    "Talise", "Kamonji", "Singgani", "Birobuli", "Bulili", "Kawatuna", "Mabelopura",
    "Nosarara", "Pantoloan", "Sangurara", "Tipo", "Tawaeli", "Mamboro", "Marawola Barat",
)  # fmt: skip
PUSKESMAS_SIZE = (66, 96)
PUSKESMAS_FUNCTIONALS = (
    ("Perawat", 30),
    ("Bidan", 22),
    ("Dokter", 4),
    ("Dokter Gigi", 1),
    ("Sanitarian", 3),
    ("Nutrisionis", 3),
    ("Apoteker", 1),
    ("Asisten Apoteker", 2),
    ("Pranata Laboratorium Kesehatan", 3),
    ("Penyuluh Kesehatan Masyarakat", 2),
    ("Epidemiolog Kesehatan", 1),
    ("Perekam Medis", 2),
)
DINKES_UPTD = (("UPTD Laboratorium Kesehatan Daerah", 22), ("UPTD Instalasi Farmasi", 16))

# Kecamatan of Kota Palu and their kelurahan.
KECAMATAN = (
    ("Palu Barat", ("Baru", "Ujuna", "Siranindi", "Kamonji", "Lere", "Balaroa")),
    ("Palu Timur", ("Besusu Barat", "Besusu Tengah", "Besusu Timur", "Lolu Utara", "Lolu Selatan")),
    (
        "Palu Selatan",
        ("Birobuli Utara", "Birobuli Selatan", "Petobo", "Tatura Utara", "Tatura Selatan"),
    ),
    ("Palu Utara", ("Mamboro", "Mamboro Barat", "Taipa", "Kayumalue Ngapa", "Kayumalue Pajeko")),
    ("Tatanga", ("Palupi", "Pengawu", "Tavanjuka", "Duyu", "Boyaoge", "Nunu")),
    ("Ulujadi", ("Donggala Kodi", "Kabonena", "Silae", "Tipo", "Buluri", "Watusampu")),
    (
        "Mantikulore",
        (
            "Talise",
            "Talise Valangguni",
            "Tondo",
            "Layana Indah",
            "Lasoani",
            "Poboya",
            "Kawatuna",
            "Tanamodindi",
        ),
    ),
    ("Tawaeli", ("Panau", "Lambara", "Baiya", "Pantoloan", "Pantoloan Boya")),
)
KECAMATAN_SEKSI = (
    "Seksi Pemerintahan",
    "Seksi Ketenteraman dan Ketertiban Umum",
    "Seksi Pemberdayaan Masyarakat dan Kelurahan",
    "Seksi Kesejahteraan Sosial",
    "Seksi Pelayanan Umum",
)
KECAMATAN_STAFF = (16, 24)
KELURAHAN_STAFF = (7, 12)
KECAMATAN_FUNCTIONALS = (("Penggerak Swadaya Masyarakat", 3), ("Pranata Komputer", 1))
