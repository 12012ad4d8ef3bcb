// The banner campaigns in force and their counts not yet written (P-11,
// promotions::BannerBook) of one App: made on first use and dropped, its
// counts written, when the App is destroyed (App::~App, web/app.cpp).
#pragma once

#include "promotions/banners.h"
#include "web/app.h"

namespace hanse::web {

promotions::BannerBook& banner_book(App& app);

// Writes the book's counts and forgets it (App::~App calls it).
void drop_banner_book(const App& app);

}  // namespace hanse::web
