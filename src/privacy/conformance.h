// Conformance (SPEC P-3): which tests prove each clause of a policy
// version, and whether they pass. A test proves requirement "P-4" when its
// name starts with "P4_" (the id without its dash, then an underscore); a
// clause is proven by the tests of the requirements it lists, or, when it
// lists test-name prefixes in `proven_by` (several clauses share one
// requirement: "P11_server_logs"), by the tests named with one of those
// only. Clauses whose
// features are not built yet may be listed in an allow file
// (policy/unproven.txt), which lets them stay unproven but never passes them.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "core/result.h"
#include "privacy/conformance_results.h"
#include "privacy/policy.h"

namespace hanse::privacy {

// True when the test proves requirement (a SPEC id such as "P-4", "S-2",
// "M-6"): its name starts with "P4_". For a GoogleTest name given with its
// suite ("Backends/GuardTest.P2_reads/sqlite") the part after the suite's
// last '.' counts as the name. "XP4_..." and "P41_..." do not prove "P-4";
// a requirement that is not LETTERS-DIGITS is proven by nothing.
bool proves(std::string_view test_name, std::string_view requirement);

// True when the test's name (after its suite, as above) starts with prefix.
bool test_named(std::string_view test_name, std::string_view prefix);

// True when the test proves the clause: its name starts with one of the
// clause's proven_by prefixes when it has any, else proves() one of its
// requirements.
bool proves_clause(std::string_view test_name, const Clause& clause);

struct ClauseResult {
  enum Status { pass, fail, unproven, allowed_unproven };

  std::string id;
  std::string title;
  std::string opp115;
  std::vector<std::string> tests;    // labels of the proving tests, each once, sorted
  std::vector<std::string> failing;  // labels of the proving tests that failed somewhere
  int passed = 0;   // outcomes (a test run on two databases counts twice)
  int failed = 0;
  int skipped = 0;
  Status status = unproven;
};

// "pass", "FAIL", "unproven", "allowed-unproven" (as the report prints them).
std::string_view to_string(ClauseResult::Status status);

struct Conformance {
  int version = 0;
  std::vector<ClauseResult> clauses;  // in the version's document order
  // Advice that is not a failure: a clause in the allow file that has
  // passing tests ("... can be removed from the allow file").
  std::vector<std::string> notes;
  int proven = 0;     // status pass
  int failing = 0;    // status fail
  int unproven = 0;   // unproven + allowed_unproven
  int allowed = 0;    // allowed_unproven

  // True when no clause fails and every unproven clause is allowed.
  bool ok() const { return failing == 0 && unproven == allowed; }
};

// The clause ids of an allow file: one per line; '#' starts a comment;
// blank lines and surrounding spaces are ignored. source_name is used in
// messages. Errors: invalid_input naming the file and line for a line that
// is not a kebab-case id ([a-z0-9-]) or an id listed twice.
Result<std::vector<std::string>> parse_allow_list(std::string_view text,
                                                  std::string_view source_name);

// Judges each clause of version by the outcomes of the tests that prove it
// (proves_clause). A clause fails when any of those tests failed, passes when
// at least one passed and none failed, and is otherwise unproven (skipped
// tests prove nothing); an unproven clause listed in allowed is
// allowed_unproven. A listed clause that passes or fails keeps that status
// (a passing one adds a note). Errors: invalid_input naming every id in
// allowed that is not a clause of version.
Result<Conformance> check_conformance(const PolicyVersion& version,
                                      const std::vector<TestOutcome>& outcomes,
                                      const std::vector<std::string>& allowed);

}  // namespace hanse::privacy
