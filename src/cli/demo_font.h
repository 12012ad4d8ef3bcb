// A built-in 5x7 bitmap font of the capital letters A-Z, for the initials
// on demo company logos (cli/demo_images.h); no font file is needed.
#pragma once

#include <cstdint>

namespace hanse::cli::demo {

inline constexpr int kGlyphWidth = 5, kGlyphHeight = 7;

// The rows of `letter` (top first; bit 4 is the leftmost pixel), or nullptr
// when it is not a capital letter A-Z.
const std::uint8_t* glyph(char letter);

}  // namespace hanse::cli::demo
