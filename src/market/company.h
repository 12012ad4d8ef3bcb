// Companies and their members (SPEC M-1, M-2): the company profile, who
// belongs to it, and the pieces of it that the public company page shows
// (P-12). Every change keeps the search index in step (listing_index.h) in
// the same transaction, and is written to the audit log (codes only).
//
// All functions take the caller's connection; the ones that change several
// rows must run inside Database::transaction so that they apply fully or
// not at all.
#pragma once

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/paths.h"
#include "core/result.h"
#include "db/database.h"
#include "market/categories.h"
#include "market/listing_cards.h"

namespace hanse::market {

// field name -> message for the person filling in the form
using CompanyErrors = std::map<std::string, std::string>;

// At most this many industries per company.
inline constexpr std::size_t kMaxIndustries = 5;

// The company form as typed (values are trimmed by validate_company).
struct CompanyInput {
  std::string name;
  std::string address;
  std::string country;  // ISO 3166-1 alpha-2
  std::vector<std::string> industries;  // category ids
  std::string year_founded;  // "" or a year
  std::string description;
  std::string website;  // "" or an http(s) URL
};

// Trims and checks input against the category tree; `current_year` bounds
// year_founded (1800..current_year). Returns the problems by field; empty
// when the input is acceptable. Industries are de-duplicated in place.
CompanyErrors validate_company(CompanyInput& input, const CategoryTree& categories, int current_year);

// The Gregorian year of a Unix time (UTC).
int year_of(std::int64_t unix_seconds);

struct Company {
  std::int64_t id = 0;
  std::string slug;
  std::string name;
  std::string address;
  std::string country;
  std::optional<std::int64_t> year_founded;
  std::string description;
  std::string website;
  std::optional<std::int64_t> logo_upload_id;
  int policy_version = 1;
  std::vector<std::string> industries;  // category ids, sorted

  std::string path() const { return paths::company(id, slug); }
};

// A validated profile and, optionally, the logo's bytes (checked by
// store_upload; an unacceptable image gives invalid_input and the whole
// change is rolled back by the caller's transaction).
struct CompanyChange {
  CompanyInput input;                     // validated
  std::optional<std::string_view> logo;   // new logo bytes, if one was sent
  bool remove_logo = false;               // drop the current logo (edit only)
};

// Creates the company with member_id as its owner. The company is pinned
// to the policy version of the member's record (members.policy_version).
// Returns the new company's id. Errors: conflict when the member already
// belongs to a company; invalid_input for an unacceptable logo; database
// errors pass on. Run inside a transaction.
Result<std::int64_t> create_company(db::Connection& conn, std::int64_t member_id,
                                    const CompanyChange& change, std::int64_t now);

// Updates company_id's profile (member_id is who does it: a member of the
// company). Errors: forbidden when member_id is not a member of it;
// not_found for an unknown company; invalid_input for an unacceptable logo.
// Run inside a transaction.
Status update_company(db::Connection& conn, std::int64_t company_id, std::int64_t member_id,
                      const CompanyChange& change, std::int64_t now);

// Deletes the company, its products, offers, invitations and memberships
// (by cascade), its logo and product photos, after taking it out of the
// search index. Errors: forbidden unless member_id is its owner. Run
// inside a transaction.
Status delete_company(db::Connection& conn, std::int64_t company_id, std::int64_t member_id,
                      std::int64_t now);

// The company, or nullopt. Errors: database errors.
Result<std::optional<Company>> load_company(db::Connection& conn, std::int64_t company_id);

// A member of a company as the company page and the members page show
// them: only what the member chose to publish (P-12).
struct CompanyPerson {
  std::int64_t member_id = 0;
  bool owner = false;
  std::string public_name;   // "" when the member shows no name
  std::string public_title;
  int policy_version = 1;    // the member's record's version
};

// Everyone in the company, owner first. Errors: database errors.
Result<std::vector<CompanyPerson>> company_people(db::Connection& conn, std::int64_t company_id);

// A product or offer as a link on the company page.
struct ListingLink {
  std::int64_t id = 0;
  std::string title;
  std::string path;  // /product/ID-SLUG or /offer/ID-SLUG
};

// The company's newest products (at most limit); with details, also their
// cards' details, read by the same statement (the company page: one
// statement per kind). Errors: database errors.
Result<std::vector<ListingLink>> latest_products(db::Connection& conn, std::int64_t company_id,
                                                 int limit, std::map<CardKey, CardDetails>* details = nullptr);
// The company's offers that are neither expired nor withdrawn at `now`,
// newest first (at most limit); with details, as latest_products. Errors:
// database errors.
Result<std::vector<ListingLink>> active_offers(db::Connection& conn, std::int64_t company_id,
                                               std::int64_t now, int limit,
                                               std::map<CardKey, CardDetails>* details = nullptr);

// Removes member_id from company_id. Errors: forbidden unless by_member is
// the company's owner; invalid_input when the target is the owner (or the
// owner themself); not_found when the target is not in this company.
Status remove_company_member(db::Connection& conn, std::int64_t company_id,
                             std::int64_t by_member, std::int64_t member_id, std::int64_t now);

// --- invitations (M-2) ----------------------------------------------------

// Invitations stay valid this long.
inline constexpr int kInviteValidDays = 7;
inline constexpr std::int64_t kInviteValidSeconds = kInviteValidDays * 24 * 3600;

// A company sends at most this many invitations in 24 hours (the mail goes
// to addresses nobody has confirmed).
inline constexpr std::int64_t kMaxInvitesPerDay = 50;

// Records an invitation to company_id for `email` (as typed: it is
// normalised here) and returns its single-use token; only the token's hash
// is stored. Errors: forbidden unless by_member owns the company;
// invalid_input (message for the person) when email is not an address;
// too_many_requests beyond kMaxInvitesPerDay. Run inside the transaction
// that queues the invitation mail (market/invitations.h invite_member does
// both).
Result<std::string> create_invite(db::Connection& conn, std::int64_t company_id,
                                  std::int64_t by_member, std::string_view email,
                                  std::int64_t now);

enum class InviteState { live, used, expired };

struct Invite {
  std::int64_t id = 0;
  std::int64_t company_id = 0;
  InviteState state = InviteState::live;
};

// The invitation for a token, whatever its state, or nullopt for an unknown
// token. Errors: database errors.
Result<std::optional<Invite>> find_invite(db::Connection& conn, std::string_view token,
                                          std::int64_t now);

// Accepting an invitation: market/invitations.h accept_invite.

// --- a member's public profile (P-12) -------------------------------------

struct PublicProfile {
  std::int64_t member_id = 0;
  std::string public_name;
  std::string public_title;
  int policy_version = 1;
  std::optional<std::int64_t> company_id;
};

// Longest public name or title, in bytes.
inline constexpr std::size_t kMaxPublicText = 100;

// The member's public profile, or nullopt for an unknown member. Errors:
// database errors.
Result<std::optional<PublicProfile>> load_public_profile(db::Connection& conn,
                                                         std::int64_t member_id);

// Checks and trims a public name and title. Returns problems by field.
CompanyErrors validate_public_profile(std::string& public_name, std::string& public_title);

// Stores the member's public name and title (validated). Errors: database
// errors.
Status save_public_profile(db::Connection& conn, std::int64_t member_id,
                           const std::string& public_name, const std::string& public_title);

}  // namespace hanse::market
