# Antara muka techbridge: Bahasa Melayu.
# Kunci: site-, nav-, home-, search-, listing-, organization-, error- untuk halaman; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- untuk perbendaharaan kata domain.

site-name = techbridge
nav-label = Utama
nav-search = Carian
nav-offers = Tawaran
nav-needs = Keperluan
nav-language = Bahasa
nav-home = Platform saya
nav-moderation = Moderasi
nav-outbox = Peti keluar
nav-sign-in = Log masuk
nav-sign-out = Log keluar
nav-register = Daftarkan organisasi anda
form-problems = Sila betulkan perkara berikut:
footer-network = Rangkaian pemindahan teknologi China, negara-negara ASEAN dan rakan kongsi mereka.
footer-api = API untuk integrasi

money-usd = USD { $amount }

home-title = Tawaran dan keperluan teknologi
home-heading = Cari teknologi atau rakan kongsi dalam sepuluh bahasa
home-lead = Universiti, institut, syarikat, agensi dan taman teknologi menerbitkan perkara yang boleh mereka tawarkan dan perkara yang mereka perlukan. Buat carian dalam bahasa anda sendiri: padanan tetap ditemui walau dalam bahasa apa pun sesuatu penyenaraian ditulis.
home-newest = Penyenaraian terbaharu
home-nothing-yet = Belum ada apa-apa yang diterbitkan.

search-title = Cari tawaran dan keperluan
search-text = Apakah yang anda cari?
search-placeholder = cth. pam air solar untuk sawah padi
search-submit = Cari
search-hint = Tulis dalam mana-mana bahasa; hasil dalam semua bahasa ditemui berdasarkan makna, dan sebab yang diberikan menerangkan mengapa setiap hasil dipaparkan.
search-filters = Tapis hasil
search-any = Semua
search-field-q = Teks carian
search-field-side = Tawaran atau keperluan
search-field-sector = Sektor
search-field-trl_min = Tahap kesediaan dari
search-field-trl_max = Tahap kesediaan hingga
search-field-ip = Harta intelek
search-field-cooperation = Kerjasama yang dicari
search-field-country = Negara organisasi
search-field-language = Ditulis dalam
search-field-page = Halaman
search-problems = Sesetengah penapis tidak dapat dibaca:
search-none = Tiada penyenaraian yang sepadan dengan carian ini.
search-showing = Hasil { $first } hingga { $last }
search-pages = Halaman hasil
search-previous = Halaman sebelumnya
search-next = Halaman seterusnya

side-offer = Tawaran
side-need = Keperluan

listing-written-in = Ditulis dalam { $language }
listing-trl-short = TRL { $level }
listing-organization = Organisasi
listing-sectors = Sektor
listing-trl = Tahap kesediaan teknologi
listing-ip-status = Harta intelek
listing-cooperation = Kerjasama yang dicari
listing-target-countries = Negara sasaran
listing-deadline = Penyelesaian diperlukan sebelum
listing-budget = Bajet
listing-keywords = Kata kunci
listing-published = Diterbitkan
listing-expires = Disenaraikan hingga
listing-confidential-note = Pemilik merahsiakan butiran lanjut. Butiran tersebut didedahkan kepada ahli yang pernyataan minatnya diterima oleh pemilik, setelah ahli itu bersetuju dengan terma ketakdedahan.
listing-matching-offers = Tawaran yang mungkin memenuhi keperluan ini
listing-matching-needs = Keperluan yang mungkin dipenuhi oleh tawaran ini
listing-no-matches = Belum ada penyenaraian yang sepadan.

