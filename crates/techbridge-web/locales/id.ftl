# Antarmuka techbridge: bahasa Indonesia.
# Kunci: site-, nav-, home-, search-, listing-, organization-, error- untuk halaman; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- untuk kosakata domain.

site-name = techbridge
nav-label = Utama
nav-search = Cari
nav-offers = Penawaran
nav-needs = Kebutuhan
nav-language = Bahasa
nav-home = Platform saya
nav-moderation = Moderasi
nav-outbox = Kotak keluar
nav-sign-in = Masuk
nav-sign-out = Keluar
nav-register = Daftarkan organisasi Anda
form-problems = Silakan perbaiki hal-hal berikut:
footer-network = Jejaring alih teknologi Tiongkok, negara-negara ASEAN, dan mitra-mitranya.
footer-api = API untuk integrasi

money-usd = US${ $amount }

home-title = Penawaran dan kebutuhan teknologi
home-heading = Temukan teknologi atau mitra, dalam sepuluh bahasa
home-lead = Universitas, lembaga riset, perusahaan, instansi, dan taman teknologi memublikasikan apa yang dapat mereka tawarkan dan apa yang mereka butuhkan. Cari dalam bahasa Anda sendiri: kecocokan tetap ditemukan, apa pun bahasa yang digunakan dalam suatu entri.
home-newest = Entri terbaru
home-nothing-yet = Belum ada yang dipublikasikan.

search-title = Cari penawaran dan kebutuhan
search-text = Apa yang Anda cari?
search-placeholder = mis. pompa air tenaga surya untuk sawah
search-submit = Cari
search-hint = Tulis dalam bahasa apa pun; hasil dalam semua bahasa ditemukan berdasarkan makna, dan alasan yang ditampilkan menjelaskan mengapa setiap hasil muncul.
search-filters = Persempit hasil
search-any = Semua
search-field-q = Teks pencarian
search-field-side = Penawaran atau kebutuhan
search-field-sector = Sektor
search-field-trl_min = TKT dari
search-field-trl_max = TKT hingga
search-field-ip = Kekayaan intelektual
search-field-cooperation = Bentuk kerja sama yang dicari
search-field-country = Negara organisasi
search-field-language = Ditulis dalam
search-field-page = Halaman
search-problems = Beberapa filter tidak dapat dibaca:
search-none = Tidak ada entri yang sesuai dengan pencarian ini.
search-showing = Hasil { $first } sampai { $last }
search-pages = Halaman hasil
search-previous = Halaman sebelumnya
search-next = Halaman berikutnya

side-offer = Penawaran
side-need = Kebutuhan

listing-written-in = Ditulis dalam { $language }
listing-trl-short = TKT { $level }
listing-organization = Organisasi
listing-sectors = Sektor
listing-trl = Tingkat kesiapterapan teknologi (TKT)
listing-ip-status = Kekayaan intelektual
listing-cooperation = Bentuk kerja sama yang dicari
listing-target-countries = Negara sasaran
listing-deadline = Solusi dibutuhkan paling lambat
listing-budget = Anggaran
listing-keywords = Kata kunci
listing-published = Dipublikasikan
listing-expires = Ditayangkan hingga
listing-confidential-note = Pemilik merahasiakan rincian lebih lanjut. Rincian tersebut dibuka kepada anggota yang pernyataan minatnya diterima oleh pemilik, setelah anggota tersebut menyetujui ketentuan kerahasiaan (nondisclosure).
listing-matching-offers = Penawaran yang mungkin menjawab kebutuhan ini
listing-matching-needs = Kebutuhan yang mungkin dijawab oleh penawaran ini
listing-no-matches = Belum ada entri yang cocok.

