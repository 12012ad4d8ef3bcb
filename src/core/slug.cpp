#include "core/slug.h"

namespace hanse {

std::string slugify(std::string_view name) {
  constexpr std::size_t kMax = 60;
  std::string slug;
  bool gap = false;
  for (unsigned char c : name) {
    bool alnum = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9');
    if (c >= 'A' && c <= 'Z') {
      c = static_cast<unsigned char>(c - 'A' + 'a');
      alnum = true;
    }
    if (!alnum) {
      gap = true;
      continue;
    }
    if (slug.size() >= kMax) break;
    if (gap && !slug.empty()) {
      if (slug.size() + 1 >= kMax) break;
      slug += '-';
    }
    gap = false;
    slug += static_cast<char>(c);
  }
  return slug.empty() ? "item" : slug;
}

}  // namespace hanse
