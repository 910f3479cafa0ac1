# techbridge 界面：简体中文。
# 键名前缀：site-、nav-、home-、search-、listing-、organization-、error- 用于页面；side-、sector-、
# trl-、ip-、cooperation-、organization-type-、country-、language- 用于本领域的词汇表。

site-name = techbridge
nav-label = 主导航
nav-search = 搜索
nav-offers = 技术供给
nav-needs = 技术需求
nav-language = 语言
nav-home = 我的平台
nav-moderation = 审核
nav-outbox = 发件箱
nav-sign-in = 登录
nav-sign-out = 退出登录
nav-register = 注册您的机构
form-problems = 请更正以下内容：
footer-network = 中国、东盟国家及合作伙伴的技术转移网络。
footer-api = 集成接口（API）

money-usd = { $amount } 美元

home-title = 技术供给与需求
home-heading = 跨越十种语言，找到所需技术或合作伙伴
home-lead = 高校、科研院所、企业、政府机构和科技园区在此发布可提供的技术与技术需求。请用您的母语搜索：无论信息以何种语言撰写，均可为您找到匹配结果。
home-newest = 最新发布
home-nothing-yet = 暂无发布的信息。

search-title = 搜索技术供给与需求
search-text = 您在寻找什么？
search-placeholder = 例如：用于稻田的太阳能水泵
search-submit = 搜索
search-hint = 可使用任何语言输入；系统按语义查找所有语言的结果，并说明每条结果的匹配理由。
search-filters = 筛选结果
search-any = 不限
search-field-q = 搜索内容
search-field-side = 供给或需求
search-field-sector = 领域
search-field-trl_min = 技术成熟度下限
search-field-trl_max = 技术成熟度上限
search-field-ip = 知识产权
search-field-cooperation = 合作方式
search-field-country = 机构所在国家
search-field-language = 撰写语言
search-field-page = 页码
search-problems = 以下筛选条件无法识别：
search-none = 没有符合搜索条件的信息。
search-showing = 第 { $first } 至 { $last } 条结果
search-pages = 结果分页
search-previous = 上一页
search-next = 下一页

side-offer = 技术供给
side-need = 技术需求

listing-written-in = 以{ $language }撰写
listing-trl-short = 技术成熟度 { $level } 级
listing-organization = 发布机构
listing-sectors = 所属领域
listing-trl = 技术成熟度
listing-ip-status = 知识产权
listing-cooperation = 合作方式
listing-target-countries = 目标国家
listing-deadline = 期望解决期限
listing-budget = 预算
listing-keywords = 关键词
listing-published = 发布日期
listing-expires = 有效期至
listing-confidential-note = 更多详细信息由发布方保密。发布方接受某成员的合作意向后，该成员同意保密条款即可获取这些信息。
listing-matching-offers = 可能满足此需求的技术供给
listing-matching-needs = 此技术可能满足的需求
listing-no-matches = 暂无匹配信息。

reason-meaning = 语义相似度：{ $similarity }（{ $from } ↔ { $to }）
reason-meaning-same-language = 语义相似度：{ $similarity }（均为{ $language }）
reason-both-mention = 双方均提及：{ $words }
reason-mentions = 提及：{ $words }
reason-same-sectors = 同属领域：{ $sectors }
reason-readiness-meets = 技术成熟度 { $offered } 级，达到所需的 { $needed } 级
reason-readiness-below = 技术成熟度 { $offered } 级，低于所需的 { $needed } 级
reason-both-seek = 双方均寻求：{ $cooperation }
reason-offered-in = 面向{ $country }合作伙伴提供
reason-sought-in = 该需求寻求{ $country }的合作伙伴
reason-deadline-passed = 该需求的期限（{ $date }）已过

organization-verified = 已认证
organization-listings = 已发布的技术供给与需求
organization-no-listings = 该机构尚未发布任何信息。

login-title = 登录
login-email = 电子邮箱地址
login-password = 密码
login-submit = 登录
login-no-account = 还没有账户？请注册您的机构。
login-failed = 电子邮箱地址或密码不正确。
login-registered = 您的机构已注册成功。请登录：贵国的国家联络点将尽快对其进行认证。

register-title = 注册您的机构
register-lead = 本网络成员国的高校、科研院所、企业、政府机构和科技园区均可加入。您将成为本机构账户的管理员，之后可邀请同事加入。机构须经贵国国家联络点认证后，其发布的信息方可公开。
register-organization = 您的机构
register-organization-name = 机构名称
register-country = 国家
register-country-explain = 该国的国家联络点将对您的机构进行认证。
register-type = 机构类型
register-city = 城市
register-website = 网站
register-you = 您（管理员）
register-your-name = 您的姓名
register-email = 电子邮箱地址
register-password = 密码
register-password-explain = 至少 10 个字符。一句您容易记住的话就是很好的密码。
register-submit = 注册

