# techbridge interface: English, the catalogue every other language falls back to.
# Keys: site-, nav-, home-, search-, listing-, organization-, error- for pages; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- for the domain's vocabularies.

site-name = techbridge
nav-label = Main
nav-search = Search
nav-offers = Offers
nav-needs = Needs
nav-language = Language
nav-home = My platform
nav-moderation = Moderation
nav-outbox = Outbox
nav-sign-in = Sign in
nav-sign-out = Sign out
nav-register = Register your organization
form-problems = Please correct the following:
footer-network = A technology-transfer network of China, the ASEAN countries and their partners.
footer-api = API for integrations

money-usd = US${ $amount }

home-title = Technology offers and needs
home-heading = Find the technology, or the partner, across ten languages
home-lead = Universities, institutes, enterprises, agencies and technology parks publish what they can offer and what they need. Search in your own language: matches are found whatever language a listing is written in.
home-newest = Newest listings
home-nothing-yet = Nothing has been published yet.

search-title = Search offers and needs
search-text = What are you looking for?
search-placeholder = e.g. solar water pump for rice fields
search-submit = Search
search-hint = Write in any language; results in every language are found by meaning, and the reasons say why each one is shown.
search-filters = Narrow the results
search-any = Any
search-field-q = Search text
search-field-side = Offers or needs
search-field-sector = Sector
search-field-trl_min = Readiness from
search-field-trl_max = Readiness up to
search-field-ip = Intellectual property
search-field-cooperation = Cooperation sought
search-field-country = Country of the organization
search-field-language = Written in
search-field-page = Page
search-problems = Some filters could not be read:
search-none = No listing matches this search.
search-showing = Results { $first } to { $last }
search-pages = Result pages
search-previous = Previous page
search-next = Next page

side-offer = Offer
side-need = Need

listing-written-in = Written in { $language }
listing-trl-short = TRL { $level }
listing-organization = Organization
listing-sectors = Sectors
listing-trl = Technology readiness
listing-ip-status = Intellectual property
listing-cooperation = Cooperation sought
listing-target-countries = Target countries
listing-deadline = Solution wanted by
listing-budget = Budget
listing-keywords = Keywords
listing-published = Published
listing-expires = Listed until
listing-confidential-note = The owner keeps further details confidential. They are released to a member whose expression of interest the owner accepts, once that member agrees to the non-disclosure terms.
listing-matching-offers = Offers that may answer this need
listing-matching-needs = Needs this offer may answer
listing-no-matches = No matching listings yet.

