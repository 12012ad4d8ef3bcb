#include "core/files.h"

#include <fstream>
#include <sstream>

#include <fmt/format.h>

namespace hanse {

Result<std::string> read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return fail(ErrorKind::invalid_input, fmt::format("{}: cannot read the file", path.string()));
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

}  // namespace hanse
