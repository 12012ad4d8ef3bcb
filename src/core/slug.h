// The readable part of a public URL (/company/123-acme-tools): the id
// decides, the slug only reads well.
#pragma once

#include <string>
#include <string_view>

namespace hanse {

// The readable URL part of a UTF-8 `name`: ASCII letters lower-cased and
// digits kept; Latin letters with diacritics transliterated to their base
// letters ("Müller" -> "muller", "Martínez" -> "martinez", "ß" -> "ss",
// "Æ" -> "ae"); letters of other scripts (Chinese, Arabic, Cyrillic, ...)
// kept as percent-encoded UTF-8 ("五金" -> "%E4%BA%94%E9%87%91"), which a
// browser shows as the letters; every other run of characters one "-".
// At most 60 characters, never cutting a letter's escape; never empty
// ("item" then). Only ASCII, so it is safe in a Location header. A slug
// is its own slug (slugify(slugify(x)) == slugify(x)), so a stored slug
// may be given wherever a name is expected.
std::string slugify(std::string_view name);

}  // namespace hanse
