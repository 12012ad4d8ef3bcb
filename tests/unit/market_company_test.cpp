// Companies, memberships and invitations (M-1, M-2) and the public profile
// (P-12) against a real database, on SQLite and PostgreSQL.
#include <gtest/gtest.h>

#include "accounts/member_store.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "png_fixture.h"
#include "door_fixture.h"
#include "market/company.h"
#include "market/invitations.h"
#include "market/membership.h"

namespace hanse::market {
namespace {

using db::testing::DbTest;

constexpr std::int64_t kNow = 1'800'000'000;  // 2027-01-15

using hanse::testing::kPng;

class CompanyTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_policy = privacy::testing::install_repository_door(*m_db);
  }

  std::unique_ptr<privacy::PolicyBook> m_policy;  // the door's

  std::int64_t member(const std::string& email, std::int64_t policy_version = 1) {
    auto lease = m_db->acquire();
    accounts::MemberFields f{"Anna Schmidt", email, "+494012345678", "Hafenstrasse 1", "DE",
                             "Acme", "Industriepark 2"};
    auto id = accounts::insert_member(**lease, f, "hash", kNow, {policy_version, "/register"});
    EXPECT_TRUE(id) << id.error().message;
    return *id;
  }

  CompanyChange change(const std::string& name) {
    CompanyChange c;
    c.input = {name, "Am Sandtorkai 1\n20457 Hamburg", "DE", {"industrial-machinery/valves"}, "1999",
               "Valves and fittings.", "https://example.com"};
    return c;
  }

  Result<std::int64_t> create(std::int64_t member_id, const CompanyChange& c) {
    return m_db->transaction(
        [&](db::Connection& conn) { return create_company(conn, member_id, c, kNow); });
  }

  std::int64_t count(const std::string& sql) {
    privacy::testing::TestRead door;
    auto lease = m_db->acquire();
    auto row = (*lease)->query_one(sql);
    EXPECT_TRUE(row) << row.error().message;
    return row->integer(0);
  }

  std::optional<Company> load(std::int64_t id) {
    auto lease = m_db->acquire();
    auto c = load_company(**lease, id);
    EXPECT_TRUE(c) << c.error().message;
    return *c;
  }
};

TEST_P(CompanyTest, CreateMakesTheMemberOwnerAndPinsThePolicyVersion) {
  auto owner = member("owner@example.com", 1);
  auto c = change("Acme Tools GmbH");
  c.logo = kPng;
  auto id = create(owner, c);
  ASSERT_TRUE(id) << id.error().message;
  auto company = load(*id);
  ASSERT_TRUE(company);
  EXPECT_EQ(company->name, "Acme Tools GmbH");
  EXPECT_EQ(company->slug, "acme-tools-gmbh");
  EXPECT_EQ(company->path(), "/company/" + std::to_string(*id) + "-acme-tools-gmbh");
  EXPECT_EQ(company->year_founded, 1999);
  EXPECT_EQ(company->policy_version, 1);
  EXPECT_TRUE(company->logo_upload_id);
  EXPECT_EQ(company->industries, std::vector<std::string>{"industrial-machinery/valves"});
  auto lease = m_db->acquire();
  auto membership = membership_of(**lease, owner);
  ASSERT_TRUE(membership && *membership);
  EXPECT_EQ((*membership)->company_id, *id);
  EXPECT_TRUE((*membership)->owner);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'company.created'"), 1);
}

TEST_P(CompanyTest, AMemberInACompanyCannotCreateAnother) {
  auto owner = member("owner@example.com");
  ASSERT_TRUE(create(owner, change("First")));
  auto second = create(owner, change("Second"));
  ASSERT_FALSE(second);
  EXPECT_EQ(second.error().kind, ErrorKind::conflict);
  EXPECT_EQ(count("SELECT COUNT(*) FROM companies"), 1);
}

