# techbridge interface: English, the catalogue every other language falls back to.
# Keys: site-, nav-, home-, search-, listing-, organization-, error- for pages; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- for the domain's vocabularies.

site-name = techbridge
nav-label = ម៉ឺនុយចម្បង
nav-search = ស្វែងរក
nav-offers = ការផ្តល់ជូន
nav-needs = តម្រូវការ
nav-language = ភាសា
nav-home = វេទិការបស់ខ្ញុំ
nav-moderation = ការត្រួតពិនិត្យ
nav-outbox = អ៊ីមែលចេញ
nav-sign-in = ចូលគណនី
nav-sign-out = ចាកចេញពីគណនី
nav-register = ចុះឈ្មោះស្ថាប័នរបស់អ្នក
form-problems = សូមកែតម្រូវចំណុចខាងក្រោម៖
footer-network = បណ្តាញផ្ទេរបច្ចេកវិទ្យារបស់ប្រទេសចិន បណ្តាប្រទេសអាស៊ាន និងដៃគូរបស់ពួកគេ។
footer-api = API សម្រាប់ការតភ្ជាប់ប្រព័ន្ធ

money-usd = { $amount } ដុល្លារអាមេរិក

home-title = ការផ្តល់ជូន និងតម្រូវការបច្ចេកវិទ្យា
home-heading = ស្វែងរកបច្ចេកវិទ្យា ឬដៃគូ ក្នុងភាសាចំនួនដប់
home-lead = សាកលវិទ្យាល័យ វិទ្យាស្ថាន សហគ្រាស ស្ថាប័នរដ្ឋ និងឧទ្យានបច្ចេកវិទ្យា ផ្សព្វផ្សាយនូវអ្វីដែលពួកគេអាចផ្តល់ជូន និងអ្វីដែលពួកគេត្រូវការ។ សូមស្វែងរកជាភាសារបស់អ្នកផ្ទាល់៖ ប្រព័ន្ធនឹងរកឃើញការចុះផ្សាយដែលត្រូវគ្នា ទោះបីការចុះផ្សាយនោះសរសេរជាភាសាណាក៏ដោយ។
home-newest = ការចុះផ្សាយថ្មីៗបំផុត
home-nothing-yet = មិនទាន់មានការចុះផ្សាយណាមួយនៅឡើយទេ។

search-title = ស្វែងរកការផ្តល់ជូន និងតម្រូវការ
search-text = តើអ្នកកំពុងស្វែងរកអ្វី?
search-placeholder = ឧ. ម៉ាស៊ីនបូមទឹកថាមពលព្រះអាទិត្យសម្រាប់វាលស្រែ
search-submit = ស្វែងរក
search-hint = អាចសរសេរជាភាសាណាក៏បាន។ លទ្ធផលជាគ្រប់ភាសាត្រូវបានរកឃើញតាមអត្ថន័យ ហើយហេតុផលដែលភ្ជាប់មកពន្យល់ថាហេតុអ្វីលទ្ធផលនីមួយៗត្រូវបានបង្ហាញ។
search-filters = ចម្រាញ់លទ្ធផល
search-any = ទាំងអស់
search-field-q = ពាក្យស្វែងរក
search-field-side = ការផ្តល់ជូន ឬតម្រូវការ
search-field-sector = វិស័យ
search-field-trl_min = កម្រិតភាពត្រៀមរួចរាល់ចាប់ពី
search-field-trl_max = កម្រិតភាពត្រៀមរួចរាល់រហូតដល់
search-field-ip = កម្មសិទ្ធិបញ្ញា
search-field-cooperation = ទម្រង់សហការដែលចង់បាន
search-field-country = ប្រទេសរបស់ស្ថាប័ន
search-field-language = ភាសាដែលបានសរសេរ
search-field-page = ទំព័រ
search-problems = តម្រងមួយចំនួនមិនអាចអានបានទេ៖
search-none = គ្មានការចុះផ្សាយណាមួយត្រូវនឹងការស្វែងរកនេះទេ។
search-showing = លទ្ធផលទី { $first } ដល់ទី { $last }
search-pages = ទំព័រលទ្ធផល
search-previous = ទំព័រមុន
search-next = ទំព័របន្ទាប់

