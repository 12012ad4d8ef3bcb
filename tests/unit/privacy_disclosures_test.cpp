// P-13: disclosures recorded by compliance staff, with a package produced
// through the guard for a legal obligation; the member sees them unless
// notice is withheld, and once it is lifted; the transparency counts come
// from the records; bad input stores nothing. On SQLite and PostgreSQL,
// with the run-time door.
#include <gtest/gtest.h>

#include "audit/audit_log.h"
#include "privacy/disclosures.h"
#include "privacy_staff_disclosure_fixture.h"

namespace hanse::privacy {
namespace {

class DisclosuresTest : public testing::StaffDataTest {
 protected:
  DisclosureInput input(std::string basis = "court-order", bool withheld = false) {
    DisclosureInput in;
    in.member = std::to_string(m_member);
    in.categories = {"user.name", "user.contact"};
    in.recipient = "Amtsgericht Hamburg";
    in.basis = std::move(basis);
    in.notice_withheld = withheld;
    in.withheld_reason = withheld ? "The order forbids notice for 90 days." : "";
    in.reference = "AG HH 12 C 345/26";
    return in;
  }
  std::int64_t record(const DisclosureInput& in) {
    auto out = record_disclosure(*m_db, *m_guard, m_clock, policy(), m_compliance, in);
    EXPECT_TRUE(out) << out.error().message;
    if (!out) return 0;
    EXPECT_TRUE(out->errors.empty()) << out->errors.begin()->first << ": " << out->errors.begin()->second;
    return out->id;
  }
  std::vector<Disclosure> visible(std::int64_t member) {
    auto lease = m_db->acquire();
    auto found = disclosures_visible_to(**lease, member);
    EXPECT_TRUE(found) << found.error().message;
    return found ? *found : std::vector<Disclosure>{};
  }
};

TEST_P(DisclosuresTest, P13_a_disclosure_is_recorded_audited_and_shown_to_the_member) {
  auto id = record(input());
  ASSERT_GT(id, 0);
  auto shown = visible(m_member);
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_EQ(shown[0].id, id);
  EXPECT_EQ(shown[0].basis, Basis::court_order);
  EXPECT_EQ(shown[0].recipient, "Amtsgericht Hamburg");
  EXPECT_EQ(shown[0].categories, (std::vector<std::string>{"user.name", "user.contact"}));
  EXPECT_EQ(shown[0].staff_id, m_compliance);
  EXPECT_TRUE(visible(m_other).empty());
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'disclosure.recorded'"), 1);
  // The package read is the disclosure's own record, not a staff view.
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log"), 0);
  auto lease = m_db->acquire();
  auto chain = audit::AuditLog{}.verify(**lease);
  ASSERT_TRUE(chain);
  EXPECT_TRUE(chain->intact());
}

TEST_P(DisclosuresTest, P13_the_package_is_read_through_the_guard_and_lists_what_it_contains) {
  auto id = record(input());
  auto package = disclosure_package(*m_db, *m_guard, m_clock, m_compliance, id);
  ASSERT_TRUE(package) << package.error().message;
  EXPECT_EQ((*package)["purpose"], std::string(kDisclosurePurpose));
  EXPECT_EQ((*package)["data"]["members"][0]["members.email"], "anna@example.com");
  EXPECT_EQ((*package)["data"]["members"][0]["members.name"], "Anna Schmidt");
  EXPECT_TRUE((*package)["same_as_disclosed"].get<bool>());
  std::set<std::string> listed;
  for (auto& c : (*package)["contents"]) listed.insert(c["field"].get<std::string>());
  EXPECT_TRUE(listed.contains("members.email"));
  EXPECT_TRUE(listed.contains("members.phone"));
  EXPECT_FALSE(listed.contains("members.password_hash"));  // credentials never go
  EXPECT_FALSE(listed.contains("members.created_at"));      // user.account was not chosen
  EXPECT_EQ(package->dump().find("$argon2id$secret"), std::string::npos);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'disclosure.package_read'"), 1);
}

TEST_P(DisclosuresTest, P13_a_withheld_disclosure_is_hidden_until_the_withholding_is_lifted) {
  auto id = record(input("subpoena", true));
  ASSERT_GT(id, 0);
  EXPECT_TRUE(visible(m_member).empty());
  ASSERT_TRUE(lift_withholding(*m_db, m_clock, m_compliance, id));
  auto shown = visible(m_member);
  ASSERT_EQ(shown.size(), 1u);
  EXPECT_TRUE(shown[0].lifted_at.has_value());
  auto again = lift_withholding(*m_db, m_clock, m_compliance, id);
  ASSERT_FALSE(again);
  EXPECT_EQ(again.error().kind, ErrorKind::conflict);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action = 'disclosure.notice_lifted'"), 1);
}

TEST_P(DisclosuresTest, P13_unknown_basis_and_fields_over_their_limit_are_field_errors_and_nothing_is_stored) {
  auto errors_of = [&](const DisclosureInput& in) {
    auto out = record_disclosure(*m_db, *m_guard, m_clock, policy(), m_compliance, in);
    EXPECT_TRUE(out) << out.error().message;
    return out ? out->errors : DisclosureErrors{};
  };
  EXPECT_TRUE(errors_of(input("rumour")).contains("basis"));
  auto in = input();
  in.recipient = std::string(kMaxRecipient + 1, 'r');
  EXPECT_TRUE(errors_of(in).contains("recipient"));
  in = input();
  in.reference = std::string(kMaxReference + 1, 'x');
  EXPECT_TRUE(errors_of(in).contains("reference"));
  in = input("law", true);
  in.withheld_reason = std::string(kMaxWithheldReason + 1, 'w');
  EXPECT_TRUE(errors_of(in).contains("withheld_reason"));
  in = input("law", true);
  in.withheld_reason = "";
  EXPECT_TRUE(errors_of(in).contains("withheld_reason"));
  in = input();
  in.categories = {"user.authorization.credentials"};
  EXPECT_TRUE(errors_of(in).contains("categories"));
  in = input();
  in.member = "999999";
  EXPECT_TRUE(errors_of(in).contains("member"));
  in = input();
  in.member = std::string(kMaxMemberRef + 1, '1');
  EXPECT_TRUE(errors_of(in).contains("member"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM disclosures"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM audit_log WHERE action LIKE 'disclosure.%'"), 0);
}

TEST_P(DisclosuresTest, P13_transparency_counts_per_basis_and_quarter_match_the_records) {
  record(input("court-order"));
  record(input("court-order", true));  // withheld ones count too
  record(input("dispute"));
  {
    auto lease = m_db->acquire();
    // One from an earlier quarter: 2026-02-10.
    ASSERT_TRUE((*lease)->execute("UPDATE disclosures SET disclosed_at = 1770681600 WHERE basis = 'dispute'"));
  }
  auto lease = m_db->acquire();
  auto counts = transparency_counts(**lease);
  ASSERT_TRUE(counts) << counts.error().message;
  ASSERT_EQ(counts->size(), 2u);
  EXPECT_EQ(counts->back().quarter, "2026-Q1");
  EXPECT_EQ(counts->back().by_basis.at("dispute"), 1);
  EXPECT_EQ(counts->front().quarter, quarter_of(m_clock.now()));
  EXPECT_EQ(counts->front().by_basis.at("court-order"), 2);
  EXPECT_EQ(counts->front().total, 2);
  EXPECT_EQ(quarter_of(1767225600), "2026-Q1");  // 2026-01-01
  EXPECT_EQ(quarter_of(1767225599), "2025-Q4");
}

TEST_P(DisclosuresTest, P13_the_bases_and_categories_offered) {
  for (auto b : all_bases()) EXPECT_EQ(parse_basis(to_string(b)), b);
  EXPECT_FALSE(parse_basis("Court order"));
  auto categories = disclosable_categories(policy());
  EXPECT_NE(std::find(categories.begin(), categories.end(), "user.contact"), categories.end());
  EXPECT_EQ(std::find(categories.begin(), categories.end(), "user"), categories.end());
}

HANSE_DB_TEST_SUITE(DisclosuresTest);

}  // namespace
}  // namespace hanse::privacy
