// The readable part of a public URL (/company/123-acme-tools): the id
// decides, the slug only reads well.
#pragma once

#include <string>
#include <string_view>

namespace hanse {

// Lower-case ASCII letters and digits of `name`, every other run of
// characters one "-", at most 60 characters, never empty ("item" then).
// A slug is its own slug (slugify(slugify(x)) == slugify(x)), so a stored
// slug may be given wherever a name is expected.
std::string slugify(std::string_view name);

}  // namespace hanse
