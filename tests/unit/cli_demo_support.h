// Shared by the demo generator's tests: the category tree of the source tree.
#pragma once

#include <cstdlib>
#include <stdexcept>
#include <string>

#include "market/categories.h"

namespace hanse::cli::demo::testing {

// market/categories.toml of HANSE_SOURCE_DIR (or the current folder).
inline market::CategoryTree load_categories() {
  const char* source = std::getenv("HANSE_SOURCE_DIR");
  std::string dir = source ? source : ".";
  auto tree = market::CategoryTree::load(dir + "/market/categories.toml");
  if (!tree) throw std::runtime_error(tree.error().message);
  return std::move(*tree);
}

}  // namespace hanse::cli::demo::testing
