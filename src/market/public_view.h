// P-12: what everybody may see of a company, product, offer and member. A
// view holds only the fields that privacy::Guard::is_public allows for the
// policy version the record was collected under (a company's pinned
// version for the company and its listings, the member's record's version
// for a member); every public page, preview and list renders from these
// views, and the columns behind each field are named here and nowhere else.
//
// A view is the same for every viewer: a member's preview of their own
// page equals a visitor's. What a viewer may see beyond that (an expired
// offer of their own company) is decided by listing_rights.h.
#pragma once

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "market/company.h"
#include "market/listing_index.h"
#include "market/offer_store.h"
#include "market/product_store.h"
#include "privacy/guard.h"

namespace hanse::market {

// The name of a listing's company with the link to its page.
struct PublicCompanyLink {
  std::int64_t id = 0;
  std::string path;
  std::optional<std::string> name;  // nullopt when the name is not public
};
PublicCompanyLink public_company_link(const ListingCompany& company, const privacy::Guard& guard);
PublicCompanyLink public_company_link(const Company& company, const privacy::Guard& guard);

// A company profile (M-1). Text fields are "" when not public.
struct PublicCompany {
  std::int64_t id = 0;
  std::string path;
  std::optional<std::string> name;  // nullopt when the name is not public
  std::string address, country, description, website;
  std::optional<std::int64_t> year_founded;
  std::optional<std::int64_t> logo_upload_id;  // nullopt when images are not public
  std::vector<std::string> industries;         // directory category ids: not personal
};
PublicCompany public_company(const Company& company, const privacy::Guard& guard);

// A product (M-3), of the company `company`. Text fields are "" and
// numbers nullopt when not public; the price is shown whole or not at all.
struct PublicProduct {
  std::int64_t id = 0;
  std::string path;
  std::string title;  // the title, or "Product ID" when the title is not public
  std::string category_id;  // not personal
  std::string description;
  std::vector<Specification> specifications;
  std::optional<std::int64_t> min_order_quantity;
  std::string min_order_unit;  // "" unless the quantity is shown too
  std::optional<std::int64_t> price_min_cents, price_max_cents;
  std::string currency;  // "" when the price is not public
  std::vector<std::int64_t> photo_upload_ids;  // empty when images are not public
  PublicCompanyLink company;
};
PublicProduct public_product(const Product& product, const ListingCompany& company,
                             const privacy::Guard& guard);

// An offer (M-4), of the company `company`. Its state (expiry,
// withdrawal) is not personal and always shown.
struct PublicOffer {
  std::int64_t id = 0;
  std::string path;
  std::string title;  // the title, or "Offer ID" when the title is not public
  std::optional<std::string> kind;  // "buy" or "sell"; nullopt when not public
  std::string category_id;  // not personal
  std::string description;
  std::optional<std::int64_t> quantity;
  std::string unit;  // "" unless the quantity is shown too
  std::optional<std::int64_t> target_price_cents;
  std::string currency;  // "" when the price is not public
  std::int64_t expires_at = 0;
  bool withdrawn = false;
  PublicCompanyLink company;
};
PublicOffer public_offer(const Offer& offer, const ListingCompany& company, const privacy::Guard& guard);

// A member as shown with their company and on their profile page (P-12):
// only what they chose to publish and the policy makes public.
struct PublicPerson {
  std::int64_t member_id = 0;
  std::string path;
  std::optional<std::string> name;  // nullopt when none is chosen or it is not public
  std::string title;                // "" when none is chosen or it is not public
};
PublicPerson public_person(const CompanyPerson& person, const privacy::Guard& guard);
PublicPerson public_person(const PublicProfile& profile, const privacy::Guard& guard);

// Which parts of a search or directory hit (title, body snippet, company
// name, country, and for offers buy or sell) may be shown, for a listing of
// `kind` whose company has policy version `version`.
struct PublicHitFields {
  bool title = false, body = false, company_name = false, country = false;
  bool offer_kind = false;  // false for companies and products
};
PublicHitFields public_hit_fields(const privacy::Guard& guard, int version, ListingKind kind);

// The forms whose fields end up on public pages.
enum class PublicForm { company, product, offer, profile };

// The names of the form's fields (as in the HTML form) whose values
// everybody will see under policy `version`, so that the form marks them
// (P-12) by the same decision the pages use.
std::vector<std::string> public_form_fields(const privacy::Guard& guard, int version, PublicForm form);

}  // namespace hanse::market
