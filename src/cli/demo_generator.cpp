#include "cli/demo_generator.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>
#include <string_view>

#include <fmt/format.h>

#include "cli/demo_images.h"
#include "core/slug.h"

namespace hanse::cli::demo {
namespace {

constexpr std::int64_t kDay = 86400;

template <class T>
const T& pick_from(std::mt19937_64& rng, std::span<const T> items) {
  return items[rng() % items.size()];
}

// Specification values come from the word lists, but stay valid JSON
// whatever those lists hold.
void append_json_string(std::string& out, std::string_view text) {
  out += '"';
  for (char c : text) {
    if (c == '"' || c == '\\') {
      out += '\\';
      out += c;
    } else if (static_cast<unsigned char>(c) < 0x20) {
      out += fmt::format("\\u{:04x}", static_cast<unsigned char>(c));
    } else {
      out += c;
    }
  }
  out += '"';
}

std::string specifications_json(std::span<const std::pair<std::string_view, std::string_view>> rows) {
  std::string out = "[";
  for (const auto& [name, value] : rows) {
    if (out.size() > 1) out += ',';
    out += '[';
    append_json_string(out, name);
    out += ',';
    append_json_string(out, value);
    out += ']';
  }
  out += ']';
  return out;
}

std::string company_description(Lang lang, std::string_view name, std::string_view trade,
                                 std::int64_t year, std::uint64_t staff, std::uint64_t markets) {
  switch (lang) {
    case de:
      return fmt::format("{} fertigt seit {} {} für Kunden in aller Welt. {} Mitarbeiter, Export in {} Länder, "
                         "zertifiziert nach ISO 9001.", name, year, trade, staff, markets);
    case es:
      return fmt::format("{} fabrica productos de {} desde {}. {} empleados y exportaciones a {} países.",
                         name, trade, year, staff, markets);
    case fr:
      return fmt::format("{} fabrique des produits {} depuis {}. {} salariés, export vers {} pays.",
                         name, trade, year, staff, markets);
    case zh:
      return fmt::format("{}成立于{}年，专业生产{}产品，员工{}人，产品出口{}个国家和地区。"
                         " Professional {} manufacturer since {}.", name, year, trade, staff, markets,
                         trade, year);
    case ja:
      return fmt::format("{}は{}年創業の{}メーカーです。従業員{}名、{}か国へ輸出しています。", name, year,
                         trade, staff, markets);
    case ar:
      return fmt::format("{} شركة متخصصة في {} منذ عام {}. لدينا {} موظفًا ونصدر إلى {} دولة.", name, trade,
                         year, staff, markets);
    case pt:
      return fmt::format("{} fabrica produtos de {} desde {}. {} funcionários, exportação para {} países.",
                         name, trade, year, staff, markets);
    default:
      return fmt::format("{} has made {} products since {}: {} staff, exports to {} countries, "
                         "OEM and ODM orders welcome.", name, trade, year, staff, markets);
  }
}

std::string product_description(Lang lang, std::string_view title, std::string_view company,
                                 std::string_view city, std::string_view material_row,
                                 std::uint64_t lead_days) {
  switch (lang) {
    case de:
      return fmt::format("{}. Hergestellt von {} in {}. Lieferzeit {} Tage, Sonderanfertigungen möglich.",
                         title, company, city, lead_days);
    case es:
      return fmt::format("{}. Fabricado por {} en {}. Plazo de entrega {} días, se aceptan pedidos OEM.",
                         title, company, city, lead_days);
    case fr:
      return fmt::format("{}. Fabriqué par {} à {}. Délai de livraison {} jours, commandes OEM bienvenues.",
                         title, company, city, lead_days);
    case zh:
      return fmt::format("{}。{}生产，产地{}。交货期{}天，支持OEM/ODM定制。", title, company, city, lead_days);
    case ja:
      return fmt::format("{}。{}の{}製造。納期{}日、OEM対応可能。", title, city, company, lead_days);
    case ar:
      return fmt::format("{}. من إنتاج {} في {}. مدة التسليم {} يومًا، نقبل طلبات OEM.", title, company,
                         city, lead_days);
    case pt:
      return fmt::format("{}. Fabricado por {} em {}. Prazo de entrega {} dias, aceitamos pedidos OEM.",
                         title, company, city, lead_days);
    default:
      return fmt::format("{} from {} in {}. {}; lead time {} days, samples available.", title, company,
                         city, material_row, lead_days);
  }
}

// `amount` is a quantity with its unit ("500 pieces", quantity_text).
std::string offer_title(Lang lang, bool buy, std::string_view noun, std::string_view amount) {
  switch (lang) {
    case de: return buy ? fmt::format("Suche {} {}", amount, noun) : fmt::format("{} ab Lager: {}", noun, amount);
    case es: return buy ? fmt::format("Compramos {}: {}", noun, amount) : fmt::format("{} en stock: {}", noun, amount);
    case fr: return buy ? fmt::format("Recherche {}, {}", noun, amount) : fmt::format("{} en stock, {}", noun, amount);
    case zh: return buy ? fmt::format("求购{} {}", noun, amount) : fmt::format("现货供应{} {}", noun, amount);
    case ja: return buy ? fmt::format("{}買います {}", noun, amount) : fmt::format("{} 在庫あり {}", noun, amount);
    case ar: return buy ? fmt::format("مطلوب {} {}", noun, amount) : fmt::format("{} متوفر {}", noun, amount);
    case pt: return buy ? fmt::format("Procuramos {}: {}", noun, amount) : fmt::format("{} em estoque: {}", noun, amount);
    default: return buy ? fmt::format("Looking for {} of {}", amount, noun)
                        : fmt::format("{} in stock: {} ready to ship", noun, amount);
  }
}

// A product's English title from its parts, as its type builds titles.
std::string english_title(const ProductType& type, std::string_view noun, std::string_view material,
                          std::string_view first_attribute, std::string_view model) {
  std::string title;
  if (type.title & kTitleMaterial) title = fmt::format("{} ", material);
  title += noun;
  if (type.title & kTitleAttribute) title += fmt::format(" {}", first_attribute);
  if (type.title & kTitleModel) title += fmt::format(" {}", model);
  if (!(type.title & (kTitleMaterial | kTitleAttribute | kTitleModel)))
    title += fmt::format(" ({})", material);  // services: "Translation Service (Remote)"
  return title;
}

// The same title for a company writing in `lang`: the kind of product in
// that language with the English trade name, as exporters list them.
std::string own_language_title(Lang lang, const ProductType& type, std::string_view english) {
  const std::string_view name = type.name->text[lang];
  switch (lang) {
    case zh: case ja: case ar: return fmt::format("{} {}", name, english);
    default: return fmt::format("{} ({})", english, name);
  }
}

}  // namespace

std::string member_email(std::int64_t n) { return fmt::format("demo{}@hanse.example", n); }

Generator::Generator(std::uint64_t seed, const market::CategoryTree& categories, FirstIds first,
                     std::int64_t now)
    : m_rng(seed), m_next(first), m_now(now) {
  for (const market::Category* industry : categories.industries()) {
    Industry entry;
    entry.id = industry->id;
    entry.words = &generic_industry_words();
    for (const IndustryWords& words : industry_words())
      if (words.industry_id == industry->id) entry.words = &words;
    // Only sub-categories with a product type are listed under (all of
    // market/categories.toml has one; a renamed file may not).
    for (const std::string& child : industry->children) {
      const Subcategory* listing = subcategory(child);
      if (!listing) continue;
      entry.subs.push_back(listing);
      const market::Category* sub = categories.find(child);
      entry.sub_names.push_back(sub ? sub->name : child);
    }
    if (!entry.subs.empty()) m_industries.push_back(std::move(entry));
  }
  if (m_industries.empty()) throw std::invalid_argument("the category tree has no sub-category with demo products");
  auto all = locales();
  for (std::size_t i = 0; i < all.size(); ++i)
    for (int w = 0; w < all[i].weight; ++w) m_locale_table.push_back(static_cast<int>(i));
}

std::int64_t Generator::round_quantity(std::int64_t low, std::int64_t high) {
  static constexpr std::int64_t kRound[] = {1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 2500,
                                            5000, 10000, 20000, 25000, 50000, 100000, 200000};
  std::vector<std::int64_t> fits;
  for (std::int64_t q : kRound)
    if (q >= low && q <= high) fits.push_back(q);
  if (fits.empty()) return low;
  return fits[below(fits.size())];
}

std::int64_t Generator::usd_price(const ProductType& type) {
  const double spread = static_cast<double>(type.price_high) / static_cast<double>(type.price_low);
  const double step = static_cast<double>(below(1001)) / 1000.0;
  const auto price = static_cast<std::int64_t>(static_cast<double>(type.price_low) * std::pow(spread, step));
  return std::clamp(price, type.price_low, type.price_high);
}

CompanyBundle Generator::next() {
  CompanyBundle bundle;
  Company& c = bundle.company;
  c.id = m_next.company++;
  const int locale_index = m_locale_table[below(m_locale_table.size())];
  const Locale& locale = locales()[static_cast<std::size_t>(locale_index)];
  const Lang lang = locale.lang;

  // Industries: 1-3 sub-categories, mostly of one industry.
  struct Listed {
    std::size_t industry, sub;
  };
  std::vector<Listed> listed;
  const std::size_t primary = below(m_industries.size());
  const std::size_t industry_count = 1 + (chance(50) ? 0 : chance(60) ? 1 : 2);
  for (std::size_t k = 0; k < industry_count; ++k) {
    std::size_t ind = (k == 0 || chance(70)) ? primary : below(m_industries.size());
    std::size_t sub = below(m_industries[ind].subs.size());
    bool seen = std::any_of(listed.begin(), listed.end(),
                            [&](const Listed& l) { return l.industry == ind && l.sub == sub; });
    if (!seen) {
      listed.push_back({ind, sub});
      c.industries.push_back(m_industries[ind].subs[sub]->category_id);
    }
  }
  const IndustryWords& words = *m_industries[primary].words;
  const std::string_view trade = words.trade;
  const std::string_view city = pick_from(m_rng, locale.cities);
  const std::string_view last = pick_from(m_rng, locale.last_names);
  const std::string_view stem = pick_from(m_rng, company_stems());

  switch (lang) {
    case zh: c.name = fmt::format("{} {} {} Co., Ltd.", city, company_stems()[below(8)], trade); break;
    case de:
      c.name = chance(60) ? fmt::format("{} {} GmbH", last, pick_from(m_rng, german_trades()))
                          : fmt::format("{} & {} {} GmbH & Co. KG", last,
                                        pick_from(m_rng, locale.last_names), trade);
      break;
    case ja: c.name = fmt::format("{} {} Co., Ltd.", last, pick_from(m_rng, japanese_trades())); break;
    case es:
      c.name = fmt::format("{} {} {}", pick_from(m_rng, spanish_trades()), last,
                           locale.country == "MX" ? "S.A. de C.V." : "S.L.");
      break;
    case fr: c.name = fmt::format("{} {} SAS", pick_from(m_rng, french_trades()), last); break;
    case pt:
      c.name = fmt::format("{} {} {}", last, pick_from(m_rng, portuguese_trades()),
                           locale.country == "PT" ? "Lda." : "Ltda.");
      break;
    case ar: c.name = fmt::format("Al {} {} Trading LLC", company_stems()[16 + below(4)], trade); break;
    default:
      if (locale.country == "IN") c.name = fmt::format("{} {} Pvt. Ltd.", last, trade);
      else if (locale.country == "US") c.name = fmt::format("{} {} Inc.", stem, trade);
      else if (locale.country == "GB") c.name = fmt::format("{} {} Ltd", stem, trade);
      else if (locale.country == "IT") c.name = fmt::format("{} {} S.r.l.", last, trade);
      else if (locale.country == "TR") c.name = fmt::format("{} {} A.Ş.", last, trade);
      else c.name = fmt::format("{} {} Co., Ltd.", last, trade);
  }
  c.slug = slugify(c.name);
  c.logo_initials = initials_of(c.name);
  c.logo_colour = static_cast<int>(below(kLogoColours));
  c.country = std::string(locale.country);
  const std::uint64_t house = 1 + below(300);
  const std::uint64_t postcode = 1000 + below(90000);
  c.address = fmt::format("{}\n{:05} {}", fmt::format(fmt::runtime(locale.street), house), postcode, city);
  c.year_founded = 1950 + static_cast<std::int64_t>(below(75));
  const std::uint64_t staff = 5 + below(2000);
  const std::uint64_t markets = 1 + below(80);
  c.description = company_description(lang, c.name, trade, c.year_founded, staff, markets);
  c.website = fmt::format("https://www.{}.example", c.slug);
  c.created_at = kBaseTime + static_cast<std::int64_t>(below(300 * kDay));

  // Members: the owner first.
  const std::size_t member_count = chance(50) ? 1 : chance(60) ? 2 : 3;
  for (std::size_t k = 0; k < member_count; ++k) {
    Member m;
    m.id = m_next.member++;
    m.email = member_email(++m_members_made);
    std::string_view first = pick_from(m_rng, locale.first_names);
    std::string_view family = k == 0 ? last : pick_from(m_rng, locale.last_names);
    m.name = lang == zh ? fmt::format("{} {}", family, first) : fmt::format("{} {}", first, family);
    m.phone = fmt::format("{}{:09}", locale.phone_prefix, below(1'000'000'000));
    m.address = fmt::format("{}\n{}", fmt::format(fmt::runtime(locale.street), 1 + below(300)), city);
    m.country = c.country;
    m.company_name = c.name;
    m.company_address = c.address;
    if (chance(60)) m.public_name = m.name;
    if (chance(60)) m.public_title = std::string(pick_from(m_rng, job_titles()));
    m.role = k == 0 ? "owner" : "member";
    m.created_at = c.created_at - static_cast<std::int64_t>(below(30 * kDay));
    m.joined_at = k == 0 ? c.created_at : c.created_at + static_cast<std::int64_t>(below(60 * kDay));
    bundle.members.push_back(std::move(m));
  }

  // Products: 1-9, about 5 on average, each of the type its sub-category lists.
  const std::size_t product_count = 1 + below(9);
  std::vector<std::string> nouns_en;  // for inquiries
  for (std::size_t k = 0; k < product_count; ++k) {
    Product p;
    p.id = m_next.product++;
    Listed where = chance(80) ? listed[below(listed.size())] : Listed{primary, below(m_industries[primary].subs.size())};
    const Subcategory& sub = *m_industries[where.industry].subs[where.sub];
    const ProductType& type = *sub.type;
    p.category_id = sub.category_id;
    p.type_index = type.index;
    const std::string& noun = pick_from<std::string>(m_rng, sub.nouns);
    p.material = pick_from<std::string>(m_rng, sub.materials);
    std::vector<std::string_view> values;
    for (const Attribute& attribute : type.attributes) values.push_back(pick_from<std::string>(m_rng, attribute.values));
    std::string model(2, 'A');
    model[0] = static_cast<char>('A' + below(26));
    model[1] = static_cast<char>('A' + below(26));
    model += fmt::format("-{}", 100 + below(9900));
    const std::string english = english_title(type, noun, p.material, values.front(), model);
    const bool own_language = lang != en && chance(55);
    p.title = own_language ? own_language_title(lang, type, english) : english;
    if (chance(10)) p.title += fmt::format(" {}", wholesale().text[own_language ? lang : en]);
    const std::uint64_t lead_days = 3 + below(60);
    const std::string material_row = fmt::format("{}: {}", type.material_label, p.material);
    p.description = product_description(own_language ? lang : en, p.title, c.name, city, material_row,
                                        lead_days);
    const std::string origin = fmt::format("{}, {}", city, locale.country);
    const std::string lead = fmt::format("{} days", lead_days);
    std::vector<std::pair<std::string_view, std::string_view>> rows = {{type.material_label, p.material}};
    for (std::size_t a = 0; a < type.attributes.size(); ++a) rows.emplace_back(type.attributes[a].name, values[a]);
    if (type.title & kTitleModel) rows.emplace_back("Model", model);
    rows.emplace_back("Origin", origin);
    rows.emplace_back("Lead time", lead);
    p.specifications = specifications_json(rows);
    p.min_order_unit = type.unit;
    if (chance(90)) p.min_order_quantity = round_quantity(type.min_order_low, type.min_order_high);
    p.currency = (type.title & kPriceInUsd) ? "USD" : std::string(locale.currency);
    if (chance(85)) {
      const std::int64_t low = usd_price(type);
      p.price_min_cents = convert_price(low, p.currency);
      p.price_max_cents = std::max(*p.price_min_cents,
                                   convert_price(low * static_cast<std::int64_t>(110 + below(71)) / 100, p.currency));
    }
    p.image_variant = static_cast<int>(below(kImageVariants));
    p.created_at = c.created_at + static_cast<std::int64_t>(below(200 * kDay));
    nouns_en.push_back(noun);
    bundle.products.push_back(std::move(p));
  }

  // Offers: about one per company, for what its sub-categories trade.
  const std::uint64_t roll = below(100);
  const std::size_t offer_count = roll < 30 ? 0 : roll < 75 ? 1 : roll < 95 ? 2 : 3;
  for (std::size_t k = 0; k < offer_count; ++k) {
    Offer o;
    o.id = m_next.offer++;
    o.member_id = bundle.members[below(bundle.members.size())].id;
    const bool buy = chance(40);
    o.kind = buy ? "buy" : "sell";
    const Listed where = listed[below(listed.size())];
    const Subcategory& sub = *m_industries[where.industry].subs[where.sub];
    const ProductType& type = *sub.type;
    o.category_id = sub.category_id;
    const std::string& noun = pick_from<std::string>(m_rng, sub.nouns);
    const std::string_view material = pick_from<std::string>(m_rng, sub.materials);
    const Lang text_lang = chance(50) ? lang : en;
    o.unit = type.unit;
    o.quantity = round_quantity(type.min_order_low, type.min_order_high) * static_cast<std::int64_t>(1 + below(10));
    const std::string named = text_lang == en ? noun : fmt::format("{} {}", type.name->text[text_lang], noun);
    o.title = offer_title(text_lang, buy, named, quantity_text(o.quantity, o.unit));
    const std::uint64_t ship_days = 2 + below(20);
    o.description = buy ? fmt::format("We buy {} ({}, {}: {}) for delivery to {}, {}. Payment by T/T or L/C; "
                                      "please send your best offer with samples.",
                                      noun, m_industries[where.industry].sub_names[where.sub], type.material_label,
                                      material, city, locale.country)
                        : fmt::format("{} ({}, {}: {}) from our stock in {}, {}. Shipping within {} days; "
                                      "mixed orders welcome.",
                                      noun, m_industries[where.industry].sub_names[where.sub], type.material_label,
                                      material, city, locale.country, ship_days);
    o.currency = (type.title & kPriceInUsd) ? "USD" : std::string(locale.currency);
    if (chance(60)) o.target_price_cents = convert_price(usd_price(type), o.currency);
    o.created_at = kBaseTime + static_cast<std::int64_t>(below(300 * kDay));
    o.expires_at = m_now + static_cast<std::int64_t>((1 + below(90)) * kDay);
    bundle.offers.push_back(std::move(o));
  }

  // Inquiries from earlier demo companies about this one's products.
  if (!m_known.empty() && chance(30)) {
    const std::size_t inquiry_count = chance(10) ? 2 : 1;
    for (std::size_t k = 0; k < inquiry_count; ++k) {
      const Known& buyer = m_known[below(m_known.size())];
      const std::size_t which = below(bundle.products.size());
      const Product& product = bundle.products[which];
      const Locale& buyer_locale = locales()[static_cast<std::size_t>(buyer.locale)];
      Inquiry q;
      q.id = m_next.inquiry++;
      q.buyer_member_id = buyer.owner_id;
      q.buyer_company_id = buyer.company_id;
      q.product_id = product.id;
      q.subject = fmt::format("Inquiry: {}", product.title);
      q.created_at = product.created_at + static_cast<std::int64_t>(below(30 * kDay));
      const ProductType& type = product_types()[product.type_index];
      const std::int64_t quantity =
          round_quantity(type.min_order_low, type.min_order_high) * static_cast<std::int64_t>(1 + below(5));
      std::int64_t at = q.created_at;
      const std::size_t message_count = 1 + below(3);
      for (std::size_t m = 0; m < message_count; ++m) {
        Message msg;
        msg.id = m_next.message++;
        msg.from_supplier = m % 2 == 1;
        msg.member_id = msg.from_supplier ? bundle.members.front().id : buyer.owner_id;
        if (m == 0) {
          const std::string_view to = pick_from(m_rng, buyer_locale.cities);
          msg.body = fmt::format("Hello, we are interested in your {}. Please quote {} delivered to "
                                 "{}, {}, and tell us the lead time.\nBest regards",
                                 nouns_en[which], quantity_text(quantity, type.unit), to,
                                 buyer_locale.country);
        } else if (m == 1) {
          const std::int64_t price = product.price_min_cents
                                         ? *product.price_min_cents
                                         : convert_price(usd_price(type), product.currency);
          const std::uint64_t days = 5 + below(40);
          msg.body = fmt::format("Thank you for your inquiry. Our best price is {}.{:02} {} per {} "
                                 "FOB {}, lead time {} days. Samples are free.",
                                 price / 100, price % 100, product.currency, type.unit, city, days);
        } else
          msg.body = "Thank you. Please send two samples first; we will confirm the order after testing.";
        at += static_cast<std::int64_t>(3600 + below(3 * kDay));
        msg.created_at = at;
        q.messages.push_back(std::move(msg));
      }
      q.last_message_at = at;
      bundle.inquiries.push_back(std::move(q));
    }
  }

  m_known.push_back({c.id, bundle.members.front().id, locale_index});
  return bundle;
}

}  // namespace hanse::cli::demo
