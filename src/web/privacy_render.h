// The pieces the privacy policy pages share (web/privacy_*.cpp).
#pragma once

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "privacy/policy.h"
#include "web/handler.h"

namespace hanse::web {

// "2026-11-01" -> "1 November 2026" (the text is already validated).
std::string long_date(const std::string& iso);

// A version number from a URL: 1 to 6 digits, no sign, no leading zero.
std::optional<int> version_number(std::string_view text);

// The version the policy page shows: the one in force, or version 1 while
// the clock is before the first effective date.
privacy::VersionPtr shown_version(const App& app);

// Where this version stands today, in words.
const char* status_of(const privacy::PolicyVersion& v, const privacy::VersionPtr& in_force);

// The page of one version (the policy page itself when is_current_page).
Response render_policy_version(App& app, Request& request, const privacy::PolicyVersion& v,
                               bool is_current_page);

// A query parameter that must be a version of the book when present.
// Returns the number, nullopt when absent, or an error message.
std::expected<std::optional<int>, std::string> version_param(const App& app, const Request& request,
                                                             std::string_view name);

void fill_change(Dict& d, const privacy::ClauseChange& change, const privacy::PolicyVersion& from,
                 const privacy::PolicyVersion& to, const App& app);

void fill_choices(Dict& d, const char* section, int selected,
                  const std::vector<privacy::VersionPtr>& all);

// A JSON error body {"error": message}.
Response json_error(int status, const std::string& message);

}  // namespace hanse::web
