// Conformance (P-3): reading GoogleTest and node JUnit result files, which
// tests prove which requirement, and how clauses are judged against the
// allow file of clauses that may stay unproven.
#include <filesystem>
#include <fstream>
#include <unistd.h>

#include <gtest/gtest.h>

#include "privacy/conformance.h"

namespace hanse::privacy {
namespace {

namespace fs = std::filesystem;

// What GoogleTest 1.12 writes with GTEST_OUTPUT=xml:DIR/ (trimmed).
const char* kGoogleTestXml = R"(<?xml version="1.0" encoding="UTF-8"?>
<testsuites tests="5" failures="1" disabled="0" errors="0" time="0.01" timestamp="2026-01-01T00:00:00" name="AllTests">
  <testsuite name="PolicyTest" tests="3" failures="1" disabled="0" skipped="1" errors="0" time="0." timestamp="2026-01-01T00:00:00">
    <testcase name="P4_password_hashed" status="run" result="completed" time="0." timestamp="2026-01-01T00:00:00" classname="PolicyTest" />
    <testcase classname="PolicyTest" result="completed" status="run" name="P5_sign_out_ends_session" time="0.">
      <failure message="Expected equality of these values:&#x0A;  1&#x0A;  2" type=""><![CDATA[policy_test.cpp:10
Expected equality: <testcase name="P9_fake"/> & more]]></failure>
    </testcase>
    <testcase name="P6_later" status="run" result="skipped" time="0." classname="PolicyTest">
      <skipped message="policy_test.cpp:20&#x0A;"><![CDATA[policy_test.cpp:20
]]></skipped>
    </testcase>
  </testsuite>
  <testsuite name="Backends/GuardTest" tests="2">
    <testcase name="P2_staff_reads_are_logged/sqlite" value_param="&quot;sqlite&quot;" status="run" result="completed" time="0." classname="Backends/GuardTest" />
    <testcase name="DISABLED_P2_off" status="notrun" result="suppressed" time="0." classname="Backends/GuardTest" />
  </testsuite>
</testsuites>
)";

// What node 20's junit reporter writes (trimmed; note its double-escaped quote).
const char* kNodeXml = R"(<?xml version="1.0" encoding="utf-8"?>
<testsuites>
	<testcase name="P4_ok: a -> &amp;quot;b&amp;quot; &amp; &lt;c>" time="0.022117" classname="test"/>
	<testcase name="P5_fails" time="0.001387" classname="test" failure="1 == 2">
		<failure type="testCodeFailure" message="1 == 2">
[Error [ERR_TEST_FAILURE]: 1 == 2] {
      at TestContext.&lt;anonymous> (/tmp/a.test.js:4:33)
}
		</failure>
	</testcase>
	<testcase name="P6_skipped" time="0.000423" classname="test">
		<skipped type="skipped" message="later"/>
	</testcase>
	<testcase name="P7_todo" time="0.000317" classname="test">
		<skipped type="todo" message="true"/>
	</testcase>
	<testsuite name="group" time="0.000815" disabled="0" errors="0" tests="1" failures="0" skipped="0" hostname="vm">
		<testcase name="P8_inner" time="0.000331" classname="test"/>
		<testcase name="P8_broken" time="0.000331" classname="test"><error message="boom"/></testcase>
	</testsuite>
	<!-- tests 5 -->
	<!-- fail 1 -->
</testsuites>
)";

std::vector<TestOutcome> parse_ok(std::string_view xml) {
  auto parsed = parse_test_results(xml, "fixture.xml");
  EXPECT_TRUE(parsed.has_value()) << (parsed ? "" : parsed.error().message);
  return parsed ? *parsed : std::vector<TestOutcome>{};
}

std::string parse_error(std::string_view xml) {
  auto parsed = parse_test_results(xml, "bad.xml");
  EXPECT_FALSE(parsed.has_value()) << "accepted: " << xml;
  if (parsed) return "";
  EXPECT_EQ(parsed.error().kind, ErrorKind::invalid_input);
  return parsed.error().message;
}

TestOutcome outcome(std::string name, TestOutcome::Result result) {
  TestOutcome o;
  o.name = std::move(name);
  o.classname = "test";
  o.result = result;
  return o;
}