TEST_P(CompanyTest, ABadLogoStoresNothing) {
  auto owner = member("owner@example.com");
  auto c = change("Acme");
  c.logo = std::string_view("this is plain text, not an image");
  auto id = create(owner, c);
  ASSERT_FALSE(id);
  EXPECT_EQ(id.error().kind, ErrorKind::invalid_input);
  EXPECT_EQ(count("SELECT COUNT(*) FROM companies"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_members"), 0);
}

TEST_P(CompanyTest, EditBySomeoneElseIsForbiddenAndChangesNothing) {
  auto owner = member("owner@example.com");
  auto other = member("other@example.com");
  auto id = create(owner, change("Acme"));
  ASSERT_TRUE(id);
  ASSERT_TRUE(create(other, change("Other Co")));
  auto edit = change("Hijacked");
  auto updated = m_db->transaction(
      [&](db::Connection& conn) { return update_company(conn, *id, other, edit, kNow); });
  ASSERT_FALSE(updated);
  EXPECT_EQ(updated.error().kind, ErrorKind::forbidden);
  EXPECT_EQ(load(*id)->name, "Acme");
  auto deleted = m_db->transaction(
      [&](db::Connection& conn) { return delete_company(conn, *id, other, kNow); });
  ASSERT_FALSE(deleted);
  EXPECT_EQ(deleted.error().kind, ErrorKind::forbidden);
  EXPECT_TRUE(load(*id));
}

TEST_P(CompanyTest, EditRenamesAndReplacesTheLogo) {
  auto owner = member("owner@example.com");
  auto first = change("Acme");
  first.logo = kPng;
  auto id = create(owner, first);
  ASSERT_TRUE(id);
  auto edit = change("Acme Valves");
  edit.input.industries = {"industrial-machinery/valves", "industrial-machinery/machine-tools"};
  edit.logo = kPng;
  auto updated = m_db->transaction(
      [&](db::Connection& conn) { return update_company(conn, *id, owner, edit, kNow + 10); });
  ASSERT_TRUE(updated) << updated.error().message;
  auto company = load(*id);
  EXPECT_EQ(company->slug, "acme-valves");
  EXPECT_EQ(company->industries, (std::vector<std::string>{"industrial-machinery/machine-tools",
                                                           "industrial-machinery/valves"}));  // sorted
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 1);  // the old logo went
}

TEST_P(CompanyTest, OwnerDeletesWithEverythingAndMembersCannot) {
  auto owner = member("owner@example.com");
  auto colleague = member("colleague@example.com");
  auto c = change("Acme");
  c.logo = kPng;
  auto id = create(owner, c);
  ASSERT_TRUE(id);
  auto token = m_db->transaction([&](db::Connection& conn) {
    return create_invite(conn, *id, owner, "colleague@example.com", kNow);
  });
  ASSERT_TRUE(token);
  ASSERT_TRUE(accept_invite(*m_db, *token, colleague, "colleague@example.com", kNow));
  auto by_member = m_db->transaction(
      [&](db::Connection& conn) { return delete_company(conn, *id, colleague, kNow); });
  ASSERT_FALSE(by_member);
  EXPECT_EQ(by_member.error().kind, ErrorKind::forbidden);
  auto deleted = m_db->transaction(
      [&](db::Connection& conn) { return delete_company(conn, *id, owner, kNow); });
  ASSERT_TRUE(deleted) << deleted.error().message;
  EXPECT_FALSE(load(*id));
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_members"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_invites"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM uploads"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'company.deleted'"), 1);
}

