// Checking an uploaded logo or photo before anything is stored: JPEG, PNG or
// WebP recognised by content, within a size limit. ImageType, sniff_image and
// content_type live in market/image_sniff.h (included here).
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "core/result.h"
#include "market/image_sniff.h"

namespace hanse::market {

// The type of an acceptable upload. Errors: invalid_input with a message for
// the person uploading, when `bytes` is empty, longer than `max_bytes` (the
// message names the limit, e.g. "at most 2 MB"), or not a JPEG, PNG or WebP
// image by content (GIF, SVG, HTML, PDF and text are named as such).
Result<ImageType> check_upload(std::string_view bytes, std::size_t max_bytes);

// "2 MB", "512 KB", "1.5 MB" or "900 bytes", as the limits are shown to
// people; fractions round up, so a file just over a 2 MB limit shows as
// "2.1 MB", not "2.0 MB".
std::string human_size(std::size_t bytes);

}  // namespace hanse::market
