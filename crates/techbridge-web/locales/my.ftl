# techbridge interface: English, the catalogue every other language falls back to.
# Keys: site-, nav-, home-, search-, listing-, organization-, error- for pages; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- for the domain's vocabularies.

site-name = techbridge
nav-label = ပင်မမီနူး
nav-search = ရှာဖွေရန်
nav-offers = ကမ်းလှမ်းချက်များ
nav-needs = လိုအပ်ချက်များ
nav-language = ဘာသာစကား
nav-home = ကျွန်ုပ်၏ ပလက်ဖောင်း
nav-moderation = စိစစ်ခြင်း
nav-outbox = ထွက်စာပုံး
nav-sign-in = အကောင့်ဝင်ရန်
nav-sign-out = အကောင့်မှ ထွက်ရန်
nav-register = သင့်အဖွဲ့အစည်းကို မှတ်ပုံတင်ရန်
form-problems = ကျေးဇူးပြု၍ အောက်ပါအချက်များကို ပြင်ဆင်ပါ-
footer-network = တရုတ်၊ အာဆီယံနိုင်ငံများနှင့် ၎င်းတို့၏ မိတ်ဖက်များ ပါဝင်သော နည်းပညာလွှဲပြောင်းရေး ကွန်ရက်။
footer-api = စနစ်ချိတ်ဆက်မှုများအတွက် API

money-usd = အမေရိကန်ဒေါ်လာ { $amount }

home-title = နည်းပညာ ကမ်းလှမ်းချက်များနှင့် လိုအပ်ချက်များ
home-heading = ဘာသာစကား ဆယ်မျိုးဖြင့် နည်းပညာ သို့မဟုတ် မိတ်ဖက်ကို ရှာဖွေပါ
home-lead = တက္ကသိုလ်များ၊ သုတေသနဌာနများ၊ စီးပွားရေးလုပ်ငန်းများ၊ အစိုးရအေဂျင်စီများနှင့် နည်းပညာပန်းခြံများသည် ၎င်းတို့ ပေးနိုင်သည့်အရာနှင့် လိုအပ်သည့်အရာတို့ကို ထုတ်ပြန်ကြပါသည်။ သင့်ကိုယ်ပိုင်ဘာသာစကားဖြင့် ရှာဖွေပါ- စာရင်းကို မည်သည့်ဘာသာစကားဖြင့် ရေးသားထားစေကာမူ ကိုက်ညီသည့်ရလဒ်များကို ရှာတွေ့ပေးပါမည်။
home-newest = နောက်ဆုံးထုတ်ပြန်ထားသော စာရင်းများ
home-nothing-yet = မည်သည့်စာရင်းမျှ ထုတ်ပြန်ထားခြင်း မရှိသေးပါ။

search-title = ကမ်းလှမ်းချက်များနှင့် လိုအပ်ချက်များကို ရှာဖွေရန်
search-text = သင် ဘာကို ရှာဖွေနေပါသလဲ။
search-placeholder = ဥပမာ- စပါးခင်းများအတွက် နေရောင်ခြည်စွမ်းအင်သုံး ရေစုပ်စက်
search-submit = ရှာဖွေရန်
search-hint = မည်သည့်ဘာသာစကားဖြင့်မဆို ရေးသားနိုင်ပါသည်။ ဘာသာစကားအားလုံးမှ ရလဒ်များကို အဓိပ္ပာယ်အလိုက် ရှာဖွေပေးပြီး ရလဒ်တစ်ခုချင်းစီကို အဘယ်ကြောင့် ပြသရသည်ကို အကြောင်းပြချက်များက ဖော်ပြပေးပါသည်။
search-filters = ရလဒ်များကို စစ်ထုတ်ရန်
search-any = အားလုံး
search-field-q = ရှာဖွေမည့် စာသား
search-field-side = ကမ်းလှမ်းချက် သို့မဟုတ် လိုအပ်ချက်
search-field-sector = ကဏ္ဍ
search-field-trl_min = အနိမ့်ဆုံး အဆင်သင့်ဖြစ်မှုအဆင့်
search-field-trl_max = အမြင့်ဆုံး အဆင်သင့်ဖြစ်မှုအဆင့်
search-field-ip = ဉာဏပစ္စည်း
search-field-cooperation = လိုလားသည့် ပူးပေါင်းဆောင်ရွက်မှုပုံစံ
search-field-country = အဖွဲ့အစည်း၏ နိုင်ငံ
search-field-language = ရေးသားထားသည့် ဘာသာစကား
search-field-page = စာမျက်နှာ
search-problems = အချို့သော စစ်ထုတ်မှုများကို ဖတ်၍မရပါ-
search-none = ဤရှာဖွေမှုနှင့် ကိုက်ညီသော စာရင်း မရှိပါ။
search-showing = ရလဒ် { $first } မှ { $last } အထိ
search-pages = ရလဒ်စာမျက်နှာများ
search-previous = ယခင်စာမျက်နှာ
search-next = နောက်စာမျက်နှာ