TEST_P(CompanyTest, InvitationsAreSingleUseAndExpire) {
  auto owner = member("owner@example.com");
  auto first = member("first@example.com");
  auto second = member("second@example.com");
  auto id = create(owner, change("Acme"));
  ASSERT_TRUE(id);
  auto invite = [&](std::int64_t at) {
    auto token = m_db->transaction([&](db::Connection& conn) {
      return create_invite(conn, *id, owner, "someone@example.com", at);
    });
    EXPECT_TRUE(token) << token.error().message;
    return *token;
  };
  // Each of them signed in with the invited address (whose check is
  // market_invitations_test's): this is about single use and expiry.
  auto accept = [&](const std::string& token, std::int64_t who, std::int64_t at) {
    return accept_invite(*m_db, token, who, "someone@example.com", at);
  };
  auto token = invite(kNow);
  // Only the hash is stored.
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_invites WHERE token_hash = '" + token + "'"), 0);
  auto joined = accept(token, first, kNow + 60);
  ASSERT_TRUE(joined) << joined.error().message;
  EXPECT_EQ(*joined, *id);
  auto again = accept(token, second, kNow + 120);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  {
    auto lease = m_db->acquire();
    auto found = find_invite(**lease, token, kNow + 120);
    ASSERT_TRUE(found && *found);
    EXPECT_EQ((*found)->state, InviteState::used);
    auto unknown = find_invite(**lease, "no-such-token", kNow);
    ASSERT_TRUE(unknown);
    EXPECT_FALSE(*unknown);
  }
  auto late = invite(kNow);
  auto expired = accept(late, second, kNow + kInviteValidSeconds);
  ASSERT_FALSE(expired);
  EXPECT_EQ(expired.error().kind, ErrorKind::conflict);
  auto in_time = accept(late, second, kNow + kInviteValidSeconds - 1);
  EXPECT_TRUE(in_time) << in_time.error().message;
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'company.member_joined'"), 2);
}

TEST_P(CompanyTest, OnlyTheOwnerInvitesAndMembersOfAnotherCompanyCannotJoin) {
  auto owner = member("owner@example.com");
  auto other_owner = member("other@example.com");
  auto id = create(owner, change("Acme"));
  ASSERT_TRUE(create(other_owner, change("Other")));
  auto by_outsider = m_db->transaction([&](db::Connection& conn) {
    return create_invite(conn, *id, other_owner, "x@example.com", kNow);
  });
  ASSERT_FALSE(by_outsider);
  EXPECT_EQ(by_outsider.error().kind, ErrorKind::forbidden);
  auto token = m_db->transaction([&](db::Connection& conn) {
    return create_invite(conn, *id, owner, "x@example.com", kNow);
  });
  ASSERT_TRUE(token);
  auto joined = accept_invite(*m_db, *token, other_owner, "x@example.com", kNow);
  ASSERT_FALSE(joined);
  EXPECT_EQ(joined.error().kind, ErrorKind::conflict);
  // The invitation is still unused.
  auto lease = m_db->acquire();
  auto found = find_invite(**lease, *token, kNow);
  ASSERT_TRUE(found && *found);
  EXPECT_EQ((*found)->state, InviteState::live);
}

TEST_P(CompanyTest, InvitationsPerDayAreCapped) {
  auto owner = member("owner@example.com");
  auto id = create(owner, change("Acme"));
  ASSERT_TRUE(id);
  auto invite = [&](std::int64_t at) {
    return m_db->transaction([&](db::Connection& conn) {
      return create_invite(conn, *id, owner, "someone@example.com", at);
    });
  };
  for (int i = 0; i < kMaxInvitesPerDay; ++i) ASSERT_TRUE(invite(kNow + i));
  auto over = invite(kNow + 100);
  ASSERT_FALSE(over);
  EXPECT_EQ(over.error().kind, ErrorKind::too_many_requests);
  EXPECT_TRUE(invite(kNow + 24 * 3600 + 100));  // a day later
}

TEST_P(CompanyTest, OwnerRemovesMembersButNotThemself) {
  auto owner = member("owner@example.com");
  auto colleague = member("colleague@example.com");
  auto id = create(owner, change("Acme"));
  auto token = m_db->transaction([&](db::Connection& conn) {
    return create_invite(conn, *id, owner, "colleague@example.com", kNow);
  });
  ASSERT_TRUE(accept_invite(*m_db, *token, colleague, "colleague@example.com", kNow));
  auto remove = [&](std::int64_t by, std::int64_t who) {
    return m_db->transaction(
        [&](db::Connection& conn) { return remove_company_member(conn, *id, by, who, kNow); });
  };
  auto by_member = remove(colleague, owner);
  ASSERT_FALSE(by_member);
  EXPECT_EQ(by_member.error().kind, ErrorKind::forbidden);
  auto self = remove(owner, owner);
  ASSERT_FALSE(self);
  EXPECT_EQ(self.error().kind, ErrorKind::invalid_input);
  ASSERT_TRUE(remove(owner, colleague));
  EXPECT_EQ(count("SELECT COUNT(*) FROM company_members"), 1);
  auto twice = remove(owner, colleague);
  ASSERT_FALSE(twice);
  EXPECT_EQ(twice.error().kind, ErrorKind::not_found);
}

