// What the product, offer and listings pages share (web/listing_helpers.cpp):
// the member's company, the rights check for changing a listing, and the
// category, currency and price pieces of their forms and pages.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "market/listing_rights.h"
#include "market/membership.h"
#include "market/product_store.h"
#include "market/public_view.h"
#include "web/handler.h"
#include "web/ids.h"

namespace hanse::web {

// The signed-in member's company, or the page to send instead: a page
// saying a company is needed (linking /company/new), with `status`. The
// member must be loaded already.
OrResponse<market::Membership> require_company(App& app, const Request& request, Page& page, int status = 200);

// The listing (product or offer) at the path's {id} when the signed-in
// member may change it, by the rule of market/listing_rights.h; otherwise
// the response to send instead: the sign-in redirect, 404 (bad id, no such
// listing) or 403 with the rule's reason.
// check(conn, actor, id) -> Result<Listing> (market::editable_product, ...).
template <class Listing, class Check>
OrResponse<Listing> editable_listing(App& app, const Request& request, Page& page, Check&& check) {
  HANSE_TRY_PAGE(const SignedInMember* me, page.require_member());
  auto ref = parse_path_ref(request.param("id"));
  if (!ref || !ref->slug.empty()) return refuse(error_page(app, 404, &request));
  const std::int64_t actor = me->member.id;
  auto found = app.db->read([&](db::Connection& conn) -> Result<Listing> { return check(conn, actor, ref->id); });
  if (!found && found.error().kind == ErrorKind::not_found) return refuse(error_page(app, 404, &request));
  return or_error_page(app, request, std::move(found));
}

// Whether the signed-in member (if any) belongs to company_id.
Result<bool> member_of_company(App& app, const Page& page, std::int64_t company_id);

// The policy version deciding what is public for company_id's listings
// (the company's pinned version; the version in force if not found).
int company_policy_version(App& app, std::int64_t company_id);

// The category <select>: INDUSTRY sections (NAME) each with CATEGORY (ID,
// NAME, SELECTED).
void fill_category_options(App& app, Dict& dict, std::string_view selected);
// CURRENCY sections (CODE, SELECTED).
void fill_currency_options(Dict& dict, std::string_view selected);
// CATEGORY_PATH: INDUSTRY_ID, INDUSTRY_NAME, SUB_SLUG, SUB_NAME.
void fill_category_path(App& app, Dict& dict, std::string_view category_id);
// "Valves" for "industrial-machinery/valves".
std::string category_name(App& app, std::string_view category_id);

// Adds one PARAGRAPH section (TEXT) per blank-line separated paragraph.
void fill_paragraphs(Dict& dict, const std::string& section, std::string_view text);

// A COMPANY section (NAME, PATH) when the company's name is public.
void fill_company_link(Dict& dict, const market::PublicCompanyLink& company);

// "12.50 – 18.00 EUR", "from 12.50 EUR", "" when no price.
std::string price_range(const std::optional<std::int64_t>& min,
                        const std::optional<std::int64_t>& max, const std::string& currency);

}  // namespace hanse::web