side-offer = ការផ្តល់ជូន
side-need = តម្រូវការ

listing-written-in = សរសេរជា{ $language }
listing-trl-short = TRL { $level }
listing-organization = ស្ថាប័ន
listing-sectors = វិស័យ
listing-trl = កម្រិតភាពត្រៀមរួចរាល់នៃបច្ចេកវិទ្យា (TRL)
listing-ip-status = កម្មសិទ្ធិបញ្ញា
listing-cooperation = ទម្រង់សហការដែលចង់បាន
listing-target-countries = ប្រទេសគោលដៅ
listing-deadline = ត្រូវការដំណោះស្រាយត្រឹម
listing-budget = ថវិកា
listing-keywords = ពាក្យគន្លឹះ
listing-published = កាលបរិច្ឆេទផ្សព្វផ្សាយ
listing-expires = ចុះផ្សាយរហូតដល់
listing-confidential-note = ម្ចាស់ការចុះផ្សាយរក្សាព័ត៌មានលម្អិតបន្ថែមជាការសម្ងាត់។ ព័ត៌មានទាំងនោះនឹងត្រូវបានបង្ហាញជូនសមាជិកដែលម្ចាស់បានទទួលយកការបង្ហាញចំណាប់អារម្មណ៍របស់ខ្លួន នៅពេលសមាជិកនោះយល់ព្រមលើលក្ខខណ្ឌរក្សាការសម្ងាត់។
listing-matching-offers = ការផ្តល់ជូនដែលអាចឆ្លើយតបនឹងតម្រូវការនេះ
listing-matching-needs = តម្រូវការដែលការផ្តល់ជូននេះអាចឆ្លើយតបបាន
listing-no-matches = មិនទាន់មានការចុះផ្សាយដែលត្រូវគ្នានៅឡើយទេ។

