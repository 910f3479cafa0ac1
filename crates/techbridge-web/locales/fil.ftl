# Interface ng techbridge: Filipino.
# Mga key: site-, nav-, home-, search-, listing-, organization-, error- para sa mga pahina; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- para sa bokabularyo ng domain.

site-name = techbridge
nav-label = Pangunahin
nav-search = Maghanap
nav-offers = Mga alok
nav-needs = Mga pangangailangan
nav-language = Wika
nav-home = Aking platform
nav-moderation = Moderasyon
nav-outbox = Outbox
nav-sign-in = Mag-sign in
nav-sign-out = Mag-sign out
nav-register = Iparehistro ang inyong organisasyon
form-problems = Mangyaring itama ang sumusunod:
footer-network = Isang network ng technology transfer ng Tsina, ng mga bansang ASEAN, at ng kanilang mga katuwang.
footer-api = API para sa mga integration

money-usd = US${ $amount }

home-title = Mga alok at pangangailangan sa teknolohiya
home-heading = Hanapin ang teknolohiya o ang katuwang, sa sampung wika
home-lead = Inilalathala ng mga unibersidad, institusyon, negosyo, ahensiya, at technology park ang kaya nilang ialok at ang kanilang kailangan. Maghanap sa sarili ninyong wika: matatagpuan ang mga tugma anuman ang wikang ginamit sa isang listing.
home-newest = Mga pinakabagong listing
home-nothing-yet = Wala pang nailalathala.

search-title = Maghanap ng mga alok at pangangailangan
search-text = Ano ang inyong hinahanap?
search-placeholder = hal. solar na bomba ng tubig para sa palayan
search-submit = Maghanap
search-hint = Sumulat sa anumang wika; hinahanap ayon sa kahulugan ang mga resulta sa lahat ng wika, at ipinapaliwanag ng mga dahilan kung bakit ipinapakita ang bawat isa.
search-filters = Paliitin ang mga resulta
search-any = Lahat
search-field-q = Teksto ng paghahanap
search-field-side = Alok o pangangailangan
search-field-sector = Sektor
search-field-trl_min = TRL mula sa
search-field-trl_max = TRL hanggang sa
search-field-ip = Intellectual property
search-field-cooperation = Hinahanap na uri ng pakikipagtulungan
search-field-country = Bansa ng organisasyon
search-field-language = Nakasulat sa
search-field-page = Pahina
search-problems = Hindi mabasa ang ilang filter:
search-none = Walang listing na tumutugma sa paghahanap na ito.
search-showing = Mga resulta { $first } hanggang { $last }
search-pages = Mga pahina ng resulta
search-previous = Nakaraang pahina
search-next = Susunod na pahina

side-offer = Alok
side-need = Pangangailangan

listing-written-in = Nakasulat sa { $language }
listing-trl-short = TRL { $level }
listing-organization = Organisasyon
listing-sectors = Mga sektor
listing-trl = Technology readiness level (TRL)
listing-ip-status = Intellectual property
listing-cooperation = Hinahanap na uri ng pakikipagtulungan
listing-target-countries = Mga target na bansa
listing-deadline = Kailangan ang solusyon bago ang
listing-budget = Badyet
listing-keywords = Mga keyword
listing-published = Inilathala
listing-expires = Nakalista hanggang
listing-confidential-note = Inililihim ng may-ari ang iba pang detalye. Ibinibigay ang mga ito sa miyembrong tinanggap ng may-ari ang pagpapahayag ng interes, kapag sumang-ayon na ang miyembrong iyon sa mga tuntunin ng non-disclosure.
listing-matching-offers = Mga alok na maaaring tumugon sa pangangailangang ito
listing-matching-needs = Mga pangangailangang maaaring matugunan ng alok na ito
listing-no-matches = Wala pang tumutugmang listing.