reason-meaning = makna serupa: { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = makna serupa: { $similarity } (kedua-duanya dalam { $language })
reason-both-mention = kedua-duanya menyebut { $words }
reason-mentions = menyebut { $words }
reason-same-sectors = sektor yang sama: { $sectors }
reason-readiness-meets = TRL { $offered } memenuhi tahap { $needed } yang diperlukan
reason-readiness-below = TRL { $offered }, di bawah tahap { $needed } yang diperlukan
reason-both-seek = kedua-duanya mencari { $cooperation }
reason-offered-in = ditawarkan kepada rakan kongsi di { $country }
reason-sought-in = keperluan ini mencari rakan kongsi di { $country }
reason-deadline-passed = tarikh akhir keperluan, { $date }, telah berlalu

organization-verified = Disahkan
organization-listings = Tawaran dan keperluan yang diterbitkan
organization-no-listings = Organisasi ini tidak mempunyai penyenaraian yang diterbitkan.

login-title = Log masuk
login-email = Alamat e-mel
login-password = Kata laluan
login-submit = Log masuk
login-no-account = Belum mempunyai akaun? Daftarkan organisasi anda.
login-failed = Alamat e-mel atau kata laluan tidak betul.
login-registered = Organisasi anda telah didaftarkan. Sila log masuk: pusat hubungan kebangsaan negara anda akan mengesahkannya tidak lama lagi.

register-title = Daftarkan organisasi anda
register-lead = Universiti, institut penyelidikan, syarikat, agensi dan taman teknologi dari negara-negara dalam rangkaian ini boleh menyertainya. Anda akan menjadi pentadbir akaun organisasi anda dan boleh menjemput rakan sekerja kemudian. Pusat hubungan kebangsaan negara anda akan mengesahkan organisasi tersebut sebelum penyenaraiannya diterbitkan.
register-organization = Organisasi anda
register-organization-name = Nama organisasi
register-country = Negara
register-country-explain = Pusat hubungan kebangsaan negara ini akan mengesahkan organisasi anda.
register-type = Jenis organisasi
register-city = Bandar
register-website = Laman web
register-you = Anda, selaku pentadbir
register-your-name = Nama anda
register-email = Alamat e-mel
register-password = Kata laluan
register-password-explain = Sekurang-kurangnya 10 aksara. Ayat yang mudah anda ingat ialah kata laluan yang baik.
register-submit = Daftar

home-member-title = Platform saya
home-greeting = Selamat datang, { $name }
home-your-organizations = Organisasi anda
home-no-organization = Akaun anda tidak dikaitkan dengan mana-mana organisasi.
home-awaiting-verification = Menunggu pengesahan oleh pusat hubungan kebangsaan { $country }. Penyenaraian boleh diterbitkan sebaik sahaja organisasi ini disahkan.
home-verification-rejected = Pusat hubungan kebangsaan tidak mengesahkan organisasi ini. Sila hubungi pusat hubungan tersebut atau pengendali rangkaian.
role-admin = Pentadbir
role-member = Ahli

moderation-title = Moderasi
moderation-organizations = Organisasi yang menunggu pengesahan
moderation-nothing-waiting = Tiada organisasi yang sedang menunggu.
moderation-organization = Organisasi
moderation-registered = Tarikh pendaftaran
moderation-decision = Keputusan
moderation-verify = Sahkan
moderation-reject = Tolak

outbox-title = Peti keluar
outbox-lead = Semua e-mel yang telah atau akan dihantar oleh platform, disusun dari yang terbaharu.
outbox-empty = Belum ada e-mel.
outbox-sent = dihantar
outbox-waiting = menunggu untuk dihantar
outbox-failed = belum dihantar: { $error }

error-not-found = Halaman ini tidak wujud atau tidak terbuka kepada umum.
error-invalid-input = Sebahagian daripada maklumat yang dihantar tidak sah.
error-sign-in-required = Sila log masuk terlebih dahulu.
error-forbidden = Anda tidak dibenarkan melakukan tindakan ini.
error-csrf-rejected = Borang ini telah tamat tempoh. Sila kembali, muat semula halaman dan hantar sekali lagi.
error-too-many-attempts = Terlalu banyak percubaan. Sila tunggu beberapa minit dan cuba lagi.
error-refused = Langkah ini tidak dapat dilakukan.
error-internal = Berlaku ralat di pihak kami. Tiada apa-apa yang diubah; sila cuba lagi.
error-back-home = Kembali ke halaman utama

trl-1 = Prinsip asas diperhatikan
trl-2 = Konsep teknologi dirumuskan
trl-3 = Bukti konsep secara eksperimen
trl-4 = Teknologi disahkan di makmal
trl-5 = Teknologi disahkan dalam persekitaran yang berkaitan
trl-6 = Teknologi didemonstrasikan dalam persekitaran yang berkaitan
trl-7 = Prototaip sistem didemonstrasikan dalam persekitaran operasi
trl-8 = Sistem lengkap dan lulus kelayakan
trl-9 = Sistem terbukti dalam persekitaran operasi

sector-ai = Kecerdasan buatan
sector-digital_economy = Ekonomi digital dan e-dagang
sector-smart_city = Bandar pintar
sector-agriculture = Pertanian dan sains tanaman
sector-aquaculture = Akuakultur dan perikanan
sector-livestock = Ternakan dan kesihatan haiwan
sector-food_processing = Pemprosesan makanan dan keselamatan makanan
sector-forestry = Perhutanan, buluh dan biojisim
sector-traditional_medicine = Perubatan tradisional
sector-health = Peranti perubatan dan kesihatan
sector-biotech = Bioteknologi
sector-pharmaceuticals = Farmaseutikal dan vaksin
sector-green_energy = Tenaga hijau dan boleh baharu
sector-energy_storage = Bateri dan penyimpanan tenaga
sector-electric_vehicles = Kenderaan elektrik dan mobiliti
sector-environment_water = Alam sekitar dan air
sector-chemicals = Kimia dan kejuruteraan proses
sector-new_materials = Bahan baharu
sector-mining_metallurgy = Perlombongan dan metalurgi
sector-textiles = Tekstil dan pakaian
sector-construction = Pembinaan dan bahan binaan
sector-manufacturing_robotics = Pembuatan termaju dan robotik
sector-semiconductors = Semikonduktor dan elektronik
sector-telecom_iot = 5G, telekomunikasi dan IoT
sector-quantum = Teknologi kuantum
sector-cybersecurity = Keselamatan siber
sector-fintech = Teknologi kewangan
sector-edtech = Teknologi pendidikan
sector-logistics = Logistik dan pengangkutan
sector-disaster_risk_reduction = Pengurangan risiko bencana
sector-marine = Teknologi marin dan lautan
sector-space_geospatial = Angkasa, penderiaan jauh dan geospatial

ip-granted_patent = Paten yang telah diberikan
ip-pending_patent = Paten dalam permohonan
ip-utility_model = Inovasi utiliti
ip-know_how = Pengetahuan teknikal (know-how)
ip-copyright_software = Hak cipta atau perisian
ip-none = Tiada perlindungan

cooperation-licence = Pelesenan
cooperation-joint_development = Pembangunan bersama
cooperation-technical_cooperation = Kerjasama teknikal
cooperation-manufacturing = Pembuatan
cooperation-joint_venture = Usaha sama
cooperation-investment = Pelaburan
cooperation-sale = Jualan
cooperation-other = Lain-lain

organization-type-university = Universiti
organization-type-institute = Institut penyelidikan
organization-type-enterprise = Syarikat
organization-type-agency = Agensi kerajaan atau perantara
organization-type-tech_park = Taman teknologi
organization-type-other = Lain-lain

country-BN = Brunei
country-KH = Kemboja
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Filipina
country-SG = Singapura
country-TH = Thailand
country-VN = Vietnam
country-CN = China
country-JP = Jepun
country-KR = Korea Selatan
country-AU = Australia
country-NZ = New Zealand

language-zh = Bahasa Cina
language-en = Bahasa Inggeris
language-th = Bahasa Thai
language-vi = Bahasa Vietnam
language-id = Bahasa Indonesia
language-ms = Bahasa Melayu
language-fil = Bahasa Filipino
language-lo = Bahasa Lao
language-km = Bahasa Khmer
language-my = Bahasa Myanmar
language-unknown = bahasa yang tidak diketahui
