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

// ---- industries --------------------------------------------------------------
// The kind of company, in English, by top-level industry (company names and
// descriptions). What each sub-category sells is in demo_product_types.cpp.

constexpr IndustryWords kIndustries[] = {
    {"agriculture", "Agricultural"},
    {"apparel-textiles", "Garment"},
    {"automotive", "Auto Parts"},
    {"business-services", "Consulting"},
    {"chemicals", "Chemical"},
    {"construction-real-estate", "Building Materials"},
    {"electronics-electrical", "Electronics"},
    {"energy", "New Energy"},
    {"environment-recycling", "Environmental Technology"},
    {"food-beverage", "Foods"},
    {"furniture", "Furniture"},
    {"gifts-crafts", "Crafts"},
    {"health-medical", "Medical"},
    {"home-garden", "Household Products"},
    {"industrial-machinery", "Machinery"},
    {"lights-lighting", "Lighting"},
    {"luggage-bags", "Bags"},
    {"metals-minerals", "Metal Products"},
    {"office-school-supplies", "Stationery"},
    {"packaging-printing", "Packaging"},
    {"rubber-plastics", "Plastic Products"},
    {"security-protection", "Safety Equipment"},
    {"sports-entertainment", "Sporting Goods"},
    {"telecommunications", "Communication Equipment"},
    {"tools-hardware", "Hardware Tools"},
    {"toys", "Toys"},
    {"transportation-logistics", "Logistics"},
};
constexpr IndustryWords kGenericIndustry = {"", "Trading"};

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
std::span<const std::string_view> job_titles() { return kJobTitles; }
std::span<const std::string_view> company_stems() { return kStems; }
std::span<const std::string_view> german_trades() { return kGermanTrades; }
std::span<const std::string_view> japanese_trades() { return kJapaneseTrades; }
std::span<const std::string_view> spanish_trades() { return kSpanishTrades; }
std::span<const std::string_view> french_trades() { return kFrenchTrades; }
std::span<const std::string_view> portuguese_trades() { return kPortugueseTrades; }
const Translated& wholesale() { return kWholesale; }

}  // namespace hanse::cli::demo
