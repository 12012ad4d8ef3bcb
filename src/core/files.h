// Reading whole files.
#pragma once

#include <filesystem>
#include <string>

#include "core/result.h"

namespace hanse {

// The file's bytes. Errors: invalid_input naming the file when it cannot be read.
Result<std::string> read_file(const std::filesystem::path& path);

}  // namespace hanse
