// The readable part of a public URL (/company/123-acme-tools): the id
// decides, the slug only reads well.
#pragma once

#include <string>
#include <string_view>

namespace hanse::market {

// Lower-case ASCII letters and digits of `name`, every other run of
// characters one "-", at most 60 characters, never empty ("item" then).
std::string slugify(std::string_view name);

}  // namespace hanse::market
