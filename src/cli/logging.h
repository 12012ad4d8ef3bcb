// Structured logging set-up from [log] in the configuration.
#pragma once

#include "core/config.h"
#include "core/result.h"

namespace hanse::cli {

// Sends spdlog output to log.file (or standard output) at log.level.
// Errors: invalid_input when the file cannot be opened.
Status setup_logging(const Config& config);

}  // namespace hanse::cli