Clause clause(std::string id, std::vector<std::string> requirements) {
  Clause c;
  c.id = std::move(id);
  c.title = "Title of " + c.id;
  c.opp115 = "Data Security";
  c.requirements = std::move(requirements);
  return c;
}

PolicyVersion version_with(std::vector<Clause> clauses) {
  PolicyVersion v;
  v.number = 1;
  v.clauses = std::move(clauses);
  return v;
}

Conformance check_ok(const PolicyVersion& v, const std::vector<TestOutcome>& outcomes,
                     const std::vector<std::string>& allowed = {}) {
  auto checked = check_conformance(v, outcomes, allowed);
  EXPECT_TRUE(checked.has_value()) << (checked ? "" : checked.error().message);
  return checked ? *checked : Conformance{};
}

TEST(ConformanceTest, P3_reads_googletest_xml) {
  auto outcomes = parse_ok(kGoogleTestXml);
  ASSERT_EQ(outcomes.size(), 5u);  // the testcase inside CDATA is text, not a test
  EXPECT_EQ(outcomes[0].name, "P4_password_hashed");
  EXPECT_EQ(outcomes[0].classname, "PolicyTest");
  EXPECT_TRUE(outcomes[0].googletest);
  EXPECT_EQ(outcomes[0].label(), "PolicyTest.P4_password_hashed");
  EXPECT_EQ(outcomes[0].result, TestOutcome::passed);
  EXPECT_EQ(outcomes[0].source, "fixture.xml");
  EXPECT_EQ(outcomes[1].name, "P5_sign_out_ends_session");
  EXPECT_EQ(outcomes[1].result, TestOutcome::failed);
  EXPECT_EQ(outcomes[2].result, TestOutcome::skipped);
  EXPECT_EQ(outcomes[3].label(), "Backends/GuardTest.P2_staff_reads_are_logged/sqlite");
  EXPECT_EQ(outcomes[3].result, TestOutcome::passed);
  EXPECT_EQ(outcomes[4].result, TestOutcome::skipped);  // disabled: notrun
}

TEST(ConformanceTest, P3_reads_node_junit_xml) {
  auto outcomes = parse_ok(kNodeXml);
  ASSERT_EQ(outcomes.size(), 6u);
  EXPECT_EQ(outcomes[0].name, "P4_ok: a -> &quot;b&quot; & <c>");
  EXPECT_FALSE(outcomes[0].googletest);
  EXPECT_EQ(outcomes[0].label(), outcomes[0].name);
  EXPECT_EQ(outcomes[0].result, TestOutcome::passed);
  EXPECT_EQ(outcomes[1].result, TestOutcome::failed);
  EXPECT_EQ(outcomes[2].result, TestOutcome::skipped);
  EXPECT_EQ(outcomes[3].result, TestOutcome::skipped);  // todo
  EXPECT_EQ(outcomes[4].name, "P8_inner");
  EXPECT_EQ(outcomes[4].result, TestOutcome::passed);
  EXPECT_EQ(outcomes[5].result, TestOutcome::failed);  // <error>
}

TEST(ConformanceTest, P3_attributes_in_any_order_quotes_and_self_closing) {
  auto outcomes = parse_ok(
      "<testsuite><testcase\n  classname = 'S'\tname='P4_a&#65;&#x42;' status=\"run\"/>"
      "<testcase name=\"P4_b\" classname=\"S\"  ></testcase>"
      "<testcase time='1' name='P4_c' ><skipped/><failure message='x'/></testcase></testsuite>");
  ASSERT_EQ(outcomes.size(), 3u);
  EXPECT_EQ(outcomes[0].name, "P4_aAB");
  EXPECT_EQ(outcomes[0].classname, "S");
  EXPECT_TRUE(outcomes[0].googletest);
  EXPECT_EQ(outcomes[1].name, "P4_b");
  EXPECT_EQ(outcomes[1].result, TestOutcome::passed);
  EXPECT_EQ(outcomes[2].result, TestOutcome::failed);  // a failure outweighs a skip
  EXPECT_TRUE(parse_ok("<testsuites/>").empty());
  EXPECT_TRUE(parse_ok("").empty());
}

