# Giao diện techbridge: tiếng Việt.
# Tiền tố khóa: site-, nav-, home-, search-, listing-, organization-, error- cho các trang; side-, sector-,
# trl-, ip-, cooperation-, organization-type-, country-, language- cho các bộ từ vựng chuyên ngành.

site-name = techbridge
nav-label = Điều hướng chính
nav-search = Tìm kiếm
nav-offers = Chào bán công nghệ
nav-needs = Nhu cầu công nghệ
nav-language = Ngôn ngữ
nav-home = Trang của tôi
nav-moderation = Kiểm duyệt
nav-outbox = Hộp thư đi
nav-sign-in = Đăng nhập
nav-sign-out = Đăng xuất
nav-register = Đăng ký tổ chức của bạn
form-problems = Vui lòng sửa các nội dung sau:
footer-network = Mạng lưới chuyển giao công nghệ giữa Trung Quốc, các nước ASEAN và các đối tác.
footer-api = API để tích hợp hệ thống

money-usd = { $amount } USD

home-title = Chào bán và nhu cầu công nghệ
home-heading = Tìm công nghệ hoặc đối tác bằng mười ngôn ngữ
home-lead = Các trường đại học, viện nghiên cứu, doanh nghiệp, cơ quan và khu công nghệ đăng tải những gì họ có thể cung cấp và những gì họ cần. Hãy tìm kiếm bằng ngôn ngữ của bạn: kết quả phù hợp sẽ được tìm thấy dù tin đăng được viết bằng ngôn ngữ nào.
home-newest = Tin đăng mới nhất
home-nothing-yet = Chưa có tin đăng nào.

search-title = Tìm kiếm chào bán và nhu cầu công nghệ
search-text = Bạn đang tìm gì?
search-placeholder = Ví dụ: máy bơm nước năng lượng mặt trời cho ruộng lúa
search-submit = Tìm kiếm
search-hint = Bạn có thể nhập bằng bất kỳ ngôn ngữ nào; kết quả bằng mọi ngôn ngữ được tìm theo ý nghĩa, kèm lý do vì sao từng kết quả được hiển thị.
search-filters = Thu hẹp kết quả
search-any = Tất cả
search-field-q = Nội dung tìm kiếm
search-field-side = Chào bán hoặc nhu cầu
search-field-sector = Lĩnh vực
search-field-trl_min = Mức độ sẵn sàng từ
search-field-trl_max = Mức độ sẵn sàng đến
search-field-ip = Sở hữu trí tuệ
search-field-cooperation = Hình thức hợp tác mong muốn
search-field-country = Quốc gia của tổ chức
search-field-language = Ngôn ngữ tin đăng
search-field-page = Trang
search-problems = Không đọc được một số bộ lọc:
search-none = Không có tin đăng nào phù hợp với tìm kiếm này.
search-showing = Kết quả từ { $first } đến { $last }
search-pages = Các trang kết quả
search-previous = Trang trước
search-next = Trang sau

side-offer = Chào bán
side-need = Nhu cầu

listing-written-in = Ngôn ngữ: { $language }
listing-trl-short = TRL { $level }
listing-organization = Tổ chức
listing-sectors = Lĩnh vực
listing-trl = Mức độ sẵn sàng công nghệ
listing-ip-status = Sở hữu trí tuệ
listing-cooperation = Hình thức hợp tác mong muốn
listing-target-countries = Quốc gia mục tiêu
listing-deadline = Thời hạn cần giải pháp
listing-budget = Ngân sách
listing-keywords = Từ khóa
listing-published = Ngày đăng
listing-expires = Hiển thị đến
listing-confidential-note = Chủ tin đăng bảo mật các thông tin chi tiết khác. Thông tin này chỉ được cung cấp cho thành viên có bày tỏ quan tâm được chủ tin đăng chấp nhận, sau khi thành viên đó đồng ý với các điều khoản bảo mật.
listing-matching-offers = Các chào bán có thể đáp ứng nhu cầu này
listing-matching-needs = Các nhu cầu mà chào bán này có thể đáp ứng
listing-no-matches = Chưa có tin đăng phù hợp.

