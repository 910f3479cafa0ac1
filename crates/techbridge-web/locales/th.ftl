# ส่วนติดต่อผู้ใช้ของ techbridge: ภาษาไทย
# คำนำหน้าคีย์: site-, nav-, home-, search-, listing-, organization-, error- สำหรับหน้าต่าง ๆ; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- สำหรับชุดคำศัพท์เฉพาะด้าน

site-name = techbridge
nav-label = เมนูหลัก
nav-search = ค้นหา
nav-offers = เทคโนโลยีที่นำเสนอ
nav-needs = ความต้องการเทคโนโลยี
nav-language = ภาษา
nav-home = แพลตฟอร์มของฉัน
nav-moderation = การตรวจสอบ
nav-outbox = กล่องจดหมายออก
nav-sign-in = เข้าสู่ระบบ
nav-sign-out = ออกจากระบบ
nav-register = ลงทะเบียนหน่วยงานของท่าน
form-problems = กรุณาแก้ไขรายการต่อไปนี้:
footer-network = เครือข่ายการถ่ายทอดเทคโนโลยีของจีน ประเทศสมาชิกอาเซียน และประเทศหุ้นส่วน
footer-api = API สำหรับการเชื่อมต่อระบบ

money-usd = { $amount } ดอลลาร์สหรัฐ

home-title = เทคโนโลยีที่นำเสนอและความต้องการเทคโนโลยี
home-heading = ค้นหาเทคโนโลยีหรือพันธมิตรได้ในสิบภาษา
home-lead = มหาวิทยาลัย สถาบันวิจัย สถานประกอบการ หน่วยงาน และอุทยานเทคโนโลยีเผยแพร่สิ่งที่สามารถนำเสนอและสิ่งที่ต้องการ ท่านสามารถค้นหาด้วยภาษาของท่านเอง ระบบจะพบรายการที่ตรงกันไม่ว่ารายการนั้นจะเขียนด้วยภาษาใด
home-newest = รายการล่าสุด
home-nothing-yet = ยังไม่มีรายการที่เผยแพร่

search-title = ค้นหาเทคโนโลยีที่นำเสนอและความต้องการ
search-text = ท่านกำลังมองหาอะไร
search-placeholder = เช่น ปั๊มน้ำพลังงานแสงอาทิตย์สำหรับนาข้าว
search-submit = ค้นหา
search-hint = พิมพ์ได้ทุกภาษา ระบบจะค้นหาผลลัพธ์ในทุกภาษาตามความหมาย พร้อมแสดงเหตุผลที่แต่ละรายการปรากฏ
search-filters = กรองผลการค้นหา
search-any = ทั้งหมด
search-field-q = คำค้นหา
search-field-side = ข้อเสนอหรือความต้องการ
search-field-sector = สาขา
search-field-trl_min = ระดับความพร้อมตั้งแต่
search-field-trl_max = ระดับความพร้อมไม่เกิน
search-field-ip = ทรัพย์สินทางปัญญา
search-field-cooperation = รูปแบบความร่วมมือที่ต้องการ
search-field-country = ประเทศของหน่วยงาน
search-field-language = ภาษาที่ใช้เขียน
search-field-page = หน้า
search-problems = ไม่สามารถอ่านตัวกรองบางรายการได้:
search-none = ไม่พบรายการที่ตรงกับการค้นหานี้
search-showing = ผลลัพธ์ที่ { $first } ถึง { $last }
search-pages = หน้าผลการค้นหา
search-previous = หน้าก่อนหน้า
search-next = หน้าถัดไป

side-offer = ข้อเสนอเทคโนโลยี
side-need = ความต้องการเทคโนโลยี

