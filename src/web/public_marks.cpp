#include "web/public_marks.h"

#include <cctype>

namespace hanse::web {

void mark_public_fields(Dict& dict, const privacy::Guard& guard, int version, const FieldColumns& fields) {
  for (auto& [field, column] : fields) {
    if (!guard.is_public(version, column)) continue;
    std::string section;
    for (char c : field) section += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    dict.ShowSection(section + "_PUBLIC");
  }
}

}  // namespace hanse::web
