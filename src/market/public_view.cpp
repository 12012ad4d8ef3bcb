#include "market/public_view.h"

#include <string_view>

#include "core/paths.h"
#include "market/public_card.h"

namespace hanse::market {
namespace {

// The inventory columns behind each public field (privacy/inventory.cpp).
namespace col {
constexpr std::string_view company_name = "companies.name";
constexpr std::string_view company_address = "companies.address";
constexpr std::string_view company_country = "companies.country";
constexpr std::string_view company_year_founded = "companies.year_founded";
constexpr std::string_view company_description = "companies.description";
constexpr std::string_view company_website = "companies.website";
constexpr std::string_view image = "uploads.data";  // logos and product photos
constexpr std::string_view product_title = "products.title";
constexpr std::string_view product_description = "products.description";
constexpr std::string_view product_specifications = "products.specifications";
constexpr std::string_view product_min_order_quantity = "products.min_order_quantity";
constexpr std::string_view product_min_order_unit = "products.min_order_unit";
constexpr std::string_view product_price_min = "products.price_min_cents";
constexpr std::string_view product_price_max = "products.price_max_cents";
constexpr std::string_view product_currency = "products.currency";
constexpr std::string_view offer_kind = "offers.kind";
constexpr std::string_view offer_title = "offers.title";
constexpr std::string_view offer_description = "offers.description";
constexpr std::string_view offer_quantity = "offers.quantity";
constexpr std::string_view offer_unit = "offers.unit";
constexpr std::string_view offer_target_price = "offers.target_price_cents";
constexpr std::string_view offer_currency = "offers.currency";
constexpr std::string_view member_public_name = "members.public_name";
constexpr std::string_view member_public_title = "members.public_title";
}  // namespace col

// Asks the guard about fields of one record.
struct Fields {
  const privacy::Guard& guard;
  int version;
  bool operator()(std::string_view column) const { return guard.is_public(version, column); }
};

template <class T>
T kept(bool shown, const T& value) {
  return shown ? value : T{};
}

// A product's minimum order (with its unit) and price (whole or not at
// all), each kept when public; `out` and `in` name them alike
// (PublicProduct, CardDetails; ProductFields, CardDetails).
template <class Out, class In>
void product_terms(const Fields& shown, Out& out, const In& in) {
  out.min_order_quantity = kept(shown(col::product_min_order_quantity), in.min_order_quantity);
  if (out.min_order_quantity) out.min_order_unit = kept(shown(col::product_min_order_unit), in.min_order_unit);
  if (shown(col::product_price_min) && shown(col::product_price_max) && shown(col::product_currency)) {
    out.price_min_cents = in.price_min_cents;
    out.price_max_cents = in.price_max_cents;
    out.currency = in.currency;
  }
}

// An offer's quantity (with its unit) and target price, likewise.
template <class Out, class In>
void offer_terms(const Fields& shown, Out& out, const In& in) {
  out.quantity = kept(shown(col::offer_quantity), in.quantity);
  if (out.quantity) out.unit = kept(shown(col::offer_unit), in.unit);
  if (shown(col::offer_target_price) && shown(col::offer_currency) && in.target_price_cents) {
    out.target_price_cents = in.target_price_cents;
    out.currency = in.currency;
  }
}

PublicCompanyLink link(std::int64_t id, const std::string& slug, const std::string& name, int version,
                       const privacy::Guard& guard) {
  Fields shown{guard, version};
  return {id, paths::company(id, slug), kept(shown(col::company_name), std::optional<std::string>(name))};
}

PublicPerson person(std::int64_t member_id, const std::string& name, const std::string& title,
                    int version, const privacy::Guard& guard) {
  Fields shown{guard, version};
  PublicPerson out{member_id, paths::member(member_id), std::nullopt, {}};
  if (!name.empty() && shown(col::member_public_name)) out.name = name;
  if (!title.empty() && shown(col::member_public_title)) out.title = title;
  return out;
}

}  // namespace

PublicCompanyLink public_company_link(const ListingCompany& company, const privacy::Guard& guard) {
  return link(company.id, company.slug, company.name, company.policy_version, guard);
}

PublicCompanyLink public_company_link(const Company& company, const privacy::Guard& guard) {
  return link(company.id, company.slug, company.name, company.policy_version, guard);
}

PublicCompany public_company(const Company& c, const privacy::Guard& guard) {
  Fields shown{guard, c.policy_version};
  PublicCompany out;
  out.id = c.id;
  out.path = c.path();
  if (shown(col::company_name)) out.name = c.name;
  out.address = kept(shown(col::company_address), c.address);
  out.country = kept(shown(col::company_country), c.country);
  out.description = kept(shown(col::company_description), c.description);
  out.website = kept(shown(col::company_website), c.website);
  out.year_founded = kept(shown(col::company_year_founded), c.year_founded);
  out.logo_upload_id = kept(shown(col::image), c.logo_upload_id);
  out.industries = c.industries;
  return out;
}

PublicProduct public_product(const Product& product, const ListingCompany& company,
                             const privacy::Guard& guard) {
  Fields shown{guard, company.policy_version};
  const auto& f = product.fields;
  PublicProduct out;
  out.id = product.id;
  out.path = paths::product(product.id, f.title);
  out.title = shown(col::product_title) ? f.title : "Product " + std::to_string(product.id);
  out.category_id = f.category_id;
  out.description = kept(shown(col::product_description), f.description);
  out.specifications = kept(shown(col::product_specifications), f.specifications);
  product_terms(shown, out, f);
  out.photo_upload_ids = kept(shown(col::image), product.photo_upload_ids);
  out.company = public_company_link(company, guard);
  return out;
}

PublicOffer public_offer(const Offer& offer, const ListingCompany& company, const privacy::Guard& guard) {
  Fields shown{guard, company.policy_version};
  const auto& f = offer.fields;
  PublicOffer out;
  out.id = offer.id;
  out.path = paths::offer(offer.id, f.title);
  out.title = shown(col::offer_title) ? f.title : "Offer " + std::to_string(offer.id);
  if (shown(col::offer_kind)) out.kind = f.kind;
  out.category_id = f.category_id;
  out.description = kept(shown(col::offer_description), f.description);
  offer_terms(shown, out, f);
  out.expires_at = offer.expires_at;
  out.withdrawn = offer.withdrawn();
  out.company = public_company_link(company, guard);
  return out;
}

PublicPerson public_person(const CompanyPerson& p, const privacy::Guard& guard) {
  return person(p.member_id, p.public_name, p.public_title, p.policy_version, guard);
}

PublicPerson public_person(const PublicProfile& p, const privacy::Guard& guard) {
  return person(p.member_id, p.public_name, p.public_title, p.policy_version, guard);
}

CardDetails public_card(const CardDetails& d, ListingKind kind, const privacy::Guard& guard, int version) {
  Fields shown{guard, version};
  CardDetails out;
  out.image_upload_id = kept(shown(col::image), d.image_upload_id);
  out.expires_at = d.expires_at;
  if (kind == ListingKind::product) {
    product_terms(shown, out, d);
  } else if (kind == ListingKind::offer) {
    out.offer_kind = kept(shown(col::offer_kind), d.offer_kind);
    offer_terms(shown, out, d);
  }
  return out;
}

PublicHitFields public_hit_fields(const privacy::Guard& guard, int version, ListingKind kind) {
  Fields shown{guard, version};
  std::string_view title = col::company_name, body = col::company_description;
  if (kind == ListingKind::product) {
    title = col::product_title;
    body = col::product_description;
  } else if (kind == ListingKind::offer) {
    title = col::offer_title;
    body = col::offer_description;
  }
  return {shown(title), shown(body), shown(col::company_name), shown(col::company_country),
          kind == ListingKind::offer && shown(col::offer_kind)};
}

std::vector<std::string> public_form_fields(const privacy::Guard& guard, int version, PublicForm form) {
  using Row = std::pair<const char*, std::string_view>;  // form field, column
  static const std::vector<Row> company = {
      {"name", col::company_name},       {"address", col::company_address},
      {"country", col::company_country}, {"year_founded", col::company_year_founded},
      {"description", col::company_description}, {"website", col::company_website},
      {"logo", col::image}};
  static const std::vector<Row> product = {
      {"title", col::product_title},
      {"description", col::product_description},
      {"spec_name", col::product_specifications},
      {"min_order_quantity", col::product_min_order_quantity},
      {"min_order_unit", col::product_min_order_unit},
      {"price_min", col::product_price_min},
      {"price_max", col::product_price_max},
      {"currency", col::product_currency},
      {"photo", col::image}};
  static const std::vector<Row> offer = {
      {"kind", col::offer_kind},       {"title", col::offer_title},
      {"description", col::offer_description}, {"quantity", col::offer_quantity},
      {"unit", col::offer_unit},       {"target_price", col::offer_target_price},
      {"currency", col::offer_currency}};
  static const std::vector<Row> profile = {{"public_name", col::member_public_name},
                                           {"public_title", col::member_public_title}};
  const std::vector<Row>* rows = &company;
  if (form == PublicForm::product) rows = &product;
  if (form == PublicForm::offer) rows = &offer;
  if (form == PublicForm::profile) rows = &profile;
  Fields shown{guard, version};
  std::vector<std::string> fields;
  for (auto& [field, column] : *rows)
    if (shown(column)) fields.emplace_back(field);
  return fields;
}

}  // namespace hanse::market