TEST_P(CompanyTest, P12_company_people_show_only_public_profile_fields) {
  auto owner = member("owner@example.com");
  auto id = create(owner, change("Acme"));
  ASSERT_TRUE(id);
  std::string name = "  Anna S. ", title = "Head of Sales";
  EXPECT_TRUE(validate_public_profile(name, title).empty());
  EXPECT_EQ(name, "Anna S.");
  ASSERT_TRUE(m_db->transaction(
      [&](db::Connection& conn) { return save_public_profile(conn, owner, name, title); }));
  auto lease = m_db->acquire();
  auto people = company_people(**lease, *id);
  ASSERT_TRUE(people);
  ASSERT_EQ(people->size(), 1u);
  EXPECT_EQ((*people)[0].public_name, "Anna S.");
  EXPECT_EQ((*people)[0].public_title, "Head of Sales");
  EXPECT_TRUE((*people)[0].owner);
  auto profile = load_public_profile(**lease, owner);
  ASSERT_TRUE(profile && *profile);
  EXPECT_EQ((*profile)->company_id, *id);
  std::string only_title, title_only = "CEO";
  EXPECT_TRUE(validate_public_profile(only_title, title_only).contains("public_name"));
}

TEST_P(CompanyTest, ActiveOffersLeaveOutExpiredAndWithdrawnOnes) {
  auto owner = member("owner@example.com");
  auto id = create(owner, change("Acme"));
  ASSERT_TRUE(id);
  auto lease = m_db->acquire();
  auto offer = [&](const std::string& title, std::int64_t expires, db::Value withdrawn) {
    const db::Value params[] = {*id, title, kNow, expires, withdrawn};
    auto r = (*lease)->execute(
        "INSERT INTO offers (company_id, kind, category_id, title, created_at, expires_at, withdrawn_at)"
        " VALUES ($1, 'sell', 'industrial-machinery/valves', $2, $3, $4, $5)", params);
    ASSERT_TRUE(r) << r.error().message;
  };
  offer("Live offer", kNow + 100, std::monostate{});
  offer("Expired offer", kNow, std::monostate{});
  offer("Withdrawn offer", kNow + 100, kNow - 1);
  auto offers = active_offers(**lease, *id, kNow, 6);
  ASSERT_TRUE(offers);
  ASSERT_EQ(offers->size(), 1u);
  EXPECT_EQ((*offers)[0].title, "Live offer");
  EXPECT_EQ((*offers)[0].path, "/offer/" + std::to_string((*offers)[0].id) + "-live-offer");
}

