// P-15: the member's download holds every personal column of every table
// whose rows belong to them, each named by its inventory name with its data
// category, and nothing of another member; on SQLite and PostgreSQL, with
// the run-time door installed (SQLite enforces it).
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>
#include <set>

#include "core/clock.h"
#include "db/migrations.h"
#include "db_fixture.h"
#include "door_fixture.h"
#include "privacy/data_map.h"
#include "privacy/inventory.h"
#include "accounts/password.h"
#include "rights/account_details.h"
#include "rights/export.h"
#include "rights/member_data.h"

namespace hanse::rights {
namespace {

using db::testing::DbTest;

// Two members with rows in every table of the map. Ann's values carry
// "ANNX", Bob's "BOBX", so that a value of Bob's in Ann's export is found.
constexpr const char* kTwoMembers =
    "INSERT INTO members (id, email, name, phone, address, country, company_name, company_address,"
    " password_hash, created_at, updated_at, policy_version, public_name, public_title) VALUES"
    " (1, 'annx@example.com', 'ANNX Name', '+4900000001', 'ANNX Street', 'DE', 'ANNX Co', 'ANNX Park',"
    "  'ANNX-hash', 1, 2, 1, 'ANNX Public', 'ANNX Title'),"
    " (2, 'bobx@example.com', 'BOBX Name', '+4900000002', 'BOBX Street', 'FR', 'BOBX Co', 'BOBX Park',"
    "  'BOBX-hash', 1, 2, 1, 'BOBX Public', 'BOBX Title');"
    "INSERT INTO sessions (id, token_hash, member_id, user_agent, created_at, last_seen_at, expires_at)"
    " VALUES (1, 'ANNX-token', 1, 'ANNX browser', 10, 11, 99), (2, 'BOBX-token', 2, 'BOBX browser', 10, 11, 99);"
    "INSERT INTO password_resets (id, token_hash, member_id, created_at, expires_at, used_at)"
    " VALUES (1, 'ANNX-reset', 1, 12, 99, 13), (2, 'BOBX-reset', 2, 12, 99, 13);"
    "INSERT INTO signin_throttle (throttle_key, failures, first_failure_at, blocked_until) VALUES"
    " ('account:annx@example.com', 1, 0, 0), ('account:bobx@example.com', 1, 0, 0);"
    "INSERT INTO mail_outbox (id, recipient, subject, body, kind, next_attempt_at, last_error, created_at)"
    " VALUES (1, 'annx@example.com', 'ANNX subject', 'ANNX body', 'administrative', 0, 'ANNX error', 0),"
    " (2, 'bobx@example.com', 'BOBX subject', 'BOBX body', 'administrative', 0, 'BOBX error', 0);"
    "INSERT INTO consent_ledger (id, member_id, kind, what, value, given_at, source) VALUES"
    " (1, 1, 'policy_version', '1', 'accepted', 5, '/register-ANNX'),"
    " (2, 2, 'policy_version', '1', 'accepted', 5, '/register-BOBX');"
    "INSERT INTO staff (id, email, role, password_hash, created_at) VALUES"
    " (7, 'staff@example.com', 'support', 'x', 0);"
    "INSERT INTO staff_access_log (id, staff_id, member_id, fields, purpose, reason, at) VALUES"
    " (1, 7, 1, 'members.email,members.phone', 'essential.service.operations.support', 'ANNX ticket', 20),"
    " (2, 7, 2, 'members.email', 'essential.service.operations.support', 'BOBX ticket', 20);"
    "INSERT INTO uploads (id, member_id, content_type, size, data, created_at) VALUES"
    " (1, 1, 'image/png', 4, 'QU5OWA==', 0), (2, 2, 'image/jpeg', 4, 'Qk9CWA==', 0);"
    "INSERT INTO companies (id, slug, name, address, country, year_founded, description, website,"
    " logo_upload_id, policy_version, created_at, updated_at) VALUES"
    " (10, 'annx-co', 'ANNX Co', 'ANNX Quay', 'DE', 1999, 'ANNX about', 'https://annx.example', 1, 1, 0, 0),"
    " (20, 'bobx-co', 'BOBX Co', 'BOBX Quay', 'FR', 2001, 'BOBX about', 'https://bobx.example', 2, 1, 0, 0);"
    "INSERT INTO company_members (member_id, company_id, role, joined_at) VALUES"
    " (1, 10, 'owner', 3), (2, 20, 'owner', 3);"
    "INSERT INTO company_industries (company_id, category_id) VALUES (10, 'a/b'), (20, 'c/d');"
    "INSERT INTO company_invites (id, company_id, email, token_hash, invited_by, created_at, expires_at,"
    " used_at) VALUES (1, 10, 'guest-annx@example.com', 'ANNX-invite', 1, 0, 9, 4),"
    " (2, 20, 'guest-bobx@example.com', 'BOBX-invite', 2, 0, 9, 4);"
    "INSERT INTO products (id, company_id, category_id, title, description, specifications,"
    " min_order_quantity, min_order_unit, price_min_cents, price_max_cents, currency, created_at,"
    " updated_at) VALUES (100, 10, 'a/b', 'ANNX valve', 'ANNX spec', '[]', 5, 'ANNX pcs', 100, 200,"
    " 'EUR', 0, 0), (200, 20, 'c/d', 'BOBX pump', 'BOBX spec', '[]', 5, 'BOBX pcs', 100, 200, 'EUR', 0, 0);"
    "INSERT INTO product_photos (product_id, position, upload_id) VALUES (100, 0, 1), (200, 0, 2);"
    "INSERT INTO offers (id, company_id, member_id, kind, category_id, title, description, quantity,"
    " unit, target_price_cents, currency, created_at, expires_at) VALUES"
    " (1000, 10, 1, 'sell', 'a/b', 'ANNX offer', 'ANNX text', 3, 'ANNX t', 900, 'EUR', 0, 99),"
    " (2000, 20, 2, 'buy', 'c/d', 'BOBX offer', 'BOBX text', 3, 'BOBX t', 900, 'EUR', 0, 99);"
    "INSERT INTO inquiries (id, supplier_company_id, buyer_member_id, buyer_company_id, product_id,"
    " subject, created_at, last_message_at) VALUES (1, 20, 1, 10, 200, 'ANNX asks', 30, 31),"
    " (2, 10, 2, 20, 100, 'BOBX asks', 30, 31);"
    "INSERT INTO inquiry_messages (id, inquiry_id, member_id, from_supplier, body, created_at) VALUES"
    " (1, 1, 1, 0, 'ANNX message', 30), (2, 2, 2, 0, 'BOBX message', 30);"
    "INSERT INTO search_documents (id, kind, ref_id, company_id, country, title, body, tags,"
    " offer_kind) VALUES (40, 'company', 10, 10, 'DE', 'ANNX Co', 'ANNX about', 'ANNX tag', ''),"
    " (80, 'company', 20, 20, 'FR', 'BOBX Co', 'BOBX about', 'BOBX tag', '');"
    "INSERT INTO search_categories (category_id, kind, doc_id) VALUES ('a/b', 'company', 40),"
    " ('c/d', 'company', 80);"
    "INSERT INTO upload_thumbnails (upload_id, width, height, content_type, data) VALUES"
    " (1, 160, 120, 'image/jpeg', 'QU5OWHQ='), (2, 160, 120, 'image/jpeg', 'Qk9CWHQ=');"
    "INSERT INTO staff_refusals (id, staff_id, member_id, fields, purpose, refusal, at) VALUES"
    " (1, 7, 1, 'members.phone', 'marketing.advertising', 'ANNX refused', 21),"
    " (2, 7, 2, 'members.phone', 'marketing.advertising', 'BOBX refused', 21);"
    "INSERT INTO disclosures (id, member_id, staff_id, categories, recipient, basis, notice_withheld,"
    " withheld_reason, reference, contents, package_sha256, disclosed_at) VALUES"
    " (1, 1, 7, 'user.contact.email', 'ANNX court', 'court-order', 0, '', 'ANNX-ref', '[]', 'x', 22),"
    " (2, 2, 7, 'user.contact.email', 'BOBX court', 'court-order', 0, '', 'BOBX-ref', '[]', 'x', 22);"
    "INSERT INTO child_requests (id, guardian_name, guardian_email, child_email, wants_removal,"
    " wants_opt_out, token_hash, status, created_at, expires_at) VALUES"
    " (1, 'ANNX Guardian', 'guardian-annx@example.com', 'annx@example.com', 0, 1, 'ANNX-child', 'confirmed', 0, 99),"
    " (2, 'BOBX Guardian', 'guardian-bobx@example.com', 'bobx@example.com', 0, 1, 'BOBX-child', 'confirmed', 0, 99);"
    "INSERT INTO feedback (id, member_id, topic, message, reply_email, created_at) VALUES"
    " (1, 1, 'policy', 'ANNX thinks', 'annx@example.com', 23), (2, 2, 'policy', 'BOBX thinks', 'bobx@example.com', 23);"
    "INSERT INTO feedback_replies (id, feedback_id, staff_id, body, created_at) VALUES"
    " (1, 1, 7, 'Dear ANNX', 24), (2, 2, 7, 'Dear BOBX', 24);"
    // Marketing e-mail (P-11): unsubscribe links of mail sent to each.
    "INSERT INTO marketing_unsubscribe_tokens (id, token_hash, member_id, topic, created_at, used_at) VALUES"
    " (1, 'ANNX-unsub', 1, 'promotions', 25, 26), (2, 'BOBX-unsub', 2, 'promotions', 25, NULL);"
    // Promotions (P-11): each member takes part in one.
    "INSERT INTO promotion_campaigns (id, title, rule, target, reward_days, first_day, last_day, staff_id,"
    " created_at) VALUES (1, 'Three offers', 'offers', 3, 30, 0, 99999, 7, 27);"
    "INSERT INTO promotion_participants (promotion_id, member_id, joined_at, left_at, completed_at) VALUES"
    " (1, 1, 28, NULL, NULL), (1, 2, 28, 29, NULL);"
    // ... and the first has earned its reward.
    "INSERT INTO featured_listings (promotion_id, member_id, company_id, featured_from, featured_until) VALUES"
    " (1, 1, 10, 30, 31), (1, 2, 20, 30, 31)";

class RightsTest : public DbTest {
 protected:
  void SetUp() override {
    DbTest::SetUp();
    if (IsSkipped()) return;
    ASSERT_TRUE(db::migrate(*m_db));
    m_book = privacy::testing::install_repository_door(*m_db);
    m_guard = std::make_unique<privacy::Guard>(*m_book, m_clock);
    auto lease = m_db->acquire();
    ASSERT_TRUE(lease);
    auto filled = (*lease)->execute_script(kTwoMembers);
    ASSERT_TRUE(filled) << filled.error().message;
  }