home-member-title = 我的平台
home-greeting = 欢迎您，{ $name }
home-your-organizations = 您的机构
home-no-organization = 您的账户尚未隶属于任何机构。
home-awaiting-verification = 正在等待{ $country }国家联络点的认证。认证通过后即可发布信息。
home-verification-rejected = 国家联络点未认证该机构。请与其联系，或联系本网络的运营方。
role-admin = 管理员
role-member = 成员

moderation-title = 审核
moderation-organizations = 待认证的机构
moderation-nothing-waiting = 暂无待认证的机构。
moderation-organization = 机构
moderation-registered = 注册时间
moderation-decision = 审核决定
moderation-verify = 认证
moderation-reject = 拒绝

outbox-title = 发件箱
outbox-lead = 平台已发送或即将发送的全部电子邮件，按时间由新到旧排列。
outbox-empty = 暂无电子邮件。
outbox-sent = 已发送
outbox-waiting = 等待发送
outbox-failed = 尚未发送：{ $error }

error-not-found = 该页面不存在或未公开。
error-invalid-input = 提交的部分内容无效。
error-sign-in-required = 请先登录。
error-forbidden = 您无权执行此操作。
error-csrf-rejected = 此表单已过期。请返回并刷新页面后重新提交。
error-too-many-attempts = 尝试次数过多。请稍等几分钟后再试。
error-refused = 无法执行此步骤。
error-internal = 系统出现错误，未做任何更改，请重试。
error-back-home = 返回首页

trl-1 = 观察到基本原理
trl-2 = 形成技术概念
trl-3 = 概念的实验验证
trl-4 = 技术在实验室环境中得到验证
trl-5 = 技术在相关环境中得到验证
trl-6 = 技术在相关环境中得到演示
trl-7 = 系统原型在实际运行环境中得到演示
trl-8 = 系统完成并通过鉴定
trl-9 = 系统在实际运行环境中得到验证

sector-ai = 人工智能
sector-digital_economy = 数字经济与电子商务
sector-smart_city = 智慧城市
sector-agriculture = 农业与作物科学
sector-aquaculture = 水产养殖与渔业
sector-livestock = 畜牧与动物健康
sector-food_processing = 食品加工与食品安全
sector-forestry = 林业、竹业与生物质
sector-traditional_medicine = 传统医药
sector-health = 医疗器械与健康
sector-biotech = 生物技术
sector-pharmaceuticals = 医药与疫苗
sector-green_energy = 绿色能源与可再生能源
sector-energy_storage = 电池与储能
sector-electric_vehicles = 电动汽车与出行
sector-environment_water = 环境与水资源
sector-chemicals = 化工与过程工程
sector-new_materials = 新材料
sector-mining_metallurgy = 采矿与冶金
sector-textiles = 纺织与服装
sector-construction = 建筑与建材
sector-manufacturing_robotics = 先进制造与机器人
sector-semiconductors = 半导体与电子
sector-telecom_iot = 5G、通信与物联网
sector-quantum = 量子技术
sector-cybersecurity = 网络安全
sector-fintech = 金融科技
sector-edtech = 教育科技
sector-logistics = 物流与交通运输
sector-disaster_risk_reduction = 防灾减灾
sector-marine = 海洋技术
sector-space_geospatial = 航天、遥感与地理空间

ip-granted_patent = 已授权专利
ip-pending_patent = 专利申请中
ip-utility_model = 实用新型
ip-know_how = 专有技术
ip-copyright_software = 著作权或软件著作权
ip-none = 无知识产权保护

cooperation-licence = 许可
cooperation-joint_development = 联合开发
cooperation-technical_cooperation = 技术合作
cooperation-manufacturing = 合作生产
cooperation-joint_venture = 合资经营
cooperation-investment = 投资
cooperation-sale = 转让
cooperation-other = 其他

organization-type-university = 高校
organization-type-institute = 科研院所
organization-type-enterprise = 企业
organization-type-agency = 政府或中介机构
organization-type-tech_park = 科技园区
organization-type-other = 其他

country-BN = 文莱
country-KH = 柬埔寨
country-ID = 印度尼西亚
country-LA = 老挝
country-MY = 马来西亚
country-MM = 缅甸
country-PH = 菲律宾
country-SG = 新加坡
country-TH = 泰国
country-VN = 越南
country-CN = 中国
country-JP = 日本
country-KR = 韩国
country-AU = 澳大利亚
country-NZ = 新西兰

language-zh = 中文
language-en = 英语
language-th = 泰语
language-vi = 越南语
language-id = 印度尼西亚语
language-ms = 马来语
language-fil = 菲律宾语
language-lo = 老挝语
language-km = 高棉语
language-my = 缅甸语
language-unknown = 未知语言