reason-meaning = makna serupa: { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = makna serupa: { $similarity } (keduanya dalam { $language })
reason-both-mention = keduanya menyebut { $words }
reason-mentions = menyebut { $words }
reason-same-sectors = sektor yang sama: { $sectors }
reason-readiness-meets = TKT { $offered } memenuhi TKT { $needed } yang dibutuhkan
reason-readiness-below = TKT { $offered }, di bawah TKT { $needed } yang dibutuhkan
reason-both-seek = keduanya mencari { $cooperation }
reason-offered-in = ditawarkan kepada mitra di { $country }
reason-sought-in = kebutuhan ini mencari mitra di { $country }
reason-deadline-passed = batas waktu kebutuhan, { $date }, telah lewat

organization-verified = Terverifikasi
organization-listings = Penawaran dan kebutuhan yang dipublikasikan
organization-no-listings = Organisasi ini belum memiliki entri yang dipublikasikan.

login-title = Masuk
login-email = Alamat email
login-password = Kata sandi
login-submit = Masuk
login-no-account = Belum memiliki akun? Daftarkan organisasi Anda.
login-failed = Alamat email atau kata sandi tidak benar.
login-registered = Organisasi Anda telah terdaftar. Silakan masuk: narahubung nasional negara Anda akan segera memverifikasinya.

register-title = Daftarkan organisasi Anda
register-lead = Universitas, lembaga riset, perusahaan, instansi, dan taman teknologi dari negara-negara dalam jejaring ini dapat bergabung. Anda akan menjadi administrator akun organisasi Anda dan dapat mengundang rekan kerja di kemudian hari. Narahubung nasional negara Anda akan memverifikasi organisasi tersebut sebelum entri-entrinya dipublikasikan.
register-organization = Organisasi Anda
register-organization-name = Nama organisasi
register-country = Negara
register-country-explain = Narahubung nasional negara ini akan memverifikasi organisasi Anda.
register-type = Jenis organisasi
register-city = Kota
register-website = Situs web
register-you = Anda, selaku administrator
register-your-name = Nama Anda
register-email = Alamat email
register-password = Kata sandi
register-password-explain = Minimal 10 karakter. Sebuah kalimat yang mudah Anda ingat merupakan kata sandi yang baik.
register-submit = Daftar

home-member-title = Platform saya
home-greeting = Selamat datang, { $name }
home-your-organizations = Organisasi Anda
home-no-organization = Akun Anda tidak terhubung dengan organisasi mana pun.
home-awaiting-verification = Menunggu verifikasi oleh narahubung nasional { $country }. Entri dapat dipublikasikan setelah organisasi ini terverifikasi.
home-verification-rejected = Narahubung nasional tidak memverifikasi organisasi ini. Silakan hubungi narahubung tersebut atau operator jejaring.
role-admin = Administrator
role-member = Anggota

moderation-title = Moderasi
moderation-organizations = Organisasi yang menunggu verifikasi
moderation-nothing-waiting = Tidak ada organisasi yang sedang menunggu.
moderation-organization = Organisasi
moderation-registered = Tanggal pendaftaran
moderation-decision = Keputusan
moderation-verify = Verifikasi
moderation-reject = Tolak

outbox-title = Kotak keluar
outbox-lead = Semua email yang telah atau akan dikirim oleh platform, diurutkan dari yang terbaru.
outbox-empty = Belum ada email.
outbox-sent = terkirim
outbox-waiting = menunggu pengiriman
outbox-failed = belum terkirim: { $error }

error-not-found = Halaman ini tidak ada atau tidak bersifat publik.
error-invalid-input = Sebagian data yang dikirim tidak valid.
error-sign-in-required = Silakan masuk terlebih dahulu.
error-forbidden = Anda tidak diizinkan melakukan tindakan ini.
error-csrf-rejected = Formulir ini sudah kedaluwarsa. Silakan kembali, muat ulang halaman, lalu kirim kembali.
error-too-many-attempts = Terlalu banyak percobaan. Silakan tunggu beberapa menit, lalu coba lagi.
error-refused = Langkah ini tidak dapat dilakukan.
error-internal = Terjadi kesalahan di pihak kami. Tidak ada yang diubah; silakan coba lagi.
error-back-home = Kembali ke halaman depan

trl-1 = Prinsip dasar telah diamati
trl-2 = Konsep teknologi telah dirumuskan
trl-3 = Pembuktian konsep secara eksperimental
trl-4 = Teknologi tervalidasi di laboratorium
trl-5 = Teknologi tervalidasi di lingkungan yang relevan
trl-6 = Teknologi didemonstrasikan di lingkungan yang relevan
trl-7 = Prototipe sistem didemonstrasikan di lingkungan operasional
trl-8 = Sistem lengkap dan telah terkualifikasi
trl-9 = Sistem terbukti di lingkungan operasional

sector-ai = Kecerdasan artifisial
sector-digital_economy = Ekonomi digital dan e-commerce
sector-smart_city = Kota cerdas
sector-agriculture = Pertanian dan ilmu tanaman
sector-aquaculture = Akuakultur dan perikanan
sector-livestock = Peternakan dan kesehatan hewan
sector-food_processing = Pengolahan pangan dan keamanan pangan
sector-forestry = Kehutanan, bambu, dan biomassa
sector-traditional_medicine = Pengobatan tradisional
sector-health = Alat kesehatan dan kesehatan
sector-biotech = Bioteknologi
sector-pharmaceuticals = Farmasi dan vaksin
sector-green_energy = Energi hijau dan terbarukan
sector-energy_storage = Baterai dan penyimpanan energi
sector-electric_vehicles = Kendaraan listrik dan mobilitas
sector-environment_water = Lingkungan hidup dan air
sector-chemicals = Kimia dan rekayasa proses
sector-new_materials = Material baru
sector-mining_metallurgy = Pertambangan dan metalurgi
sector-textiles = Tekstil dan pakaian jadi
sector-construction = Konstruksi dan bahan bangunan
sector-manufacturing_robotics = Manufaktur maju dan robotika
sector-semiconductors = Semikonduktor dan elektronika
sector-telecom_iot = 5G, telekomunikasi, dan IoT
sector-quantum = Teknologi kuantum
sector-cybersecurity = Keamanan siber
sector-fintech = Teknologi finansial
sector-edtech = Teknologi pendidikan
sector-logistics = Logistik dan transportasi
sector-disaster_risk_reduction = Pengurangan risiko bencana
sector-marine = Teknologi kelautan dan samudra
sector-space_geospatial = Antariksa, penginderaan jauh, dan geospasial

ip-granted_patent = Paten yang telah diberikan
ip-pending_patent = Paten dalam proses permohonan
ip-utility_model = Paten sederhana
ip-know_how = Pengetahuan teknis (know-how)
ip-copyright_software = Hak cipta atau perangkat lunak
ip-none = Tanpa perlindungan

cooperation-licence = Lisensi
cooperation-joint_development = Pengembangan bersama
cooperation-technical_cooperation = Kerja sama teknis
cooperation-manufacturing = Manufaktur
cooperation-joint_venture = Usaha patungan
cooperation-investment = Investasi
cooperation-sale = Penjualan
cooperation-other = Lainnya

organization-type-university = Universitas
organization-type-institute = Lembaga riset
organization-type-enterprise = Perusahaan
organization-type-agency = Instansi pemerintah atau lembaga perantara
organization-type-tech_park = Taman teknologi
organization-type-other = Lainnya

country-BN = Brunei Darussalam
country-KH = Kamboja
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Filipina
country-SG = Singapura
country-TH = Thailand
country-VN = Vietnam
country-CN = Tiongkok
country-JP = Jepang
country-KR = Korea Selatan
country-AU = Australia
country-NZ = Selandia Baru

language-zh = Bahasa Mandarin
language-en = Bahasa Inggris
language-th = Bahasa Thai
language-vi = Bahasa Vietnam
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-fil = Bahasa Filipino
language-lo = Bahasa Laos
language-km = Bahasa Khmer
language-my = Bahasa Myanmar
language-unknown = bahasa yang tidak diketahui
