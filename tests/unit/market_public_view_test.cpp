// P-12: the public views of companies, products, offers and members hold
// exactly the fields the record's policy version makes public (decided by
// privacy::Guard::is_public), and the forms mark the same fields.
#include <gtest/gtest.h>

#include <algorithm>

#include "market/public_view.h"
#include "market_fixture.h"
#include "privacy/taxonomy.h"

namespace hanse::market {
namespace {

using testing::source_dir;

// A book whose one version publishes only `categories`.
std::unique_ptr<privacy::PolicyBook> book_publishing(const std::string& categories) {
  auto taxonomy = privacy::Taxonomy::load((source_dir() / "policy" / "taxonomy").string());
  EXPECT_TRUE(taxonomy) << taxonomy.error().message;
  std::string text = R"(
version = 1
published = "2026-01-01"
effective = "2026-01-01"
summary = "Test policy."

[[clause]]
id = "public-information"
title = "What everybody can see"
opp115 = "First Party Collection/Use"
text = "Some of it is public."
categories = )" + categories + R"(
purposes = ["essential.service"]
recipients = ["public"]
choice = "always"
retention = "until removed"
requirements = ["P-12"]
)";
  auto version = privacy::parse_policy(text, *taxonomy, "v1");
  EXPECT_TRUE(version) << version.error().message;
  auto book = privacy::PolicyBook::from_versions(*taxonomy, {*version});
  EXPECT_TRUE(book) << book.error().message;
  return std::move(*book);
}

Company acme() {
  Company c;
  c.id = 7;
  c.slug = "acme";
  c.name = "Acme";
  c.address = "Am Sandtorkai 1";
  c.country = "DE";
  c.year_founded = 1999;
  c.description = "Valves.";
  c.website = "https://acme.example";
  c.logo_upload_id = 3;
  c.industries = {"industrial-machinery/valves"};
  return c;
}

const ListingCompany kAcme{7, "Acme", "acme", 1};

Product valve() {
  Product p;
  p.id = 12;
  p.company_id = 7;
  p.fields.title = "Ball valve";
  p.fields.category_id = "industrial-machinery/valves";
  p.fields.description = "Brass.";
  p.fields.specifications = {{"Size", "DN50"}};
  p.fields.min_order_quantity = 100;
  p.fields.min_order_unit = "pieces";
  p.fields.price_min_cents = 1250;
  p.fields.price_max_cents = 1800;
  p.photo_upload_ids = {4, 5};
  return p;
}

Offer wire() {
  Offer o;
  o.id = 21;
  o.company_id = 7;
  o.fields.kind = "buy";
  o.fields.title = "Copper wire";
  o.fields.description = "Bare.";
  o.fields.quantity = 20;
  o.fields.unit = "tonnes";
  o.fields.target_price_cents = 780000;
  o.expires_at = 1'900'000'000;
  return o;
}

class PublicViewTest : public ::testing::Test {
 protected:
  Clock m_clock;
  privacy::Guard m_everything{testing::repository_policy(), m_clock};
  std::unique_ptr<privacy::PolicyBook> m_org_book = book_publishing(R"(["user.contact.organization"])");
  privacy::Guard m_organisations_only{*m_org_book, m_clock};
};

TEST_F(PublicViewTest, P12_policy_v1_shows_the_whole_public_record) {
  auto c = public_company(acme(), m_everything);
  EXPECT_EQ(c.name, "Acme");
  EXPECT_EQ(c.path, "/company/7-acme");
  EXPECT_EQ(c.address, "Am Sandtorkai 1");
  EXPECT_EQ(c.description, "Valves.");
  EXPECT_EQ(c.website, "https://acme.example");
  EXPECT_EQ(c.year_founded, 1999);
  EXPECT_EQ(c.logo_upload_id, 3);

  auto p = public_product(valve(), kAcme, m_everything);
  EXPECT_EQ(p.title, "Ball valve");
  EXPECT_EQ(p.path, "/product/12-ball-valve");
  EXPECT_EQ(p.description, "Brass.");
  EXPECT_EQ(p.specifications.size(), 1u);
  EXPECT_EQ(p.min_order_unit, "pieces");
  EXPECT_EQ(p.price_max_cents, 1800);
  EXPECT_EQ(p.currency, "EUR");
  EXPECT_EQ(p.photo_upload_ids, (std::vector<std::int64_t>{4, 5}));
  EXPECT_EQ(p.company.name, "Acme");

  auto o = public_offer(wire(), kAcme, m_everything);
  EXPECT_EQ(o.title, "Copper wire");
  EXPECT_EQ(o.kind, "buy");
  EXPECT_EQ(o.quantity, 20);
  EXPECT_EQ(o.unit, "tonnes");
  EXPECT_EQ(o.target_price_cents, 780000);
  EXPECT_EQ(o.company.path, "/company/7-acme");
}

TEST_F(PublicViewTest, P12_fields_the_version_does_not_publish_are_left_out) {
  // Only organisation contact data (company name, address, country, year)
  // is public under this policy: no content, no images, no web address.
  auto c = public_company(acme(), m_organisations_only);
  EXPECT_EQ(c.name, "Acme");
  EXPECT_EQ(c.address, "Am Sandtorkai 1");
  EXPECT_EQ(c.description, "");
  EXPECT_EQ(c.website, "");
  EXPECT_FALSE(c.logo_upload_id);
  EXPECT_EQ(c.industries.size(), 1u) << "categories are not personal";

  auto p = public_product(valve(), kAcme, m_organisations_only);
  EXPECT_EQ(p.title, "Product 12");
  EXPECT_EQ(p.description, "");
  EXPECT_TRUE(p.specifications.empty());
  EXPECT_FALSE(p.min_order_quantity);
  EXPECT_EQ(p.min_order_unit, "");
  EXPECT_FALSE(p.price_min_cents);
  EXPECT_EQ(p.currency, "");
  EXPECT_TRUE(p.photo_upload_ids.empty());
  EXPECT_EQ(p.company.name, "Acme");

  auto o = public_offer(wire(), kAcme, m_organisations_only);
  EXPECT_EQ(o.title, "Offer 21");
  EXPECT_FALSE(o.kind);
  EXPECT_FALSE(o.quantity);
  EXPECT_EQ(o.unit, "");
  EXPECT_FALSE(o.target_price_cents);
  EXPECT_EQ(o.expires_at, 1'900'000'000) << "the offer's state is not personal";
}

TEST_F(PublicViewTest, P12_the_version_is_the_records_own) {
  // Version 2 does not exist in this book: nothing of a record pinned to it
  // is shown (the guard fails closed).
  auto company = acme();
  company.policy_version = 2;
  EXPECT_FALSE(public_company(company, m_organisations_only).name);
  ListingCompany pinned = kAcme;
  pinned.policy_version = 2;
  EXPECT_FALSE(public_product(valve(), pinned, m_everything).company.name);
  EXPECT_EQ(public_product(valve(), pinned, m_everything).title, "Product 12");
}

TEST_F(PublicViewTest, P12_members_show_only_what_they_chose_and_the_policy_publishes) {
  CompanyPerson named{5, true, "Anna", "Export manager", 1};
  auto shown = public_person(named, m_everything);
  EXPECT_EQ(shown.name, "Anna");
  EXPECT_EQ(shown.title, "Export manager");
  EXPECT_EQ(shown.path, "/member/5");
  EXPECT_FALSE(public_person(CompanyPerson{6, false, "", "Buyer", 1}, m_everything).name);
  auto hidden = public_person(PublicProfile{5, "Anna", "Export manager", 1, 7}, m_organisations_only);
  EXPECT_FALSE(hidden.name);
  EXPECT_EQ(hidden.title, "");
}

TEST_F(PublicViewTest, P12_hits_and_forms_follow_the_same_decision) {
  auto product_hit = public_hit_fields(m_organisations_only, 1, ListingKind::product);
  EXPECT_FALSE(product_hit.title);
  EXPECT_FALSE(product_hit.body);
  EXPECT_TRUE(product_hit.company_name);
  EXPECT_TRUE(product_hit.country);
  auto company_hit = public_hit_fields(m_organisations_only, 1, ListingKind::company);
  EXPECT_TRUE(company_hit.title);
  EXPECT_FALSE(company_hit.body);
  EXPECT_FALSE(public_hit_fields(m_organisations_only, 1, ListingKind::offer).offer_kind);
  auto all = public_hit_fields(m_everything, 1, ListingKind::offer);
  EXPECT_TRUE(all.title && all.body && all.company_name && all.country && all.offer_kind);
  EXPECT_FALSE(public_hit_fields(m_everything, 1, ListingKind::product).offer_kind);

  auto has = [](const std::vector<std::string>& v, const char* f) { return std::ranges::count(v, f) == 1; };
  auto company_form = public_form_fields(m_organisations_only, 1, PublicForm::company);
  EXPECT_TRUE(has(company_form, "name"));
  EXPECT_TRUE(has(company_form, "address"));
  EXPECT_FALSE(has(company_form, "description"));
  EXPECT_FALSE(has(company_form, "logo"));
  EXPECT_TRUE(public_form_fields(m_organisations_only, 1, PublicForm::product).empty());
  EXPECT_EQ(public_form_fields(m_everything, 1, PublicForm::offer).size(), 7u);
  EXPECT_EQ(public_form_fields(m_everything, 1, PublicForm::profile),
            (std::vector<std::string>{"public_name", "public_title"}));
  EXPECT_EQ(public_form_fields(m_everything, 1, PublicForm::product).size(), 9u);
}

}  // namespace
}  // namespace hanse::market