side-offer = ကမ်းလှမ်းချက်
side-need = လိုအပ်ချက်

listing-written-in = { $language }ဖြင့် ရေးသားထားသည်
listing-trl-short = TRL { $level }
listing-organization = အဖွဲ့အစည်း
listing-sectors = ကဏ္ဍများ
listing-trl = နည်းပညာ အဆင်သင့်ဖြစ်မှုအဆင့် (TRL)
listing-ip-status = ဉာဏပစ္စည်း
listing-cooperation = လိုလားသည့် ပူးပေါင်းဆောင်ရွက်မှုပုံစံ
listing-target-countries = ဦးတည်နိုင်ငံများ
listing-deadline = ဖြေရှင်းချက် လိုအပ်သည့်နေ့
listing-budget = ဘတ်ဂျက်
listing-keywords = သော့ချက်စကားလုံးများ
listing-published = ထုတ်ပြန်သည့်နေ့
listing-expires = ဖော်ပြထားမည့် နောက်ဆုံးနေ့
listing-confidential-note = ပိုင်ရှင်သည် နောက်ထပ်အသေးစိတ်အချက်အလက်များကို လျှို့ဝှက်ထားပါသည်။ ပိုင်ရှင်က စိတ်ဝင်စားမှုဖော်ပြချက်ကို လက်ခံထားသည့် အဖွဲ့ဝင်သည် လျှို့ဝှက်ချက်မထုတ်ဖော်ရေး စည်းကမ်းချက်များကို သဘောတူပြီးသည်နှင့် ထိုအချက်အလက်များကို ၎င်းအဖွဲ့ဝင်ထံ ထုတ်ပေးပါမည်။
listing-matching-offers = ဤလိုအပ်ချက်ကို ဖြည့်ဆည်းပေးနိုင်မည့် ကမ်းလှမ်းချက်များ
listing-matching-needs = ဤကမ်းလှမ်းချက်က ဖြည့်ဆည်းပေးနိုင်မည့် လိုအပ်ချက်များ
listing-no-matches = ကိုက်ညီသော စာရင်းများ မရှိသေးပါ။

