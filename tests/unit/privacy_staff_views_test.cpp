// S-1: the support page's view of a member's data needs a purpose the
// policy allows for the fields shown; allowed views are logged by the guard,
// refused ones in staff_refusals, and the member sees both
// (staff_views_of). On SQLite and PostgreSQL, with the run-time door.
#include <gtest/gtest.h>

#include "privacy/staff_views.h"
#include "privacy_staff_disclosure_fixture.h"

namespace hanse::privacy {
namespace {

class StaffViewsTest : public testing::StaffDataTest {
 protected:
  Result<ViewOutcome> view(std::string query, std::string purpose, std::string reason = "ticket 42") {
    return view_member(*m_db, *m_guard, m_clock, {m_support, std::move(query), std::move(purpose), std::move(reason)});
  }
  std::vector<StaffView> views_of(std::int64_t member) {
    auto lease = m_db->acquire();
    auto views = staff_views_of(**lease, member);
    EXPECT_TRUE(views) << views.error().message;
    return views ? *views : std::vector<StaffView>{};
  }
};

TEST_P(StaffViewsTest, S1_view_by_id_for_an_allowed_purpose_shows_the_data_and_is_listed_to_the_member) {
  auto shown = view(std::to_string(m_member), "essential.service.operations.support");
  ASSERT_TRUE(shown) << shown.error().message;
  ASSERT_FALSE(shown->refusal) << shown->refusal->reason;
  EXPECT_EQ(shown->member_id, m_member);
  EXPECT_EQ(shown->values.at("members.email"), "anna@example.com");
  EXPECT_EQ(shown->values.at("members.name"), "Anna Schmidt");
  EXPECT_FALSE(shown->values.contains("members.password_hash"));

  auto views = views_of(m_member);
  ASSERT_EQ(views.size(), 1u);
  EXPECT_FALSE(views[0].refused);
  EXPECT_EQ(views[0].purpose, "essential.service.operations.support");
  EXPECT_EQ(views[0].reason, "ticket 42");
  EXPECT_NE(views[0].fields.find("members.phone"), std::string::npos);
  EXPECT_EQ(views[0].who, "support staff member #" + std::to_string(m_support));
  EXPECT_GT(views[0].at, 0);
  EXPECT_TRUE(views_of(m_other).empty());
}

TEST_P(StaffViewsTest, S1_view_by_email_finds_the_member_and_logs_the_lookup) {
  auto shown = view("  Ben@Example.com ", "essential.service.operations.support");
  ASSERT_TRUE(shown) << shown.error().message;
  ASSERT_FALSE(shown->refusal);
  EXPECT_EQ(shown->member_id, m_other);
  auto views = views_of(m_other);
  ASSERT_EQ(views.size(), 2u);  // the lookup by e-mail and the view
  EXPECT_TRUE(views_of(m_member).empty());
  auto missing = view("nobody@example.com", "essential.service.operations.support");
  ASSERT_TRUE(missing);
  EXPECT_TRUE(missing->not_found);
}

TEST_P(StaffViewsTest, S1_view_without_a_purpose_is_refused_and_logged_as_refused) {
  for (auto query : {std::to_string(m_member), std::string("anna@example.com")}) {
    auto refused = view(query, "");
    ASSERT_TRUE(refused) << refused.error().message;
    ASSERT_TRUE(refused->refusal) << query;
    EXPECT_TRUE(refused->values.empty());
  }
  auto views = views_of(m_member);
  ASSERT_EQ(views.size(), 2u);
  for (auto& v : views) {
    EXPECT_TRUE(v.refused);
    EXPECT_NE(v.refusal.find("no purpose"), std::string::npos) << v.refusal;
  }
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log"), 0);
}

TEST_P(StaffViewsTest, S1_view_for_a_purpose_the_policy_does_not_allow_is_refused_and_logged) {
  auto refused = view(std::to_string(m_member), "analytics.reporting.system");
  ASSERT_TRUE(refused) << refused.error().message;
  ASSERT_TRUE(refused->refusal);
  EXPECT_TRUE(refused->values.empty());
  auto unknown = view(std::to_string(m_member), "not.a.purpose");
  ASSERT_TRUE(unknown);
  ASSERT_TRUE(unknown->refusal);
  auto views = views_of(m_member);
  ASSERT_EQ(views.size(), 2u);
  EXPECT_TRUE(views[0].refused && views[1].refused);
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_refusals WHERE purpose = 'analytics.reporting.system'"), 1);
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log"), 0);
}

TEST_P(StaffViewsTest, S1_fields_over_their_limit_are_field_errors_and_nothing_is_logged) {
  auto long_reason = view(std::to_string(m_member), "essential.service.operations.support",
                          std::string(kMaxViewReason + 1, 'r'));
  ASSERT_TRUE(long_reason);
  EXPECT_TRUE(long_reason->errors.contains("reason"));
  auto long_query = view(std::string(kMaxLookupQuery + 1, 'q'), "essential.service.operations.support");
  ASSERT_TRUE(long_query);
  EXPECT_TRUE(long_query->errors.contains("query"));
  auto long_purpose = view(std::to_string(m_member), std::string(kMaxPurposeKey + 1, 'p'));
  ASSERT_TRUE(long_purpose);
  EXPECT_TRUE(long_purpose->errors.contains("purpose"));
  auto empty = view("", "essential.service.operations.support");
  ASSERT_TRUE(empty);
  EXPECT_TRUE(empty->errors.contains("query"));
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log"), 0);
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_refusals"), 0);
}

TEST_P(StaffViewsTest, S1_the_purposes_offered_are_the_policys) {
  auto purposes = policy_purposes(policy());
  EXPECT_NE(std::find(purposes.begin(), purposes.end(), "essential.service.operations.support"), purposes.end());
  for (auto& p : purposes) EXPECT_NE(m_book->taxonomy().purpose(p), nullptr) << p;
  EXPECT_EQ(std::set<std::string>(purposes.begin(), purposes.end()).size(), purposes.size());
}

TEST_P(StaffViewsTest, S1_guard_lookup_compares_only_members_columns_and_logs_only_when_allowed) {
  auto lease = m_db->acquire();
  ReadRequest lookup{{ActorKind::staff, m_support}, 0, {"sessions.user_agent"},
                     "essential.service.operations.support", "ticket", std::nullopt};
  auto other_table = m_guard->find_member(**lease, lookup, "Firefox");
  ASSERT_FALSE(other_table);
  EXPECT_EQ(other_table.error().kind, ErrorKind::forbidden);
  lookup.fields = {"members.email"};
  lookup.purpose = "analytics.reporting.system";
  auto refused = m_guard->find_member(**lease, lookup, "anna@example.com");
  ASSERT_TRUE(refused) << refused.error().message;
  EXPECT_EQ(refused->member_id, m_member);
  EXPECT_TRUE(refused->refusal);
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log"), 0);
  lookup.purpose = "essential.service.operations.support";
  auto found = m_guard->find_member(**lease, lookup, "anna@example.com");
  ASSERT_TRUE(found) << found.error().message;
  EXPECT_FALSE(found->refusal);
  EXPECT_EQ(count("SELECT COUNT(*) FROM staff_access_log WHERE fields = 'members.email'"), 1);
}

HANSE_DB_TEST_SUITE(StaffViewsTest);

}  // namespace
}  // namespace hanse::privacy
