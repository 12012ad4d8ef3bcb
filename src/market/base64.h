// Bytes as base64 text, the way uploads and their thumbnails are stored
// (one TEXT column on both databases).
#pragma once

#include <string>
#include <string_view>

#include "core/result.h"

namespace hanse::market {

// The standard base64 of `bytes`.
std::string to_base64(std::string_view bytes);

// The bytes of standard base64 `text`. Errors: internal when the stored
// text is not base64.
Result<std::string> from_base64(std::string_view text);

}  // namespace hanse::market
