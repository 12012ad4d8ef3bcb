#include "web/listing_card.h"

#include <string_view>

#include "core/words.h"
#include "market/thumbnails.h"
#include "web/app.h"
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

// What card.tpl receives, computed from a card: the key of the card cache
// is made of exactly these values, so equal keys render equal HTML.
struct Fact {
  const char* name;
  std::string value;
};

struct CardView {
  const Card& card;  // kind, href, title, snippet, company, country
  const char* kind_label = "";
  std::optional<std::int64_t> image_upload_id;
  std::vector<Fact> facts;
};

CardView view_of(const Card& card, std::int64_t now) {
  CardView view{card, kind_label(card), card.details.image_upload_id, {}};
  const auto& details = card.details;
  auto add_fact = [&](const char* name, std::string value) {
    if (!value.empty()) view.facts.push_back({name, std::move(value)});
  };
  add_fact("Price", price_range(details.price_min_cents, details.price_max_cents, details.currency));
  if (details.min_order_quantity)
    add_fact("Minimum order", words::quantity(*details.min_order_quantity, details.min_order_unit));
  if (details.quantity) add_fact("Quantity", words::quantity(*details.quantity, details.unit));
  if (details.target_price_cents)
    add_fact("Target price", words::money(*details.target_price_cents) + " " + details.currency);
  if (card.kind == market::ListingKind::offer && details.expires_at)
    add_fact("Ends", words::days_left(*details.expires_at, now));
  return view;
}

// Search cards vary with the query: not worth keeping.
bool cacheable(const Card& card) {
  if (!card.snippet.empty()) return false;
  for (const auto& s : card.title)
    if (s.highlighted) return false;
  return true;
}

// Each value with its length first, so that no two views share a key.
void put(std::string& key, std::string_view value) {
  key += std::to_string(value.size());
  key += ':';
  key += value;
}

std::string key_of(const CardView& view) {
  const Card& card = view.card;
  std::string key;
  key.reserve(256);
  put(key, market::to_string(card.kind));
  put(key, card.href);
  put(key, view.kind_label);
  for (const auto& s : card.title) put(key, s.text);
  key += '|';
  put(key, view.image_upload_id ? std::to_string(*view.image_upload_id) : "-");
  for (const auto& fact : view.facts) {
    put(key, fact.name);
    put(key, fact.value);
  }
  key += '|';
  put(key, card.company_name ? "+" + *card.company_name : "-");
  put(key, card.company_href);
  put(key, card.country);
  return key;
}

void add_segments(Dict& parent, const char* section, const std::vector<market::TextSegment>& segments) {
  for (const auto& s : segments) {
    auto* part = parent.AddSectionDictionary(section);
    part->SetValue("TEXT", s.text);
    part->ShowSection(s.highlighted ? "MARK" : "PLAIN");
  }
}

void fill_card(Dict& d, const CardView& view) {
  const Card& card = view.card;
  d.SetValue("KIND", view.kind_label);
  d.SetValue("KIND_CLASS", market::to_string(card.kind));
  d.SetValue("HREF", card.href);
  add_segments(d, "TITLE_PART", card.title);
  if (!card.snippet.empty()) add_segments(*d.AddSectionDictionary("SNIPPET"), "SNIPPET_PART", card.snippet);
  if (view.image_upload_id) {
    using market::ThumbnailSize;
    auto* image = d.AddSectionDictionary("IMAGE");
    image->SetValue("SRC", market::thumbnail_path(*view.image_upload_id, ThumbnailSize::small));
    image->SetValue("SRC_2X", market::thumbnail_path(*view.image_upload_id, ThumbnailSize::large));
    image->SetIntValue("WIDTH", market::thumbnail_width(ThumbnailSize::small));
    image->SetIntValue("HEIGHT", market::thumbnail_height(ThumbnailSize::small));
    image->SetIntValue("WIDTH_2X", market::thumbnail_width(ThumbnailSize::large));
  } else {
    d.ShowSection("NO_IMAGE");
  }
  if (!view.facts.empty()) d.ShowSection("FACTS");
  for (const auto& fact : view.facts) {
    auto* row = d.AddSectionDictionary("FACT");
    row->SetValue("NAME", fact.name);
    row->SetValue("VALUE", fact.value);
  }
  if (card.company_name) {
    auto* company = d.AddSectionDictionary("COMPANY");
    company->SetValue("NAME", *card.company_name);
    company->SetValue("HREF", card.company_href);
  }
  if (!card.country.empty()) d.AddSectionDictionary("COUNTRY")->SetValue("CODE", card.country);
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

std::string render_card(App& app, const Card& card, std::int64_t now) {
  const CardView view = view_of(card, now);
  CardCache* cache = cacheable(card) ? app.card_cache.get() : nullptr;
  std::string key;
  if (cache) {
    key = key_of(view);
    if (auto html = cache->find(key)) return std::move(*html);
  }
  Dict dict("card");
  fill_card(dict, view);
  std::string html = app.views->fragment("card", dict);
  if (cache) cache->store(key, html);
  return html;
}

void add_card(App& app, Dict& parent, const char* section, const Card& card, std::int64_t now) {
  parent.AddSectionDictionary(section)->SetValue("CARD", render_card(app, card, now));
}

}  // namespace hanse::web
