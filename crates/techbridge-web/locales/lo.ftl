# techbridge interface: English, the catalogue every other language falls back to.
# Keys: site-, nav-, home-, search-, listing-, organization-, error- for pages; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- for the domain's vocabularies.

site-name = techbridge
nav-label = ເມນູຫຼັກ
nav-search = ຄົ້ນຫາ
nav-offers = ຂໍ້ສະເໜີ
nav-needs = ຄວາມຕ້ອງການ
nav-language = ພາສາ
nav-home = ແພລັດຟອມຂອງຂ້ອຍ
nav-moderation = ການກວດສອບ
nav-outbox = ອີເມວຂາອອກ
nav-sign-in = ເຂົ້າສູ່ລະບົບ
nav-sign-out = ອອກຈາກລະບົບ
nav-register = ລົງທະບຽນອົງກອນຂອງທ່ານ
form-problems = ກະລຸນາແກ້ໄຂຂໍ້ມູນຕໍ່ໄປນີ້:
footer-network = ເຄືອຂ່າຍການຖ່າຍທອດເຕັກໂນໂລຊີຂອງຈີນ, ບັນດາປະເທດອາຊຽນ ແລະ ຄູ່ຮ່ວມມື.
footer-api = API ສຳລັບການເຊື່ອມຕໍ່ລະບົບ

money-usd = { $amount } ໂດລາສະຫະລັດ

home-title = ຂໍ້ສະເໜີ ແລະ ຄວາມຕ້ອງການດ້ານເຕັກໂນໂລຊີ
home-heading = ຊອກຫາເຕັກໂນໂລຊີ ຫຼື ຄູ່ຮ່ວມມື ໃນສິບພາສາ
home-lead = ມະຫາວິທະຍາໄລ, ສະຖາບັນ, ວິສາຫະກິດ, ໜ່ວຍງານລັດ ແລະ ສວນເຕັກໂນໂລຊີ ເຜີຍແຜ່ສິ່ງທີ່ຕົນສາມາດສະໜອງ ແລະ ສິ່ງທີ່ຕົນຕ້ອງການ. ທ່ານສາມາດຄົ້ນຫາເປັນພາສາຂອງທ່ານເອງ: ລະບົບຈະພົບລາຍການທີ່ກົງກັນ ບໍ່ວ່າລາຍການນັ້ນຈະຂຽນເປັນພາສາໃດກໍຕາມ.
home-newest = ລາຍການລ່າສຸດ
home-nothing-yet = ຍັງບໍ່ມີການເຜີຍແຜ່ລາຍການໃດເທື່ອ.

search-title = ຄົ້ນຫາຂໍ້ສະເໜີ ແລະ ຄວາມຕ້ອງການ
search-text = ທ່ານກຳລັງຊອກຫາຫຍັງ?
search-placeholder = ຕົວຢ່າງ: ປໍ້ານ້ຳພະລັງງານແສງຕາເວັນສຳລັບນາເຂົ້າ
search-submit = ຄົ້ນຫາ
search-hint = ຂຽນເປັນພາສາໃດກໍໄດ້; ລະບົບຈະຊອກຫາຜົນລັບໃນທຸກພາສາຕາມຄວາມໝາຍ, ແລະ ມີເຫດຜົນບອກວ່າເປັນຫຍັງແຕ່ລະລາຍການຈຶ່ງຖືກສະແດງ.
search-filters = ກັ່ນຕອງຜົນລັບ
search-any = ທັງໝົດ
search-field-q = ຂໍ້ຄວາມຄົ້ນຫາ
search-field-side = ຂໍ້ສະເໜີ ຫຼື ຄວາມຕ້ອງການ
search-field-sector = ຂະແໜງການ
search-field-trl_min = ລະດັບຄວາມພ້ອມຕັ້ງແຕ່
search-field-trl_max = ລະດັບຄວາມພ້ອມເຖິງ
search-field-ip = ຊັບສິນທາງປັນຍາ
search-field-cooperation = ຮູບແບບການຮ່ວມມືທີ່ຕ້ອງການ
search-field-country = ປະເທດຂອງອົງກອນ
search-field-language = ພາສາທີ່ຂຽນ
search-field-page = ໜ້າ
search-problems = ບໍ່ສາມາດອ່ານຕົວກັ່ນຕອງບາງອັນໄດ້:
search-none = ບໍ່ມີລາຍການໃດກົງກັບການຄົ້ນຫານີ້.
search-showing = ຜົນລັບທີ { $first } ຫາ { $last }
search-pages = ໜ້າຜົນລັບ
search-previous = ໜ້າກ່ອນ
search-next = ໜ້າຕໍ່ໄປ