reason-meaning = អត្ថន័យស្រដៀងគ្នា៖ { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = អត្ថន័យស្រដៀងគ្នា៖ { $similarity } (ទាំងពីរជា{ $language })
reason-both-mention = ទាំងពីរលើកឡើងពី { $words }
reason-mentions = លើកឡើងពី { $words }
reason-same-sectors = វិស័យដូចគ្នា៖ { $sectors }
reason-readiness-meets = TRL { $offered } បំពេញកម្រិត { $needed } ដែលត្រូវការ
reason-readiness-below = TRL { $offered } ទាបជាងកម្រិត { $needed } ដែលត្រូវការ
reason-both-seek = ទម្រង់សហការដែលទាំងពីរចង់បាន៖ { $cooperation }
reason-offered-in = ផ្តល់ជូនដៃគូនៅ{ $country }
reason-sought-in = តម្រូវការនេះស្វែងរកដៃគូនៅ{ $country }
reason-deadline-passed = កាលកំណត់នៃតម្រូវការ ({ $date }) បានកន្លងផុតហើយ

organization-verified = បានផ្ទៀងផ្ទាត់
organization-listings = ការផ្តល់ជូន និងតម្រូវការដែលបានផ្សព្វផ្សាយ
organization-no-listings = ស្ថាប័ននេះមិនមានការចុះផ្សាយដែលបានផ្សព្វផ្សាយទេ។

login-title = ចូលគណនី
login-email = អាសយដ្ឋានអ៊ីមែល
login-password = ពាក្យសម្ងាត់
login-submit = ចូលគណនី
login-no-account = មិនទាន់មានគណនីមែនទេ? សូមចុះឈ្មោះស្ថាប័នរបស់អ្នក។
login-failed = អាសយដ្ឋានអ៊ីមែល ឬពាក្យសម្ងាត់មិនត្រឹមត្រូវទេ។
login-registered = ស្ថាប័នរបស់អ្នកត្រូវបានចុះឈ្មោះហើយ។ សូមចូលគណនី៖ ចំណុចទំនាក់ទំនងជាតិនៃប្រទេសរបស់អ្នកនឹងផ្ទៀងផ្ទាត់ស្ថាប័ននេះក្នុងពេលឆាប់ៗ។

register-title = ចុះឈ្មោះស្ថាប័នរបស់អ្នក
register-lead = សាកលវិទ្យាល័យ វិទ្យាស្ថានស្រាវជ្រាវ សហគ្រាស ស្ថាប័នរដ្ឋ និងឧទ្យានបច្ចេកវិទ្យា នៃបណ្តាប្រទេសក្នុងបណ្តាញ អាចចូលរួមបាន។ អ្នកនឹងក្លាយជាអ្នកគ្រប់គ្រងគណនីរបស់ស្ថាប័នអ្នក ហើយអាចអញ្ជើញសហការីឱ្យចូលរួមនៅពេលក្រោយ។ ចំណុចទំនាក់ទំនងជាតិនៃប្រទេសរបស់អ្នកផ្ទៀងផ្ទាត់ស្ថាប័ន មុនពេលការចុះផ្សាយរបស់ស្ថាប័នត្រូវបានផ្សព្វផ្សាយ។
register-organization = ស្ថាប័នរបស់អ្នក
register-organization-name = ឈ្មោះស្ថាប័ន
register-country = ប្រទេស
register-country-explain = ចំណុចទំនាក់ទំនងជាតិនៃប្រទេសនេះនឹងផ្ទៀងផ្ទាត់ស្ថាប័នរបស់អ្នក។
register-type = ប្រភេទស្ថាប័ន
register-city = ទីក្រុង
register-website = គេហទំព័រ
register-you = អ្នក ក្នុងនាមជាអ្នកគ្រប់គ្រង
register-your-name = ឈ្មោះរបស់អ្នក
register-email = អាសយដ្ឋានអ៊ីមែល
register-password = ពាក្យសម្ងាត់
register-password-explain = យ៉ាងហោចណាស់ ១០ តួអក្សរ។ ប្រយោគមួយដែលអ្នកចងចាំបាន គឺជាពាក្យសម្ងាត់ដ៏ល្អ។
register-submit = ចុះឈ្មោះ

home-member-title = វេទិការបស់ខ្ញុំ
home-greeting = សូមស្វាគមន៍ { $name }
home-your-organizations = ស្ថាប័នរបស់អ្នក
home-no-organization = គណនីរបស់អ្នកមិនស្ថិតនៅក្នុងស្ថាប័នណាមួយទេ។
home-awaiting-verification = កំពុងរង់ចាំការផ្ទៀងផ្ទាត់ពីចំណុចទំនាក់ទំនងជាតិនៃប្រទេស{ $country }។ ការចុះផ្សាយអាចត្រូវបានផ្សព្វផ្សាយ នៅពេលស្ថាប័នត្រូវបានផ្ទៀងផ្ទាត់រួច។
home-verification-rejected = ចំណុចទំនាក់ទំនងជាតិមិនបានផ្ទៀងផ្ទាត់ស្ថាប័ននេះទេ។ សូមទាក់ទងចំណុចទំនាក់ទំនងនោះ ឬប្រតិបត្តិករនៃបណ្តាញ។
role-admin = អ្នកគ្រប់គ្រង
role-member = សមាជិក

moderation-title = ការត្រួតពិនិត្យ
moderation-organizations = ស្ថាប័នដែលកំពុងរង់ចាំការផ្ទៀងផ្ទាត់
moderation-nothing-waiting = គ្មានស្ថាប័នណាកំពុងរង់ចាំទេ។
moderation-organization = ស្ថាប័ន
moderation-registered = កាលបរិច្ឆេទចុះឈ្មោះ
moderation-decision = ការសម្រេច
moderation-verify = ផ្ទៀងផ្ទាត់
moderation-reject = បដិសេធ

outbox-title = អ៊ីមែលចេញ
outbox-lead = អ៊ីមែលទាំងអស់ដែលវេទិកាបានផ្ញើ ឬហៀបនឹងផ្ញើ ដោយបង្ហាញអ៊ីមែលថ្មីបំផុតមុនគេ។
outbox-empty = មិនទាន់មានអ៊ីមែលនៅឡើយទេ។
outbox-sent = បានផ្ញើ
outbox-waiting = កំពុងរង់ចាំការផ្ញើ
outbox-failed = មិនទាន់បានផ្ញើនៅឡើយទេ៖ { $error }

error-not-found = ទំព័រនេះមិនមាន ឬមិនមែនជាទំព័រសាធារណៈទេ។
error-invalid-input = ទិន្នន័យមួយចំនួនដែលបានផ្ញើមិនត្រឹមត្រូវទេ។
error-sign-in-required = សូមចូលគណនីជាមុនសិន។
error-forbidden = អ្នកមិនមានសិទ្ធិធ្វើសកម្មភាពនេះទេ។
error-csrf-rejected = ទម្រង់នេះបានផុតសុពលភាពហើយ។ សូមត្រឡប់ក្រោយ ផ្ទុកទំព័រឡើងវិញ រួចផ្ញើម្តងទៀត។
error-too-many-attempts = ការព្យាយាមច្រើនដងពេក។ សូមរង់ចាំពីរបីនាទី រួចព្យាយាមម្តងទៀត។
error-refused = មិនអាចអនុវត្តជំហាននេះបានទេ។
error-internal = មានបញ្ហាកើតឡើងនៅផ្នែករបស់យើង។ គ្មានអ្វីត្រូវបានផ្លាស់ប្តូរទេ។ សូមព្យាយាមម្តងទៀត។
error-back-home = ត្រឡប់ទៅទំព័រដើម

trl-1 = បានសង្កេតឃើញគោលការណ៍មូលដ្ឋាន
trl-2 = បានបង្កើតគំនិតបច្ចេកវិទ្យា
trl-3 = បានបញ្ជាក់គំនិតតាមរយៈការពិសោធន៍
trl-4 = បច្ចេកវិទ្យាត្រូវបានផ្ទៀងផ្ទាត់នៅក្នុងមន្ទីរពិសោធន៍
trl-5 = បច្ចេកវិទ្យាត្រូវបានផ្ទៀងផ្ទាត់នៅក្នុងបរិស្ថានពាក់ព័ន្ធ
trl-6 = បច្ចេកវិទ្យាត្រូវបានបង្ហាញសាកល្បងនៅក្នុងបរិស្ថានពាក់ព័ន្ធ
trl-7 = គំរូដើមនៃប្រព័ន្ធត្រូវបានបង្ហាញសាកល្បងនៅក្នុងបរិស្ថានប្រតិបត្តិការ
trl-8 = ប្រព័ន្ធបានបញ្ចប់ និងទទួលបានការបញ្ជាក់គុណភាព
trl-9 = ប្រព័ន្ធត្រូវបានបញ្ជាក់ថាដំណើរការបាននៅក្នុងបរិស្ថានប្រតិបត្តិការ

sector-ai = បញ្ញាសិប្បនិម្មិត
sector-digital_economy = សេដ្ឋកិច្ចឌីជីថល និងពាណិជ្ជកម្មអេឡិចត្រូនិក
sector-smart_city = ទីក្រុងឆ្លាតវៃ
sector-agriculture = កសិកម្ម និងវិទ្យាសាស្ត្រដំណាំ
sector-aquaculture = វារីវប្បកម្ម និងជលផល
sector-livestock = ផលិតកម្មសត្វ និងសុខភាពសត្វ
sector-food_processing = ការកែច្នៃអាហារ និងសុវត្ថិភាពចំណីអាហារ
sector-forestry = ព្រៃឈើ ឫស្សី និងជីវម៉ាស
sector-traditional_medicine = ឱសថបុរាណ
sector-health = ឧបករណ៍វេជ្ជសាស្ត្រ និងសុខាភិបាល
sector-biotech = ជីវបច្ចេកវិទ្យា
sector-pharmaceuticals = ឱសថ និងវ៉ាក់សាំង
sector-green_energy = ថាមពលបៃតង និងថាមពលកកើតឡើងវិញ
sector-energy_storage = អាគុយ និងការស្តុកថាមពល
sector-electric_vehicles = យានយន្តអគ្គិសនី និងការធ្វើដំណើរ
sector-environment_water = បរិស្ថាន និងទឹក
sector-chemicals = គីមីវិទ្យា និងវិស្វកម្មដំណើរការ
sector-new_materials = វត្ថុធាតុថ្មី
sector-mining_metallurgy = រ៉ែ និងលោហវិទ្យា
sector-textiles = វាយនភណ្ឌ និងសម្លៀកបំពាក់
sector-construction = សំណង់ និងសម្ភារសំណង់
sector-manufacturing_robotics = ផលិតកម្មទំនើប និងមនុស្សយន្ត
sector-semiconductors = សារធាតុពាក់កណ្តាលចម្លង និងអេឡិចត្រូនិក
sector-telecom_iot = 5G ទូរគមនាគមន៍ និងអ៊ីនធឺណិតនៃវត្ថុ (IoT)
sector-quantum = បច្ចេកវិទ្យាកង់ទិច
sector-cybersecurity = សន្តិសុខសាយប័រ
sector-fintech = បច្ចេកវិទ្យាហិរញ្ញវត្ថុ
sector-edtech = បច្ចេកវិទ្យាអប់រំ
sector-logistics = ភស្តុភារ និងការដឹកជញ្ជូន
sector-disaster_risk_reduction = ការកាត់បន្ថយហានិភ័យគ្រោះមហន្តរាយ
sector-marine = បច្ចេកវិទ្យាសមុទ្រ និងមហាសមុទ្រ
sector-space_geospatial = អវកាស ការអង្កេតពីចម្ងាយ និងព័ត៌មានភូមិសាស្ត្រ

ip-granted_patent = ប្រកាសនីយបត្រដែលបានចេញ
ip-pending_patent = ប្រកាសនីយបត្រកំពុងរង់ចាំការសម្រេច
ip-utility_model = វិញ្ញាបនបត្រអំពើប្រយោជន៍
ip-know_how = ចំណេះដឹងជំនាញ (know-how)
ip-copyright_software = សិទ្ធិអ្នកនិពន្ធ ឬកម្មវិធីកុំព្យូទ័រ
ip-none = គ្មានការការពារ

cooperation-licence = អាជ្ញាប័ណ្ណ
cooperation-joint_development = ការអភិវឌ្ឍរួមគ្នា
cooperation-technical_cooperation = កិច្ចសហប្រតិបត្តិការបច្ចេកទេស
cooperation-manufacturing = ផលិតកម្ម
cooperation-joint_venture = សហគ្រាសរួមទុន
cooperation-investment = ការវិនិយោគ
cooperation-sale = ការលក់
cooperation-other = ផ្សេងៗ

organization-type-university = សាកលវិទ្យាល័យ
organization-type-institute = វិទ្យាស្ថានស្រាវជ្រាវ
organization-type-enterprise = សហគ្រាស
organization-type-agency = ស្ថាប័នរដ្ឋ ឬស្ថាប័នអន្តរការី
organization-type-tech_park = ឧទ្យានបច្ចេកវិទ្យា
organization-type-other = ផ្សេងៗ

country-BN = ប្រ៊ុយណេ
country-KH = កម្ពុជា
country-ID = ឥណ្ឌូណេស៊ី
country-LA = ឡាវ
country-MY = ម៉ាឡេស៊ី
country-MM = មីយ៉ាន់ម៉ា
country-PH = ហ្វីលីពីន
country-SG = សិង្ហបុរី
country-TH = ថៃ
country-VN = វៀតណាម
country-CN = ចិន
country-JP = ជប៉ុន
country-KR = កូរ៉េខាងត្បូង
country-AU = អូស្ត្រាលី
country-NZ = នូវែលហ្សេឡង់

language-zh = ភាសាចិន
language-en = ភាសាអង់គ្លេស
language-th = ភាសាថៃ
language-vi = ភាសាវៀតណាម
language-id = ភាសាឥណ្ឌូណេស៊ី
language-ms = ភាសាម៉ាឡេ
language-fil = ភាសាហ្វីលីពីន
language-lo = ភាសាឡាវ
language-km = ភាសាខ្មែរ
language-my = ភាសាភូមា
language-unknown = ភាសាមិនស្គាល់