listing-written-in = เขียนเป็น{ $language }
listing-trl-short = TRL { $level }
listing-organization = หน่วยงาน
listing-sectors = สาขา
listing-trl = ระดับความพร้อมของเทคโนโลยี
listing-ip-status = ทรัพย์สินทางปัญญา
listing-cooperation = รูปแบบความร่วมมือที่ต้องการ
listing-target-countries = ประเทศเป้าหมาย
listing-deadline = ต้องการแนวทางแก้ไขภายใน
listing-budget = งบประมาณ
listing-keywords = คำสำคัญ
listing-published = วันที่เผยแพร่
listing-expires = แสดงถึงวันที่
listing-confidential-note = เจ้าของรายการเก็บรายละเอียดเพิ่มเติมไว้เป็นความลับ โดยจะเปิดเผยให้แก่สมาชิกที่เจ้าของรายการตอบรับการแสดงความสนใจ เมื่อสมาชิกนั้นยอมรับเงื่อนไขการรักษาความลับแล้ว
listing-matching-offers = เทคโนโลยีที่อาจตอบโจทย์ความต้องการนี้
listing-matching-needs = ความต้องการที่เทคโนโลยีนี้อาจตอบโจทย์ได้
listing-no-matches = ยังไม่มีรายการที่ตรงกัน

