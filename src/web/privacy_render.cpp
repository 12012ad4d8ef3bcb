// The pieces of the privacy policy pages (P-1, P-19), all generated from
// policy/ through the PolicyBook.
#include <array>
#include <charconv>
#include <cstdio>
#include <fmt/format.h>

#include "privacy/policy.h"
#include "web/privacy_render.h"

namespace hanse::web {

using privacy::PolicyVersion;
using privacy::VersionPtr;

namespace {

// Paragraphs of a clause text: split at blank lines, lines joined.
std::vector<std::string> paragraphs(const std::string& text) {
  std::vector<std::string> out;
  std::string current;
  std::size_t start = 0;
  while (start <= text.size()) {
    auto end = text.find('\n', start);
    if (end == std::string::npos) end = text.size();
    auto line = text.substr(start, end - start);
    if (line.find_first_not_of(" \t\r") == std::string::npos) {
      if (!current.empty()) out.push_back(std::move(current));
      current.clear();
    } else {
      if (!current.empty()) current += ' ';
      current += line;
    }
    start = end + 1;
  }
  if (!current.empty()) out.push_back(std::move(current));
  return out;
}

void fill_paragraphs(Dict& d, const std::string& text, const SiteConfig& site,
                     const char* section = "PARAGRAPH") {
  for (auto& p : paragraphs(privacy::fill_placeholders(text, site)))
    d.AddSectionDictionary(section)->SetValue("TEXT", p);
}

// One clause with its machine terms in words.
void fill_clause(Dict& d, const privacy::Clause& clause, const App& app) {
  const auto& site = app.config.site;
  const auto& taxonomy = app.policy->taxonomy();
  d.SetValue("ID", clause.id);
  d.SetValue("TITLE", privacy::fill_placeholders(clause.title, site));
  d.SetValue("OPP115", clause.opp115);
  fill_paragraphs(d, clause.text, site);
  if (clause.categories.empty()) {
    d.ShowSection("NO_DATA");
  } else {
    Dict* terms = d.AddSectionDictionary("HAS_DATA");
    for (auto& key : clause.categories) {
      Dict* c = terms->AddSectionDictionary("CATEGORY");
      c->SetValue("NAME", taxonomy.category(key) ? taxonomy.category(key)->name : key);
      c->SetValue("KEY", key);
    }
    for (auto& key : clause.purposes) {
      Dict* p = terms->AddSectionDictionary("PURPOSE");
      p->SetValue("NAME", taxonomy.purpose(key) ? taxonomy.purpose(key)->name : key);
      p->SetValue("KEY", key);
    }
    for (auto& r : clause.recipients)
      terms->AddSectionDictionary("RECIPIENT")->SetValue("TEXT", privacy::recipient_label(r, site));
    terms->SetValue("CHOICE", std::string(privacy::choice_label(clause.choice)));
    terms->SetValue("CHOICE_KEY", std::string(privacy::to_string(clause.choice)));
  }
  d.SetValue("RETENTION", privacy::fill_placeholders(clause.retention, site));
}

void fill_version(Dict& d, const PolicyVersion& v, const App& app) {
  d.SetIntValue("VERSION", v.number);
  d.SetValue("PUBLISHED_ISO", v.published);
  d.SetValue("PUBLISHED", long_date(v.published));
  d.SetValue("EFFECTIVE_ISO", v.effective);
  d.SetValue("EFFECTIVE", long_date(v.effective));
  fill_paragraphs(d, v.summary, app.config.site, "SUMMARY");
  if (v.number > 1) {
    d.SetIntValue("PREVIOUS", v.number - 1);
    d.ShowSection("HAS_PREVIOUS");
  }
  for (auto& clause : v.clauses) {
    Dict* toc = d.AddSectionDictionary("TOC");
    toc->SetValue("ID", clause.id);
    toc->SetValue("TITLE", privacy::fill_placeholders(clause.title, app.config.site));
    fill_clause(*d.AddSectionDictionary("CLAUSE"), clause, app);
  }
}

}  // namespace

// "2026-11-01" -> "1 November 2026" (the text is already validated).
std::string long_date(const std::string& iso) {
  static constexpr std::array<const char*, 12> months = {
      "January", "February", "March", "April", "May", "June", "July",
      "August", "September", "October", "November", "December"};
  int y = 0, m = 0, d = 0;
  if (std::sscanf(iso.c_str(), "%4d-%2d-%2d", &y, &m, &d) != 3 || m < 1 || m > 12) return iso;
  return fmt::format("{} {} {}", d, months[static_cast<std::size_t>(m - 1)], y);
}

// A version number from a URL: 1 to 6 digits, no sign, no leading zero.
std::optional<int> version_number(std::string_view text) {
  if (text.empty() || text.size() > 6 || text.front() == '0') return std::nullopt;
  int n = 0;
  auto [p, ec] = std::from_chars(text.data(), text.data() + text.size(), n);
  if (ec != std::errc{} || p != text.data() + text.size()) return std::nullopt;
  return n;
}

// The version the policy page shows: the one in force, or version 1 while
// the clock is before the first effective date.
VersionPtr shown_version(const App& app) {
  if (auto v = app.policy->in_force(app.clock.now())) return v;
  return app.policy->version(1);
}

// Where this version stands today, in words.
const char* status_of(const PolicyVersion& v, const VersionPtr& in_force) {
  if (in_force && in_force->number == v.number) return "In force";
  if (!in_force || v.number > in_force->number) return "Not yet in force";
  return "Replaced";
}

Response render_policy_version(App& app, Request& request, const PolicyVersion& v, bool is_current_page) {
  Page page(app, request);
  if (auto failed = page.load_viewer()) return std::move(*failed);
  VersionPtr in_force = app.policy->in_force(app.clock.now());
  VersionPtr latest = app.policy->latest_published();
  auto title = is_current_page ? std::string("Privacy policy")
                               : fmt::format("Privacy policy, version {}", v.number);
  return page.render("privacy", title, [&](Dict& d) {
    d.SetValue("HEADING", title);
    fill_version(d, v, app);
    d.SetValue("STATUS", status_of(v, in_force));
    if (!is_current_page) d.ShowSection("ARCHIVED");
    if (latest && latest->number > v.number && (!in_force || latest->number > in_force->number)) {
      Dict* next = d.AddSectionDictionary("UPCOMING");
      next->SetIntValue("NEXT", latest->number);
      next->SetIntValue("FROM", v.number);
      next->SetValue("NEXT_EFFECTIVE_ISO", latest->effective);
      next->SetValue("NEXT_EFFECTIVE", long_date(latest->effective));
    }
  });
}

// A query parameter that must be a version of the book when present.
// Returns the number, nullopt when absent, or an error message.
std::expected<std::optional<int>, std::string> version_param(const App& app, const Request& request,
                                                            std::string_view name) {
  auto raw = request.query(name);
  if (!raw) return std::optional<int>{};
  auto n = version_number(*raw);
  if (!n)
    return std::unexpected(fmt::format("\"{}\" must be a version number such as 1, not \"{}\".", name,
                                       raw->substr(0, 40)));
  if (!app.policy->version(*n))
    return std::unexpected(fmt::format("There is no version {} of the privacy policy.", *n));
  return n;
}

void fill_change(Dict& d, const privacy::ClauseChange& change, const PolicyVersion& from,
                 const PolicyVersion& to, const App& app) {
  const privacy::Clause* before = from.clause(change.id);
  const privacy::Clause* after = to.clause(change.id);
  const privacy::Clause* shown = after ? after : before;
  d.SetValue("ID", change.id);
  d.SetValue("TITLE", privacy::fill_placeholders(shown->title, app.config.site));
  d.SetValue("KIND", std::string(privacy::to_string(change.kind)));
  d.SetIntValue("FROM", from.number);
  d.SetIntValue("TO", to.number);
  if (!change.what_changed.empty()) {
    Dict* list = d.AddSectionDictionary("WHAT_LIST");
    for (auto& what : change.what_changed) list->AddSectionDictionary("WHAT")->SetValue("TEXT", what);
  }
  bool text_changed = change.kind == privacy::ClauseChange::changed && before->text != after->text;
  if (before && (change.kind == privacy::ClauseChange::removed || text_changed))
    fill_paragraphs(*d.AddSectionDictionary("BEFORE"), before->text, app.config.site);
  if (after && (change.kind == privacy::ClauseChange::added || text_changed))
    fill_paragraphs(*d.AddSectionDictionary("AFTER"), after->text, app.config.site);
}

void fill_choices(Dict& d, const char* section, int selected, const std::vector<VersionPtr>& all) {
  for (auto& v : all) {
    Dict* option = d.AddSectionDictionary(section);
    option->SetIntValue("N", v->number);
    if (v->number == selected) option->ShowSection("SELECTED");
  }
}

Response json_error(int status, const std::string& message) {
  return Response::json(nlohmann::json{{"error", message}}.dump() + "\n", status);
}

}  // namespace hanse::web