TEST(ConformanceTest, P3_malformed_results_are_refused_naming_file_and_line) {
  EXPECT_NE(parse_error("<testsuite>\n<!-- open").find("bad.xml:2: unterminated comment"),
            std::string::npos);
  EXPECT_NE(parse_error("<a>\n<![CDATA[ x").find("bad.xml:2: unterminated CDATA"), std::string::npos);
  EXPECT_NE(parse_error("<testcase name=\"x\"").find("unterminated tag"), std::string::npos);
  EXPECT_NE(parse_error("<testcase name=x/>").find("unquoted"), std::string::npos);
  EXPECT_NE(parse_error("<testcase name/>").find("no value"), std::string::npos);
  EXPECT_NE(parse_error("<testcase name=\"a&nbsp;\"/>").find("character reference"), std::string::npos);
  EXPECT_NE(parse_error("<testcase classname=\"x\"/>").find("without a name"), std::string::npos);
  EXPECT_NE(parse_error("<testsuite>\n\n</testcase>").find("bad.xml:3: </testcase> without"),
            std::string::npos);
  EXPECT_NE(parse_error("<testcase name=\"a\">\n<testcase name=\"b\"/>").find("starts at line 1"),
            std::string::npos);
  EXPECT_NE(parse_error("<testsuite>\n<testcase name=\"a\">\n</testsuite>").find("bad.xml:2: testcase is not closed"),
            std::string::npos);
}

TEST(ConformanceTest, P3_test_names_prove_requirements_by_prefix) {
  EXPECT_TRUE(proves("P4_password_never_stored_in_clear", "P-4"));
  EXPECT_TRUE(proves("P4_ok: register -> 303", "P-4"));
  EXPECT_TRUE(proves("S2_audit_chain", "S-2"));
  EXPECT_TRUE(proves("M6_search_ranks", "M-6"));
  EXPECT_TRUE(proves("P19_added_purpose_refused_for_old_data", "P-19"));
  EXPECT_TRUE(proves("Backends/GuardTest.P2_staff_reads_are_logged/sqlite", "P-2"));
  EXPECT_TRUE(proves("GuardTest.P2_x", "P-2"));

  EXPECT_FALSE(proves("XP4_password", "P-4"));
  EXPECT_FALSE(proves("P41_something", "P-4"));
  EXPECT_FALSE(proves("P19_x", "P-1"));
  EXPECT_FALSE(proves("P4x", "P-4"));
  EXPECT_FALSE(proves("p4_lowercase", "P-4"));
  EXPECT_FALSE(proves("GuardTest.XP2_x", "P-2"));
  EXPECT_FALSE(proves("a test about P4_ in the middle", "P-4"));
  EXPECT_FALSE(proves("P4_x", "P4"));
  EXPECT_FALSE(proves("P4_x", "p-4"));
  EXPECT_FALSE(proves("P4_x", "P-"));
  EXPECT_FALSE(proves("P4_x", ""));
}

TEST(ConformanceTest, P3_a_failing_test_makes_its_clause_fail) {
  auto v = version_with({clause("passwords", {"P-4"}), clause("signing-out", {"P-5"})});
  auto report = check_ok(v, {outcome("P4_hash", TestOutcome::passed),
                             outcome("P4_hash", TestOutcome::failed),  // the other database
                             outcome("P4_reset", TestOutcome::passed),
                             outcome("P5_sign_out", TestOutcome::passed)});
  ASSERT_EQ(report.clauses.size(), 2u);
  const auto& passwords = report.clauses[0];
  EXPECT_EQ(passwords.status, ClauseResult::fail);
  EXPECT_EQ(passwords.tests, (std::vector<std::string>{"P4_hash", "P4_reset"}));
  EXPECT_EQ(passwords.failing, (std::vector<std::string>{"P4_hash"}));
  EXPECT_EQ(passwords.passed, 2);
  EXPECT_EQ(passwords.failed, 1);
  EXPECT_EQ(passwords.title, "Title of passwords");
  EXPECT_EQ(passwords.opp115, "Data Security");
  EXPECT_EQ(report.clauses[1].status, ClauseResult::pass);
  EXPECT_EQ(report.failing, 1);
  EXPECT_EQ(report.proven, 1);
  EXPECT_FALSE(report.ok());
}