reason-meaning = ความหมายใกล้เคียงกัน: { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = ความหมายใกล้เคียงกัน: { $similarity } (ทั้งคู่เป็น{ $language })
reason-both-mention = ทั้งคู่กล่าวถึง { $words }
reason-mentions = กล่าวถึง { $words }
reason-same-sectors = สาขาเดียวกัน: { $sectors }
reason-readiness-meets = TRL { $offered } ถึงระดับ { $needed } ที่ต้องการ
reason-readiness-below = TRL { $offered } ต่ำกว่าระดับ { $needed } ที่ต้องการ
reason-both-seek = ความร่วมมือที่ทั้งคู่ต้องการ: { $cooperation }
reason-offered-in = นำเสนอแก่พันธมิตรใน{ $country }
reason-sought-in = ความต้องการนี้มองหาพันธมิตรใน{ $country }
reason-deadline-passed = กำหนดเวลาของความต้องการ ({ $date }) ผ่านไปแล้ว

organization-verified = ยืนยันแล้ว
organization-listings = ข้อเสนอและความต้องการที่เผยแพร่แล้ว
organization-no-listings = หน่วยงานนี้ยังไม่มีรายการที่เผยแพร่

login-title = เข้าสู่ระบบ
login-email = ที่อยู่อีเมล
login-password = รหัสผ่าน
login-submit = เข้าสู่ระบบ
login-no-account = หากยังไม่มีบัญชี กรุณาลงทะเบียนหน่วยงานของท่าน
login-failed = ที่อยู่อีเมลหรือรหัสผ่านไม่ถูกต้อง
login-registered = ลงทะเบียนหน่วยงานของท่านเรียบร้อยแล้ว กรุณาเข้าสู่ระบบ จุดประสานงานแห่งชาติของประเทศท่านจะยืนยันหน่วยงานในเร็ว ๆ นี้

register-title = ลงทะเบียนหน่วยงานของท่าน
register-lead = มหาวิทยาลัย สถาบันวิจัย สถานประกอบการ หน่วยงาน และอุทยานเทคโนโลยีในประเทศต่าง ๆ ของเครือข่ายสามารถเข้าร่วมได้ ท่านจะเป็นผู้ดูแลบัญชีของหน่วยงาน และสามารถเชิญเพื่อนร่วมงานเข้าร่วมได้ในภายหลัง จุดประสานงานแห่งชาติของประเทศท่านจะยืนยันหน่วยงานก่อนที่รายการของหน่วยงานจะได้รับการเผยแพร่
register-organization = หน่วยงานของท่าน
register-organization-name = ชื่อหน่วยงาน
register-country = ประเทศ
register-country-explain = จุดประสานงานแห่งชาติของประเทศนี้จะเป็นผู้ยืนยันหน่วยงานของท่าน
register-type = ประเภทหน่วยงาน
register-city = เมือง
register-website = เว็บไซต์
register-you = ท่านในฐานะผู้ดูแลบัญชี
register-your-name = ชื่อของท่าน
register-email = ที่อยู่อีเมล
register-password = รหัสผ่าน
register-password-explain = อย่างน้อย 10 ตัวอักษร ประโยคที่ท่านจำได้ง่ายถือเป็นรหัสผ่านที่ดี
register-submit = ลงทะเบียน

home-member-title = แพลตฟอร์มของฉัน
home-greeting = ยินดีต้อนรับ { $name }
home-your-organizations = หน่วยงานของท่าน
home-no-organization = บัญชีของท่านยังไม่ได้สังกัดหน่วยงานใด
home-awaiting-verification = อยู่ระหว่างรอการยืนยันจากจุดประสานงานแห่งชาติของ{ $country } เมื่อหน่วยงานได้รับการยืนยันแล้วจึงจะเผยแพร่รายการได้
home-verification-rejected = จุดประสานงานแห่งชาติไม่ได้ยืนยันหน่วยงานนี้ กรุณาติดต่อจุดประสานงานแห่งชาติหรือผู้ดำเนินงานเครือข่าย
role-admin = ผู้ดูแลบัญชี
role-member = สมาชิก

moderation-title = การตรวจสอบ
moderation-organizations = หน่วยงานที่รอการยืนยัน
moderation-nothing-waiting = ไม่มีหน่วยงานที่รอการยืนยัน
moderation-organization = หน่วยงาน
moderation-registered = วันที่ลงทะเบียน
moderation-decision = การพิจารณา
moderation-verify = ยืนยัน
moderation-reject = ปฏิเสธ

outbox-title = กล่องจดหมายออก
outbox-lead = อีเมลทั้งหมดที่แพลตฟอร์มส่งแล้วหรือกำลังจะส่ง เรียงจากล่าสุดไปเก่าสุด
outbox-empty = ยังไม่มีอีเมล
outbox-sent = ส่งแล้ว
outbox-waiting = รอการส่ง
outbox-failed = ยังส่งไม่สำเร็จ: { $error }

error-not-found = ไม่พบหน้านี้ หรือหน้านี้ไม่ได้เปิดเผยต่อสาธารณะ
error-invalid-input = ข้อมูลที่ส่งมาบางส่วนไม่ถูกต้อง
error-sign-in-required = กรุณาเข้าสู่ระบบก่อน
error-forbidden = ท่านไม่มีสิทธิ์ดำเนินการนี้
error-csrf-rejected = แบบฟอร์มนี้หมดอายุแล้ว กรุณาย้อนกลับ โหลดหน้าใหม่ แล้วส่งอีกครั้ง
error-too-many-attempts = มีการลองหลายครั้งเกินไป กรุณารอสักสองสามนาทีแล้วลองใหม่อีกครั้ง
error-refused = ไม่สามารถดำเนินการขั้นตอนนี้ได้
error-internal = เกิดข้อผิดพลาดในระบบของเรา ไม่มีการเปลี่ยนแปลงใด ๆ กรุณาลองใหม่อีกครั้ง
error-back-home = กลับสู่หน้าแรก

trl-1 = สังเกตพบหลักการพื้นฐาน
trl-2 = กำหนดแนวคิดของเทคโนโลยี
trl-3 = พิสูจน์แนวคิดด้วยการทดลอง
trl-4 = ทดสอบความถูกต้องของเทคโนโลยีในห้องปฏิบัติการ
trl-5 = ทดสอบความถูกต้องของเทคโนโลยีในสภาพแวดล้อมที่เกี่ยวข้อง
trl-6 = สาธิตเทคโนโลยีในสภาพแวดล้อมที่เกี่ยวข้อง
trl-7 = สาธิตต้นแบบระบบในสภาพแวดล้อมการใช้งานจริง
trl-8 = ระบบสมบูรณ์และผ่านการรับรอง
trl-9 = ระบบได้รับการพิสูจน์ในสภาพแวดล้อมการใช้งานจริง

sector-ai = ปัญญาประดิษฐ์
sector-digital_economy = เศรษฐกิจดิจิทัลและพาณิชย์อิเล็กทรอนิกส์
sector-smart_city = เมืองอัจฉริยะ
sector-agriculture = เกษตรกรรมและพืชศาสตร์
sector-aquaculture = การเพาะเลี้ยงสัตว์น้ำและประมง
sector-livestock = ปศุสัตว์และสุขภาพสัตว์
sector-food_processing = การแปรรูปอาหารและความปลอดภัยของอาหาร
sector-forestry = ป่าไม้ ไผ่ และชีวมวล
sector-traditional_medicine = การแพทย์แผนดั้งเดิม
sector-health = เครื่องมือแพทย์และสุขภาพ
sector-biotech = เทคโนโลยีชีวภาพ
sector-pharmaceuticals = ยาและวัคซีน
sector-green_energy = พลังงานสีเขียวและพลังงานหมุนเวียน
sector-energy_storage = แบตเตอรี่และระบบกักเก็บพลังงาน
sector-electric_vehicles = ยานยนต์ไฟฟ้าและการเดินทาง
sector-environment_water = สิ่งแวดล้อมและน้ำ
sector-chemicals = เคมีและวิศวกรรมกระบวนการ
sector-new_materials = วัสดุใหม่
sector-mining_metallurgy = เหมืองแร่และโลหะวิทยา
sector-textiles = สิ่งทอและเครื่องนุ่งห่ม
sector-construction = การก่อสร้างและวัสดุก่อสร้าง
sector-manufacturing_robotics = การผลิตขั้นสูงและหุ่นยนต์
sector-semiconductors = เซมิคอนดักเตอร์และอิเล็กทรอนิกส์
sector-telecom_iot = 5G โทรคมนาคม และ IoT
sector-quantum = เทคโนโลยีควอนตัม
sector-cybersecurity = ความมั่นคงปลอดภัยไซเบอร์
sector-fintech = เทคโนโลยีทางการเงิน
sector-edtech = เทคโนโลยีการศึกษา
sector-logistics = โลจิสติกส์และการขนส่ง
sector-disaster_risk_reduction = การลดความเสี่ยงจากภัยพิบัติ
sector-marine = เทคโนโลยีทางทะเลและมหาสมุทร
sector-space_geospatial = อวกาศ การสำรวจระยะไกล และภูมิสารสนเทศ

ip-granted_patent = สิทธิบัตรที่ได้รับจดทะเบียนแล้ว
ip-pending_patent = อยู่ระหว่างยื่นขอสิทธิบัตร
ip-utility_model = อนุสิทธิบัตร
ip-know_how = ความรู้ความชำนาญ (Know-how)
ip-copyright_software = ลิขสิทธิ์หรือซอฟต์แวร์
ip-none = ไม่มีการคุ้มครอง

cooperation-licence = การอนุญาตให้ใช้สิทธิ
cooperation-joint_development = การพัฒนาร่วมกัน
cooperation-technical_cooperation = ความร่วมมือทางเทคนิค
cooperation-manufacturing = การผลิต
cooperation-joint_venture = การร่วมทุน
cooperation-investment = การลงทุน
cooperation-sale = การขาย
cooperation-other = อื่น ๆ

organization-type-university = มหาวิทยาลัย
organization-type-institute = สถาบันวิจัย
organization-type-enterprise = สถานประกอบการ
organization-type-agency = หน่วยงานภาครัฐหรือหน่วยงานตัวกลาง
organization-type-tech_park = อุทยานเทคโนโลยี
organization-type-other = อื่น ๆ

country-BN = บรูไน
country-KH = กัมพูชา
country-ID = อินโดนีเซีย
country-LA = ลาว
country-MY = มาเลเซีย
country-MM = เมียนมา
country-PH = ฟิลิปปินส์
country-SG = สิงคโปร์
country-TH = ไทย
country-VN = เวียดนาม
country-CN = จีน
country-JP = ญี่ปุ่น
country-KR = เกาหลีใต้
country-AU = ออสเตรเลีย
country-NZ = นิวซีแลนด์

language-zh = ภาษาจีน
language-en = ภาษาอังกฤษ
language-th = ภาษาไทย
language-vi = ภาษาเวียดนาม
language-id = ภาษาอินโดนีเซีย
language-ms = ภาษามลายู
language-fil = ภาษาฟิลิปิโน
language-lo = ภาษาลาว
language-km = ภาษาเขมร
language-my = ภาษาพม่า
language-unknown = ภาษาที่ไม่ทราบ
