#include "web/listing_card.h"

#include "core/words.h"
#include "market/thumbnails.h"
#include "web/listing_helpers.h"

namespace hanse::web {
namespace {

const char* kind_label(const Card& card) {
  switch (card.kind) {
    case market::ListingKind::company: return "Company";
    case market::ListingKind::product: return "Product";
    case market::ListingKind::offer:
      return card.details.offer_kind == "buy"    ? "Buy offer"
             : card.details.offer_kind == "sell" ? "Sell offer"
                                                 : "Offer";
  }
  return "";
}

void add_segments(Dict& parent, const char* section, const std::vector<market::TextSegment>& segments) {
  for (const auto& s : segments) {
    auto* part = parent.AddSectionDictionary(section);
    part->SetValue("TEXT", s.text);
    part->ShowSection(s.highlighted ? "MARK" : "PLAIN");
  }
}

void add_fact(Dict& card, const char* name, const std::string& value) {
  if (value.empty()) return;
  auto* fact = card.AddSectionDictionary("FACT");
  fact->SetValue("NAME", name);
  fact->SetValue("VALUE", value);
}

}  // namespace

Card card_of_product(const market::PublicProduct& product) {
  Card card;
  card.kind = market::ListingKind::product;
  card.href = product.path;
  card.title = {{product.title, false}};
  card.company_name = product.company.name;
  card.company_href = product.company.path;
  auto& d = card.details;
  if (!product.photo_upload_ids.empty()) d.image_upload_id = product.photo_upload_ids.front();
  d.min_order_quantity = product.min_order_quantity;
  d.min_order_unit = product.min_order_unit;
  d.price_min_cents = product.price_min_cents;
  d.price_max_cents = product.price_max_cents;
  d.currency = product.currency;
  return card;
}

market::CardDetails public_details(App& app, const std::map<market::CardKey, market::CardDetails>& details,
                                   market::CardKey key, int policy_version) {
  auto found = details.find(key);
  if (found == details.end()) return {};
  return market::public_card(found->second, key.kind, *app.guard, policy_version);
}

void add_card(Dict& parent, const char* section, const Card& card, std::int64_t now) {
  Dict* include = parent.AddSectionDictionary(section)->AddIncludeDictionary("CARD");
  include->SetFilename("card.tpl");
  Dict& d = *include;
  const auto& details = card.details;
  d.SetValue("KIND", kind_label(card));
  d.SetValue("KIND_CLASS", market::to_string(card.kind));
  d.SetValue("HREF", card.href);
  add_segments(d, "TITLE_PART", card.title);
  if (!card.snippet.empty()) add_segments(*d.AddSectionDictionary("SNIPPET"), "SNIPPET_PART", card.snippet);
  if (details.image_upload_id) {
    using market::ThumbnailSize;
    auto* image = d.AddSectionDictionary("IMAGE");
    image->SetValue("SRC", market::thumbnail_path(*details.image_upload_id, ThumbnailSize::small));
    image->SetValue("SRC_2X", market::thumbnail_path(*details.image_upload_id, ThumbnailSize::large));
    image->SetIntValue("WIDTH", market::thumbnail_width(ThumbnailSize::small));
    image->SetIntValue("HEIGHT", market::thumbnail_height(ThumbnailSize::small));
    image->SetIntValue("WIDTH_2X", market::thumbnail_width(ThumbnailSize::large));
  } else {
    d.ShowSection("NO_IMAGE");
  }
  add_fact(d, "Price", price_range(details.price_min_cents, details.price_max_cents, details.currency));
  if (details.min_order_quantity)
    add_fact(d, "Minimum order", words::quantity(*details.min_order_quantity, details.min_order_unit));
  if (details.quantity) add_fact(d, "Quantity", words::quantity(*details.quantity, details.unit));
  if (details.target_price_cents)
    add_fact(d, "Target price", words::money(*details.target_price_cents) + " " + details.currency);
  if (card.kind == market::ListingKind::offer && details.expires_at)
    add_fact(d, "Ends", words::days_left(*details.expires_at, now));
  if (card.company_name) {
    auto* company = d.AddSectionDictionary("COMPANY");
    company->SetValue("NAME", *card.company_name);
    company->SetValue("HREF", card.company_href);
  }
  if (!card.country.empty()) d.AddSectionDictionary("COUNTRY")->SetValue("CODE", card.country);
}

}  // namespace hanse::web