reason-meaning = similar in meaning: { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = similar in meaning: { $similarity } (both { $language })
reason-both-mention = both mention { $words }
reason-mentions = mentions { $words }
reason-same-sectors = same sector: { $sectors }
reason-readiness-meets = TRL { $offered } meets the needed { $needed }
reason-readiness-below = TRL { $offered }, below the needed { $needed }
reason-both-seek = both seek { $cooperation }
reason-offered-in = offered to partners in { $country }
reason-sought-in = the need seeks partners in { $country }
reason-deadline-passed = the need's deadline, { $date }, has passed

organization-verified = Verified
organization-listings = Published offers and needs
organization-no-listings = This organization has no published listings.

login-title = Sign in
login-email = E-mail address
login-password = Password
login-submit = Sign in
login-no-account = No account yet? Register your organization.
login-failed = The e-mail address or the password is not right.
login-registered = Your organization is registered. Sign in: the national contact point of your country will verify it soon.

register-title = Register your organization
register-lead = Universities, research institutes, enterprises, agencies and technology parks of the network's countries can join. You become the administrator of your organization's account and can invite colleagues later. The national contact point of your country verifies the organization before its listings are published.
register-organization = Your organization
register-organization-name = Name of the organization
register-country = Country
register-country-explain = The national contact point of this country verifies your organization.
register-type = Type of organization
register-city = City
register-website = Website
register-you = You, the administrator
register-your-name = Your name
register-email = E-mail address
register-password = Password
register-password-explain = At least 10 characters. A sentence you remember is a good password.
register-submit = Register

home-member-title = My platform
home-greeting = Welcome, { $name }
home-your-organizations = Your organizations
home-no-organization = Your account belongs to no organization.
home-awaiting-verification = Waiting for verification by the national contact point of { $country }. Listings can be published once it is verified.
home-verification-rejected = The national contact point did not verify this organization. Please contact them or the network's operator.
role-admin = Administrator
role-member = Member

moderation-title = Moderation
moderation-organizations = Organizations waiting for verification
moderation-nothing-waiting = No organization is waiting.
moderation-organization = Organization
moderation-registered = Registered
moderation-decision = Decision
moderation-verify = Verify
moderation-reject = Reject

outbox-title = Outbox
outbox-lead = Every e-mail the platform has sent or is about to send, newest first.
outbox-empty = No e-mail yet.
outbox-sent = sent
outbox-waiting = waiting to be sent
outbox-failed = not sent yet: { $error }

error-not-found = This page does not exist, or is not public.
error-invalid-input = Some of what was sent is not valid.
error-sign-in-required = Please sign in first.
error-forbidden = You are not allowed to do this.
error-csrf-rejected = This form has expired. Please go back, reload the page and send it again.
error-too-many-attempts = Too many attempts. Please wait a few minutes and try again.
error-refused = This step is not possible.
error-internal = Something went wrong on our side. Nothing was changed; please try again.
error-back-home = Back to the front page

trl-1 = Basic principles observed
trl-2 = Technology concept formulated
trl-3 = Experimental proof of concept
trl-4 = Technology validated in the laboratory
trl-5 = Technology validated in a relevant environment
trl-6 = Technology demonstrated in a relevant environment
trl-7 = System prototype demonstrated in an operational environment
trl-8 = System complete and qualified
trl-9 = System proven in an operational environment

sector-ai = Artificial intelligence
sector-digital_economy = Digital economy and e-commerce
sector-smart_city = Smart city
sector-agriculture = Agriculture and crop science
sector-aquaculture = Aquaculture and fisheries
sector-livestock = Livestock and animal health
sector-food_processing = Food processing and food safety
sector-forestry = Forestry, bamboo and biomass
sector-traditional_medicine = Traditional medicine
sector-health = Medical devices and health
sector-biotech = Biotechnology
sector-pharmaceuticals = Pharmaceuticals and vaccines
sector-green_energy = Green and renewable energy
sector-energy_storage = Batteries and energy storage
sector-electric_vehicles = Electric vehicles and mobility
sector-environment_water = Environment and water
sector-chemicals = Chemicals and process engineering
sector-new_materials = New materials
sector-mining_metallurgy = Mining and metallurgy
sector-textiles = Textiles and apparel
sector-construction = Construction and building materials
sector-manufacturing_robotics = Advanced manufacturing and robotics
sector-semiconductors = Semiconductors and electronics
sector-telecom_iot = 5G, telecommunications and IoT
sector-quantum = Quantum technology
sector-cybersecurity = Cybersecurity
sector-fintech = Financial technology
sector-edtech = Education technology
sector-logistics = Logistics and transport
sector-disaster_risk_reduction = Disaster risk reduction
sector-marine = Marine and ocean technology
sector-space_geospatial = Space, remote sensing and geospatial

ip-granted_patent = Granted patent
ip-pending_patent = Patent pending
ip-utility_model = Utility model
ip-know_how = Know-how
ip-copyright_software = Copyright or software
ip-none = No protection

cooperation-licence = Licence
cooperation-joint_development = Joint development
cooperation-technical_cooperation = Technical cooperation
cooperation-manufacturing = Manufacturing
cooperation-joint_venture = Joint venture
cooperation-investment = Investment
cooperation-sale = Sale
cooperation-other = Other

organization-type-university = University
organization-type-institute = Research institute
organization-type-enterprise = Enterprise
organization-type-agency = Government or intermediary agency
organization-type-tech_park = Technology park
organization-type-other = Other

country-BN = Brunei
country-KH = Cambodia
country-ID = Indonesia
country-LA = Laos
country-MY = Malaysia
country-MM = Myanmar
country-PH = Philippines
country-SG = Singapore
country-TH = Thailand
country-VN = Vietnam
country-CN = China
country-JP = Japan
country-KR = South Korea
country-AU = Australia
country-NZ = New Zealand

language-zh = Chinese
language-en = English
language-th = Thai
language-vi = Vietnamese
language-id = Indonesian
language-ms = Malay
language-fil = Filipino
language-lo = Lao
language-km = Khmer
language-my = Burmese
language-unknown = an unknown language