side-offer = ຂໍ້ສະເໜີ
side-need = ຄວາມຕ້ອງການ

listing-written-in = ຂຽນເປັນ{ $language }
listing-trl-short = TRL { $level }
listing-organization = ອົງກອນ
listing-sectors = ຂະແໜງການ
listing-trl = ລະດັບຄວາມພ້ອມຂອງເຕັກໂນໂລຊີ (TRL)
listing-ip-status = ຊັບສິນທາງປັນຍາ
listing-cooperation = ຮູບແບບການຮ່ວມມືທີ່ຕ້ອງການ
listing-target-countries = ປະເທດເປົ້າໝາຍ
listing-deadline = ຕ້ອງການວິທີແກ້ໄຂກ່ອນວັນທີ
listing-budget = ງົບປະມານ
listing-keywords = ຄຳສຳຄັນ
listing-published = ວັນທີເຜີຍແຜ່
listing-expires = ສະແດງຈົນຮອດວັນທີ
listing-confidential-note = ເຈົ້າຂອງລາຍການເກັບຮັກສາລາຍລະອຽດເພີ່ມເຕີມໄວ້ເປັນຄວາມລັບ. ລາຍລະອຽດດັ່ງກ່າວຈະຖືກເປີດເຜີຍໃຫ້ແກ່ສະມາຊິກທີ່ເຈົ້າຂອງລາຍການຍອມຮັບການສະແດງຄວາມສົນໃຈ, ເມື່ອສະມາຊິກຜູ້ນັ້ນຕົກລົງຕາມເງື່ອນໄຂການຮັກສາຄວາມລັບ.
listing-matching-offers = ຂໍ້ສະເໜີທີ່ອາດຕອບສະໜອງຄວາມຕ້ອງການນີ້
listing-matching-needs = ຄວາມຕ້ອງການທີ່ຂໍ້ສະເໜີນີ້ອາດຕອບສະໜອງໄດ້
listing-no-matches = ຍັງບໍ່ມີລາຍການທີ່ກົງກັນ.