reason-meaning = tương đồng về ý nghĩa: { $similarity } ({ $from } ↔ { $to })
reason-meaning-same-language = tương đồng về ý nghĩa: { $similarity } (cả hai bằng { $language })
reason-both-mention = cả hai cùng nhắc đến { $words }
reason-mentions = có nhắc đến { $words }
reason-same-sectors = cùng lĩnh vực: { $sectors }
reason-readiness-meets = TRL { $offered } đáp ứng mức yêu cầu { $needed }
reason-readiness-below = TRL { $offered }, thấp hơn mức yêu cầu { $needed }
reason-both-seek = cả hai cùng tìm kiếm: { $cooperation }
reason-offered-in = chào bán cho đối tác tại { $country }
reason-sought-in = nhu cầu tìm đối tác tại { $country }
reason-deadline-passed = đã quá thời hạn của nhu cầu ({ $date })

organization-verified = Đã xác minh
organization-listings = Chào bán và nhu cầu đã đăng
organization-no-listings = Tổ chức này chưa có tin đăng nào.

login-title = Đăng nhập
login-email = Địa chỉ email
login-password = Mật khẩu
login-submit = Đăng nhập
login-no-account = Chưa có tài khoản? Hãy đăng ký tổ chức của bạn.
login-failed = Địa chỉ email hoặc mật khẩu không đúng.
login-registered = Tổ chức của bạn đã được đăng ký. Vui lòng đăng nhập: đầu mối liên hệ quốc gia của nước bạn sẽ sớm xác minh tổ chức.

register-title = Đăng ký tổ chức của bạn
register-lead = Các trường đại học, viện nghiên cứu, doanh nghiệp, cơ quan và khu công nghệ của các nước trong mạng lưới đều có thể tham gia. Bạn sẽ là quản trị viên tài khoản của tổ chức và có thể mời đồng nghiệp tham gia sau. Đầu mối liên hệ quốc gia của nước bạn sẽ xác minh tổ chức trước khi các tin đăng của tổ chức được công bố.
register-organization = Tổ chức của bạn
register-organization-name = Tên tổ chức
register-country = Quốc gia
register-country-explain = Đầu mối liên hệ quốc gia của nước này sẽ xác minh tổ chức của bạn.
register-type = Loại hình tổ chức
register-city = Thành phố
register-website = Trang web
register-you = Bạn (quản trị viên)
register-your-name = Họ và tên
register-email = Địa chỉ email
register-password = Mật khẩu
register-password-explain = Tối thiểu 10 ký tự. Một câu mà bạn dễ nhớ là một mật khẩu tốt.
register-submit = Đăng ký

home-member-title = Trang của tôi
home-greeting = Xin chào { $name }
home-your-organizations = Tổ chức của bạn
home-no-organization = Tài khoản của bạn chưa thuộc tổ chức nào.
home-awaiting-verification = Đang chờ đầu mối liên hệ quốc gia của { $country } xác minh. Tin đăng có thể được công bố sau khi tổ chức được xác minh.
home-verification-rejected = Đầu mối liên hệ quốc gia đã không xác minh tổ chức này. Vui lòng liên hệ với đầu mối liên hệ quốc gia hoặc đơn vị vận hành mạng lưới.
role-admin = Quản trị viên
role-member = Thành viên

moderation-title = Kiểm duyệt
moderation-organizations = Các tổ chức đang chờ xác minh
moderation-nothing-waiting = Không có tổ chức nào đang chờ xác minh.
moderation-organization = Tổ chức
moderation-registered = Ngày đăng ký
moderation-decision = Quyết định
moderation-verify = Xác minh
moderation-reject = Từ chối

outbox-title = Hộp thư đi
outbox-lead = Tất cả email mà nền tảng đã gửi hoặc sắp gửi, xếp theo thứ tự mới nhất trước.
outbox-empty = Chưa có email nào.
outbox-sent = đã gửi
outbox-waiting = đang chờ gửi
outbox-failed = chưa gửi được: { $error }

error-not-found = Trang này không tồn tại hoặc không được công khai.
error-invalid-input = Một số thông tin đã gửi không hợp lệ.
error-sign-in-required = Vui lòng đăng nhập trước.
error-forbidden = Bạn không có quyền thực hiện thao tác này.
error-csrf-rejected = Biểu mẫu này đã hết hạn. Vui lòng quay lại, tải lại trang và gửi lại.
error-too-many-attempts = Quá nhiều lần thử. Vui lòng chờ vài phút rồi thử lại.
error-refused = Không thể thực hiện bước này.
error-internal = Đã xảy ra lỗi từ phía hệ thống. Chưa có thay đổi nào được thực hiện; vui lòng thử lại.
error-back-home = Quay về trang chủ