TEST(ConformanceTest, P3_clauses_pass_by_any_requirement_and_skips_prove_nothing) {
  auto v = version_with({clause("security", {"P-6", "S-2"}), clause("billing", {"P-8"}),
                         clause("nothing", {})});
  auto report = check_ok(v, {outcome("S2_chain", TestOutcome::passed),
                             outcome("P8_card", TestOutcome::skipped),
                             outcome("P8_card_token", TestOutcome::skipped)});
  EXPECT_EQ(report.clauses[0].status, ClauseResult::pass);
  EXPECT_EQ(report.clauses[1].status, ClauseResult::unproven);
  EXPECT_EQ(report.clauses[1].skipped, 2);
  EXPECT_EQ(report.clauses[1].tests.size(), 2u);
  EXPECT_EQ(report.clauses[2].status, ClauseResult::unproven);
  EXPECT_EQ(report.unproven, 2);
  EXPECT_EQ(report.allowed, 0);
  EXPECT_FALSE(report.ok());
  EXPECT_TRUE(check_ok(version_with({clause("security", {"P-6", "S-2"})}),
                       {outcome("S2_chain", TestOutcome::passed)})
                  .ok());
}

// Several clauses share P-11; each names its own tests (proven_by), and a
// test of one proves nothing about the others.
TEST(ConformanceTest, P3_proven_by_replaces_the_requirement_rule_for_its_clause) {
  Clause logs = clause("server-logs", {"P-11"});
  logs.proven_by = {"P11_server_logs"};
  Clause personal = clause("personalisation", {"P-11"});
  personal.proven_by = {"P11_personalisation"};
  Clause shared = clause("shared", {"P-11"});  // no proven_by: any P11_ test
  auto v = version_with({logs, personal, shared});
  auto report = check_ok(v, {outcome("P11_server_logs_tokens_are_not_logged", TestOutcome::passed),
                             outcome("Backends/DayLogTest.P11_server_logs_prune/sqlite", TestOutcome::passed)},
                         {"personalisation"});
  ASSERT_EQ(report.clauses.size(), 3u);
  EXPECT_EQ(report.clauses[0].status, ClauseResult::pass);
  EXPECT_EQ(report.clauses[0].tests.size(), 2u);
  EXPECT_EQ(report.clauses[1].status, ClauseResult::allowed_unproven);
  EXPECT_TRUE(report.clauses[1].tests.empty());
  EXPECT_EQ(report.clauses[2].status, ClauseResult::pass);
  EXPECT_TRUE(report.ok());

  // A failing server-logs test fails only server-logs; a personalisation
  // test proves personalisation.
  auto failing = check_ok(v, {outcome("P11_server_logs_x", TestOutcome::failed),
                              outcome("P11_personalisation_y", TestOutcome::passed)});
  EXPECT_EQ(failing.clauses[0].status, ClauseResult::fail);
  EXPECT_EQ(failing.clauses[1].status, ClauseResult::pass);
  EXPECT_EQ(failing.clauses[1].tests, (std::vector<std::string>{"P11_personalisation_y"}));

  EXPECT_TRUE(proves_clause("P11_server_logs_a", logs));
  EXPECT_TRUE(proves_clause("Suite.P11_server_logs_a", logs));
  EXPECT_FALSE(proves_clause("P11_personalisation_a", logs));
  EXPECT_FALSE(proves_clause("P11_other", logs));
  EXPECT_FALSE(proves_clause("XP11_server_logs_a", logs));
  EXPECT_FALSE(proves_clause("P11_server_logs_a", personal));
  EXPECT_TRUE(proves_clause("P11_anything", shared));
}

TEST(ConformanceTest, P3_allowed_clauses_stay_unproven_and_never_pass) {
  auto v = version_with({clause("passwords", {"P-4"}), clause("billing", {"P-8"}),
                         clause("children", {"P-18"}), clause("cookies", {"P-16"})});
  auto report = check_ok(v,
                         {outcome("P4_hash", TestOutcome::passed), outcome("P16_c", TestOutcome::failed)},
                         {"billing", "passwords", "cookies"});
  EXPECT_EQ(report.clauses[0].status, ClauseResult::pass);  // allowed, but proven
  ASSERT_EQ(report.notes.size(), 1u);
  EXPECT_NE(report.notes[0].find("passwords"), std::string::npos);
  EXPECT_NE(report.notes[0].find("remove it"), std::string::npos);
  EXPECT_EQ(report.clauses[1].status, ClauseResult::allowed_unproven);
  EXPECT_EQ(report.clauses[2].status, ClauseResult::unproven);  // not allowed
  EXPECT_EQ(report.clauses[3].status, ClauseResult::fail);      // allowed does not excuse failure
  EXPECT_EQ(report.unproven, 2);
  EXPECT_EQ(report.allowed, 1);
  EXPECT_FALSE(report.ok());

  auto fine = check_ok(v, {outcome("P4_hash", TestOutcome::passed)},
                       {"billing", "children", "cookies"});
  EXPECT_EQ(fine.unproven, 3);
  EXPECT_EQ(fine.allowed, 3);
  EXPECT_TRUE(fine.notes.empty());
  EXPECT_TRUE(fine.ok());
}

