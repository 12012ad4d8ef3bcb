// The pictures of `hanse demo` (SPEC M-9): a product photo per product type
// and variant (shapes and colours drawn from the type and the seed) and a
// company logo per pair of initials and colour, as PNG bytes. Products of
// one type share a few pictures and companies with the same initials and
// colour share a logo, so a million companies load fast; the same seed gives
// the same bytes, another seed other colours.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>

#include "cli/demo_product_types.h"

namespace hanse::cli::demo {

inline constexpr int kImageVariants = 3;  // pictures per product type
inline constexpr int kLogoColours = 12;
inline constexpr int kProductImageWidth = 480, kProductImageHeight = 360;
inline constexpr int kLogoSize = 160;

// The picture of variant `variant` (0 .. kImageVariants-1) of `type`.
std::string product_image(std::uint64_t seed, const ProductType& type, int variant);

// A logo: `initials` (one or two capital letters A-Z; others are skipped) in
// white on a background of colour `colour` (0 .. kLogoColours-1).
std::string logo_image(std::uint64_t seed, std::string_view initials, int colour);

// The initials of a company name: the first letters A-Z of its first two
// words that begin with one (ASCII only, upper-cased); "D" when none does.
// "Ningbo Jinlong Machinery Co., Ltd." -> "NJ", "Al Noor Foods" -> "AN".
std::string initials_of(std::string_view name);

}  // namespace hanse::cli::demo