  MemberData collect(std::int64_t member) {
    auto lease = m_db->acquire();
    EXPECT_TRUE(lease);
    auto data = collect_member_data(**lease, *m_guard, member);
    EXPECT_TRUE(data) << data.error().message;
    return data ? std::move(*data) : MemberData{};
  }

  const nlohmann::json* table_of(const nlohmann::json& doc, std::string_view table) {
    for (const auto& t : doc["tables"])
      if (t["table"] == table) return &t;
    return nullptr;
  }

  Clock m_clock;
  std::unique_ptr<privacy::PolicyBook> m_book;
  std::unique_ptr<privacy::Guard> m_guard;
};

TEST_P(RightsTest, P15_export_contains_every_personal_column_of_the_member) {
  auto data = collect(1);
  auto doc = export_json(data, 1'800'000'000);
  EXPECT_EQ(doc["version"], kExportSchemaVersion);
  EXPECT_EQ(doc["member_id"], 1);
  EXPECT_EQ(doc["generated_at"], "2027-01-15T08:00:00Z");
  int columns = 0;
  for (const auto& rule : privacy::data_map()) {
    if (rule.link.column.empty()) continue;  // nobody's rows
    const auto* table = table_of(doc, rule.table);
    ASSERT_NE(table, nullptr) << rule.table << " is in the map but not in the export";
    ASSERT_FALSE((*table)["rows"].empty())
        << rule.table << ": the fixture of this test holds no row of it for the member: add one";
    for (const auto& entry : privacy::personal_columns(rule.table)) {
      std::string name = std::string(entry.table) + "." + std::string(entry.column);
      for (const auto& row : (*table)["rows"]) {
        ASSERT_TRUE(row["fields"].contains(name)) << name << " missing from the export";
        EXPECT_EQ(row["fields"][name]["category"], entry.category) << name;
        const auto& f = row["fields"][name];
        EXPECT_TRUE(f.contains("value") || f.contains("file")) << name;
      }
      ++columns;
    }
    if (rule.erasure != privacy::Erasure::delete_row) {
      EXPECT_NE((*table)["retention"]["statement"].get<std::string>().find("retained because"),
                std::string::npos)
          << rule.table;
    }
  }
  EXPECT_GT(columns, 40);
  EXPECT_EQ(doc["tables"][0]["rows"][0]["fields"]["members.email"]["value"], "annx@example.com");
  // Credentials are named but not handed out.
  EXPECT_TRUE(doc["tables"][0]["rows"][0]["fields"]["members.password_hash"]["value"].is_null());
  const std::string dump = doc.dump();
  EXPECT_EQ(dump.find("ANNX-hash"), std::string::npos);
  EXPECT_EQ(dump.find("ANNX-token"), std::string::npos);
  // Nothing of Bob's.
  EXPECT_EQ(dump.find("BOBX"), std::string::npos) << dump;
  EXPECT_EQ(dump.find("bobx"), std::string::npos) << dump;
  // The consent history and the staff views, with the staff member's role.
  ASSERT_EQ(doc["consent_history"].size(), 1u);
  EXPECT_EQ(doc["consent_history"][0]["consent_ledger.source"], "/register-ANNX");
  ASSERT_EQ(doc["staff_views"].size(), 1u);
  EXPECT_EQ(doc["staff_views"][0]["staff_role"], "support");
  EXPECT_EQ(doc["staff_views"][0]["fields"], (std::vector<std::string>{"members.email", "members.phone"}));
}

TEST_P(RightsTest, P15_rows_carry_the_policy_version_they_were_collected_under) {
  auto lease = m_db->acquire();
  ASSERT_TRUE((*lease)->execute_script("UPDATE companies SET policy_version = 7 WHERE id = 10"));
  auto data = collect(1);
  EXPECT_EQ(data.rows_of("members").at(0).policy_version, 1);
  EXPECT_EQ(data.rows_of("companies").at(0).policy_version, 7);
  EXPECT_EQ(data.rows_of("products").at(0).policy_version, 7);  // through its company
  EXPECT_EQ(data.rows_of("sessions").at(0).policy_version, 1);  // through the member
}

TEST_P(RightsTest, P15_fields_are_grouped_by_category_with_purposes_and_who_sees_them) {
  auto data = collect(1);
  auto groups = by_category(data, *m_book);
  const CategoryGroup* email = nullptr;
  for (const auto& g : groups)
    if (g.category == "user.contact.email") email = &g;
  ASSERT_NE(email, nullptr);
  bool found = false;
  for (const auto& item : email->items) found = found || item.field->name == "members.email";
  EXPECT_TRUE(found);
  SiteConfig site;
  auto use = category_use(*m_book, site, 1, "user.contact.email");
  EXPECT_FALSE(use.purposes.empty());
  EXPECT_FALSE(use.recipients.empty());
  std::set<std::string> keys;
  for (const auto& p : use.purposes) EXPECT_TRUE(keys.insert(p.purpose).second) << p.purpose << " twice";
  // A company's name is public and seen by the company's other members;
  // the member's own e-mail address by neither.
  const auto& company = data.rows_of("companies").at(0);
  const DataField* name = nullptr;
  for (const auto& f : company.fields)
    if (f.name == "companies.name") name = &f;
  ASSERT_NE(name, nullptr);
  EXPECT_TRUE(name->is_public);
  auto who = who_may_see(*name, *privacy::find_rule("companies"), site);
  EXPECT_EQ(who, (std::vector<std::string>{"you", privacy::recipient_label("public", site),
                                            "the other members of your company"}));
  // An empty public name is shown to nobody.
  {
    auto lease = m_db->acquire();
    ASSERT_TRUE((*lease)->execute_script("UPDATE members SET public_name = '' WHERE id = 1"));
  }
  auto emptied = collect(1);
  for (const auto& f : emptied.rows_of("members").at(0).fields) {
    if (f.name == "members.public_name") {
      EXPECT_FALSE(f.is_public);
    }
    if (f.name == "members.public_title") {
      EXPECT_TRUE(f.is_public);
    }
  }
  const auto& member = data.rows_of("members").at(0);
  for (const auto& f : member.fields)
    if (f.name == "members.email") {
      EXPECT_FALSE(f.is_public);
      EXPECT_EQ(who_may_see(f, *privacy::find_rule("members"), site), std::vector<std::string>{"you"});
    }
}

TEST_P(RightsTest, P15_the_zip_holds_the_members_uploads) {
  auto data = collect(1);
  auto lease = m_db->acquire();
  auto uploads = upload_entries(**lease, data);
  ASSERT_TRUE(uploads) << uploads.error().message;
  ASSERT_EQ(uploads->size(), 1u);
  EXPECT_EQ((*uploads)[0].name, "uploads/1.png");
  EXPECT_EQ((*uploads)[0].bytes, "ANNX");
  std::vector<ZipEntry> entries = {{"data.json", "{}"}};
  entries.insert(entries.end(), uploads->begin(), uploads->end());
  auto zip = make_zip(entries);
  ASSERT_TRUE(zip) << zip.error().message;
  EXPECT_EQ(zip->substr(0, 4), std::string("PK\x03\x04", 4));
  EXPECT_NE(zip->find("uploads/1.png"), std::string::npos);
}

TEST_P(RightsTest, P15_correction_stores_valid_details_and_refuses_bad_ones) {
  audit::AuditLog audit;
  {
    auto hash = accounts::hash_password("ann-password", {});
    ASSERT_TRUE(hash);
    const db::Value params[] = {*hash};
    auto lease = m_db->acquire();
    ASSERT_TRUE((*lease)->execute("UPDATE members SET password_hash = $1 WHERE id = 1", params));
  }
  accounts::MemberFields typed{"  Ann Corrected ", "ANN.NEW@example.com", "+49 40 555 1234",
                               "New Street 1", "de", "New Co", "New Park"};
  auto saved = m_db->transaction([&](db::Connection& conn) {
    return correct_account_details(conn, audit, 1, typed, "ann-password", 100);
  });
  ASSERT_TRUE(saved) << saved.error().message;
  EXPECT_TRUE(saved->empty());
  auto data = collect(1);
  auto doc = export_json(data, 0);
  EXPECT_EQ(doc["tables"][0]["rows"][0]["fields"]["members.email"]["value"], "ann.new@example.com");
  EXPECT_EQ(doc["tables"][0]["rows"][0]["fields"]["members.name"]["value"], "Ann Corrected");

  // Bob's address, an empty name: field errors, nothing changes.
  accounts::MemberFields bad{"", "bobx@example.com", "+49 40 555 1234", "x", "DE", "x", "x"};
  auto refused = m_db->transaction([&](db::Connection& conn) {
    return correct_account_details(conn, audit, 1, bad, "ann-password", 101);
  });
  ASSERT_TRUE(refused);
  EXPECT_TRUE(refused->contains("name"));
  bad.name = "Someone";
  refused = m_db->transaction([&](db::Connection& conn) {
    return correct_account_details(conn, audit, 1, bad, "ann-password", 101);
  });
  ASSERT_TRUE(refused);
  EXPECT_TRUE(refused->contains("email"));
  // A new address needs the current password.
  accounts::MemberFields moved{"Ann", "ann.moved@example.com", "+49 40 555 1234", "x", "DE", "x", "x"};
  for (std::string_view password : {"", "wrong-password"}) {
    refused = m_db->transaction([&](db::Connection& conn) {
      return correct_account_details(conn, audit, 1, moved, password, 102);
    });
    ASSERT_TRUE(refused);
    EXPECT_TRUE(refused->contains("current_password")) << password;
  }
  auto after = export_json(collect(1), 0);
  EXPECT_EQ(after["tables"][0]["rows"][0]["fields"]["members.name"]["value"], "Ann Corrected");
}

TEST_P(RightsTest, P15_an_unknown_member_has_no_data) {
  auto lease = m_db->acquire();
  auto data = collect_member_data(**lease, *m_guard, 99);
  ASSERT_FALSE(data);
  EXPECT_EQ(data.error().kind, ErrorKind::not_found);
}

HANSE_DB_TEST_SUITE(RightsTest);

}  // namespace
}  // namespace hanse::rights