TEST(ConformanceTest, P3_unknown_id_in_the_allow_file_is_an_error) {
  auto v = version_with({clause("passwords", {"P-4"})});
  auto checked = check_conformance(v, {}, {"passwords", "no-such-clause", "billing"});
  ASSERT_FALSE(checked.has_value());
  EXPECT_EQ(checked.error().kind, ErrorKind::invalid_input);
  EXPECT_NE(checked.error().message.find("\"no-such-clause\", \"billing\""), std::string::npos)
      << checked.error().message;
  EXPECT_NE(checked.error().message.find("version 1"), std::string::npos);
}

TEST(ConformanceTest, P3_allow_list_file_format) {
  auto ids = parse_allow_list("# later issues\n\nbilling-card-data   # P-8\n  children\r\n#x\ncookies", "u.txt");
  ASSERT_TRUE(ids.has_value()) << ids.error().message;
  EXPECT_EQ(*ids, (std::vector<std::string>{"billing-card-data", "children", "cookies"}));
  auto twice = parse_allow_list("a\nb\na\n", "u.txt");
  ASSERT_FALSE(twice.has_value());
  EXPECT_NE(twice.error().message.find("u.txt:3: clause \"a\" is listed twice"), std::string::npos);
  auto bad = parse_allow_list("a\nBilling Card\n", "u.txt");
  ASSERT_FALSE(bad.has_value());
  EXPECT_NE(bad.error().message.find("u.txt:2:"), std::string::npos);
  EXPECT_TRUE(parse_allow_list("", "u.txt")->empty());
}

class ResultsDirTest : public ::testing::Test {
 protected:
  void SetUp() override {
    m_dir = fs::temp_directory_path() / ("hanse-conformance-" + std::to_string(::getpid()));
    fs::remove_all(m_dir);
  }
  void TearDown() override { fs::remove_all(m_dir); }
  void write(const std::string& name, const std::string& text) {
    fs::create_directories(m_dir);
    std::ofstream(m_dir / name) << text;
  }
  fs::path m_dir;
};

TEST_F(ResultsDirTest, P3_reads_every_xml_file_and_refuses_a_missing_or_empty_folder) {
  auto missing = read_test_results(m_dir.string());
  ASSERT_FALSE(missing.has_value());
  EXPECT_EQ(missing.error().kind, ErrorKind::not_found);
  EXPECT_NE(missing.error().message.find(m_dir.string()), std::string::npos);

  write("notes.txt", "<testcase name=\"P1_not_read\"/>");
  auto empty = read_test_results(m_dir.string());
  ASSERT_FALSE(empty.has_value());
  EXPECT_NE(empty.error().message.find("no test results"), std::string::npos);

  write("unit_privacy.xml", "<testsuites><testcase name=\"P4_a\" status=\"run\" classname=\"T\"/></testsuites>");
  write("http-sqlite.xml", kNodeXml);
  auto all = read_test_results(m_dir.string());
  ASSERT_TRUE(all.has_value()) << all.error().message;
  ASSERT_EQ(all->size(), 7u);
  EXPECT_EQ(all->front().source, "http-sqlite.xml");
  EXPECT_EQ(all->back().source, "unit_privacy.xml");

  write("broken.xml", "<testcase name=\"P4_a\">");
  auto broken = read_test_results(m_dir.string());
  ASSERT_FALSE(broken.has_value());
  EXPECT_NE(broken.error().message.find("broken.xml:1:"), std::string::npos);
}

}  // namespace
}  // namespace hanse::privacy