trl-1 = Đã quan sát được các nguyên lý cơ bản
trl-2 = Đã hình thành khái niệm công nghệ
trl-3 = Đã chứng minh khái niệm bằng thực nghiệm
trl-4 = Công nghệ được kiểm chứng trong phòng thí nghiệm
trl-5 = Công nghệ được kiểm chứng trong môi trường liên quan
trl-6 = Công nghệ được trình diễn trong môi trường liên quan
trl-7 = Nguyên mẫu hệ thống được trình diễn trong môi trường vận hành
trl-8 = Hệ thống hoàn chỉnh và đạt chuẩn
trl-9 = Hệ thống được chứng minh trong môi trường vận hành thực tế

sector-ai = Trí tuệ nhân tạo
sector-digital_economy = Kinh tế số và thương mại điện tử
sector-smart_city = Thành phố thông minh
sector-agriculture = Nông nghiệp và khoa học cây trồng
sector-aquaculture = Nuôi trồng và khai thác thủy sản
sector-livestock = Chăn nuôi và thú y
sector-food_processing = Chế biến thực phẩm và an toàn thực phẩm
sector-forestry = Lâm nghiệp, tre và sinh khối
sector-traditional_medicine = Y học cổ truyền
sector-health = Thiết bị y tế và sức khỏe
sector-biotech = Công nghệ sinh học
sector-pharmaceuticals = Dược phẩm và vắc-xin
sector-green_energy = Năng lượng xanh và tái tạo
sector-energy_storage = Pin và lưu trữ năng lượng
sector-electric_vehicles = Xe điện và giao thông
sector-environment_water = Môi trường và tài nguyên nước
sector-chemicals = Hóa chất và kỹ thuật quá trình
sector-new_materials = Vật liệu mới
sector-mining_metallurgy = Khai khoáng và luyện kim
sector-textiles = Dệt may
sector-construction = Xây dựng và vật liệu xây dựng
sector-manufacturing_robotics = Sản xuất tiên tiến và robot
sector-semiconductors = Bán dẫn và điện tử
sector-telecom_iot = 5G, viễn thông và IoT
sector-quantum = Công nghệ lượng tử
sector-cybersecurity = An ninh mạng
sector-fintech = Công nghệ tài chính
sector-edtech = Công nghệ giáo dục
sector-logistics = Logistics và vận tải
sector-disaster_risk_reduction = Giảm nhẹ rủi ro thiên tai
sector-marine = Công nghệ biển và đại dương
sector-space_geospatial = Vũ trụ, viễn thám và không gian địa lý

ip-granted_patent = Bằng độc quyền sáng chế
ip-pending_patent = Sáng chế đang chờ cấp bằng
ip-utility_model = Giải pháp hữu ích
ip-know_how = Bí quyết kỹ thuật
ip-copyright_software = Quyền tác giả hoặc phần mềm
ip-none = Không được bảo hộ

cooperation-licence = Cấp li-xăng
cooperation-joint_development = Cùng phát triển
cooperation-technical_cooperation = Hợp tác kỹ thuật
cooperation-manufacturing = Sản xuất
cooperation-joint_venture = Liên doanh
cooperation-investment = Đầu tư
cooperation-sale = Chuyển nhượng
cooperation-other = Khác

organization-type-university = Trường đại học
organization-type-institute = Viện nghiên cứu
organization-type-enterprise = Doanh nghiệp
organization-type-agency = Cơ quan nhà nước hoặc tổ chức trung gian
organization-type-tech_park = Khu công nghệ
organization-type-other = Khác

country-BN = Brunei
country-KH = Campuchia
country-ID = Indonesia
country-LA = Lào
country-MY = Malaysia
country-MM = Myanmar
country-PH = Philippines
country-SG = Singapore
country-TH = Thái Lan
country-VN = Việt Nam
country-CN = Trung Quốc
country-JP = Nhật Bản
country-KR = Hàn Quốc
country-AU = Úc
country-NZ = New Zealand

language-zh = Tiếng Trung
language-en = Tiếng Anh
language-th = Tiếng Thái
language-vi = Tiếng Việt
language-id = Tiếng Indonesia
language-ms = Tiếng Mã Lai
language-fil = Tiếng Filipino
language-lo = Tiếng Lào
language-km = Tiếng Khmer
language-my = Tiếng Myanmar
language-unknown = ngôn ngữ không xác định
