// Storage of companies and their memberships (M-1, M-2). Reads here select
// only columns the policy publishes (P-12) or non-personal ones.
#include <algorithm>

#include "audit/audit_log.h"
#include "core/paths.h"
#include "core/slug.h"
#include "market/company.h"
#include "market/listing_cards.h"
#include "market/listing_index.h"
#include "market/membership.h"
#include "market/upload_store.h"

namespace hanse::market {
namespace {

using db::Value;

Value optional_year(const std::string& year) {
  if (year.empty()) return std::monostate{};
  return static_cast<std::int64_t>(std::stoll(year));
}

Value optional_id(std::optional<std::int64_t> id) {
  if (!id) return std::monostate{};
  return *id;
}

Status append_audit(db::Connection& conn, std::int64_t at, std::int64_t member_id,
                    const char* action, nlohmann::json details) {
  return audit::AuditLog{}.append(conn, audit::member_event(at, member_id, action, std::move(details)));
}

Status store_industries(db::Connection& conn, std::int64_t company_id,
                        const std::vector<std::string>& industries) {
  const Value id[] = {company_id};
  HANSE_TRY_STATUS(conn.execute("DELETE FROM company_industries WHERE company_id = $1", id));
  for (auto& category : industries) {
    const Value params[] = {company_id, category};
    HANSE_TRY_STATUS(conn.execute(
        "INSERT INTO company_industries (company_id, category_id) VALUES ($1, $2)", params));
  }
  return {};
}

Result<Membership> require_membership(db::Connection& conn, std::int64_t member_id,
                                      std::int64_t company_id) {
  HANSE_TRY(auto membership, membership_of(conn, member_id));
  if (!membership || membership->company_id != company_id)
    return fail(ErrorKind::forbidden, "Only members of this company may change it.");
  return *membership;
}

}  // namespace

Result<std::int64_t> create_company(db::Connection& conn, std::int64_t member_id,
                                    const CompanyChange& change, std::int64_t now) {
  HANSE_TRY(auto existing, membership_of(conn, member_id));
  if (existing)
    return fail(ErrorKind::conflict,
                "You already belong to a company. A person can belong to one company only.");
  const Value member[] = {member_id};
  HANSE_TRY(auto pinned, conn.query_one("SELECT policy_version FROM members WHERE id = $1", member));
  std::optional<std::int64_t> logo;
  if (change.logo) {
    HANSE_TRY(auto stored, store_upload(conn, member_id, *change.logo, now));
    logo = stored;
  }
  auto& in = change.input;
  const Value params[] = {slugify(in.name), in.name, in.address, in.country,
                          optional_year(in.year_founded), in.description, in.website,
                          optional_id(logo), pinned.integer(0), now};
  HANSE_TRY(auto row, conn.query_one(
      "INSERT INTO companies (slug, name, address, country, year_founded, description, website,"
      " logo_upload_id, policy_version, created_at, updated_at)"
      " VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $10) RETURNING id", params));
  auto id = row.integer(0);
  HANSE_TRY_STATUS(store_industries(conn, id, in.industries));
  const Value owner[] = {member_id, id, now};
  HANSE_TRY_STATUS(conn.execute(
      "INSERT INTO company_members (member_id, company_id, role, joined_at) VALUES ($1, $2, 'owner', $3)",
      owner));
  HANSE_TRY_STATUS(index_listing(conn, ListingKind::company, id));
  HANSE_TRY_STATUS(append_audit(conn, now, member_id, "company.created", {{"company_id", id}}));
  return id;
}

Status update_company(db::Connection& conn, std::int64_t company_id, std::int64_t member_id,
                      const CompanyChange& change, std::int64_t now) {
  HANSE_TRY_STATUS(require_membership(conn, member_id, company_id));
  HANSE_TRY(auto current, load_company(conn, company_id));
  if (!current) return fail(ErrorKind::not_found, "There is no such company.");
  auto logo = current->logo_upload_id;
  if (change.logo) {
    HANSE_TRY(auto stored, store_upload(conn, member_id, *change.logo, now));
    logo = stored;
  } else if (change.remove_logo) {
    logo.reset();
  }
  auto& in = change.input;
  const Value params[] = {company_id, slugify(in.name), in.name, in.address, in.country,
                          optional_year(in.year_founded), in.description, in.website,
                          optional_id(logo), now};
  HANSE_TRY_STATUS(conn.execute(
      "UPDATE companies SET slug = $2, name = $3, address = $4, country = $5, year_founded = $6,"
      " description = $7, website = $8, logo_upload_id = $9, updated_at = $10 WHERE id = $1",
      params));
  if (current->logo_upload_id && current->logo_upload_id != logo)
    HANSE_TRY_STATUS(delete_upload(conn, *current->logo_upload_id));
  HANSE_TRY_STATUS(store_industries(conn, company_id, in.industries));
  HANSE_TRY_STATUS(index_listing(conn, ListingKind::company, company_id));
  return append_audit(conn, now, member_id, "company.updated", {{"company_id", company_id}});
}

Status delete_company(db::Connection& conn, std::int64_t company_id, std::int64_t member_id,
                      std::int64_t now) {
  HANSE_TRY(auto membership, require_membership(conn, member_id, company_id));
  if (!membership.owner) return fail(ErrorKind::forbidden, "Only the company's owner may delete it.");
  HANSE_TRY_STATUS(unindex_company(conn, company_id));
  const Value id[] = {company_id};
  // The images go with the company: its logo and its products' photos.
  HANSE_TRY(auto images, conn.query(
      "SELECT logo_upload_id FROM companies WHERE id = $1 AND logo_upload_id IS NOT NULL"
      " UNION SELECT pp.upload_id FROM product_photos pp JOIN products p ON p.id = pp.product_id"
      " WHERE p.company_id = $1", id));
  HANSE_TRY_STATUS(conn.execute("DELETE FROM companies WHERE id = $1", id));
  for (auto& image : images) HANSE_TRY_STATUS(delete_upload(conn, image.integer(0)));
  return append_audit(conn, now, member_id, "company.deleted", {{"company_id", company_id}});
}

Result<std::optional<Company>> load_company(db::Connection& conn, std::int64_t company_id) {
  const Value id[] = {company_id};
  // One statement: the industries come aggregated (category ids never hold
  // a comma: they are validated against the category tree) and are sorted
  // here, as neither aggregate promises an order.
  HANSE_TRY(auto row, conn.query_optional(
      conn.backend() == db::Backend::sqlite
          ? "SELECT id, slug, name, address, country, year_founded, description, website,"
            " logo_upload_id, policy_version,"
            " (SELECT group_concat(category_id, ',') FROM company_industries WHERE company_id = $1)"
            " FROM companies WHERE id = $1"
          : "SELECT id, slug, name, address, country, year_founded, description, website,"
            " logo_upload_id, policy_version,"
            " (SELECT string_agg(category_id, ',') FROM company_industries WHERE company_id = $1)"
            " FROM companies WHERE id = $1",
      id));
  if (!row) return std::optional<Company>{};
  Company c;
  c.id = row->integer(0);
  c.slug = row->text(1);
  c.name = row->text(2);
  c.address = row->text(3);
  c.country = row->text(4);
  c.year_founded = row->optional_integer(5);
  c.description = row->text(6);
  c.website = row->text(7);
  c.logo_upload_id = row->optional_integer(8);
  c.policy_version = static_cast<int>(row->integer(9));
  const std::string industries = row->text(10);
  for (std::size_t start = 0; start < industries.size();) {
    auto end = industries.find(',', start);
    if (end == std::string::npos) end = industries.size();
    c.industries.push_back(industries.substr(start, end - start));
    start = end + 1;
  }
  std::sort(c.industries.begin(), c.industries.end());
  return std::optional<Company>{std::move(c)};
}

Result<std::vector<CompanyPerson>> company_people(db::Connection& conn, std::int64_t company_id) {
  const Value id[] = {company_id};
  HANSE_TRY(auto rows, conn.query(
      "SELECT cm.member_id, cm.role, m.public_name, m.public_title, m.policy_version"
      " FROM company_members cm JOIN members m ON m.id = cm.member_id"
      " WHERE cm.company_id = $1 ORDER BY cm.role = 'owner' DESC, cm.member_id", id));
  std::vector<CompanyPerson> people;
  for (auto& r : rows)
    people.push_back({r.integer(0), r.text(1) == "owner", r.text(2), r.text(3),
                      static_cast<int>(r.integer(4))});
  return people;
}

Result<std::vector<ListingLink>> latest_products(db::Connection& conn, std::int64_t company_id,
                                                 int limit, std::map<CardKey, CardDetails>* details) {
  static const std::string sql = "SELECT p.id, p.title, " + card_columns(ListingKind::product) +
                                 " FROM products p WHERE p.company_id = $1 ORDER BY p.id DESC LIMIT $2";
  const Value params[] = {company_id, static_cast<std::int64_t>(limit)};
  HANSE_TRY(auto rows, conn.query(sql, params));
  std::vector<ListingLink> links;
  for (auto& r : rows) {
    auto id = r.integer(0);
    links.push_back({id, r.text(1), paths::product(id, r.text(1))});
    if (details) (*details)[{ListingKind::product, id}] = card_details_of_row(ListingKind::product, r, 2);
  }
  return links;
}

Result<std::vector<ListingLink>> active_offers(db::Connection& conn, std::int64_t company_id,
                                               std::int64_t now, int limit,
                                               std::map<CardKey, CardDetails>* details) {
  static const std::string sql = "SELECT id, title, " + card_columns(ListingKind::offer) +
                                 " FROM offers WHERE company_id = $1 AND expires_at > $2"
                                 " AND withdrawn_at IS NULL ORDER BY id DESC LIMIT $3";
  const Value params[] = {company_id, now, static_cast<std::int64_t>(limit)};
  HANSE_TRY(auto rows, conn.query(sql, params));
  std::vector<ListingLink> links;
  for (auto& r : rows) {
    auto id = r.integer(0);
    links.push_back({id, r.text(1), paths::offer(id, r.text(1))});
    if (details) (*details)[{ListingKind::offer, id}] = card_details_of_row(ListingKind::offer, r, 2);
  }
  return links;
}

Status remove_company_member(db::Connection& conn, std::int64_t company_id,
                             std::int64_t by_member, std::int64_t member_id, std::int64_t now) {
  HANSE_TRY(auto membership, require_membership(conn, by_member, company_id));
  if (!membership.owner) return fail(ErrorKind::forbidden, "Only the company's owner may remove members.");
  if (member_id == by_member)
    return fail(ErrorKind::invalid_input, "The owner cannot be removed from the company.");
  const Value params[] = {member_id, company_id};
  HANSE_TRY(auto removed, conn.execute(
      "DELETE FROM company_members WHERE member_id = $1 AND company_id = $2 AND role = 'member'",
      params));
  if (removed != 1) return fail(ErrorKind::not_found, "That person is not a member of this company.");
  return append_audit(conn, now, by_member, "company.member_removed",
                      {{"company_id", company_id}, {"member_id", member_id}});
}

}  // namespace hanse::market
