#include "market/search_tags.h"

namespace hanse::market {
namespace {

std::string alnum_lower(std::string_view text) {
  std::string out;
  for (char ch : text) {
    auto c = static_cast<unsigned char>(ch);
    if (c >= 'A' && c <= 'Z') out.push_back(static_cast<char>(c + ('a' - 'A')));
    else if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) out.push_back(ch);
  }
  return out;
}

}  // namespace

// (Appending rather than "k" + string: g++ 12 warns falsely on the latter.)
std::string kind_token(std::string_view kind) { return std::string(1, 'k').append(alnum_lower(kind)); }
std::string offer_kind_token(std::string_view offer_kind) {
  return std::string(1, 'o').append(alnum_lower(offer_kind));
}
std::string country_token(std::string_view country) { return std::string(1, 'n').append(alnum_lower(country)); }

std::string category_token(std::string_view category_id) {
  static constexpr char kHex[] = "0123456789abcdef";
  std::string out = "c";
  for (char ch : category_id) {
    auto c = static_cast<unsigned char>(ch);
    out.push_back(kHex[c >> 4]);
    out.push_back(kHex[c & 15]);
  }
  return out;
}

}  // namespace hanse::market
