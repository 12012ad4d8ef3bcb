#include "cli/demo_vocabulary.h"

namespace hanse::cli::demo {
namespace {

using SV = std::string_view;

// ---- people and places ------------------------------------------------------

constexpr SV kDeCities[] = {"Hamburg", "Stuttgart", "München", "Bremen", "Chemnitz", "Bielefeld"};
constexpr SV kDeFirst[] = {"Lukas", "Anna", "Jonas", "Marie", "Felix", "Sophie", "Jürgen", "Katrin"};
constexpr SV kDeLast[] = {"Müller", "Schmidt", "Schneider", "Fischer", "Weber", "Becker", "Hoffmann", "Schäfer"};
constexpr SV kCnCities[] = {"Ningbo", "Shenzhen", "Guangzhou", "Yiwu", "Suzhou", "Qingdao", "Xiamen", "Wenzhou"};
constexpr SV kCnFirst[] = {"Wei", "Fang", "Lei", "Jing", "Hao", "Min", "Yan", "Jun", "Xiaoling", "Qiang"};
constexpr SV kCnLast[] = {"Wang", "Li", "Zhang", "Liu", "Chen", "Yang", "Huang", "Zhao", "Zhou", "Wu"};
constexpr SV kJpCities[] = {"Osaka", "Nagoya", "Yokohama", "Kobe", "Hamamatsu"};
constexpr SV kJpFirst[] = {"Kenji", "Aiko", "Hiroshi", "Yuki", "Takeshi", "Naomi", "Haruto", "Emi"};
constexpr SV kJpLast[] = {"Tanaka", "Suzuki", "Takahashi", "Watanabe", "Nakamura", "Kobayashi", "Sato"};
constexpr SV kEsCities[] = {"Valencia", "Bilbao", "Zaragoza", "Sevilla", "Barcelona"};
constexpr SV kMxCities[] = {"Monterrey", "Guadalajara", "Puebla", "Querétaro"};
constexpr SV kEsFirst[] = {"Lucía", "Mateo", "Carmen", "Javier", "Elena", "Pablo", "Alejandro", "Sofía"};
constexpr SV kEsLast[] = {"García", "Fernández", "López", "Martínez", "Sánchez", "Romero", "Navarro"};
constexpr SV kFrCities[] = {"Lyon", "Lille", "Toulouse", "Nantes", "Marseille"};
constexpr SV kFrFirst[] = {"Camille", "Louis", "Léa", "Hugo", "Chloé", "Julien", "Amélie", "Théo"};
constexpr SV kFrLast[] = {"Dubois", "Moreau", "Laurent", "Lefèvre", "Girard", "Bonnet", "Rousseau"};
constexpr SV kBrCities[] = {"São Paulo", "Santos", "Curitiba", "Porto Alegre", "Manaus"};
constexpr SV kPtCities[] = {"Porto", "Lisboa", "Braga", "Aveiro"};
constexpr SV kPtFirst[] = {"Ana", "João", "Mariana", "Pedro", "Beatriz", "Rafael", "Gonçalo", "Inês"};
constexpr SV kPtLast[] = {"Silva", "Santos", "Oliveira", "Souza", "Costa", "Ferreira", "Conceição"};
constexpr SV kAeCities[] = {"Dubai", "Sharjah", "Abu Dhabi"};
constexpr SV kEgCities[] = {"Cairo", "Alexandria", "Port Said"};
constexpr SV kArFirst[] = {"Omar", "Fatima", "Ahmed", "Layla", "Khalid", "Noor", "Youssef", "Mariam"};
constexpr SV kArLast[] = {"Haddad", "Al Mansouri", "Khalil", "Nasser", "Al Farsi", "Saleh", "Hamdan"};
constexpr SV kInCities[] = {"Pune", "Chennai", "Ahmedabad", "Ludhiana", "Coimbatore"};
constexpr SV kInFirst[] = {"Ravi", "Priya", "Arjun", "Anjali", "Vikram", "Sunita", "Rahul", "Deepa"};
constexpr SV kInLast[] = {"Patel", "Sharma", "Iyer", "Reddy", "Gupta", "Singh", "Mehta"};
constexpr SV kUsCities[] = {"Houston", "Chicago", "Cleveland", "Portland", "Charlotte"};
constexpr SV kGbCities[] = {"Birmingham", "Manchester", "Leeds", "Sheffield"};
constexpr SV kEnFirst[] = {"Emily", "Michael", "Sarah", "David", "Jessica", "Daniel", "Oliver", "Grace"};
constexpr SV kEnLast[] = {"Johnson", "Miller", "Davis", "Wilson", "Anderson", "Taylor", "Clarke"};
constexpr SV kItCities[] = {"Milano", "Prato", "Bologna", "Torino"};
constexpr SV kItFirst[] = {"Giulia", "Marco", "Francesca", "Luca", "Chiara", "Matteo"};
constexpr SV kItLast[] = {"Rossi", "Bianchi", "Ferrari", "Colombo", "Ricci", "Marino"};
constexpr SV kTrCities[] = {"Istanbul", "Bursa", "Izmir", "Gaziantep"};
constexpr SV kTrFirst[] = {"Mehmet", "Ayşe", "Emre", "Zeynep", "Burak", "Elif"};
constexpr SV kTrLast[] = {"Yılmaz", "Kaya", "Demir", "Şahin", "Çelik", "Öztürk"};
constexpr SV kVnCities[] = {"Ho Chi Minh City", "Hanoi", "Hai Phong", "Da Nang"};
constexpr SV kVnFirst[] = {"Minh", "Lan", "Tuan", "Hoa", "Duc", "Thao"};
constexpr SV kVnLast[] = {"Nguyen", "Tran", "Le", "Pham", "Hoang", "Vu"};

constexpr Locale kLocales[] = {
    {"CN", zh, "USD", "+86", kCnCities, kCnFirst, kCnLast, "No. {} Industrial Avenue", 30},
    {"DE", de, "EUR", "+49", kDeCities, kDeFirst, kDeLast, "Hafenstraße {}", 10},
    {"JP", ja, "JPY", "+81", kJpCities, kJpFirst, kJpLast, "{}-chome Kogyo-dori", 5},
    {"ES", es, "EUR", "+34", kEsCities, kEsFirst, kEsLast, "Calle de la Industria {}", 5},
    {"MX", es, "USD", "+52", kMxCities, kEsFirst, kEsLast, "Avenida Juárez {}", 3},
    {"FR", fr, "EUR", "+33", kFrCities, kFrFirst, kFrLast, "{} rue de l'Industrie", 5},
    {"BR", pt, "USD", "+55", kBrCities, kPtFirst, kPtLast, "Rua da Indústria {}", 4},
    {"PT", pt, "EUR", "+351", kPtCities, kPtFirst, kPtLast, "Rua do Porto {}", 2},
    {"AE", ar, "USD", "+971", kAeCities, kArFirst, kArLast, "Street {}, Industrial Area", 3},
    {"EG", ar, "USD", "+20", kEgCities, kArFirst, kArLast, "Street {}, Free Zone", 2},
    {"IN", en, "USD", "+91", kInCities, kInFirst, kInLast, "Plot {}, MIDC Industrial Estate", 8},
    {"US", en, "USD", "+1", kUsCities, kEnFirst, kEnLast, "{} Harbor Drive", 6},
    {"GB", en, "GBP", "+44", kGbCities, kEnFirst, kEnLast, "{} Mill Lane", 3},
    {"IT", en, "EUR", "+39", kItCities, kItFirst, kItLast, "Via dell'Industria {}", 4},
    {"TR", en, "EUR", "+90", kTrCities, kTrFirst, kTrLast, "Organize Sanayi {}. Cadde", 4},
    {"VN", en, "USD", "+84", kVnCities, kVnFirst, kVnLast, "{} Le Loi Street", 3},
};

// ---- products ---------------------------------------------------------------
// Order of every Translated: en, de, es, fr, zh, ja, ar, pt.

constexpr Translated kAgriculture[] = {
    {"Tractor", "Traktor", "Tractor", "Tracteur", "拖拉机", "トラクター", "جرار", "Trator"},
    {"Irrigation Pump", "Bewässerungspumpe", "Bomba de riego", "Pompe d'irrigation", "灌溉泵", "灌漑ポンプ", "مضخة ري", "Bomba de irrigação"},
    {"Coffee Beans", "Kaffeebohnen", "Granos de café", "Grains de café", "咖啡豆", "コーヒー豆", "حبوب البن", "Grãos de café"}};
constexpr Translated kApparel[] = {
    {"T-Shirt", "T-Shirt", "Camiseta", "T-shirt", "T恤", "Tシャツ", "قميص", "Camiseta"},
    {"Cotton Fabric", "Baumwollstoff", "Tela de algodón", "Tissu en coton", "棉布", "綿生地", "قماش قطني", "Tecido de algodão"},
    {"Work Jacket", "Arbeitsjacke", "Chaqueta de trabajo", "Veste de travail", "工作夹克", "作業ジャケット", "سترة عمل", "Jaqueta de trabalho"}};
constexpr Translated kAutomotive[] = {
    {"Brake Pad", "Bremsbelag", "Pastilla de freno", "Plaquette de frein", "刹车片", "ブレーキパッド", "وسادة فرامل", "Pastilha de freio"},
    {"Spark Plug", "Zündkerze", "Bujía", "Bougie d'allumage", "火花塞", "スパークプラグ", "شمعة احتراق", "Vela de ignição"},
    {"Wheel Bearing", "Radlager", "Rodamiento de rueda", "Roulement de roue", "轮毂轴承", "ホイールベアリング", "محمل عجلة", "Rolamento de roda"}};
constexpr Translated kServices[] = {
    {"Translation Service", "Übersetzungsdienst", "Servicio de traducción", "Service de traduction", "翻译服务", "翻訳サービス", "خدمة ترجمة", "Serviço de tradução"},
    {"Quality Inspection", "Qualitätsprüfung", "Inspección de calidad", "Contrôle qualité", "质量检验", "品質検査", "فحص الجودة", "Inspeção de qualidade"}};
constexpr Translated kChemicals[] = {
    {"Epoxy Resin", "Epoxidharz", "Resina epoxi", "Résine époxy", "环氧树脂", "エポキシ樹脂", "راتنج الإيبوكسي", "Resina epóxi"},
    {"Citric Acid", "Zitronensäure", "Ácido cítrico", "Acide citrique", "柠檬酸", "クエン酸", "حمض الستريك", "Ácido cítrico"},
    {"Industrial Paint", "Industrielack", "Pintura industrial", "Peinture industrielle", "工业涂料", "工業用塗料", "دهان صناعي", "Tinta industrial"}};
constexpr Translated kConstruction[] = {
    {"Ceramic Tile", "Keramikfliese", "Baldosa cerámica", "Carrelage céramique", "瓷砖", "セラミックタイル", "بلاط سيراميك", "Azulejo cerâmico"},
    {"Steel Beam", "Stahlträger", "Viga de acero", "Poutre en acier", "钢梁", "鉄骨梁", "عارضة فولاذية", "Viga de aço"},
    {"Window Frame", "Fensterrahmen", "Marco de ventana", "Cadre de fenêtre", "窗框", "窓枠", "إطار نافذة", "Caixilho de janela"}};
constexpr Translated kElectronics[] = {
    {"Circuit Board", "Leiterplatte", "Placa de circuito", "Carte électronique", "电路板", "回路基板", "لوحة دوائر", "Placa de circuito"},
    {"Power Adapter", "Netzteil", "Adaptador de corriente", "Adaptateur secteur", "电源适配器", "電源アダプター", "محول طاقة", "Adaptador de energia"},
    {"Electric Motor", "Elektromotor", "Motor eléctrico", "Moteur électrique", "电动机", "電動モーター", "محرك كهربائي", "Motor elétrico"}};
constexpr Translated kEnergy[] = {
    {"Solar Panel", "Solarmodul", "Panel solar", "Panneau solaire", "太阳能电池板", "ソーラーパネル", "لوح شمسي", "Painel solar"},
    {"Lithium Battery", "Lithiumbatterie", "Batería de litio", "Batterie au lithium", "锂电池", "リチウム電池", "بطارية ليثيوم", "Bateria de lítio"},
    {"Diesel Generator", "Dieselgenerator", "Generador diésel", "Groupe électrogène diesel", "柴油发电机", "ディーゼル発電機", "مولد ديزل", "Gerador a diesel"}};
constexpr Translated kEnvironment[] = {
    {"Recycled Pellets", "Recyclinggranulat", "Pellets reciclados", "Granulés recyclés", "再生颗粒", "再生ペレット", "حبيبات معاد تدويرها", "Pellets reciclados"},
    {"Water Filter", "Wasserfilter", "Filtro de agua", "Filtre à eau", "净水器", "浄水フィルター", "فلتر مياه", "Filtro de água"}};
constexpr Translated kFood[] = {
    {"Olive Oil", "Olivenöl", "Aceite de oliva", "Huile d'olive", "橄榄油", "オリーブオイル", "زيت زيتون", "Azeite"},
    {"Green Tea", "Grüner Tee", "Té verde", "Thé vert", "绿茶", "緑茶", "شاي أخضر", "Chá verde"},
    {"Dried Mango", "Getrocknete Mango", "Mango deshidratado", "Mangue séchée", "芒果干", "ドライマンゴー", "مانجو مجفف", "Manga desidratada"}};
constexpr Translated kFurniture[] = {
    {"Office Chair", "Bürostuhl", "Silla de oficina", "Chaise de bureau", "办公椅", "オフィスチェア", "كرسي مكتب", "Cadeira de escritório"},
    {"Dining Table", "Esstisch", "Mesa de comedor", "Table à manger", "餐桌", "ダイニングテーブル", "طاولة طعام", "Mesa de jantar"},
    {"Sofa", "Sofa", "Sofá", "Canapé", "沙发", "ソファ", "أريكة", "Sofá"}};
constexpr Translated kGifts[] = {
    {"Ceramic Vase", "Keramikvase", "Jarrón de cerámica", "Vase en céramique", "陶瓷花瓶", "陶器の花瓶", "مزهرية خزفية", "Vaso de cerâmica"},
    {"Scented Candle", "Duftkerze", "Vela aromática", "Bougie parfumée", "香薰蜡烛", "アロマキャンドル", "شمعة معطرة", "Vela perfumada"}};
constexpr Translated kHealth[] = {
    {"Surgical Mask", "OP-Maske", "Mascarilla quirúrgica", "Masque chirurgical", "医用口罩", "サージカルマスク", "كمامة جراحية", "Máscara cirúrgica"},
    {"Nitrile Gloves", "Nitrilhandschuhe", "Guantes de nitrilo", "Gants en nitrile", "丁腈手套", "ニトリル手袋", "قفازات نتريل", "Luvas de nitrilo"},
    {"Hospital Bed", "Krankenhausbett", "Cama de hospital", "Lit d'hôpital", "病床", "介護ベッド", "سرير مستشفى", "Cama hospitalar"}};
constexpr Translated kHome[] = {
    {"Garden Hose", "Gartenschlauch", "Manguera de jardín", "Tuyau d'arrosage", "花园软管", "ガーデンホース", "خرطوم حديقة", "Mangueira de jardim"},
    {"Cookware Set", "Kochgeschirr-Set", "Batería de cocina", "Batterie de cuisine", "炊具套装", "調理器具セット", "طقم أواني طبخ", "Jogo de panelas"},
    {"Bath Towel", "Badetuch", "Toalla de baño", "Serviette de bain", "浴巾", "バスタオル", "منشفة حمام", "Toalha de banho"}};
constexpr Translated kMachinery[] = {
    {"Ball Valve", "Kugelhahn", "Válvula de bola", "Vanne à bille", "球阀", "ボールバルブ", "صمام كروي", "Válvula de esfera"},
    {"Centrifugal Pump", "Kreiselpumpe", "Bomba centrífuga", "Pompe centrifuge", "离心泵", "遠心ポンプ", "مضخة طرد مركزي", "Bomba centrífuga"},
    {"CNC Lathe", "CNC-Drehmaschine", "Torno CNC", "Tour CNC", "数控车床", "CNC旋盤", "مخرطة CNC", "Torno CNC"},
    {"Gate Valve", "Absperrschieber", "Válvula de compuerta", "Robinet-vanne", "闸阀", "ゲートバルブ", "صمام بوابة", "Válvula gaveta"}};
constexpr Translated kLighting[] = {
    {"LED Panel Light", "LED-Panelleuchte", "Panel LED", "Panneau LED", "LED面板灯", "LEDパネルライト", "لوحة إضاءة LED", "Painel de LED"},
    {"Street Light", "Straßenleuchte", "Farola", "Lampadaire", "路灯", "街路灯", "إنارة شوارع", "Poste de iluminação"}};
constexpr Translated kLuggage[] = {
    {"Backpack", "Rucksack", "Mochila", "Sac à dos", "背包", "リュックサック", "حقيبة ظهر", "Mochila"},
    {"Trolley Case", "Trolley-Koffer", "Maleta con ruedas", "Valise à roulettes", "拉杆箱", "スーツケース", "حقيبة سفر", "Mala de viagem"}};
constexpr Translated kMetals[] = {
    {"Copper Wire", "Kupferdraht", "Alambre de cobre", "Fil de cuivre", "铜线", "銅線", "سلك نحاسي", "Fio de cobre"},
    {"Aluminium Sheet", "Aluminiumblech", "Chapa de aluminio", "Tôle d'aluminium", "铝板", "アルミ板", "صفائح ألومنيوم", "Chapa de alumínio"},
    {"Steel Pipe", "Stahlrohr", "Tubo de acero", "Tube en acier", "钢管", "鋼管", "أنبوب فولاذي", "Tubo de aço"}};
constexpr Translated kOffice[] = {
    {"Ballpoint Pen", "Kugelschreiber", "Bolígrafo", "Stylo à bille", "圆珠笔", "ボールペン", "قلم حبر جاف", "Caneta esferográfica"},
    {"Notebook", "Notizbuch", "Cuaderno", "Cahier", "笔记本", "ノート", "دفتر", "Caderno"}};
constexpr Translated kPackaging[] = {
    {"Corrugated Box", "Wellpappkarton", "Caja de cartón corrugado", "Carton ondulé", "瓦楞纸箱", "段ボール箱", "صندوق كرتون مموج", "Caixa de papelão ondulado"},
    {"Paper Bag", "Papiertüte", "Bolsa de papel", "Sac en papier", "纸袋", "紙袋", "كيس ورقي", "Saco de papel"}};
constexpr Translated kRubber[] = {
    {"O-Ring", "O-Ring", "Junta tórica", "Joint torique", "O型圈", "Oリング", "حلقة دائرية", "Anel de vedação"},
    {"PVC Pipe", "PVC-Rohr", "Tubo de PVC", "Tuyau PVC", "PVC管", "PVCパイプ", "أنبوب PVC", "Tubo de PVC"}};
constexpr Translated kSecurity[] = {
    {"Safety Helmet", "Schutzhelm", "Casco de seguridad", "Casque de sécurité", "安全帽", "安全ヘルメット", "خوذة أمان", "Capacete de segurança"},
    {"CCTV Camera", "Überwachungskamera", "Cámara de vigilancia", "Caméra de surveillance", "监控摄像头", "監視カメラ", "كاميرا مراقبة", "Câmera de segurança"}};
constexpr Translated kSports[] = {
    {"Yoga Mat", "Yogamatte", "Esterilla de yoga", "Tapis de yoga", "瑜伽垫", "ヨガマット", "سجادة يوغا", "Tapete de ioga"},
    {"Football", "Fußball", "Balón de fútbol", "Ballon de football", "足球", "サッカーボール", "كرة قدم", "Bola de futebol"}};
constexpr Translated kTelecom[] = {
    {"Fiber Optic Cable", "Glasfaserkabel", "Cable de fibra óptica", "Câble à fibre optique", "光纤电缆", "光ファイバーケーブル", "كابل ألياف ضوئية", "Cabo de fibra óptica"},
    {"WiFi Router", "WLAN-Router", "Router wifi", "Routeur wifi", "无线路由器", "無線LANルーター", "راوتر واي فاي", "Roteador wifi"}};
constexpr Translated kTools[] = {
    {"Hammer", "Hammer", "Martillo", "Marteau", "锤子", "ハンマー", "مطرقة", "Martelo"},
    {"Cordless Drill", "Akku-Bohrschrauber", "Taladro inalámbrico", "Perceuse sans fil", "无绳电钻", "コードレスドリル", "مثقاب لاسلكي", "Furadeira sem fio"},
    {"Socket Wrench Set", "Steckschlüsselsatz", "Juego de llaves de vaso", "Jeu de clés à douille", "套筒扳手套装", "ソケットレンチセット", "طقم مفاتيح", "Jogo de chaves de soquete"}};
constexpr Translated kToys[] = {
    {"Plush Toy", "Plüschtier", "Peluche", "Peluche", "毛绒玩具", "ぬいぐるみ", "لعبة محشوة", "Pelúcia"},
    {"Building Blocks", "Bausteine", "Bloques de construcción", "Blocs de construction", "积木", "ブロック玩具", "مكعبات بناء", "Blocos de montar"}};
constexpr Translated kLogistics[] = {
    {"Pallet", "Palette", "Palé", "Palette", "托盘", "パレット", "منصة نقالة", "Palete"},
    {"Shipping Container", "Schiffscontainer", "Contenedor marítimo", "Conteneur maritime", "集装箱", "輸送コンテナ", "حاوية شحن", "Contêiner"}};
constexpr Translated kGeneric[] = {
    {"Industrial Part", "Industrieteil", "Pieza industrial", "Pièce industrielle", "工业零件", "工業部品", "قطعة صناعية", "Peça industrial"}};

constexpr IndustryWords kIndustries[] = {
    {"agriculture", "Agricultural", kAgriculture},
    {"apparel-textiles", "Garment", kApparel},
    {"automotive", "Auto Parts", kAutomotive},
    {"business-services", "Consulting", kServices},
    {"chemicals", "Chemical", kChemicals},
    {"construction-real-estate", "Building Materials", kConstruction},
    {"electronics-electrical", "Electronics", kElectronics},
    {"energy", "New Energy", kEnergy},
    {"environment-recycling", "Environmental Technology", kEnvironment},
    {"food-beverage", "Foods", kFood},
    {"furniture", "Furniture", kFurniture},
    {"gifts-crafts", "Crafts", kGifts},
    {"health-medical", "Medical", kHealth},
    {"home-garden", "Household Products", kHome},
    {"industrial-machinery", "Machinery", kMachinery},
    {"lights-lighting", "Lighting", kLighting},
    {"luggage-bags", "Bags", kLuggage},
    {"metals-minerals", "Metal Products", kMetals},
    {"office-school-supplies", "Stationery", kOffice},
    {"packaging-printing", "Packaging", kPackaging},
    {"rubber-plastics", "Plastic Products", kRubber},
    {"security-protection", "Safety Equipment", kSecurity},
    {"sports-entertainment", "Sporting Goods", kSports},
    {"telecommunications", "Communication Equipment", kTelecom},
    {"tools-hardware", "Hardware Tools", kTools},
    {"toys", "Toys", kToys},
    {"transportation-logistics", "Logistics", kLogistics},
};
constexpr IndustryWords kGenericIndustry = {"", "Trading", kGeneric};

constexpr Translated kMaterials[] = {
    {"Stainless Steel", "Edelstahl", "acero inoxidable", "acier inoxydable", "不锈钢", "ステンレス", "فولاذ مقاوم للصدأ", "aço inoxidável"},
    {"Cotton", "Baumwolle", "algodón", "coton", "纯棉", "綿", "قطن", "algodão"},
    {"Aluminium", "Aluminium", "aluminio", "aluminium", "铝合金", "アルミ", "ألومنيوم", "alumínio"},
    {"Bamboo", "Bambus", "bambú", "bambou", "竹", "竹", "خيزران", "bambu"},
    {"Brass", "Messing", "latón", "laiton", "黄铜", "真鍮", "نحاس أصفر", "latão"},
    {"Recycled Plastic", "Recyclingkunststoff", "plástico reciclado", "plastique recyclé", "再生塑料", "再生プラスチック", "بلاستيك معاد تدويره", "plástico reciclado"},
    {"Carbon Fiber", "Kohlefaser", "fibra de carbono", "fibre de carbone", "碳纤维", "カーボン", "ألياف الكربون", "fibra de carbono"},
    {"Silicone", "Silikon", "silicona", "silicone", "硅胶", "シリコン", "سيليكون", "silicone"},
    {"Leather", "Leder", "cuero", "cuir", "真皮", "革", "جلد", "couro"},
    {"Glass", "Glas", "vidrio", "verre", "玻璃", "ガラス", "زجاج", "vidro"},
    {"Oak Wood", "Eichenholz", "madera de roble", "bois de chêne", "橡木", "オーク材", "خشب البلوط", "madeira de carvalho"},
    {"Cast Iron", "Gusseisen", "hierro fundido", "fonte", "铸铁", "鋳鉄", "حديد الزهر", "ferro fundido"},
    {"Titanium", "Titan", "titanio", "titane", "钛", "チタン", "تيتانيوم", "titânio"},
};

constexpr SV kAdjectives[] = {"Heavy-Duty", "Industrial", "Eco-Friendly", "Premium", "Waterproof",
                              "Portable", "Custom", "High-Pressure", "Lightweight", "Organic",
                              "Automatic", "Compact", "Durable", "Professional", "Smart"};
constexpr SV kRare[] = {"Galvanised", "Anodised", "Food-Grade", "Explosion-Proof", "Cryogenic",
                        "Antimicrobial", "Hand-Forged", "Zirconia", "Tourmaline", "Marine-Grade"};
constexpr SV kApplications[] = {"construction sites", "farms", "the food industry", "hospitals",
                                "hotels", "retail chains", "car workshops", "mines", "shipyards",
                                "laboratories", "schools", "warehouses"};
constexpr SV kUnits[] = {"pieces", "sets", "kg", "tonnes", "metres", "boxes", "pairs", "litres"};
constexpr SV kCertifications[] = {"CE", "ISO 9001", "RoHS", "FDA", "UL", "GS", "REACH", "Halal"};
constexpr SV kJobTitles[] = {"Sales Manager", "Export Manager", "Managing Director", "Purchasing Manager",
                             "Account Manager", "Founder"};
constexpr SV kStems[] = {"Haitian", "Jinlong", "Huaxin", "Hengda", "Xinyuan", "Dongfang", "Zhongtai",
                         "Tianrun", "Atlas", "Summit", "Pioneer", "Meridian", "Keystone", "Baltic",
                         "Nordic", "Orion", "Noor", "Baraka", "Waha", "Hilal"};
constexpr SV kGermanTrades[] = {"Präzisionstechnik", "Maschinenbau", "Kunststofftechnik", "Metallwaren",
                                "Elektrotechnik", "Verpackungen", "Feinkost", "Textilwerk", "Armaturen"};
constexpr SV kJapaneseTrades[] = {"Seiki", "Kogyo", "Shoji", "Denki", "Seisakusho"};
constexpr SV kSpanishTrades[] = {"Industrias", "Talleres", "Suministros", "Comercial", "Manufacturas"};
constexpr SV kFrenchTrades[] = {"Ateliers", "Établissements", "Manufacture", "Fonderie", "Tissages"};
constexpr SV kPortugueseTrades[] = {"Indústria", "Comércio", "Metalúrgica", "Têxtil", "Alimentos"};
constexpr Translated kWholesale = {"Wholesale", "Großhandel", "al por mayor", "en gros", "批发",
                                   "業務用", "بالجملة", "atacado"};

}  // namespace

std::span<const Locale> locales() { return kLocales; }
std::span<const IndustryWords> industry_words() { return kIndustries; }
const IndustryWords& generic_industry_words() { return kGenericIndustry; }
std::span<const Translated> materials() { return kMaterials; }
std::span<const std::string_view> english_adjectives() { return kAdjectives; }
std::span<const std::string_view> rare_words() { return kRare; }
std::span<const std::string_view> applications() { return kApplications; }
std::span<const std::string_view> units() { return kUnits; }
std::span<const std::string_view> certifications() { return kCertifications; }
std::span<const std::string_view> job_titles() { return kJobTitles; }
std::span<const std::string_view> company_stems() { return kStems; }
std::span<const std::string_view> german_trades() { return kGermanTrades; }
std::span<const std::string_view> japanese_trades() { return kJapaneseTrades; }
std::span<const std::string_view> spanish_trades() { return kSpanishTrades; }
std::span<const std::string_view> french_trades() { return kFrenchTrades; }
std::span<const std::string_view> portuguese_trades() { return kPortugueseTrades; }
const Translated& wholesale() { return kWholesale; }

}  // namespace hanse::cli::demo
