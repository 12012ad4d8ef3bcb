// Checking an uploaded logo or photo before anything is stored: JPEG, PNG or
// WebP recognised by content, within a size limit. ImageType, sniff_image and
// content_type live in market/image_sniff.h (included here).
#pragma once

#include <cstddef>
#include <string_view>

#include "core/result.h"
#include "market/image_sniff.h"

namespace hanse::market {

// The type of an acceptable upload. Errors: invalid_input with a message for
// the person uploading, when `bytes` is empty, longer than `max_bytes` (the
// message names the limit, e.g. "at most 2 MB"), or not a JPEG, PNG or WebP
// image by content (GIF, SVG, HTML, PDF and text are named as such).
Result<ImageType> check_upload(std::string_view bytes, std::size_t max_bytes);

}  // namespace hanse::market
