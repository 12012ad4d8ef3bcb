#include "web/public_marks.h"

#include <cctype>

namespace hanse::web {

void mark_public_fields(Dict& dict, const std::vector<std::string>& fields) {
  for (auto& field : fields) {
    std::string section;
    for (char c : field) section += static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    dict.ShowSection(section + "_PUBLIC");
  }
}

}  // namespace hanse::web
