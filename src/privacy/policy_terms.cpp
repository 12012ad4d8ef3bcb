// The policy's small vocabularies (choices, OPP-115 categories, recipients,
// placeholders, dates) and how they read in words.
#include <array>

#include <fmt/format.h>

#include "privacy/policy.h"

namespace hanse::privacy {
namespace {

struct Recipient {
  std::string_view key;
  std::string_view label;  // {operator} is replaced
};

constexpr std::array kRecipients = {
    Recipient{"operator", "{operator}, who runs this site"},
    Recipient{"public", "everyone who uses this site"},
    Recipient{"payment-gateway", "the bank or card processor that handles the payment"},
    Recipient{"authorities", "courts, regulators and other public authorities"},
    Recipient{"affected-parties", "people whose rights or property are being harmed, and their advisers"},
    Recipient{"partner", "the partner whose co-branded pages you used"},
    Recipient{"named-recipients", "only the third parties you name when you give permission"},
};

constexpr std::string_view kPartnerPrefix = "partner:";

bool name_chars(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s)
    if (!((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-')) return false;
  return true;
}

bool leap(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// Days from 1970-01-01 to y-m-d (proleptic Gregorian; H. Hinnant's algorithm).
std::int64_t days_from_civil(int y, int m, int d) {
  y -= m <= 2;
  const int era = (y >= 0 ? y : y - 399) / 400;
  const int yoe = y - era * 400;
  const int doy = (153 * (m + (m > 2 ? -3 : 9)) + 2) / 5 + d - 1;
  const int doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return std::int64_t{era} * 146097 + doe - 719468;
}

}  // namespace

std::string_view to_string(Choice choice) {
  switch (choice) {
    case Choice::always: return "always";
    case Choice::opt_out: return "opt-out";
    case Choice::opt_in: return "opt-in";
  }
  return "always";
}

std::string_view choice_label(Choice choice) {
  switch (choice) {
    case Choice::always: return "No choice: this is needed to provide the service.";
    case Choice::opt_out: return "Done unless you say no; you can opt out at any time.";
    case Choice::opt_in: return "Done only if you say yes; you can withdraw at any time.";
  }
  return "";
}

std::string_view to_string(ClauseChange::Kind kind) {
  switch (kind) {
    case ClauseChange::added: return "added";
    case ClauseChange::removed: return "removed";
    case ClauseChange::changed: return "changed";
  }
  return "changed";
}

const std::vector<std::string>& opp115_categories() {
  static const std::vector<std::string> all = {
      "First Party Collection/Use",     "Third Party Sharing/Collection",
      "User Choice/Control",            "User Access, Edit and Deletion",
      "Data Retention",                 "Data Security",
      "Policy Change",                  "Do Not Track",
      "International and Specific Audiences", "Other",
  };
  return all;
}

bool recipient_known(std::string_view recipient) {
  for (auto& r : kRecipients)
    if (r.key == recipient) return true;
  return recipient.starts_with(kPartnerPrefix) && name_chars(recipient.substr(kPartnerPrefix.size()));
}

std::string recipient_label(std::string_view recipient, const SiteConfig& site) {
  for (auto& r : kRecipients)
    if (r.key == recipient) return fill_placeholders(r.label, site);
  if (recipient.starts_with(kPartnerPrefix))
    return fmt::format("our partner \"{}\"", recipient.substr(kPartnerPrefix.size()));
  return std::string(recipient);
}

std::string fill_placeholders(std::string_view text, const SiteConfig& site) {
  const std::array<std::pair<std::string_view, const std::string*>, 3> values = {{
      {"{operator}", &site.operator_name},
      {"{contact_email}", &site.contact_email},
      {"{site_name}", &site.name},
  }};
  std::string out;
  out.reserve(text.size() + 64);
  std::size_t i = 0;
  while (i < text.size()) {
    bool replaced = false;
    if (text[i] == '{') {
      for (auto& [name, value] : values) {
        if (text.substr(i).starts_with(name)) {
          out += *value;
          i += name.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += text[i++];
  }
  return out;
}

Result<std::int64_t> parse_iso_date(std::string_view date) {
  auto bad = [&] {
    return fail(ErrorKind::invalid_input, fmt::format("\"{}\" is not a date of the form YYYY-MM-DD", date));
  };
  if (date.size() != 10 || date[4] != '-' || date[7] != '-') return bad();
  auto number = [&](std::size_t from, std::size_t len, int& out) {
    out = 0;
    for (std::size_t i = from; i < from + len; ++i) {
      if (date[i] < '0' || date[i] > '9') return false;
      out = out * 10 + (date[i] - '0');
    }
    return true;
  };
  int y = 0, m = 0, d = 0;
  if (!number(0, 4, y) || !number(5, 2, m) || !number(8, 2, d)) return bad();
  static constexpr std::array<int, 12> month_days = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  if (y < 1970 || m < 1 || m > 12 || d < 1) return bad();
  int last = month_days[static_cast<std::size_t>(m - 1)] + (m == 2 && leap(y) ? 1 : 0);
  if (d > last) return bad();
  return days_from_civil(y, m, d) * 86400;
}

const Clause* PolicyVersion::clause(std::string_view id) const {
  for (auto& c : clauses)
    if (c.id == id) return &c;
  return nullptr;
}

}  // namespace hanse::privacy
