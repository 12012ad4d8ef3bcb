// The offer form and its actions (web/offer_*.cpp).
#pragma once

#include "market/offer_store.h"
#include "web/handler.h"
#include "web/listing_helpers.h"

namespace hanse::web {

market::OfferForm offer_form_from(const market::Offer& offer);

market::OfferForm offer_form_from(const http::Form& posted);

Response render_offer_form(App& app, Page& page, const market::OfferForm& form,
                           const market::ListingErrors& errors, const market::Offer* offer,
                           std::int64_t company_id, int status);

OrResponse<market::Offer> editable_offer(App& app, const Request& request, Page& page);

// Runs change(actor, offer) (a market/listing_actions.h call, which checks
// the actor again in its transaction) for a member of the offer's company,
// then redirects to the offer or, with to_listings, the company's listings.
Response change_offer(App& app, Request& request,
                      const std::function<Status(std::int64_t actor, const market::Offer&)>& change,
                      bool to_listings);

}  // namespace hanse::web
