#include "cli/demo_generator.h"

#include <algorithm>
#include <string_view>

#include <fmt/format.h>

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

std::string specifications_json(
    std::initializer_list<std::pair<std::string_view, std::string_view>> rows) {
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
                                 std::string_view city, std::string_view application,
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
      return fmt::format("{} made by {} in {}. Suitable for {}; lead time {} days, samples available.",
                         title, company, city, application, lead_days);
  }
}

std::string offer_title(Lang lang, bool buy, std::string_view noun, std::uint64_t quantity,
                        std::string_view unit) {
  switch (lang) {
    case de: return buy ? fmt::format("Suche {} {} {}", quantity, unit, noun)
                        : fmt::format("{} ab Lager: {} {}", noun, quantity, unit);
    case es: return buy ? fmt::format("Compramos {}: {} {}", noun, quantity, unit)
                        : fmt::format("{} en stock: {} {}", noun, quantity, unit);
    case fr: return buy ? fmt::format("Recherche {}, {} {}", noun, quantity, unit)
                        : fmt::format("{} en stock, {} {}", noun, quantity, unit);
    case zh: return buy ? fmt::format("求购{} {} {}", noun, quantity, unit)
                        : fmt::format("现货供应{} {} {}", noun, quantity, unit);
    case ja: return buy ? fmt::format("{}買います {} {}", noun, quantity, unit)
                        : fmt::format("{} 在庫あり {} {}", noun, quantity, unit);
    case ar: return buy ? fmt::format("مطلوب {} {} {}", noun, quantity, unit)
                        : fmt::format("{} متوفر {} {}", noun, quantity, unit);
    case pt: return buy ? fmt::format("Procuramos {}: {} {}", noun, quantity, unit)
                        : fmt::format("{} em estoque: {} {}", noun, quantity, unit);
    default: return buy ? fmt::format("Looking for {} {} of {}", quantity, unit, noun)
                        : fmt::format("{} in stock: {} {} ready to ship", noun, quantity, unit);
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
    for (const std::string& child : industry->children) {
      entry.subs.push_back(child);
      const market::Category* sub = categories.find(child);
      entry.sub_names.push_back(sub ? sub->name : child);
    }
    if (entry.subs.empty()) {  // an industry without subs lists under itself
      entry.subs.push_back(industry->id);
      entry.sub_names.push_back(industry->name);
    }
    m_industries.push_back(std::move(entry));
  }
  auto all = locales();
  for (std::size_t i = 0; i < all.size(); ++i)
    for (int w = 0; w < all[i].weight; ++w) m_locale_table.push_back(static_cast<int>(i));
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
      c.industries.push_back(m_industries[ind].subs[sub]);
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

  // Products: 1-9, about 5 on average.
  const std::size_t product_count = 1 + below(9);
  std::vector<std::string> nouns_en;  // for offers and inquiries
  for (std::size_t k = 0; k < product_count; ++k) {
    Product p;
    p.id = m_next.product++;
    Listed where = chance(80) ? listed[below(listed.size())] : Listed{primary, below(m_industries[primary].subs.size())};
    const Industry& ind = m_industries[where.industry];
    p.category_id = ind.subs[where.sub];
    const Translated& noun = pick_from(m_rng, ind.words->nouns);
    const Translated& material = pick_from(m_rng, materials());
    std::string model(2, 'A');
    model[0] = static_cast<char>('A' + below(26));
    model[1] = static_cast<char>('A' + below(26));
    model += fmt::format("-{}", 100 + below(9900));
    const bool own_language = lang != en && chance(55);
    if (!own_language) {
      std::string title;
      if (chance(5)) title += fmt::format("{} ", pick_from(m_rng, rare_words()));
      if (chance(70)) title += fmt::format("{} ", pick_from(m_rng, english_adjectives()));
      if (chance(60) && ind.id != "business-services") title += fmt::format("{} ", material.text[en]);
      title += chance(65) ? std::string(noun.text[en]) : ind.sub_names[where.sub];
      title += fmt::format(" {}", model);
      if (chance(10)) title += " Wholesale";
      p.title = std::move(title);
    } else {
      std::string_view n = noun.text[lang], m = material.text[lang];
      switch (lang) {
        case de: p.title = fmt::format("{} aus {} {}", n, m, model); break;
        case es: case pt: p.title = fmt::format("{} de {} {}", n, m, model); break;
        case fr: p.title = fmt::format("{} en {} {}", n, m, model); break;
        case zh: p.title = fmt::format("{}{} {} {} {}", m, n, model, material.text[en], noun.text[en]); break;
        case ja: p.title = fmt::format("{}製{} {}", m, n, model); break;
        case ar: p.title = fmt::format("{} من {} {}", n, m, model); break;
        default: p.title = fmt::format("{} {} {}", m, n, model);
      }
      if (chance(10)) p.title += fmt::format(" {}", wholesale().text[lang]);
    }
    const std::uint64_t lead_days = 3 + below(60);
    const std::string_view application = pick_from(m_rng, applications());
    p.description = product_description(own_language ? lang : en, p.title, c.name, city,
                                        application, lead_days);
    const std::string origin = fmt::format("{}, {}", city, locale.country);
    const std::string lead = fmt::format("{} days", lead_days);
    p.specifications = specifications_json({{"Material", material.text[en]},
                                            {"Model", model},
                                            {"Certification", pick_from(m_rng, certifications())},
                                            {"Origin", origin},
                                            {"Lead time", lead}});
    static constexpr std::int64_t kMinOrders[] = {1, 10, 50, 100, 500, 1000, 5000};
    p.min_order_unit = std::string(pick_from(m_rng, units()));
    if (chance(90)) p.min_order_quantity = kMinOrders[below(std::size(kMinOrders))];
    if (chance(85)) {
      static constexpr std::int64_t kScales[] = {100, 1000, 10000, 100000, 1000000};
      std::int64_t low = kScales[below(std::size(kScales))] * static_cast<std::int64_t>(1 + below(9));
      p.price_min_cents = low;
      p.price_max_cents = low * static_cast<std::int64_t>(100 + below(200)) / 100;
    }
    p.currency = std::string(locale.currency);
    p.created_at = c.created_at + static_cast<std::int64_t>(below(200 * kDay));
    nouns_en.emplace_back(noun.text[en]);
    bundle.products.push_back(std::move(p));
  }

  // Offers: about one per company.
  const std::uint64_t roll = below(100);
  const std::size_t offer_count = roll < 30 ? 0 : roll < 75 ? 1 : roll < 95 ? 2 : 3;
  for (std::size_t k = 0; k < offer_count; ++k) {
    Offer o;
    o.id = m_next.offer++;
    o.member_id = bundle.members[below(bundle.members.size())].id;
    const bool buy = chance(40);
    o.kind = buy ? "buy" : "sell";
    const Listed where = listed[below(listed.size())];
    const Industry& ind = m_industries[where.industry];
    o.category_id = ind.subs[where.sub];
    const Translated& noun = pick_from(m_rng, ind.words->nouns);
    const Lang text_lang = chance(50) ? lang : en;
    o.unit = std::string(pick_from(m_rng, units()));
    o.quantity = static_cast<std::int64_t>((1 + below(50)) * 100);
    o.title = offer_title(text_lang, buy, noun.text[text_lang], static_cast<std::uint64_t>(o.quantity), o.unit);
    const std::uint64_t ship_days = 2 + below(20);
    o.description = buy ? fmt::format("We buy {} ({}) for delivery to {}, {}. Payment by T/T or L/C; "
                                      "please send your best offer with samples.",
                                      noun.text[en], ind.sub_names[where.sub], city, locale.country)
                        : fmt::format("{} ({}) from our stock in {}, {}. Shipping within {} days; "
                                      "mixed orders welcome.",
                                      noun.text[en], ind.sub_names[where.sub], city, locale.country,
                                      ship_days);
    if (chance(60)) o.target_price_cents = static_cast<std::int64_t>((1 + below(500)) * 100);
    o.currency = std::string(locale.currency);
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
      const std::int64_t quantity = static_cast<std::int64_t>((1 + below(20)) * 50);
      std::int64_t at = q.created_at;
      const std::size_t message_count = 1 + below(3);
      for (std::size_t m = 0; m < message_count; ++m) {
        Message msg;
        msg.id = m_next.message++;
        msg.from_supplier = m % 2 == 1;
        msg.member_id = msg.from_supplier ? bundle.members.front().id : buyer.owner_id;
        if (m == 0) {
          const std::string_view to = pick_from(m_rng, buyer_locale.cities);
          msg.body = fmt::format("Hello, we are interested in your {}. Please quote {} {} delivered to "
                                 "{}, {}, and tell us the lead time.\nBest regards",
                                 nouns_en[which], quantity, product.min_order_unit, to,
                                 buyer_locale.country);
        } else if (m == 1) {
          const std::uint64_t whole = 10 + below(900), cents = below(100), days = 5 + below(40);
          msg.body = fmt::format("Thank you for your inquiry. Our best price is {}.{:02} {} per unit "
                                 "FOB {}, lead time {} days. Samples are free.",
                                 whole, cents, product.currency, city, days);
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
