// to_json: the machine-readable policy served at /privacy/policy.json
// (schema: policy/policy.schema.json).
#include "privacy/policy.h"

namespace hanse::privacy {

nlohmann::json to_json(const PolicyVersion& version, const SiteConfig& site) {
  nlohmann::json clauses = nlohmann::json::array();
  for (auto& c : version.clauses) {
    clauses.push_back({
        {"id", c.id},
        {"title", fill_placeholders(c.title, site)},
        {"opp115", c.opp115},
        {"text", fill_placeholders(c.text, site)},
        {"categories", c.categories},
        {"purposes", c.purposes},
        {"recipients", c.recipients},
        {"choice", std::string(to_string(c.choice))},
        {"retention", fill_placeholders(c.retention, site)},
        {"requirements", c.requirements},
    });
  }
  return {
      {"version", version.number},
      {"published", version.published},
      {"effective", version.effective},
      {"summary", fill_placeholders(version.summary, site)},
      {"operator", {{"name", site.operator_name}, {"contact_email", site.contact_email},
                    {"site_name", site.name}, {"site_url", site.base_url}}},
      {"taxonomy", "fideslang"},
      {"clauses", std::move(clauses)},
  };
}

}  // namespace hanse::privacy