// The company page reads its listings' card details with the listings
// themselves: the same details as card_details reads on its own.
TEST_P(CompanyTest, ListingsComeWithTheSameCardDetailsAsCardDetailsReads) {
  auto owner = member("owner@example.com");
  auto id = create(owner, change("Acme"));
  ASSERT_TRUE(id);
  auto lease = m_db->acquire();
  auto run = [&](const std::string& sql, std::vector<db::Value> params) {
    auto r = (*lease)->execute(sql, params);
    ASSERT_TRUE(r) << r.error().message;
  };
  run("INSERT INTO products (company_id, category_id, title, created_at, updated_at, min_order_quantity,"
      " min_order_unit, price_min_cents, price_max_cents, currency)"
      " VALUES ($1, 'industrial-machinery/valves', 'Brass valve', $2, $2, 50, 'piece', 1200, 1900, 'EUR')",
      {*id, kNow});
  run("INSERT INTO products (company_id, category_id, title, created_at, updated_at)"
      " VALUES ($1, 'industrial-machinery/valves', 'Plain valve', $2, $2)", {*id, kNow});
  run("INSERT INTO offers (company_id, kind, category_id, title, created_at, expires_at, quantity, unit,"
      " target_price_cents, currency) VALUES ($1, 'buy', 'industrial-machinery/valves', 'Valves wanted', $2, $3,"
      " 300, 'piece', 900, 'USD')", {*id, kNow, kNow + 100});
  std::map<CardKey, CardDetails> details;
  auto products = latest_products(**lease, *id, 6, &details);
  auto offers = active_offers(**lease, *id, kNow, 6, &details);
  ASSERT_TRUE(products && offers);
  ASSERT_EQ(products->size(), 2u);
  ASSERT_EQ(offers->size(), 1u);
  EXPECT_EQ((*products)[1].title, "Brass valve");
  std::vector<CardKey> keys;
  for (const auto& p : *products) keys.push_back({ListingKind::product, p.id});
  keys.push_back({ListingKind::offer, (*offers)[0].id});
  auto expected = card_details(**lease, keys);
  ASSERT_TRUE(expected);
  ASSERT_EQ(details.size(), 3u);
  for (const auto& key : keys) {
    ASSERT_TRUE(details.contains(key) && expected->contains(key));
    const auto& got = details.at(key);
    const auto& want = expected->at(key);
    EXPECT_EQ(got.image_upload_id, want.image_upload_id);
    EXPECT_EQ(got.min_order_quantity, want.min_order_quantity);
    EXPECT_EQ(got.min_order_unit, want.min_order_unit);
    EXPECT_EQ(got.price_min_cents, want.price_min_cents);
    EXPECT_EQ(got.price_max_cents, want.price_max_cents);
    EXPECT_EQ(got.offer_kind, want.offer_kind);
    EXPECT_EQ(got.quantity, want.quantity);
    EXPECT_EQ(got.unit, want.unit);
    EXPECT_EQ(got.target_price_cents, want.target_price_cents);
    EXPECT_EQ(got.expires_at, want.expires_at);
    EXPECT_EQ(got.currency, want.currency);
  }
  const auto& brass = details.at({ListingKind::product, (*products)[1].id});
  EXPECT_EQ(brass.price_max_cents, 1900);
  EXPECT_EQ(brass.min_order_unit, "piece");
  const auto& wanted = details.at({ListingKind::offer, (*offers)[0].id});
  EXPECT_EQ(wanted.quantity, 300);
  EXPECT_EQ(wanted.offer_kind, "buy");
}

HANSE_DB_TEST_SUITE(CompanyTest);

TEST(CompanyValidation, ChecksEveryField) {
  auto tree = CategoryTree::parse(
      "[[industry]]\nid = \"metals\"\nname = \"Metals\"\nsub = [{ id = \"metals/copper\", name = \"Copper\" }]\n",
      "test");
  ASSERT_TRUE(tree) << tree.error().message;
  CompanyInput ok{" Acme ", "", "de", {"metals/copper", "metals/copper"}, "1999", "", "HTTPS://acme.example/x"};
  EXPECT_TRUE(validate_company(ok, *tree, 2026).empty());
  EXPECT_EQ(ok.name, "Acme");
  EXPECT_EQ(ok.country, "DE");
  EXPECT_EQ(ok.industries.size(), 1u);
  EXPECT_EQ(ok.website, "https://acme.example/x");

  CompanyInput bad{"", "", "XX", {}, "1799", "", "javascript:alert(1)"};
  auto errors = validate_company(bad, *tree, 2026);
  EXPECT_TRUE(errors.contains("name"));
  EXPECT_TRUE(errors.contains("country"));
  EXPECT_TRUE(errors.contains("industries"));
  EXPECT_TRUE(errors.contains("year_founded"));
  EXPECT_TRUE(errors.contains("website"));

  CompanyInput future{"A", "", "DE", {"metals/unknown"}, "2027", "", ""};
  errors = validate_company(future, *tree, 2026);
  EXPECT_TRUE(errors.contains("industries"));
  EXPECT_TRUE(errors.contains("year_founded"));
  CompanyInput many{"A", "", "DE", {"a", "b", "c", "d", "e", "f"}, "", "", ""};
  EXPECT_EQ(validate_company(many, *tree, 2026).at("industries"), "Choose at most 5 industries.");
  EXPECT_EQ(year_of(kNow), 2027);
}

}  // namespace
}  // namespace hanse::market