reason-meaning = magkahawig ang kahulugan: { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = magkahawig ang kahulugan: { $similarity } (parehong nakasulat sa { $language })
reason-both-mention = parehong bumabanggit ng { $words }
reason-mentions = bumabanggit ng { $words }
reason-same-sectors = parehong sektor: { $sectors }
reason-readiness-meets = TRL { $offered }, umaabot sa kailangang { $needed }
reason-readiness-below = TRL { $offered }, mas mababa sa kailangang { $needed }
reason-both-seek = parehong naghahanap ng { $cooperation }
reason-offered-in = iniaalok sa mga katuwang sa { $country }
reason-sought-in = naghahanap ang pangangailangan ng mga katuwang sa { $country }
reason-deadline-passed = lumipas na ang takdang petsa ng pangangailangan ({ $date })

organization-verified = Beripikado
organization-listings = Mga inilathalang alok at pangangailangan
organization-no-listings = Walang inilathalang listing ang organisasyong ito.

login-title = Mag-sign in
login-email = E-mail address
login-password = Password
login-submit = Mag-sign in
login-no-account = Wala pa kayong account? Iparehistro ang inyong organisasyon.
login-failed = Hindi tama ang e-mail address o ang password.
login-registered = Nakarehistro na ang inyong organisasyon. Mag-sign in: malapit na itong beripikahin ng national contact point ng inyong bansa.

register-title = Iparehistro ang inyong organisasyon
register-lead = Maaaring sumali ang mga unibersidad, institusyong pampananaliksik, negosyo, ahensiya, at technology park ng mga bansa sa network. Kayo ang magiging administrator ng account ng inyong organisasyon, at maaari kayong mag-imbita ng mga kasamahan sa ibang pagkakataon. Beberipikahin ng national contact point ng inyong bansa ang organisasyon bago mailathala ang mga listing nito.
register-organization = Ang inyong organisasyon
register-organization-name = Pangalan ng organisasyon
register-country = Bansa
register-country-explain = Ang national contact point ng bansang ito ang magbeberipika sa inyong organisasyon.
register-type = Uri ng organisasyon
register-city = Lungsod
register-website = Website
register-you = Kayo, bilang administrator
register-your-name = Ang inyong pangalan
register-email = E-mail address
register-password = Password
register-password-explain = Hindi bababa sa 10 character. Mahusay na password ang isang pangungusap na madali ninyong matandaan.
register-submit = Magparehistro

home-member-title = Aking platform
home-greeting = Maligayang pagdating, { $name }
home-your-organizations = Ang inyong mga organisasyon
home-no-organization = Hindi kabilang sa anumang organisasyon ang inyong account.
home-awaiting-verification = Naghihintay ng pagberipika ng national contact point ng { $country }. Maaaring mailathala ang mga listing kapag naberipika na ito.
home-verification-rejected = Hindi bineripika ng national contact point ang organisasyong ito. Mangyaring makipag-ugnayan sa kanila o sa operator ng network.
role-admin = Administrator
role-member = Miyembro

moderation-title = Moderasyon
moderation-organizations = Mga organisasyong naghihintay ng pagberipika
moderation-nothing-waiting = Walang organisasyong naghihintay.
moderation-organization = Organisasyon
moderation-registered = Petsa ng pagpaparehistro
moderation-decision = Pasya
moderation-verify = Beripikahin
moderation-reject = Tanggihan

outbox-title = Outbox
outbox-lead = Lahat ng e-mail na naipadala na o ipapadala pa ng platform, simula sa pinakabago.
outbox-empty = Wala pang e-mail.
outbox-sent = naipadala
outbox-waiting = naghihintay na maipadala
outbox-failed = hindi pa naipadala: { $error }

error-not-found = Hindi umiiral ang pahinang ito, o hindi ito pampubliko.
error-invalid-input = May bahagi ng ipinadala na hindi wasto.
error-sign-in-required = Mangyaring mag-sign in muna.
error-forbidden = Hindi kayo pinahihintulutang gawin ito.
error-csrf-rejected = Nag-expire na ang form na ito. Mangyaring bumalik, i-reload ang pahina, at ipadala itong muli.
error-too-many-attempts = Masyadong maraming pagtatangka. Mangyaring maghintay nang ilang minuto at subukang muli.
error-refused = Hindi posible ang hakbang na ito.
error-internal = Nagkaproblema sa aming panig. Walang binago; mangyaring subukang muli.
error-back-home = Bumalik sa unang pahina

trl-1 = Naobserbahan ang mga pangunahing prinsipyo
trl-2 = Nabuo ang konsepto ng teknolohiya
trl-3 = Eksperimental na patunay ng konsepto
trl-4 = Napatunayan ang teknolohiya sa laboratoryo
trl-5 = Napatunayan ang teknolohiya sa kaugnay na kapaligiran
trl-6 = Naipakita ang teknolohiya sa kaugnay na kapaligiran
trl-7 = Naipakita ang prototype ng sistema sa operational na kapaligiran
trl-8 = Kumpleto at kuwalipikado ang sistema
trl-9 = Napatunayan ang sistema sa operational na kapaligiran

sector-ai = Artificial intelligence
sector-digital_economy = Digital na ekonomiya at e-commerce
sector-smart_city = Smart city
sector-agriculture = Agrikultura at agham ng pananim
sector-aquaculture = Akwakultura at pangisdaan
sector-livestock = Paghahayupan at kalusugan ng hayop
sector-food_processing = Pagpoproseso ng pagkain at kaligtasan ng pagkain
sector-forestry = Paggugubat, kawayan, at biomass
sector-traditional_medicine = Tradisyonal na medisina
sector-health = Mga kagamitang medikal at kalusugan
sector-biotech = Bioteknolohiya
sector-pharmaceuticals = Parmasyutiko at bakuna
sector-green_energy = Green at renewable energy
sector-energy_storage = Baterya at pag-iimbak ng enerhiya
sector-electric_vehicles = Electric vehicle at mobility
sector-environment_water = Kapaligiran at tubig
sector-chemicals = Kemikal at process engineering
sector-new_materials = Mga bagong materyales
sector-mining_metallurgy = Pagmimina at metalurhiya
sector-textiles = Tela at kasuotan
sector-construction = Konstruksiyon at materyales sa pagtatayo
sector-manufacturing_robotics = Advanced manufacturing at robotics
sector-semiconductors = Semiconductor at elektronika
sector-telecom_iot = 5G, telekomunikasyon, at IoT
sector-quantum = Quantum technology
sector-cybersecurity = Cybersecurity
sector-fintech = Financial technology
sector-edtech = Education technology
sector-logistics = Lohistika at transportasyon
sector-disaster_risk_reduction = Pagbabawas ng panganib ng sakuna
sector-marine = Teknolohiyang pandagat at pangkaragatan
sector-space_geospatial = Kalawakan, remote sensing, at geospatial

ip-granted_patent = Ipinagkaloob na patent
ip-pending_patent = Nakabinbing patent
ip-utility_model = Utility model
ip-know_how = Know-how
ip-copyright_software = Copyright o software
ip-none = Walang proteksiyon

cooperation-licence = Lisensiya
cooperation-joint_development = Magkasamang pagpapaunlad
cooperation-technical_cooperation = Teknikal na kooperasyon
cooperation-manufacturing = Pagmamanupaktura
cooperation-joint_venture = Joint venture
cooperation-investment = Pamumuhunan
cooperation-sale = Pagbebenta
cooperation-other = Iba pa

organization-type-university = Unibersidad
organization-type-institute = Institusyong pampananaliksik
organization-type-enterprise = Negosyo
organization-type-agency = Ahensiya ng pamahalaan o tagapamagitan
organization-type-tech_park = Technology park
organization-type-other = Iba pa

country-BN = Brunei
country-KH = Cambodia
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Pilipinas
country-SG = Singapore
country-TH = Thailand
country-VN = Vietnam
country-CN = Tsina
country-JP = Hapon
country-KR = Timog Korea
country-AU = Australia
country-NZ = New Zealand

language-zh = Tsino
language-en = Ingles
language-th = Thai
language-vi = Vietnamese
language-id = Indonesian
language-ms = Malay
language-fil = Filipino
language-lo = Lao
language-km = Khmer
language-my = Burmese
language-unknown = hindi kilalang wika
