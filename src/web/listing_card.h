// One listing card (templates/card.tpl, issue 12), the same wherever
// listings appear: search, category pages, catalogues, the company page and
// the home page. A card shows the first photo's thumbnail (or a neutral
// placeholder drawn in CSS), the title, and for a product its price range
// and minimum order, for an offer buy or sell, quantity, target price and
// days left, then the company and its country.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "core/paths.h"
#include "market/highlight.h"
#include "market/listing_cards.h"
#include "market/public_card.h"
#include "market/public_view.h"
#include "web/handler.h"

namespace hanse::web {

struct Card {
  market::ListingKind kind = market::ListingKind::product;
  std::string href;
  std::vector<market::TextSegment> title;    // one plain segment unless highlighted
  std::vector<market::TextSegment> snippet;  // search only
  std::optional<std::string> company_name;   // shown when public
  std::string company_href;
  std::string country;                       // "" when not public
  market::CardDetails details;               // public_card's: only what may be shown
};

// A card from a search or directory hit (market::SearchHit,
// market::CategoryListing): its public title, company and country.
template <class Hit>
Card card_of_hit(const Hit& hit, const market::PublicHitFields& shown, std::string href) {
  Card card;
  card.kind = hit.kind;
  card.href = std::move(href);
  card.title = {{hit.title, false}};
  if (hit.kind != market::ListingKind::company && shown.company_name) {
    card.company_name = hit.company_name;
    card.company_href = paths::company(hit.company_id, hit.company_slug);
  }
  if (shown.country) card.country = hit.country;
  return card;
}

// A product's card from its public view (catalogues).
Card card_of_product(const market::PublicProduct& product);

// The public details of `key` from `details` (card_details' answer), or
// none when it is not there.
market::CardDetails public_details(App& app, const std::map<market::CardKey, market::CardDetails>& details,
                                   market::CardKey key, int policy_version);

// The card's HTML (templates/card.tpl); `now` decides the days left of
// offers. Taken from app.card_cache when the same card (every value it
// shows, web/card_cache.h) was rendered before, and kept there otherwise;
// search cards (highlighted words, snippets) vary with the query and are
// rendered each time.
std::string render_card(App& app, const Card& card, std::int64_t now);

// Adds a `section` dictionary to `parent` holding the card's HTML as CARD,
// which the page's template prints as it is ({{CARD:none}}).
void add_card(App& app, Dict& parent, const char* section, const Card& card, std::int64_t now);

}  // namespace hanse::web