reason-meaning = ຄວາມໝາຍຄ້າຍຄືກັນ: { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = ຄວາມໝາຍຄ້າຍຄືກັນ: { $similarity } (ທັງສອງເປັນ{ $language })
reason-both-mention = ທັງສອງກ່າວເຖິງ { $words }
reason-mentions = ກ່າວເຖິງ { $words }
reason-same-sectors = ຂະແໜງການດຽວກັນ: { $sectors }
reason-readiness-meets = TRL { $offered } ບັນລຸລະດັບ { $needed } ທີ່ຕ້ອງການ
reason-readiness-below = TRL { $offered } ຕ່ຳກວ່າລະດັບ { $needed } ທີ່ຕ້ອງການ
reason-both-seek = ການຮ່ວມມືທີ່ທັງສອງຕ້ອງການ: { $cooperation }
reason-offered-in = ສະເໜີໃຫ້ແກ່ຄູ່ຮ່ວມມືໃນ{ $country }
reason-sought-in = ຄວາມຕ້ອງການນີ້ຊອກຫາຄູ່ຮ່ວມມືໃນ{ $country }
reason-deadline-passed = ກຳນົດເວລາຂອງຄວາມຕ້ອງການ ({ $date }) ໄດ້ຜ່ານໄປແລ້ວ

organization-verified = ໄດ້ຮັບການຢັ້ງຢືນແລ້ວ
organization-listings = ຂໍ້ສະເໜີ ແລະ ຄວາມຕ້ອງການທີ່ເຜີຍແຜ່ແລ້ວ
organization-no-listings = ອົງກອນນີ້ຍັງບໍ່ມີລາຍການທີ່ເຜີຍແຜ່.

login-title = ເຂົ້າສູ່ລະບົບ
login-email = ທີ່ຢູ່ອີເມວ
login-password = ລະຫັດຜ່ານ
login-submit = ເຂົ້າສູ່ລະບົບ
login-no-account = ຍັງບໍ່ມີບັນຊີບໍ? ກະລຸນາລົງທະບຽນອົງກອນຂອງທ່ານ.
login-failed = ທີ່ຢູ່ອີເມວ ຫຼື ລະຫັດຜ່ານບໍ່ຖືກຕ້ອງ.
login-registered = ອົງກອນຂອງທ່ານໄດ້ລົງທະບຽນແລ້ວ. ກະລຸນາເຂົ້າສູ່ລະບົບ: ຈຸດປະສານງານແຫ່ງຊາດຂອງປະເທດທ່ານຈະຢັ້ງຢືນອົງກອນຂອງທ່ານໃນໄວໆນີ້.

register-title = ລົງທະບຽນອົງກອນຂອງທ່ານ
register-lead = ມະຫາວິທະຍາໄລ, ສະຖາບັນຄົ້ນຄວ້າ, ວິສາຫະກິດ, ໜ່ວຍງານລັດ ແລະ ສວນເຕັກໂນໂລຊີ ຂອງບັນດາປະເທດໃນເຄືອຂ່າຍ ສາມາດເຂົ້າຮ່ວມໄດ້. ທ່ານຈະເປັນຜູ້ຄຸ້ມຄອງບັນຊີຂອງອົງກອນທ່ານ ແລະ ສາມາດເຊີນເພື່ອນຮ່ວມງານເຂົ້າຮ່ວມໄດ້ໃນພາຍຫຼັງ. ຈຸດປະສານງານແຫ່ງຊາດຂອງປະເທດທ່ານຈະຢັ້ງຢືນອົງກອນ ກ່ອນທີ່ລາຍການຂອງອົງກອນຈະຖືກເຜີຍແຜ່.
register-organization = ອົງກອນຂອງທ່ານ
register-organization-name = ຊື່ອົງກອນ
register-country = ປະເທດ
register-country-explain = ຈຸດປະສານງານແຫ່ງຊາດຂອງປະເທດນີ້ຈະຢັ້ງຢືນອົງກອນຂອງທ່ານ.
register-type = ປະເພດອົງກອນ
register-city = ເມືອງ
register-website = ເວັບໄຊ
register-you = ທ່ານ, ໃນຖານະຜູ້ຄຸ້ມຄອງ
register-your-name = ຊື່ຂອງທ່ານ
register-email = ທີ່ຢູ່ອີເມວ
register-password = ລະຫັດຜ່ານ
register-password-explain = ຢ່າງໜ້ອຍ 10 ຕົວອັກສອນ. ປະໂຫຍກທີ່ທ່ານຈື່ໄດ້ ແມ່ນລະຫັດຜ່ານທີ່ດີ.
register-submit = ລົງທະບຽນ

home-member-title = ແພລັດຟອມຂອງຂ້ອຍ
home-greeting = ຍິນດີຕ້ອນຮັບ, { $name }
home-your-organizations = ອົງກອນຂອງທ່ານ
home-no-organization = ບັນຊີຂອງທ່ານບໍ່ໄດ້ສັງກັດອົງກອນໃດ.
home-awaiting-verification = ກຳລັງລໍຖ້າການຢັ້ງຢືນຈາກຈຸດປະສານງານແຫ່ງຊາດຂອງ{ $country }. ທ່ານຈະສາມາດເຜີຍແຜ່ລາຍການໄດ້ ເມື່ອອົງກອນໄດ້ຮັບການຢັ້ງຢືນແລ້ວ.
home-verification-rejected = ຈຸດປະສານງານແຫ່ງຊາດບໍ່ໄດ້ຢັ້ງຢືນອົງກອນນີ້. ກະລຸນາຕິດຕໍ່ຈຸດປະສານງານດັ່ງກ່າວ ຫຼື ຜູ້ດຳເນີນງານເຄືອຂ່າຍ.
role-admin = ຜູ້ຄຸ້ມຄອງ
role-member = ສະມາຊິກ

moderation-title = ການກວດສອບ
moderation-organizations = ອົງກອນທີ່ລໍຖ້າການຢັ້ງຢືນ
moderation-nothing-waiting = ບໍ່ມີອົງກອນໃດລໍຖ້າການຢັ້ງຢືນ.
moderation-organization = ອົງກອນ
moderation-registered = ວັນທີລົງທະບຽນ
moderation-decision = ການຕັດສິນ
moderation-verify = ຢັ້ງຢືນ
moderation-reject = ປະຕິເສດ

outbox-title = ອີເມວຂາອອກ
outbox-lead = ອີເມວທັງໝົດທີ່ແພລັດຟອມໄດ້ສົ່ງແລ້ວ ຫຼື ກຳລັງຈະສົ່ງ, ລຽງຈາກລ່າສຸດກ່ອນ.
outbox-empty = ຍັງບໍ່ມີອີເມວເທື່ອ.
outbox-sent = ສົ່ງແລ້ວ
outbox-waiting = ລໍຖ້າການສົ່ງ
outbox-failed = ຍັງບໍ່ໄດ້ສົ່ງ: { $error }

error-not-found = ບໍ່ມີໜ້ານີ້ ຫຼື ໜ້ານີ້ບໍ່ໄດ້ເປີດເຜີຍຕໍ່ສາທາລະນະ.
error-invalid-input = ຂໍ້ມູນບາງສ່ວນທີ່ສົ່ງມາບໍ່ຖືກຕ້ອງ.
error-sign-in-required = ກະລຸນາເຂົ້າສູ່ລະບົບກ່ອນ.
error-forbidden = ທ່ານບໍ່ມີສິດດຳເນີນການນີ້.
error-csrf-rejected = ແບບຟອມນີ້ໝົດອາຍຸແລ້ວ. ກະລຸນາກັບຄືນ, ໂຫຼດໜ້າຄືນໃໝ່ ແລະ ສົ່ງອີກຄັ້ງ.
error-too-many-attempts = ພະຍາຍາມຫຼາຍເທື່ອເກີນໄປ. ກະລຸນາລໍຖ້າສອງສາມນາທີ ແລ້ວລອງໃໝ່ອີກຄັ້ງ.
error-refused = ບໍ່ສາມາດດຳເນີນຂັ້ນຕອນນີ້ໄດ້.
error-internal = ເກີດຂໍ້ຜິດພາດຢູ່ຝ່າຍພວກເຮົາ. ບໍ່ມີຫຍັງຖືກປ່ຽນແປງ; ກະລຸນາລອງໃໝ່ອີກຄັ້ງ.
error-back-home = ກັບຄືນໜ້າຫຼັກ

trl-1 = ສັງເກດເຫັນຫຼັກການພື້ນຖານ
trl-2 = ກຳນົດແນວຄວາມຄິດຂອງເຕັກໂນໂລຊີ
trl-3 = ພິສູດແນວຄວາມຄິດດ້ວຍການທົດລອງ
trl-4 = ເຕັກໂນໂລຊີຜ່ານການຢັ້ງຢືນໃນຫ້ອງທົດລອງ
trl-5 = ເຕັກໂນໂລຊີຜ່ານການຢັ້ງຢືນໃນສະພາບແວດລ້ອມທີ່ກ່ຽວຂ້ອງ
trl-6 = ເຕັກໂນໂລຊີຜ່ານການສາທິດໃນສະພາບແວດລ້ອມທີ່ກ່ຽວຂ້ອງ
trl-7 = ຕົ້ນແບບຂອງລະບົບຜ່ານການສາທິດໃນສະພາບແວດລ້ອມການນຳໃຊ້ຕົວຈິງ
trl-8 = ລະບົບສຳເລັດສົມບູນ ແລະ ຜ່ານການຮັບຮອງ
trl-9 = ລະບົບໄດ້ຮັບການພິສູດໃນສະພາບແວດລ້ອມການນຳໃຊ້ຕົວຈິງ

sector-ai = ປັນຍາປະດິດ
sector-digital_economy = ເສດຖະກິດດິຈິຕອນ ແລະ ການຄ້າເອເລັກໂຕຣນິກ
sector-smart_city = ເມືອງອັດສະລິຍະ
sector-agriculture = ກະສິກຳ ແລະ ວິທະຍາສາດພືດ
sector-aquaculture = ການລ້ຽງສັດນ້ຳ ແລະ ການປະມົງ
sector-livestock = ການລ້ຽງສັດ ແລະ ສຸຂະພາບສັດ
sector-food_processing = ການປຸງແຕ່ງອາຫານ ແລະ ຄວາມປອດໄພດ້ານອາຫານ
sector-forestry = ປ່າໄມ້, ໄມ້ໄຜ່ ແລະ ຊີວະມວນ
sector-traditional_medicine = ການແພດພື້ນເມືອງ
sector-health = ອຸປະກອນການແພດ ແລະ ສຸຂະພາບ
sector-biotech = ເຕັກໂນໂລຊີຊີວະພາບ
sector-pharmaceuticals = ຢາປົວພະຍາດ ແລະ ວັກຊີນ
sector-green_energy = ພະລັງງານສີຂຽວ ແລະ ພະລັງງານທົດແທນ
sector-energy_storage = ໝໍ້ໄຟ ແລະ ການເກັບສະສົມພະລັງງານ
sector-electric_vehicles = ຍານພາຫະນະໄຟຟ້າ ແລະ ການສັນຈອນ
sector-environment_water = ສິ່ງແວດລ້ອມ ແລະ ນ້ຳ
sector-chemicals = ເຄມີ ແລະ ວິສະວະກຳຂະບວນການຜະລິດ
sector-new_materials = ວັດສະດຸໃໝ່
sector-mining_metallurgy = ບໍ່ແຮ່ ແລະ ໂລຫະວິທະຍາ
sector-textiles = ສິ່ງທໍ ແລະ ເຄື່ອງນຸ່ງຫົ່ມ
sector-construction = ການກໍ່ສ້າງ ແລະ ວັດສະດຸກໍ່ສ້າງ
sector-manufacturing_robotics = ການຜະລິດທີ່ທັນສະໄໝ ແລະ ຫຸ່ນຍົນ
sector-semiconductors = ສານເຄິ່ງຕົວນຳ ແລະ ເອເລັກໂຕຣນິກ
sector-telecom_iot = 5G, ໂທລະຄົມມະນາຄົມ ແລະ ອິນເຕີເນັດຂອງສັບພະສິ່ງ (IoT)
sector-quantum = ເຕັກໂນໂລຊີຄວອນຕຳ
sector-cybersecurity = ຄວາມປອດໄພທາງໄຊເບີ
sector-fintech = ເຕັກໂນໂລຊີການເງິນ
sector-edtech = ເຕັກໂນໂລຊີການສຶກສາ
sector-logistics = ໂລຈິສຕິກ ແລະ ການຂົນສົ່ງ
sector-disaster_risk_reduction = ການຫຼຸດຜ່ອນຄວາມສ່ຽງຈາກໄພພິບັດ
sector-marine = ເຕັກໂນໂລຊີທາງທະເລ ແລະ ມະຫາສະໝຸດ
sector-space_geospatial = ອະວະກາດ, ການສຳຫຼວດຈາກໄລຍະໄກ ແລະ ຂໍ້ມູນພູມສາດ

ip-granted_patent = ສິດທິບັດທີ່ໄດ້ຮັບອະນຸມັດແລ້ວ
ip-pending_patent = ສິດທິບັດທີ່ກຳລັງຍື່ນຂໍ
ip-utility_model = ອະນຸສິດທິບັດ
ip-know_how = ຄວາມຮູ້ຄວາມຊຳນານ (know-how)
ip-copyright_software = ລິຂະສິດ ຫຼື ຊອບແວ
ip-none = ບໍ່ມີການປົກປ້ອງ

cooperation-licence = ການອະນຸຍາດໃຫ້ນຳໃຊ້ສິດ (licence)
cooperation-joint_development = ການພັດທະນາຮ່ວມກັນ
cooperation-technical_cooperation = ການຮ່ວມມືດ້ານເຕັກນິກ
cooperation-manufacturing = ການຜະລິດ
cooperation-joint_venture = ການຮ່ວມທຶນ
cooperation-investment = ການລົງທຶນ
cooperation-sale = ການຂາຍ
cooperation-other = ອື່ນໆ

organization-type-university = ມະຫາວິທະຍາໄລ
organization-type-institute = ສະຖາບັນຄົ້ນຄວ້າ
organization-type-enterprise = ວິສາຫະກິດ
organization-type-agency = ອົງການລັດ ຫຼື ອົງການຕົວກາງ
organization-type-tech_park = ສວນເຕັກໂນໂລຊີ
organization-type-other = ອື່ນໆ

country-BN = ບຣູໄນ
country-KH = ກຳປູເຈຍ
country-ID = ອິນໂດເນເຊຍ
country-LA = ລາວ
country-MY = ມາເລເຊຍ
country-MM = ມຽນມາ
country-PH = ຟີລິບປິນ
country-SG = ສິງກະໂປ
country-TH = ໄທ
country-VN = ຫວຽດນາມ
country-CN = ຈີນ
country-JP = ຍີ່ປຸ່ນ
country-KR = ເກົາຫຼີໃຕ້
country-AU = ອົດສະຕຣາລີ
country-NZ = ນິວຊີແລນ

language-zh = ພາສາຈີນ
language-en = ພາສາອັງກິດ
language-th = ພາສາໄທ
language-vi = ພາສາຫວຽດນາມ
language-id = ພາສາອິນໂດເນເຊຍ
language-ms = ພາສາມາເລ
language-fil = ພາສາຟີລິບປິນ
language-lo = ພາສາລາວ
language-km = ພາສາຂະແມ
language-my = ພາສາມຽນມາ
language-unknown = ພາສາທີ່ບໍ່ຮູ້ຈັກ
