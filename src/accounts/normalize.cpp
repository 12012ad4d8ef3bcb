#include "accounts/normalize.h"
#include "core/text.h"

#include <algorithm>
#include <cctype>
#include <sstream>

namespace hanse::accounts {
namespace {

// ISO 3166-1 alpha-2, officially assigned codes.
constexpr std::string_view kCountries =
    "AD AE AF AG AI AL AM AO AQ AR AS AT AU AW AX AZ BA BB BD BE BF BG BH BI BJ BL BM BN BO BQ "
    "BR BS BT BV BW BY BZ CA CC CD CF CG CH CI CK CL CM CN CO CR CU CV CW CX CY CZ DE DJ DK DM "
    "DO DZ EC EE EG EH ER ES ET FI FJ FK FM FO FR GA GB GD GE GF GG GH GI GL GM GN GP GQ GR GS "
    "GT GU GW GY HK HM HN HR HT HU ID IE IL IM IN IO IQ IR IS IT JE JM JO JP KE KG KH KI KM KN "
    "KP KR KW KY KZ LA LB LC LI LK LR LS LT LU LV LY MA MC MD ME MF MG MH MK ML MM MN MO MP MQ "
    "MR MS MT MU MV MW MX MY MZ NA NC NE NF NG NI NL NO NP NR NU NZ OM PA PE PF PG PH PK PL PM "
    "PN PR PS PT PW PY QA RE RO RS RU RW SA SB SC SD SE SG SH SI SJ SK SL SM SN SO SR SS ST SV "
    "SX SY SZ TC TD TF TG TH TJ TK TL TM TN TO TR TT TV TW TZ UA UG UM US UY UZ VA VC VE VG VI "
    "VN VU WF WS YE YT ZA ZM ZW";

}  // namespace

std::optional<std::string> normalize_email(std::string_view raw) {
  auto s = trim(raw);
  if (s.empty() || s.size() > 254) return std::nullopt;
  std::string out;
  out.reserve(s.size());
  for (char c : s) {
    auto u = static_cast<unsigned char>(c);
    if (u <= 0x20 || u == 0x7f || c == '<' || c == '>' || c == ',' || c == ';' || c == '"')
      return std::nullopt;
    out.push_back(static_cast<char>(std::tolower(u)));
  }
  auto at = out.find('@');
  if (at == std::string::npos || at == 0 || out.find('@', at + 1) != std::string::npos)
    return std::nullopt;
  auto domain = std::string_view(out).substr(at + 1);
  auto dot = domain.rfind('.');
  if (dot == std::string::npos || dot == 0 || dot + 2 > domain.size() || domain.front() == '.' ||
      domain.find("..") != std::string::npos)
    return std::nullopt;
  return out;
}

std::optional<std::string> normalize_phone(std::string_view raw) {
  auto s = trim(raw);
  std::string out;
  for (std::size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c == '+' && out.empty()) {
      out.push_back('+');
    } else if (std::isdigit(static_cast<unsigned char>(c))) {
      out.push_back(c);
    } else if (c == ' ' || c == '-' || c == '.' || c == '(' || c == ')' || c == '/') {
      continue;
    } else {
      return std::nullopt;
    }
  }
  auto digits = std::count_if(out.begin(), out.end(), [](char c) { return c != '+'; });
  if (digits < 7 || digits > 15) return std::nullopt;
  return out;
}

const std::vector<std::string>& country_codes() {
  static const std::vector<std::string> codes = [] {
    std::vector<std::string> v;
    std::istringstream in{std::string(kCountries)};
    for (std::string code; in >> code;) v.push_back(code);
    return v;
  }();
  return codes;
}

std::optional<std::string> normalize_country(std::string_view raw) {
  auto s = trim(raw);
  if (s.size() != 2) return std::nullopt;
  std::string code{static_cast<char>(std::toupper(static_cast<unsigned char>(s[0]))),
                   static_cast<char>(std::toupper(static_cast<unsigned char>(s[1])))};
  auto& all = country_codes();
  if (!std::binary_search(all.begin(), all.end(), code)) return std::nullopt;
  return code;
}

std::string clean_text(std::string_view raw, bool keep_newlines) {
  std::string out;
  bool pending_space = false;
  for (char c : trim(raw)) {
    auto u = static_cast<unsigned char>(c);
    if (c == '\r') continue;
    if (c == '\n' && keep_newlines) {
      while (!out.empty() && out.back() == ' ') out.pop_back();
      out.push_back('\n');
      pending_space = false;
      continue;
    }
    if (c == ' ' || c == '\t' || c == '\n') {
      pending_space = true;
      continue;
    }
    if (u < 0x20 || u == 0x7f) continue;
    if (pending_space && !out.empty() && out.back() != '\n') out.push_back(' ');
    pending_space = false;
    out.push_back(c);
  }
  return out;
}

}  // namespace hanse::accounts
