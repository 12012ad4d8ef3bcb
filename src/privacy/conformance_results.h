// Test results as the test runners write them (SPEC P-3): JUnit XML from
// node's test runner (--test-reporter=junit) and GoogleTest XML
// (GTEST_OUTPUT=xml:DIR/). Only what conformance needs is read: each
// <testcase>, its name and classname, and whether it passed, failed or was
// skipped. The reader is a small scanner for these two formats, not a
// general XML parser: it understands start, end and self-closing tags,
// attributes in any order (quoted with ' or "), the five named entities and
// numeric character references, comments, CDATA sections, processing
// instructions and a DOCTYPE; it ignores every other element and all text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"

namespace hanse::privacy {

struct TestOutcome {
  enum Result { passed, failed, skipped };

  std::string name;       // node: the full test name; GoogleTest: "P2_x/sqlite"
  std::string classname;  // node: "test"; GoogleTest: the suite, "Backends/GuardTest"
  Result result = passed;
  bool googletest = false;  // the testcase had GoogleTest's status attribute
  std::string source;       // the file it came from ("unit_privacy_3.xml")

  // How reports name the test: "Suite.Name" for GoogleTest, the name for node.
  std::string label() const;
};

std::string_view to_string(TestOutcome::Result result);  // "passed", "failed", "skipped"

// The test cases of one results file. A testcase failed when it has a
// <failure> or <error> child; it was skipped when it has a <skipped> child
// or GoogleTest marks it status="notrun" or result="skipped"/"suppressed";
// otherwise it passed. source_name is used in messages and copied into each
// outcome. Errors: invalid_input naming the file and line for malformed
// markup (an unterminated tag, comment or CDATA, an attribute without a
// quoted value, an unknown entity, a testcase inside a testcase, a
// </testcase> without its start) and for a testcase without a name.
Result<std::vector<TestOutcome>> parse_test_results(std::string_view xml,
                                                    std::string_view source_name);

// The test cases of every *.xml file directly in dir, files in name order.
// Errors: not_found when dir does not exist or holds no *.xml file (the
// message says to run the tests first); invalid_input for a file that
// parse_test_results refuses; unavailable when a file cannot be read.
Result<std::vector<TestOutcome>> read_test_results(const std::string& dir);

}  // namespace hanse::privacy