reason-meaning = အဓိပ္ပာယ် ဆင်တူမှု- { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = အဓိပ္ပာယ် ဆင်တူမှု- { $similarity } (နှစ်ခုစလုံး { $language }ဖြင့်)
reason-both-mention = နှစ်ခုစလုံးက { $words } ကို ဖော်ပြထားသည်
reason-mentions = { $words } ကို ဖော်ပြထားသည်
reason-same-sectors = ကဏ္ဍတူ- { $sectors }
reason-readiness-meets = TRL { $offered }၊ လိုအပ်သည့် အဆင့် { $needed } ကို ပြည့်မီသည်
reason-readiness-below = TRL { $offered }၊ လိုအပ်သည့် အဆင့် { $needed } အောက်တွင် ရှိသည်
reason-both-seek = နှစ်ဖက်စလုံး လိုလားသည့် ပူးပေါင်းဆောင်ရွက်မှုပုံစံ- { $cooperation }
reason-offered-in = { $country }ရှိ မိတ်ဖက်များထံ ကမ်းလှမ်းထားသည်
reason-sought-in = လိုအပ်ချက်က { $country }ရှိ မိတ်ဖက်များကို ရှာဖွေသည်
reason-deadline-passed = လိုအပ်ချက်၏ နောက်ဆုံးရက် { $date } ကျော်လွန်သွားပြီ

organization-verified = အတည်ပြုပြီး
organization-listings = ထုတ်ပြန်ထားသော ကမ်းလှမ်းချက်များနှင့် လိုအပ်ချက်များ
organization-no-listings = ဤအဖွဲ့အစည်းတွင် ထုတ်ပြန်ထားသော စာရင်းများ မရှိပါ။

login-title = အကောင့်ဝင်ရန်
login-email = အီးမေးလ်လိပ်စာ
login-password = စကားဝှက်
login-submit = အကောင့်ဝင်ရန်
login-no-account = အကောင့် မရှိသေးပါသလား။ သင့်အဖွဲ့အစည်းကို မှတ်ပုံတင်ပါ။
login-failed = အီးမေးလ်လိပ်စာ သို့မဟုတ် စကားဝှက် မမှန်ကန်ပါ။
login-registered = သင့်အဖွဲ့အစည်းကို မှတ်ပုံတင်ပြီးပါပြီ။ အကောင့်ဝင်ပါ- သင့်နိုင်ငံ၏ အမျိုးသား အဆက်အသွယ်ဌာနက မကြာမီ အတည်ပြုပေးပါမည်။

register-title = သင့်အဖွဲ့အစည်းကို မှတ်ပုံတင်ရန်
register-lead = ကွန်ရက်ဝင်နိုင်ငံများရှိ တက္ကသိုလ်များ၊ သုတေသနဌာနများ၊ စီးပွားရေးလုပ်ငန်းများ၊ အစိုးရအေဂျင်စီများနှင့် နည်းပညာပန်းခြံများ ပါဝင်နိုင်ပါသည်။ သင်သည် သင့်အဖွဲ့အစည်း၏ အကောင့်ကို စီမံခန့်ခွဲသူ ဖြစ်လာမည်ဖြစ်ပြီး နောက်ပိုင်းတွင် လုပ်ဖော်ကိုင်ဖက်များကို ဖိတ်ခေါ်နိုင်ပါသည်။ အဖွဲ့အစည်း၏ စာရင်းများကို မထုတ်ပြန်မီ သင့်နိုင်ငံ၏ အမျိုးသား အဆက်အသွယ်ဌာနက အဖွဲ့အစည်းကို အတည်ပြုပါသည်။
register-organization = သင့်အဖွဲ့အစည်း
register-organization-name = အဖွဲ့အစည်းအမည်
register-country = နိုင်ငံ
register-country-explain = ဤနိုင်ငံ၏ အမျိုးသား အဆက်အသွယ်ဌာနက သင့်အဖွဲ့အစည်းကို အတည်ပြုပါမည်။
register-type = အဖွဲ့အစည်း အမျိုးအစား
register-city = မြို့
register-website = ဝက်ဘ်ဆိုက်
register-you = သင် (စီမံခန့်ခွဲသူ)
register-your-name = သင့်အမည်
register-email = အီးမေးလ်လိပ်စာ
register-password = စကားဝှက်
register-password-explain = အနည်းဆုံး စာလုံး ၁၀ လုံး ရှိရပါမည်။ သင် မှတ်မိသော စာကြောင်းတစ်ကြောင်းသည် ကောင်းမွန်သော စကားဝှက် ဖြစ်ပါသည်။
register-submit = မှတ်ပုံတင်ရန်

home-member-title = ကျွန်ုပ်၏ ပလက်ဖောင်း
home-greeting = ကြိုဆိုပါသည်၊ { $name }
home-your-organizations = သင့်အဖွဲ့အစည်းများ
home-no-organization = သင့်အကောင့်သည် မည်သည့်အဖွဲ့အစည်းတွင်မျှ ပါဝင်ခြင်း မရှိပါ။
home-awaiting-verification = { $country }၏ အမျိုးသား အဆက်အသွယ်ဌာန၏ အတည်ပြုချက်ကို စောင့်ဆိုင်းနေပါသည်။ အတည်ပြုပြီးသည်နှင့် စာရင်းများကို ထုတ်ပြန်နိုင်ပါမည်။
home-verification-rejected = အမျိုးသား အဆက်အသွယ်ဌာနက ဤအဖွဲ့အစည်းကို အတည်မပြုခဲ့ပါ။ ကျေးဇူးပြု၍ ၎င်းဌာန သို့မဟုတ် ကွန်ရက်ကို လည်ပတ်ဆောင်ရွက်သူထံ ဆက်သွယ်ပါ။
role-admin = စီမံခန့်ခွဲသူ
role-member = အဖွဲ့ဝင်

moderation-title = စိစစ်ခြင်း
moderation-organizations = အတည်ပြုချက် စောင့်ဆိုင်းနေသော အဖွဲ့အစည်းများ
moderation-nothing-waiting = စောင့်ဆိုင်းနေသော အဖွဲ့အစည်း မရှိပါ။
moderation-organization = အဖွဲ့အစည်း
moderation-registered = မှတ်ပုံတင်သည့်နေ့
moderation-decision = ဆုံးဖြတ်ချက်
moderation-verify = အတည်ပြုရန်
moderation-reject = ပယ်ချရန်

outbox-title = ထွက်စာပုံး
outbox-lead = ပလက်ဖောင်းက ပေးပို့ပြီးသော သို့မဟုတ် ပေးပို့တော့မည့် အီးမေးလ်အားလုံးကို နောက်ဆုံးအီးမေးလ်မှ စတင်၍ ပြသထားပါသည်။
outbox-empty = အီးမေးလ် မရှိသေးပါ။
outbox-sent = ပေးပို့ပြီး
outbox-waiting = ပေးပို့ရန် စောင့်ဆိုင်းဆဲ
outbox-failed = မပေးပို့ရသေးပါ- { $error }

error-not-found = ဤစာမျက်နှာ မရှိပါ သို့မဟုတ် အများပြည်သူအတွက် ဖွင့်ထားခြင်း မရှိပါ။
error-invalid-input = ပေးပို့ထားသော အချက်အလက်အချို့ မမှန်ကန်ပါ။
error-sign-in-required = ကျေးဇူးပြု၍ ဦးစွာ အကောင့်ဝင်ပါ။
error-forbidden = ဤလုပ်ဆောင်ချက်ကို ပြုလုပ်ခွင့် မရှိပါ။
error-csrf-rejected = ဤဖောင်၏ သက်တမ်း ကုန်ဆုံးသွားပါပြီ။ ကျေးဇူးပြု၍ နောက်သို့ပြန်သွားပြီး စာမျက်နှာကို ပြန်လည်ဖွင့်ကာ ထပ်မံပေးပို့ပါ။
error-too-many-attempts = ကြိုးစားမှု အကြိမ်ရေ များလွန်းနေပါသည်။ မိနစ်အနည်းငယ် စောင့်ပြီး ထပ်မံကြိုးစားပါ။
error-refused = ဤအဆင့်ကို ဆောင်ရွက်၍ မရပါ။
error-internal = ကျွန်ုပ်တို့ဘက်တွင် ချို့ယွင်းချက်တစ်ခု ဖြစ်ပေါ်ခဲ့ပါသည်။ မည်သည့်အရာမျှ ပြောင်းလဲခြင်း မရှိပါ။ ကျေးဇူးပြု၍ ထပ်မံကြိုးစားပါ။
error-back-home = ပင်မစာမျက်နှာသို့ ပြန်သွားရန်

trl-1 = အခြေခံမူများကို လေ့လာတွေ့ရှိပြီး
trl-2 = နည်းပညာ သဘောတရားကို ပုံဖော်ပြီး
trl-3 = သဘောတရားကို စမ်းသပ်မှုဖြင့် သက်သေပြပြီး
trl-4 = နည်းပညာကို ဓာတ်ခွဲခန်းတွင် အတည်ပြုပြီး
trl-5 = နည်းပညာကို သက်ဆိုင်ရာ ပတ်ဝန်းကျင်တွင် အတည်ပြုပြီး
trl-6 = နည်းပညာကို သက်ဆိုင်ရာ ပတ်ဝန်းကျင်တွင် သရုပ်ပြပြီး
trl-7 = စနစ်၏ ရှေ့ပြေးပုံစံကို လက်တွေ့လည်ပတ်သည့် ပတ်ဝန်းကျင်တွင် သရုပ်ပြပြီး
trl-8 = စနစ် ပြီးစီး၍ စံချိန်စံညွှန်းနှင့် ကိုက်ညီကြောင်း အတည်ပြုပြီး
trl-9 = စနစ်ကို လက်တွေ့လည်ပတ်သည့် ပတ်ဝန်းကျင်တွင် သက်သေပြပြီး

sector-ai = ဉာဏ်ရည်တု
sector-digital_economy = ဒစ်ဂျစ်တယ်စီးပွားရေးနှင့် အီလက်ထရောနစ်ကူးသန်းရောင်းဝယ်ရေး
sector-smart_city = စမတ်မြို့
sector-agriculture = စိုက်ပျိုးရေးနှင့် သီးနှံသိပ္ပံ
sector-aquaculture = ရေသတ္တဝါမွေးမြူရေးနှင့် ငါးလုပ်ငန်း
sector-livestock = မွေးမြူရေးနှင့် တိရစ္ဆာန်ကျန်းမာရေး
sector-food_processing = စားသောက်ကုန် ပြုပြင်ထုတ်လုပ်ရေးနှင့် စားသောက်ကုန်ဘေးကင်းရေး
sector-forestry = သစ်တော၊ ဝါးနှင့် ဇီဝထု
sector-traditional_medicine = တိုင်းရင်းဆေးပညာ
sector-health = ဆေးဘက်ဆိုင်ရာ ကိရိယာများနှင့် ကျန်းမာရေး
sector-biotech = ဇီဝနည်းပညာ
sector-pharmaceuticals = ဆေးဝါးနှင့် ကာကွယ်ဆေး
sector-green_energy = စိမ်းလန်းစွမ်းအင်နှင့် ပြန်လည်ပြည့်ဖြိုးမြဲစွမ်းအင်
sector-energy_storage = ဘက်ထရီနှင့် စွမ်းအင်သိုလှောင်မှု
sector-electric_vehicles = လျှပ်စစ်ယာဉ်များနှင့် သွားလာရေး
sector-environment_water = ပတ်ဝန်းကျင်နှင့် ရေ
sector-chemicals = ဓာတုပစ္စည်းနှင့် လုပ်ငန်းစဉ်အင်ဂျင်နီယာ
sector-new_materials = ပစ္စည်းသစ်များ
sector-mining_metallurgy = သတ္တုတူးဖော်ရေးနှင့် သတ္တုဗေဒ
sector-textiles = အထည်အလိပ်နှင့် အဝတ်အထည်
sector-construction = ဆောက်လုပ်ရေးနှင့် ဆောက်လုပ်ရေးပစ္စည်း
sector-manufacturing_robotics = အဆင့်မြင့် ကုန်ထုတ်လုပ်ငန်းနှင့် စက်ရုပ်နည်းပညာ
sector-semiconductors = ဆီမီးကွန်ဒက်တာနှင့် အီလက်ထရောနစ်
sector-telecom_iot = 5G၊ ဆက်သွယ်ရေးနှင့် အရာဝတ္ထုများ၏ အင်တာနက် (IoT)
sector-quantum = ကွမ်တမ်နည်းပညာ
sector-cybersecurity = ဆိုက်ဘာလုံခြုံရေး
sector-fintech = ဘဏ္ဍာရေးနည်းပညာ
sector-edtech = ပညာရေးနည်းပညာ
sector-logistics = ထောက်ပံ့ပို့ဆောင်ရေးနှင့် သယ်ယူပို့ဆောင်ရေး
sector-disaster_risk_reduction = သဘာဝဘေးအန္တရာယ်ကျရောက်နိုင်ခြေ လျော့ချရေး
sector-marine = ပင်လယ်နှင့် သမုဒ္ဒရာ နည်းပညာ
sector-space_geospatial = အာကာသ၊ အဝေးမှ စူးစမ်းသိရှိခြင်း (remote sensing) နှင့် ပထဝီဝင်ဆိုင်ရာ သတင်းအချက်အလက်

ip-granted_patent = ခွင့်ပြုပြီး တီထွင်မှုမူပိုင်ခွင့်
ip-pending_patent = လျှောက်ထားဆဲ တီထွင်မှုမူပိုင်ခွင့်
ip-utility_model = အသေးစား တီထွင်မှုမူပိုင်ခွင့် (utility model)
ip-know_how = ကျွမ်းကျင်မှုအတတ်ပညာ (know-how)
ip-copyright_software = မူပိုင်ခွင့် သို့မဟုတ် ဆော့ဖ်ဝဲ
ip-none = အကာအကွယ် မရှိ

cooperation-licence = လိုင်စင်ချထားပေးခြင်း
cooperation-joint_development = ပူးတွဲဖွံ့ဖြိုးရေး
cooperation-technical_cooperation = နည်းပညာပူးပေါင်းဆောင်ရွက်မှု
cooperation-manufacturing = ကုန်ထုတ်လုပ်ခြင်း
cooperation-joint_venture = ဖက်စပ်လုပ်ငန်း
cooperation-investment = ရင်းနှီးမြှုပ်နှံမှု
cooperation-sale = ရောင်းချခြင်း
cooperation-other = အခြား

organization-type-university = တက္ကသိုလ်
organization-type-institute = သုတေသနဌာန
organization-type-enterprise = စီးပွားရေးလုပ်ငန်း
organization-type-agency = အစိုးရ သို့မဟုတ် ကြားခံအေဂျင်စီ
organization-type-tech_park = နည်းပညာပန်းခြံ
organization-type-other = အခြား

country-BN = ဘရူနိုင်း
country-KH = ကမ္ဘောဒီးယား
country-ID = အင်ဒိုနီးရှား
country-LA = လာအို
country-MY = မလေးရှား
country-MM = မြန်မာ
country-PH = ဖိလစ်ပိုင်
country-SG = စင်ကာပူ
country-TH = ထိုင်း
country-VN = ဗီယက်နမ်
country-CN = တရုတ်
country-JP = ဂျပန်
country-KR = တောင်ကိုရီးယား
country-AU = ဩစတြေးလျ
country-NZ = နယူးဇီလန်

language-zh = တရုတ်ဘာသာ
language-en = အင်္ဂလိပ်ဘာသာ
language-th = ထိုင်းဘာသာ
language-vi = ဗီယက်နမ်ဘာသာ
language-id = အင်ဒိုနီးရှားဘာသာ
language-ms = မလေးဘာသာ
language-fil = ဖိလစ်ပိုင်ဘာသာ
language-lo = လာအိုဘာသာ
language-km = ခမာဘာသာ
language-my = မြန်မာဘာသာ
language-unknown = မသိသော ဘာသာစကား
